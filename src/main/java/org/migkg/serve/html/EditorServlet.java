package org.migkg.serve.html;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.migkg.serve.HtmlEscape;
import org.migkg.serve.LibraryQuery;
import org.migkg.serve.QueryLibrary;
import org.migkg.serve.Templates;

/**
 * {@code /editor}: YASGUI on the read-only endpoint, opened with a library query ({@code ?name=}, its example values
 * in place) or any query text ({@code ?query=}); without either, with the reader's own work from an earlier visit, or
 * else the library's first example. The examples offered are the query library's. The share link is
 * {@code /editor?query=} with the whole text, so it opens exactly that query. Without JavaScript the page shows the
 * query and a link that runs it.
 */
final class EditorServlet extends HtmlServlet {
    static final String SCRIPT = "/static/editor.js";
    /** The library query the editor opens with when a visit names none and the reader has no work of their own. */
    static final String FIRST_EXAMPLE = "events";

    private final QueryLibrary library;

    EditorServlet(QueryLibrary library) {
        this.library = library;
    }

    /** The editor's address for a query text: opening it shows exactly that text. */
    static String link(String query) {
        return WebFront.EDITOR + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String query = request.getParameter("query");
        String name = request.getParameter("name");
        String title = "Query editor";
        boolean linked = query != null;
        if (query == null && name != null) {
            Optional<LibraryQuery> found = library.find(name);
            if (found.isEmpty()) {
                write(response, 404, notFound("The query library has no query named \"" + name + "\"."));
                return;
            }
            query = LibraryServlet.exampleText(found.get());
            title = "Query editor: " + found.get().title();
            linked = true;
        }
        if (query == null) {
            query = library.find(FIRST_EXAMPLE).or(() -> library.queries().stream().findFirst())
                    .map(LibraryServlet::exampleText).orElse("SELECT * WHERE { ?s ?p ?o } LIMIT 10");
        }
        String canonical = request.getRequestURL().toString();
        Head head = new Head(title, "", canonical, List.of(), List.of(Webjars.YASGUI_CSS), List.of(Webjars.YASGUI, SCRIPT),
                HtmlEscape.scriptJson(SchemaJson.write(SchemaJson.top("WebPage", canonical, title))));
        ObjectNode data = SchemaJson.JSON.createObjectNode().put("endpoint", "/kg/sparql").put("query", query).put("linked", linked);
        EditorView view = new EditorView(head, title, link(query), "/kg/sparql?format=csv&query=" + URLEncoder.encode(query, StandardCharsets.UTF_8),
                query, HtmlEscape.scriptJson(SchemaJson.write(data)), examples());
        write(response, 200, Templates.render("editor.jte", view));
    }

    /** The query library, each query opening in the editor with its example values. */
    private List<EditorView.Example> examples() {
        return library.queries().stream().map(q -> new EditorView.Example(
                Link.guarded(WebFront.EDITOR + "?name=" + URLEncoder.encode(q.name(), StandardCharsets.UTF_8), q.title()), q.description())).toList();
    }
}
