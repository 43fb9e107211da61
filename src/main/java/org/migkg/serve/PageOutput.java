package org.migkg.serve;

import gg.jte.TemplateOutput;
import gg.jte.html.OwaspHtmlTemplateOutput;

/**
 * Where the templates write: every value from the data is escaped by the one rule of the pages ({@link HtmlEscape#text}:
 * {@code & < > " '}), the same in element text and in the (always quoted) attributes of the templates, so a value
 * reads the same in every page whichever template wrote it. JSON inside a script element is made safe where it is
 * written ({@link HtmlEscape#scriptJson}) and placed unescaped.
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
            out.writeContent(HtmlEscape.text(value));
        }
    }
}
