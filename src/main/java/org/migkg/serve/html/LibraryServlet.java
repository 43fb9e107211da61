package org.migkg.serve.html;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.migkg.serve.LibraryQuery;
import org.migkg.serve.QueryLibrary;
import org.migkg.serve.Templates;
import org.migkg.store.StoreReader;

/**
 * {@code /library/NAME}: one library query's results as an HTML table, with a form for its parameters (filled with the
 * header's example until the reader changes them), and links to the same results as CSV and JSON and to the editor.
 */
final class LibraryServlet extends HtmlServlet {
    static final int MAX_ROWS = 1000;

    private final StoreReader store;
    private final QueryLibrary library;

    LibraryServlet(StoreReader store, QueryLibrary library) {
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
        write(response, 200, Templates.render("library.jte", page(q, values, request.getRequestURL().toString())));
    }

    private LibraryView page(LibraryQuery q, Map<String, String> values, String url) {
        Head head = Head.of(q.title()).canonical(url).described(q.description())
                .jsonLd(new PageDescription("WebPage", url, q.title()).add("description", q.description()).jsonLd());
        String action = q.parameters().isEmpty() ? null : "/library/" + URLEncoder.encode(q.name(), StandardCharsets.UTF_8);
        List<LibraryView.Parameter> parameters = q.parameters().stream().map(p -> new LibraryView.Parameter("param-" + p.name(), p.name(),
                p.required() ? " (required)" : " (optional)", p.description(), values.getOrDefault(p.name(), ""))).toList();
        Query query;
        LibraryQuery.Page paging;
        try {
            paging = q.page(values);
            query = QueryFactory.create(q.bind(values));
        } catch (RuntimeException e) {
            return new LibraryView(head, q.title(), q.description(), action, parameters, e.getMessage(), null, null, null, null, null);
        }
        String text = query.serialize();
        String encoded = URLEncoder.encode(text, StandardCharsets.UTF_8);
        return new LibraryView(head, q.title(), q.description(), action, parameters, null, "/kg/sparql?query=" + encoded + "&format=csv",
                "/kg/sparql?query=" + encoded + "&format=json", "/editor?query=" + encoded, results(query, q, values, paging), text);
    }

    /** Which page this is, with links to the pages before and after it. */
    private static LibraryView.Pager pager(LibraryQuery q, Map<String, String> values, LibraryQuery.Page shown, int rows) {
        LibraryQuery.Page before = shown.previous();
        return new LibraryView.Pager(shown.describe(rows) + (shown.isLast(rows) ? ", the last page." : "."),
                before == null ? null : new Link(pageUrl(q, values, before), "Previous page"),
                shown.isLast(rows) ? null : new Link(pageUrl(q, values, shown.next()), "Next page"));
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

    private LibraryView.Results results(Query query, LibraryQuery q, Map<String, String> values, LibraryQuery.Page paging) {
        if (!query.isSelectType()) {
            return LibraryView.Results.saying("This query does not give a table; use the CSV, JSON or editor links.", false);
        }
        Links links = new Links(store.iris());
        try {
            return store.read(() -> {
                try (QueryExecution qe = store.query(query).build()) {
                    ResultSet rs = qe.execSelect();
                    List<String> vars = rs.getResultVars();
                    List<List<Link>> rows = new ArrayList<>();
                    while (rs.hasNext() && rows.size() < MAX_ROWS) {
                        var row = rs.next();
                        rows.add(vars.stream().map(v -> cell(row.get(v), links)).toList());
                    }
                    String more = rs.hasNext() ? " (the first " + MAX_ROWS + "; the CSV has them all)" : "";
                    return new LibraryView.Results(null, false, EntityPages.count(rows.size(), "row") + more, vars, rows,
                            paging == null ? null : pager(q, values, paging, rows.size()));
                }
            });
        } catch (QueryCancelledException e) {
            return LibraryView.Results.saying("The query ran past the server's time limit.", true);
        }
    }

    private static Link cell(RDFNode n, Links links) {
        if (n == null) {
            return Link.text("");
        }
        if (n.isURIResource()) {
            return links.to(n.asResource().getURI(), n.asResource().getURI());
        }
        return Link.text(n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
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
