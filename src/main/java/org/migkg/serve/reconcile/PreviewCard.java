package org.migkg.serve.reconcile;

import org.migkg.serve.PlainHtmlView;

/**
 * The preview service's page: a small card for an iframe (kind, name linked to the entity's page, id, facts). Every
 * value from the data is escaped; the page has no script, and its styles are its own.
 */
final class PreviewCard {
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

    private PreviewCard() {}

    /** @param page the absolute URL of the entity's page */
    static String of(Entry e, String page) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(text(e.name())).append("</title>\n<style>")
                .append("body{margin:0;font:14px/1.4 system-ui,sans-serif;color:#222}")
                .append(".card{padding:8px 12px}.kind{margin:0;color:#666;font-size:12px;text-transform:uppercase}")
                .append("h1{margin:2px 0 4px;font-size:17px}a{color:#0645ad}.id{margin:0;color:#666;font:12px monospace}")
                .append("ul{margin:6px 0 0;padding-left:18px}")
                .append("</style>\n</head>\n<body>\n<div class=\"card\">\n<p class=\"kind\">").append(text(e.type().label))
                .append("</p>\n<h1><a href=\"").append(text(page)).append("\" target=\"_blank\" rel=\"noopener\">")
                .append(text(e.name())).append("</a></h1>\n<p class=\"id\">").append(text(e.id())).append("</p>\n");
        if (e.names().size() > 1) {
            html.append("<p>Also: ").append(text(String.join(", ", e.names().subList(1, Math.min(4, e.names().size()))))).append("</p>\n");
        }
        if (!e.facts().isEmpty()) {
            html.append("<ul>\n");
            e.facts().stream().limit(5).forEach(f -> html.append("<li>").append(text(f)).append("</li>\n"));
            html.append("</ul>\n");
        }
        return html.append("</div>\n</body>\n</html>\n").toString();
    }

    /** The card for an id the service does not know. */
    static String unknown(String id) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Not found</title>\n</head>\n"
                + "<body>\n<p>No entity has the id <code>" + text(id) + "</code>.</p>\n</body>\n</html>\n";
    }

    private static String text(String s) {
        return s == null ? "" : PlainHtmlView.escape(s);
    }
}
