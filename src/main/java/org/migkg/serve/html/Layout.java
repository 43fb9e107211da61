package org.migkg.serve.html;

/**
 * The shell every page shares: head (viewport, canonical link, RDF alternates, JSON-LD), a header with the search box,
 * the page's body, a footer with the ways into the data. No inline script: pictures read their data from JSON
 * elements, so the pages can be served with a strict Content-Security-Policy.
 */
final class Layout {
    static final String STYLESHEET = "/static/migkg.css";
    static final String PICTURES_SCRIPT = "/static/pictures.js";

    private Layout() {}

    static String render(Page page) {
        StringBuilder h = new StringBuilder(page.body.length() + 4096);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Html.text(page.title)).append(" · MigKG</title>\n");
        if (!page.description.isBlank()) {
            h.append("<meta name=\"description\" content=\"").append(Html.text(page.description)).append("\">\n");
        }
        if (page.canonical != null) {
            h.append("<link rel=\"canonical\" href=\"").append(Html.text(page.canonical)).append("\">\n");
        }
        for (Page.Alternate a : page.alternates) {
            h.append("<link rel=\"alternate\" type=\"").append(Html.text(a.mediaType())).append("\" href=\"")
                    .append(Html.text(a.href())).append("\" title=\"").append(Html.text(a.label())).append("\">\n");
        }
        h.append("<link rel=\"stylesheet\" href=\"").append(STYLESHEET).append("\">\n");
        for (String css : page.styles) {
            h.append("<link rel=\"stylesheet\" href=\"").append(Html.text(css)).append("\">\n");
        }
        if (page.jsonLd != null) {
            h.append("<script type=\"application/ld+json\">").append(Html.scriptJson(page.jsonLd)).append("</script>\n");
        }
        for (String src : page.scripts) {
            h.append("<script defer src=\"").append(Html.text(src)).append("\"></script>\n");
        }
        h.append("</head>\n<body>\n").append(header()).append("<main>\n").append(page.body);
        if (!page.alternates.isEmpty()) {
            h.append("<p class=\"rdf-forms\">This page as data:");
            for (Page.Alternate a : page.alternates) {
                h.append(' ').append(Html.link(a.href(), a.label()));
            }
            h.append("</p>\n");
        }
        h.append("</main>\n").append(footer()).append("</body>\n</html>\n");
        return h.toString();
    }

    private static String header() {
        return """
                <header class="site">
                <a class="brand" href="/">MigKG</a>
                <form class="search" action="/search" method="get" role="search">
                <label for="site-q" class="visually-hidden">Search</label>
                <input id="site-q" type="search" name="q" placeholder="Search people, events, organizations">
                <button type="submit">Search</button>
                </form>
                </header>
                """;
    }

    private static String footer() {
        return """
                <footer class="site">
                <a href="/">Home</a> · <a href="/editor">Query editor</a> · <a href="/kg/sparql">SPARQL endpoint</a>
                · <a href="/.well-known/void">Dataset description</a> · <a href="/#data">Dumps</a> · <a href="/ontology">Ontology</a>
                </footer>
                """;
    }
}
