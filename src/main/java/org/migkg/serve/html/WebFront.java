package org.migkg.serve.html;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletResponse;
import org.migkg.serve.EntityServlet;
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
    private WebFront() {}

    /** Adds the web front to a server, searching with the store's full-text search. */
    public static KgServer.Builder install(KgServer.Builder builder, KnowledgeStore store) {
        return install(builder, store, store.textSearch());
    }

    public static KgServer.Builder install(KgServer.Builder builder, KnowledgeStore store, TextSearch search) {
        QueryLibrary library = QueryLibrary.load();
        builder.htmlView(new RichHtmlView())
                .servlet("", new LandingServlet(store, library))
                .servlet("/search", new SearchServlet(search, store.iris()))
                .servlet("/editor", new EditorServlet(library))
                .servlet("/library/*", new LibraryServlet(store, library))
                .servlet("/static/*", new StaticServlet());
        EntityServlet.PATHS.forEach(path -> builder.filter(path, securityHeaders()));
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
