package org.migkg.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import org.migkg.rdf.Prefixes;
import org.migkg.serve.KgServer;
import org.migkg.store.KnowledgeStore;

/**
 * Throughput and latency of the MigKG server against plain Fuseki ({@code FusekiServer.create().add("/ds", dsg)},
 * default settings) serving the same store, request for request, with 1 and 8 concurrent clients on loopback.
 * Fuseki's one-line-per-request log is turned down for both servers alike, so the figures measure serving, not
 * console output.
 */
final class ServerComparison {
    static final String SECTION = "http";
    static final double TARGET = 0.8;

    private final KnowledgeStore store;
    private final Duration window;

    ServerComparison(KnowledgeStore store, Duration window) {
        this.store = store;
        this.window = window;
    }

    /** A request to time on each server. */
    private record Pair(String label, URI ours, URI fuseki, String accept) {}

    List<Row> run(String personIri, String selectQuery) throws IOException, InterruptedException {
        Configurator.setLevel("org.apache.jena.fuseki.Request", Level.WARN);
        Configurator.setLevel("org.apache.jena.fuseki.Fuseki", Level.WARN);
        KgServer ours = KgServer.builder(store).port(0).build().start();
        FusekiServer fuseki = FusekiServer.create().port(0).add("/ds", store.dataset()).build().start();
        try {
            String fusekiSparql = "http://localhost:" + fuseki.getPort() + "/ds/sparql";
            String describe = "DESCRIBE <" + personIri + ">";
            URI fusekiDescribe = query(fusekiSparql, describe);
            List<Pair> pairs = new ArrayList<>();
            URI page = URI.create(ours.url() + personIri.substring(store.iris().base().length()));
            if (status(page, "text/html") == 200) {
                pairs.add(new Pair("entity page (HTML) vs Fuseki DESCRIBE", page, fusekiDescribe, "text/html"));
                if (status(page, "text/turtle") == 200) {
                    pairs.add(new Pair("entity page (Turtle) vs Fuseki DESCRIBE", page, fusekiDescribe, "text/turtle"));
                }
            } else {
                pairs.add(new Pair("entity DESCRIBE (Turtle, no entity pages yet)", query(ours.sparqlUrl(), describe),
                        fusekiDescribe, "text/turtle"));
            }
            pairs.add(new Pair("SPARQL SELECT", query(ours.sparqlUrl(), Prefixes.sparql() + selectQuery),
                    query(fusekiSparql, Prefixes.sparql() + selectQuery), "application/sparql-results+json"));
            List<Row> rows = new ArrayList<>();
            for (Pair p : pairs) {
                for (int clients : new int[]{1, 8}) {
                    rows.add(compare(p, clients));
                }
            }
            return rows;
        } finally {
            fuseki.stop();
            ours.close();
        }
    }

    /** Each server is measured in two halves, in the order Fuseki, MigKG, MigKG, Fuseki, so neither gains from going second. */
    private Row compare(Pair p, int clients) {
        Duration half = window.dividedBy(2);
        Duration warmUp = window.dividedBy(5);
        HttpLoad.Result fuseki = HttpLoad.run(p.fuseki(), p.accept(), clients, half, warmUp);
        HttpLoad.Result ours = HttpLoad.run(p.ours(), p.accept(), clients, half, warmUp);
        ours = ours.plus(HttpLoad.run(p.ours(), p.accept(), clients, half, warmUp));
        fuseki = fuseki.plus(HttpLoad.run(p.fuseki(), p.accept(), clients, half, warmUp));
        String measure = p.label() + ", " + clients + (clients == 1 ? " client" : " clients");
        if (ours.requests() == 0 || fuseki.requests() == 0) {
            return Row.target(SECTION, measure, "no successful request (MigKG status " + ours.lastStatus()
                    + ", Fuseki status " + fuseki.lastStatus() + ")", ">= " + TARGET + "x Fuseki", false);
        }
        double ratio = ours.perSecond() / fuseki.perSecond();
        String value = String.format(Locale.ROOT, "MigKG %s; Fuseki %s; ratio %s", describe(ours), describe(fuseki), Fmt.ratio(ratio));
        return Row.target(SECTION, measure, value, ">= " + TARGET + "x Fuseki", ratio >= TARGET);
    }

    private static String describe(HttpLoad.Result r) {
        return String.format(Locale.ROOT, "%,.0f req/s (p50 %s, p95 %s%s)", r.perSecond(), Fmt.ms(r.latency().medianMillis()),
                Fmt.ms(r.latency().p95Millis()), r.failures() == 0 ? "" : ", " + r.failures() + " failed");
    }

    private static URI query(String endpoint, String sparql) {
        return URI.create(endpoint + "?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8));
    }

    private static int status(URI uri, String accept) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        return http.send(HttpRequest.newBuilder(uri).header("Accept", accept).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
