package org.migkg.serve;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.riot.WebContent;
import org.apache.jena.sparql.core.DatasetGraph;
import org.migkg.rdf.Iris;
import org.migkg.store.StoreReader;

/**
 * The embedded Fuseki server over the store: a read-only SPARQL endpoint at {@code /kg/sparql} (and Fuseki's
 * {@code /kg/query}, graph-store reads at {@code /kg/get}); SPARQL Update and graph-store writes are not offered, so
 * the network cannot change the data. Queries cannot reach out (SERVICE is off), run past the time limit, or arrive
 * in bodies over 1 MB; a query is answered with its whole result or an error status, never a cut-off body
 * ({@link WholeResultsQuery}). CORS is on so browser tools on other origins can query. Beside it, linked data:
 * every minted IRI dereferences on its path ({@link EntityServlet}), the dataset description is at
 * {@code /.well-known/void}, the dumps at {@code /dumps/} (written in the background at start if they are not current), the JSON-LD context at {@code /context.jsonld}, the text
 * search at {@code /api/search} (described by {@code /api/openapi.json}), the reconciliation service for OpenRefine at {@code /reconcile}, and
 * {@code /robots.txt} with the {@code /sitemap.xml} of the entity pages for crawlers. A GET of the endpoint without a
 * query answers its SPARQL 1.1 Service Description ({@link ServiceDescriptionFilter}).
 */
public final class KgServer implements AutoCloseable {
    public static final String DATASET = "/kg";
    /** The SPARQL endpoint's path below the server's root. */
    public static final String SPARQL_PATH = DATASET.substring(1) + "/sparql";
    /** The most rows or triples a query is answered with unless the builder says otherwise. */
    public static final long DEFAULT_MAX_RESULTS = 100_000;

    private final FusekiServer fuseki;
    private final Publication publication;

    private KgServer(FusekiServer fuseki, Publication publication) {
        this.fuseki = fuseki;
        this.publication = publication;
    }

    public static Builder builder(StoreReader store) {
        return new Builder(store);
    }

    /** Starts serving; if the dumps of the store's last load are not published yet, writes them in the background. */
    public KgServer start() {
        fuseki.start();
        publication.publishInBackground();
        return this;
    }

    /** Whether the dumps are being written in the background (they are answered with 503 until then). */
    public boolean publishing() {
        return publication.publishing();
    }

    public int port() {
        return fuseki.getPort();
    }

    /** The server's root URL, ending in '/'. */
    public String url() {
        return "http://localhost:" + port() + "/";
    }

    public String sparqlUrl() {
        return url() + SPARQL_PATH;
    }

    /** The SPARQL endpoint's public address, below the base the IRIs are minted under; dataset descriptions state it. */
    public static String sparqlEndpoint(Iris iris) {
        return iris.base() + SPARQL_PATH;
    }

    public void join() {
        fuseki.join();
    }

    /** Stops serving; a publication of the dumps still being written in the background is let finish first. */
    @Override
    public void close() {
        fuseki.stop();
        publication.awaitPublished();
    }

    public static final class Builder {
        private final StoreReader store;
        private int port = 3030;
        private long queryTimeoutMillis = StoreReader.DEFAULT_QUERY_TIMEOUT_MS;
        private long maxRequestBytes = RequestSizeLimit.DEFAULT_MAX_BYTES;
        private long maxResults = DEFAULT_MAX_RESULTS;
        private final List<FusekiModule> modules = new ArrayList<>();
        private HtmlView htmlView = new PlainHtmlView();
        private long entityCacheBytes = RenderCache.DEFAULT_MAX_BYTES;
        private int keepReleases = org.migkg.store.DumpWriter.DEFAULT_KEEP;

        private Builder(StoreReader store) {
            this.store = store;
        }

        /** 0 picks a free port. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public Builder queryTimeoutMillis(long millis) {
            this.queryTimeoutMillis = millis;
            return this;
        }

        /**
         * The most rows (SELECT) or triples (CONSTRUCT, DESCRIBE) a query is answered with; a query's result is held
         * whole before it is sent, and a larger one is refused with 413. Default {@value #DEFAULT_MAX_RESULTS}.
         */
        public Builder maxResults(long results) {
            this.maxResults = results;
            return this;
        }

        /**
         * Adds a part of the site (the web front, say) as a Fuseki module: its servlets and filters are added when the
         * server is prepared, before the linked-data module's, so its filters run first.
         */
        public Builder module(FusekiModule module) {
            modules.add(module);
            return this;
        }

        /** The view that renders entity pages for browsers; the plain table view unless another is given. */
        public Builder htmlView(HtmlView view) {
            this.htmlView = view;
            return this;
        }

        /** Request bodies (a POSTed query) over this size are refused with 413; default 1 MB. */
        public Builder maxRequestBytes(long bytes) {
            this.maxRequestBytes = bytes;
            return this;
        }

        /**
         * Room for rendered entity representations, kept until the next load (default: an eighth of the heap, at most
         * 256 MiB); 0 renders every request anew.
         */
        public Builder entityCacheBytes(long bytes) {
            this.entityCacheBytes = bytes;
            return this;
        }

        /** How many releases the publication at start keeps (the oldest are deleted first). */
        public Builder keepReleases(int releases) {
            this.keepReleases = releases;
            return this;
        }

        public KgServer build() {
            // The one dataset the server hands out; its context is the store's, so the settings hold for every query.
            DatasetGraph endpoint = store.readOnlyDataset();
            endpoint.getContext().set(ARQ.queryTimeout, Long.toString(queryTimeoutMillis));
            // SERVICE would let any client make the server fetch URLs it can reach (internal hosts included).
            endpoint.getContext().set(ARQ.httpServiceAllowed, false);
            FusekiServer.Builder b = FusekiServer.create()
                    .port(port)
                    .registerOperation(Operation.Query, WebContent.contentTypeSPARQLQuery,
                            new WholeResultsQuery(maxResults, queryTimeoutMillis))
                    .add(DATASET, endpoint, false)
                    .enableCors(true, null)
                    .enablePing(true)
                    .verbose(false);
            b.addFilter("/*", new RequestSizeLimit(maxRequestBytes));
            Publication publication = new Publication(store, keepReleases);
            List<FusekiModule> all = new ArrayList<>(modules);
            all.add(new LinkedDataModule(store, htmlView, publication, entityCacheBytes));
            b.fusekiModules(FusekiModules.create(all));
            return new KgServer(b.build(), publication);
        }
    }
}
