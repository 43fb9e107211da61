package org.migkg.serve.html;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;
import org.migkg.serve.LibraryQuery;
import org.migkg.serve.QueryLibrary;
import org.migkg.store.KnowledgeStore;

/**
 * {@code /library/NAME}: one library query's results as an HTML table, with a form for its parameters (filled with the
 * header's example until the reader changes them), and links to the same results as CSV and JSON and to the editor.
 */
final class LibraryServlet extends HtmlServlet {
    static final int MAX_ROWS = 1000;

    private final KnowledgeStore store;
    private final QueryLibrary library;

    LibraryServlet(KnowledgeStore store, QueryLibrary library) {
        this.store = store;
        this.library = library;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        Optional<LibraryQuery> found = library.find(name);
        if (found.isEmpty()) {
            write(response, 404, notFound("The query library has no query named \"" + name + "\"."));
            return;
        }
        LibraryQuery q = found.get();
        Map<String, String> values = new LinkedHashMap<>();
        for (LibraryQuery.Parameter p : q.parameters()) {
            String given = request.getParameter(p.name());
            String value = given != null ? given : q.example().get(p.name());
            if (value != null && !value.isBlank()) {
                values.put(p.name(), value.strip());
            }
        }
        if (q.paged()) {
            for (String key : List.of(LibraryQuery.LIMIT, LibraryQuery.OFFSET)) {
                String given = request.getParameter(key);
                if (given != null && !given.isBlank()) {
                    values.put(key, given.strip());
                }
            }
        }
        write(response, 200, page(q, values, request.getRequestURL().toString()));
    }

    private Page page(LibraryQuery q, Map<String, String> values, String url) {
        Page page = new Page(q.title());
        page.canonical = url;
        page.description = q.description();
        ObjectNode json = SchemaJson.top("WebPage", url, q.title());
        json.put("description", q.description());
        page.jsonLd = SchemaJson.write(json);
        page.add("<p class=\"kind\">Query library</p>\n<h1>").add(Html.text(q.title())).add("</h1>\n<p>")
                .add(Html.text(q.description())).add("</p>\n");
        if (!q.parameters().isEmpty()) {
            page.add("<form class=\"params\" method=\"get\" action=\"/library/").add(Html.text(URLEncoder.encode(q.name(), StandardCharsets.UTF_8))).add("\">\n");
            for (LibraryQuery.Parameter p : q.parameters()) {
                String id = "param-" + p.name();
                page.add("<label for=\"").add(Html.text(id)).add("\">").add(Html.text(p.name()))
                        .add(p.required() ? " (required)" : " (optional)").add("<small>").add(Html.text(p.description())).add("</small></label>\n")
                        .add("<input id=\"").add(Html.text(id)).add("\" name=\"").add(Html.text(p.name())).add("\" value=\"")
                        .add(Html.text(values.getOrDefault(p.name(), ""))).add("\">\n");
            }
            page.add("<button type=\"submit\">Run</button>\n</form>\n");
        }
        Query query;
        LibraryQuery.Page paging;
        try {
            paging = q.page(values);
            query = QueryFactory.create(q.bind(values));
        } catch (RuntimeException e) {
            page.add("<p class=\"error\">This query cannot be run: ").add(Html.text(e.getMessage())).add("</p>\n");
            return page;
        }
        String text = query.serialize();
        String encoded = URLEncoder.encode(text, StandardCharsets.UTF_8);
        page.add("<p class=\"actions\">").add(Html.link("/kg/sparql?query=" + encoded + "&format=csv", "CSV")).add(" ")
                .add(Html.link("/kg/sparql?query=" + encoded + "&format=json", "JSON")).add(" ")
                .add(Html.link("/editor?query=" + encoded, "Open in the query editor")).add("</p>\n");
        page.add(results(query, paging == null ? null : rows -> pager(q, values, paging, rows)));
        page.add("<details><summary>The query</summary>\n<pre class=\"sparql\">").add(Html.text(text)).add("</pre></details>\n");
        return page;
    }

    /** Which page this is, with links to the pages before and after it. */
    private static String pager(LibraryQuery q, Map<String, String> values, LibraryQuery.Page shown, int rows) {
        StringBuilder nav = new StringBuilder("<nav class=\"pages\"><p>").append(Html.text(shown.describe(rows)))
                .append(shown.isLast(rows) ? ", the last page." : ".").append("</p><p>");
        LibraryQuery.Page before = shown.previous();
        if (before != null) {
            nav.append(Html.link(pageUrl(q, values, before), "Previous page")).append(" ");
        }
        if (!shown.isLast(rows)) {
            nav.append(Html.link(pageUrl(q, values, shown.next()), "Next page"));
        }
        return nav.append("</p></nav>\n").toString();
    }

    private static String pageUrl(LibraryQuery q, Map<String, String> values, LibraryQuery.Page page) {
        StringBuilder url = new StringBuilder("/library/").append(URLEncoder.encode(q.name(), StandardCharsets.UTF_8)).append('?');
        values.forEach((k, v) -> {
            if (!k.equals(LibraryQuery.LIMIT) && !k.equals(LibraryQuery.OFFSET)) {
                url.append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)).append('&');
            }
        });
        return url.append("limit=").append(page.limit()).append("&offset=").append(page.offset()).toString();
    }

    private String results(Query query, java.util.function.IntFunction<String> pager) {
        if (!query.isSelectType()) {
            return "<p>This query does not give a table; use the CSV, JSON or editor links.</p>\n";
        }
        Links links = new Links(store.iris());
        try {
            return Txn.calculateRead(store.dataset(), () -> {
                try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(store.dataset())).query(query).build()) {
                    ResultSet rs = qe.execSelect();
                    List<String> vars = rs.getResultVars();
                    StringBuilder t = new StringBuilder("<div class=\"scroll\"><table class=\"results\">\n<thead><tr>");
                    vars.forEach(v -> t.append("<th>").append(Html.text(v)).append("</th>"));
                    t.append("</tr></thead>\n<tbody>\n");
                    int n = 0;
                    while (rs.hasNext() && n < MAX_ROWS) {
                        var row = rs.next();
                        t.append("<tr>");
                        for (String v : vars) {
                            t.append("<td>").append(cell(row.get(v), links)).append("</td>");
                        }
                        t.append("</tr>\n");
                        n++;
                    }
                    t.append("</tbody>\n</table></div>\n");
                    String more = rs.hasNext() ? " (the first " + MAX_ROWS + "; the CSV has them all)" : "";
                    return "<p class=\"count\">" + PersonPage.count(n, "row") + more + "</p>\n" + t
                            + (pager == null ? "" : pager.apply(n));
                }
            });
        } catch (QueryCancelledException e) {
            return "<p class=\"error\">The query ran past the server's time limit.</p>\n";
        }
    }

    private static String cell(RDFNode n, Links links) {
        if (n == null) {
            return "";
        }
        if (n.isURIResource()) {
            return links.to(n.asResource().getURI(), n.asResource().getURI());
        }
        return n.isLiteral() ? Html.text(n.asLiteral().getLexicalForm()) : Html.text(n.toString());
    }

    /** The query's text with its example values bound, ready to run. */
    static String exampleText(LibraryQuery q) {
        return q.bind(q.example());
    }

    /** "person = Sijal Aziz; year = 2023". */
    static String describe(Map<String, String> example) {
        StringBuilder s = new StringBuilder();
        example.forEach((k, v) -> s.append(s.length() == 0 ? "" : "; ").append(k).append(" = ").append(v));
        return s.toString();
    }
}
