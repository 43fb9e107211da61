package org.migkg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServlet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.fuseki.main.FusekiServer;
import org.migkg.store.KnowledgeStore;

/**
 * The embedded Fuseki server over the store: a read-only SPARQL endpoint at {@code /kg/sparql} (and Fuseki's
 * {@code /kg/query}, graph-store reads at {@code /kg/get}); SPARQL Update and graph-store writes are not offered, so
 * the network cannot change the data. CORS is on so browser tools on other origins can query.
 */
public final class KgServer implements AutoCloseable {
    public static final String DATASET = "/kg";

    private final FusekiServer fuseki;

    private KgServer(FusekiServer fuseki) {
        this.fuseki = fuseki;
    }

    public static Builder builder(KnowledgeStore store) {
        return new Builder(store);
    }

    public KgServer start() {
        fuseki.start();
        return this;
    }

    public int port() {
        return fuseki.getPort();
    }

    /** The server's root URL, ending in '/'. */
    public String url() {
        return "http://localhost:" + port() + "/";
    }

    public String sparqlUrl() {
        return url() + "kg/sparql";
    }

    public void join() {
        fuseki.join();
    }

    @Override
    public void close() {
        fuseki.stop();
    }

    public static final class Builder {
        private final KnowledgeStore store;
        private int port = 3030;
        private long queryTimeoutMillis = KnowledgeStore.DEFAULT_QUERY_TIMEOUT_MS;
        private final Map<String, HttpServlet> servlets = new LinkedHashMap<>();
        private final Map<String, Filter> filters = new LinkedHashMap<>();
        private HtmlView htmlView = new PlainHtmlView();

        private Builder(KnowledgeStore store) {
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

        /** Serves another part of the site (entity pages, landing page, dumps) beside the endpoint. */
        public Builder servlet(String pathSpec, HttpServlet servlet) {
            servlets.put(pathSpec, servlet);
            return this;
        }

        /** The view that renders entity pages for browsers; the plain table view unless another is given. */
        public Builder htmlView(HtmlView view) {
            this.htmlView = view;
            return this;
        }

        public Builder filter(String pathSpec, Filter filter) {
            filters.put(pathSpec, filter);
            return this;
        }

        public KgServer build() {
            store.setQueryTimeout(queryTimeoutMillis);
            FusekiServer.Builder b = FusekiServer.create()
                    .port(port)
                    .add(DATASET, store.dataset(), false)
                    .enableCors(true, null)
                    .enablePing(true)
                    .verbose(false);
            filters.forEach(b::addFilter);
            servlets.forEach(b::addServlet);
            return new KgServer(b.build());
        }
    }
}
