package org.migkg.serve.html;

import gg.jte.TemplateOutput;
import gg.jte.html.OwaspHtmlTemplateOutput;

/**
 * Where the templates write: every value from the data is escaped by the one rule of the web front ({@link Html#text}:
 * {@code & < > " '}), the same in element text and in the (always quoted) attributes of the templates, so a value
 * reads the same in every page whichever writer wrote it. The templates place no value inside a script or style.
 */
final class PageOutput extends OwaspHtmlTemplateOutput {
    private final TemplateOutput out;

    PageOutput(TemplateOutput out) {
        super(out);
        this.out = out;
    }

    @Override
    public void writeUserContent(String value) {
        if (value != null) {
            out.writeContent(Html.text(value));
        }
    }
}
