package org.migkg.serve.html;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.migkg.serve.QueryLibrary;

/**
 * {@code /editor}: YASGUI on the read-only endpoint, opened with a library query ({@code ?name=}, its example values
 * in place) or any query text ({@code ?query=}). Without JavaScript the page shows the query and a link that runs it.
 */
final class EditorServlet extends HtmlServlet {
    static final String SCRIPT = "/static/editor.js";
    private static final String DEFAULT_QUERY = """
            PREFIX schema: <https://schema.org/>
            SELECT ?event ?title ?start WHERE {
              ?event a schema:Event ; schema:name ?title ; schema:startDate ?start .
            } ORDER BY DESC(STR(?start)) LIMIT 20
            """;

    private final QueryLibrary library;

    EditorServlet(QueryLibrary library) {
        this.library = library;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String query = request.getParameter("query");
        String name = request.getParameter("name");
        String title = "Query editor";
        if (query == null && name != null) {
            var found = library.find(name);
            if (found.isEmpty()) {
                write(response, 404, notFound("The query library has no query named \"" + name + "\"."));
                return;
            }
            query = LibraryServlet.exampleText(found.get());
            title = "Query editor: " + found.get().title();
        }
        if (query == null) {
            query = DEFAULT_QUERY;
        }
        Page page = new Page(title);
        page.canonical = request.getRequestURL().toString();
        page.jsonLd = SchemaJson.write(SchemaJson.top("WebPage", page.canonical, title));
        page.styles.add(Webjars.YASGUI_CSS);
        page.script(Webjars.YASGUI).script(SCRIPT);
        ObjectNode data = SchemaJson.JSON.createObjectNode().put("endpoint", "/kg/sparql").put("query", query);
        page.add("<h1>").add(Html.text(title)).add("</h1>\n")
                .add("<p>Runs on the read-only SPARQL endpoint <code>/kg/sparql</code>. ")
                .add(Html.link("/kg/sparql?query=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8) + "&format=csv", "Results as CSV"))
                .add("</p>\n<div id=\"yasgui\" class=\"editor\"><noscript><pre class=\"sparql\">").add(Html.text(query)).add("</pre></noscript></div>\n")
                .add("<script type=\"application/json\" id=\"editor-data\">").add(Html.scriptJson(SchemaJson.write(data))).add("</script>\n");
        write(response, 200, page);
    }
}
