package org.migkg.serve.html;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.migkg.serve.EntityServlet;
import org.migkg.serve.KgServer;
import org.migkg.serve.QueryLibrary;
import org.migkg.serve.ServiceDescriptionFilter;
import org.migkg.store.KnowledgeStore;
import org.migkg.store.TextSearch;

/**
 * The web front for people: the landing page at {@code /}, search at {@code /search}, the query library at
 * {@code /library/NAME}, the query editor at {@code /editor}, static files at {@code /static/}, and the rich entity
 * pages the linked-data servlet shows to browsers. A browser opening the SPARQL endpoint's address lands in the editor.
 */
public final class WebFront {
    static final String EDITOR = "/editor";

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
                .servlet(EDITOR, new EditorServlet(library))
                .servlet("/library/*", new LibraryServlet(store, library))
                .servlet("/static/*", new StaticServlet());
        EntityServlet.PATHS.forEach(path -> builder.filter(path, securityHeaders()));
        ServiceDescriptionFilter.PATHS.forEach(path -> builder.filter(path, editorForBrowsers()));
        return builder;
    }

    /** A browser opening the endpoint's address is sent to the query editor; machines get its service description. */
    private static Filter editorForBrowsers() {
        return (request, response, chain) -> {
            if (request instanceof HttpServletRequest http && response instanceof HttpServletResponse resp
                    && ServiceDescriptionFilter.asksForTheEndpoint(http) && ServiceDescriptionFilter.prefersHtml(http)) {
                resp.setHeader("Vary", "Accept");
                resp.setStatus(HttpServletResponse.SC_SEE_OTHER);
                resp.setHeader("Location", EDITOR);
                return;
            }
            chain.doFilter(request, response);
        };
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
