package org.migkg.serve.html;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletResponse;
import org.migkg.serve.KgServer;
import org.migkg.serve.QueryLibrary;
import org.migkg.store.KnowledgeStore;
import org.migkg.store.TextSearch;

/**
 * The web front for people: the landing page at {@code /}, search at {@code /search}, the query library at
 * {@code /library/NAME}, the query editor at {@code /editor}, static files at {@code /static/}, and the rich entity
 * pages the linked-data servlet shows to browsers.
 */
public final class WebFront {
    /** The entity paths whose HTML pages this front renders. */
    private static final String[] ENTITY_PATHS = {"/id/*", "/gcm/*", "/role/*", "/event-type/*", "/ontology"};

    private WebFront() {}

    /** Adds the web front to a server, searching with the store's full-text search. */
    public static KgServer.Builder install(KgServer.Builder builder, KnowledgeStore store) {
        return install(builder, store, new SparqlTextSearch(store));
    }

    public static KgServer.Builder install(KgServer.Builder builder, KnowledgeStore store, TextSearch search) {
        QueryLibrary library = QueryLibrary.load();
        builder.htmlView(new RichHtmlView())
                .servlet("", new LandingServlet(store, library))
                .servlet("/search", new SearchServlet(search, store.iris()))
                .servlet("/editor", new EditorServlet(library))
                .servlet("/library/*", new LibraryServlet(store, library))
                .servlet("/static/*", new StaticServlet());
        for (String path : ENTITY_PATHS) {
            builder.filter(path, securityHeaders());
        }
        return builder;
    }

    /** Entity pages carry the same Content-Security-Policy as the front's own pages. */
    private static Filter securityHeaders() {
        return (request, response, chain) -> {
            if (response instanceof HttpServletResponse http) {
                http.setHeader("Content-Security-Policy", HtmlServlet.CONTENT_SECURITY_POLICY);
                http.setHeader("X-Content-Type-Options", "nosniff");
            }
            chain.doFilter(request, response);
        };
    }
}
