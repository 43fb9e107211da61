package org.migkg.serve.html;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.migkg.serve.LibraryQuery;
import org.migkg.serve.QueryLibrary;

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
        Page page = new Page(title);
        page.canonical = request.getRequestURL().toString();
        page.jsonLd = SchemaJson.write(SchemaJson.top("WebPage", page.canonical, title));
        page.styles.add(Webjars.YASGUI_CSS);
        page.script(Webjars.YASGUI).script(SCRIPT);
        ObjectNode data = SchemaJson.JSON.createObjectNode().put("endpoint", "/kg/sparql").put("query", query).put("linked", linked);
        page.add("<h1>").add(Html.text(title)).add("</h1>\n")
                .add("<p>Runs on the read-only SPARQL endpoint <code>/kg/sparql</code>. Your work is kept in this browser;"
                        + " a link to the query shares it exactly. ")
                .add("<a id=\"share-link\" href=\"").add(Html.text(link(query))).add("\">Link to this query</a> · ")
                .add("<a id=\"csv-link\" href=\"").add(Html.text("/kg/sparql?format=csv&query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .add("\">Results as CSV</a></p>\n")
                .add("<div id=\"yasgui\" class=\"editor\"><noscript><pre class=\"sparql\">").add(Html.text(query)).add("</pre></noscript></div>\n")
                .add("<script type=\"application/json\" id=\"editor-data\">").add(Html.scriptJson(SchemaJson.write(data))).add("</script>\n")
                .add(examples());
        write(response, 200, page);
    }

    /** The query library, each query opening in the editor with its example values. */
    private String examples() {
        StringBuilder list = new StringBuilder("<section id=\"examples\">\n<h2>Examples from the query library</h2>\n<ul class=\"examples\">\n");
        for (LibraryQuery q : library.queries()) {
            list.append("<li>").append(Html.link(WebFront.EDITOR + "?name=" + URLEncoder.encode(q.name(), StandardCharsets.UTF_8), q.title()))
                    .append(" <small>").append(Html.text(q.description())).append("</small></li>\n");
        }
        return list.append("</ul>\n</section>\n").toString();
    }
}
