package org.migkg.serve;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * The page templates ({@code src/main/jte}), compiled to Java at build time, so nothing is compiled while serving;
 * every value a template writes is escaped ({@link PageOutput}). The web front, the plain fallback page and the
 * reconciliation preview all render through here.
 */
public final class Templates {
    static final String PACKAGE = "org.migkg.serve.html.templates";
    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(null, ContentType.Html, null, PACKAGE);

    private Templates() {}

    /** The page of one view record, through the template named for its kind ({@code event.jte} ...). */
    public static String render(String template, Object view) {
        StringOutput out = new StringOutput(8192);
        ENGINE.render(template, view, new PageOutput(out));
        return out.toString();
    }
}
