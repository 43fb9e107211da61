package org.migkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.migkg.store.DataVersion;
import org.migkg.store.StoreReader;

/**
 * Dereferences the graph's IRIs: a GET on an IRI's path answers with its description, as HTML for browsers or as
 * Turtle, JSON-LD, N-Triples or RDF/XML (by suffix, else by the Accept header). Retired IRIs redirect to the IRI they
 * were merged into; IRIs the graph does not mention answer 404. Each representation is rendered once per version of
 * the data and kept ({@link RenderCache}); it carries an ETag, and a request naming it in If-None-Match gets 304.
 */
public final class EntityServlet extends HttpServlet {
    /** The path specs the servlet is mounted at: every kind of IRI MigKG mints. */
    public static final java.util.List<String> PATHS = mounts();

    private final EntityDescriber describer;
    private final IriPaths paths;
    private final RdfResponses responses;
    private final StoreReader store;
    private final RenderCache cache;

    EntityServlet(StoreReader store, RdfResponses responses, RenderCache cache) {
        this.describer = new EntityDescriber(store);
        this.paths = new IriPaths(store.iris());
        this.responses = responses;
        this.store = store;
        this.cache = cache;
    }

    private static java.util.List<String> mounts() {
        java.util.List<String> specs = new java.util.ArrayList<>(java.util.List.of("/id/*", "/graph/*", "/gcm/*", "/role/*",
                "/event-type/*", "/ontology", "/ontology/*"));
        for (Representation r : Representation.values()) {
            specs.add("/ontology" + r.suffix());
        }
        return java.util.List.copyOf(specs);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getServletPath() + (req.getPathInfo() == null ? "" : req.getPathInfo());
        Optional<Representation> suffix = Representation.ofSuffix(path);
        String bare = suffix.map(r -> path.substring(0, path.length() - r.suffix().length())).orElse(path);
        String iri = paths.iriOf(bare);
        boolean negotiated = suffix.isEmpty();

        // Read before rendering, so what is kept under this version is never older than it.
        DataVersion version = store.dataVersion();
        Optional<Representation> wanted = negotiated ? Representation.negotiate(req) : suffix;
        int page = wanted.filter(r -> r == Representation.HTML).map(r -> page(req)).orElse(1);
        if (page < 1) {
            responses.notFound(resp, iri + " page " + req.getParameter("page"));
            return;
        }
        if (wanted.isPresent()) {
            Optional<Rendered> kept = cache.get(new RenderCache.Key(version, iri, wanted.get(), page));
            if (kept.isPresent()) {
                responses.send(req, resp, bare, kept.get(), wanted.get(), negotiated, version.loaded());
                return;
            }
        }

        Optional<String> successor = describer.successor(iri);
        if (successor.isPresent()) {
            String target = paths.pathOf(successor.get()).orElse(successor.get());
            responses.redirect(resp, HttpServletResponse.SC_MOVED_PERMANENTLY, target + suffix.map(Representation::suffix).orElse(""));
            return;
        }
        if (!describer.known(iri)) {
            responses.notFound(resp, iri);
            return;
        }
        Optional<Representation> rep = responses.choose(req, resp, suffix);
        if (rep.isPresent()) {
            int repPage = rep.get() == Representation.HTML ? page : 1;
            Rendered rendered;
            try {
                rendered = responses.render(iri, () -> describer.describe(iri).orElseThrow(), rep.get(), repPage);
            } catch (PageOutOfRange e) {
                responses.notFound(resp, iri + " page " + repPage + " (" + e.getMessage() + ")");
                return;
            }
            cache.put(new RenderCache.Key(version, iri, rep.get(), repPage), rendered);
            responses.send(req, resp, bare, rendered, rep.get(), negotiated, version.loaded());
        }
    }

    /** The page of the HTML view's lists asked for ({@code ?page=N}, 1 without one); 0 for anything but a number from 1. */
    private static int page(HttpServletRequest req) {
        String p = req.getParameter("page");
        if (p == null) {
            return 1;
        }
        try {
            return Math.max(0, Integer.parseInt(p));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
