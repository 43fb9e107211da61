package org.migkg.serve.html;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.migkg.rdf.Iris;
import org.migkg.serve.Templates;
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
        String title = q.isEmpty() ? "Search" : "Search: " + q;
        String url = request.getRequestURL().toString();
        Head head = Head.of(title).canonical(url).jsonLd(new PageDescription("SearchResultsPage", url, title).jsonLd());
        String count = null;
        List<SearchView.Hit> hits = List.of();
        if (!q.isEmpty()) {
            List<TextSearch.Hit> found = search.search(q, LIMIT);
            Links links = new Links(iris);
            count = found.isEmpty() ? "Nothing matches " : EntityPages.count(found.size(), "match", "matches") + " for ";
            hits = found.stream().map(h -> new SearchView.Hit(h.kind(), links.to(h.iri(), h.label()))).toList();
        }
        write(response, 200, Templates.render("search.jte", new SearchView(head, q, count, hits)));
    }
}
