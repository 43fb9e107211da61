package org.migkg.serve.html;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;
import org.migkg.serve.EntityServlet;
import org.migkg.serve.KgServer;
import org.migkg.serve.QueryLibrary;
import org.migkg.serve.ServiceDescriptionFilter;
import org.migkg.store.StoreReader;
import org.migkg.store.TextSearch;

/**
 * The web front for people: the landing page at {@code /}, search at {@code /search}, the query library at
 * {@code /library/NAME}, the query editor at {@code /editor}, static files at {@code /static/}, and the rich entity
 * pages the linked-data servlet shows to browsers. A browser opening the SPARQL endpoint's address lands in the editor.
 */
public final class WebFront implements FusekiModule {
    static final String EDITOR = "/editor";

    private final StoreReader store;
    private final TextSearch search;

    /** The web front over a store, searching with the given full-text search. */
    public WebFront(StoreReader store, TextSearch search) {
        this.store = store;
        this.search = search;
    }

    /** Adds the web front to a server: the rich entity pages as its HTML view, the front's pages as a module. */
    public static KgServer.Builder install(KgServer.Builder builder, StoreReader store) {
        return install(builder, store, store.textSearch());
    }

    public static KgServer.Builder install(KgServer.Builder builder, StoreReader store, TextSearch search) {
        return builder.htmlView(new RichHtmlView()).module(new WebFront(store, search));
    }

    @Override
    public String name() {
        return "MigKG web front";
    }

    @Override
    public void prepare(FusekiServer.Builder b, Set<String> datasetNames, Model configModel) {
        QueryLibrary library = QueryLibrary.load();
        EntityServlet.PATHS.forEach(path -> b.addFilter(path, securityHeaders()));
        ServiceDescriptionFilter.PATHS.forEach(path -> b.addFilter(path, editorForBrowsers()));
        b.addServlet("", new LandingServlet(store, library));
        b.addServlet("/search", new SearchServlet(search, store.iris()));
        b.addServlet(EDITOR, new EditorServlet(library));
        b.addServlet("/library/*", new LibraryServlet(store, library));
        b.addServlet("/static/*", new StaticServlet());
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
