package org.migkg.serve.html;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.migkg.rdf.Iris;
import org.migkg.store.TextSearch;

/** {@code /search?q=}: full-text search over names, titles, descriptions and posts, as a list of links. */
final class SearchServlet extends HtmlServlet {
    static final int LIMIT = 50;

    private final TextSearch search;
    private final Iris iris;

    SearchServlet(TextSearch search, Iris iris) {
        this.search = search;
        this.iris = iris;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String q = request.getParameter("q");
        q = q == null ? "" : q.strip();
        if (q.length() > 200) {
            q = q.substring(0, 200);
        }
        Page page = new Page(q.isEmpty() ? "Search" : "Search: " + q);
        page.canonical = request.getRequestURL().toString();
        ObjectNode json = SchemaJson.top("SearchResultsPage", page.canonical, page.title);
        page.jsonLd = SchemaJson.write(json);
        page.add("<h1>Search</h1>\n<form class=\"big-search\" action=\"/search\" method=\"get\" role=\"search\">\n")
                .add("<label for=\"q\">People, events, organizations and posts</label>\n<div class=\"row\"><input id=\"q\" type=\"search\" name=\"q\" value=\"")
                .add(Html.text(q)).add("\"><button type=\"submit\">Search</button></div>\n</form>\n");
        if (!q.isEmpty()) {
            List<TextSearch.Hit> hits = search.search(q, LIMIT);
            Links links = new Links(iris);
            page.add("<p class=\"count\">").add(hits.isEmpty() ? "Nothing matches " : PersonPage.count(hits.size(), "match", "matches") + " for ")
                    .add("<q>").add(Html.text(q)).add("</q>.</p>\n<ol class=\"hits\">\n");
            for (TextSearch.Hit h : hits) {
                page.add("<li><span class=\"badge\">").add(Html.text(h.kind())).add("</span> ").add(links.to(h.iri(), h.label())).add("</li>\n");
            }
            page.add("</ol>\n");
        }
        write(response, 200, page);
    }
}
