package org.migkg.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import org.migkg.rdf.Prefixes;
import org.migkg.serve.KgServer;
import org.migkg.serve.html.WebFront;
import org.migkg.store.KnowledgeStore;

/**
 * Throughput and latency of the MigKG server, built as {@code migkg serve} builds it (web front and entity pages
 * included), against plain Fuseki ({@code FusekiServer.create().add("/ds", dsg)}, default settings) serving the same
 * store, request for request, with 1 and 8 concurrent clients on loopback. Every row takes its requests in turn from
 * the same people on both servers (the most frequent speakers), so neither server answers one request over and over.
 * <p>
 * MigKG keeps each rendered entity page until the next load. So each entity row is preceded by a pass that asks
 * for every person once, on one client ("first request": MigKG renders each page, Fuseki runs each DESCRIBE), which
 * is also what a page costs the first time after a load; the rows after it measure the server as it runs.
 * Fuseki's one-line-per-request log is turned down for both servers alike, so the figures measure serving, not
 * console output.
 */
final class ServerComparison {
    static final String SECTION = "http";
    static final double TARGET = 0.8;
    private static final String TURTLE = "text/turtle";

    private final KnowledgeStore store;
    private final Duration window;

    ServerComparison(KnowledgeStore store, Duration window) {
        this.store = store;
        this.window = window;
    }

    /** What to time on each server, one request per person; Fuseki is asked with its own Accept. */
    private record Pair(String label, List<URI> ours, String accept, List<URI> fuseki, String fusekiAccept) {}

    /** @param people the IRIs to take in turn, most frequent speaker first */
    List<ReportRow> run(List<String> people) throws IOException, InterruptedException {
        Configurator.setLevel("org.apache.jena.fuseki.Request", Level.WARN);
        Configurator.setLevel("org.apache.jena.fuseki.Fuseki", Level.WARN);
        KgServer ours = WebFront.install(KgServer.builder(store).port(0), store).build().start();
        FusekiServer fuseki = FusekiServer.create().port(0).add("/ds", store.dataset()).build().start();
        try {
            awaitPublishing(ours);
            String fusekiSparql = "http://localhost:" + fuseki.getPort() + "/ds/sparql";
            List<URI> describes = each(people, p -> query(fusekiSparql, "DESCRIBE <" + p + ">"));
            List<URI> pages = each(people, p -> URI.create(ours.url() + p.substring(store.iris().base().length())));
            List<ReportRow> rows = new ArrayList<>();
            String of = Figures.count(people.size()) + " people";
            for (String[] form : new String[][]{{"HTML", "text/html"}, {"Turtle", TURTLE}}) {
                Pair p = new Pair("entity page (" + form[0] + ") vs Fuseki DESCRIBE", pages, form[1], describes, TURTLE);
                rows.add(firstRequests(p, of));
                for (int clients : new int[]{1, 8}) {
                    rows.add(compare(p, clients, of));
                }
            }
            Function<String, String> select = person -> Prefixes.sparql() + "SELECT ?event ?title WHERE { ?p mk:participant <"
                    + person + "> ; mk:event ?event . ?event schema:name ?title } ORDER BY ?event";
            Pair sparql = new Pair("SPARQL SELECT", each(people, p -> query(ours.sparqlUrl(), select.apply(p))),
                    "application/sparql-results+json", each(people, p -> query(fusekiSparql, select.apply(p))),
                    "application/sparql-results+json");
            for (int clients : new int[]{1, 8}) {
                rows.add(compare(sparql, clients, of));
            }
            return rows;
        } finally {
            fuseki.stop();
            ours.close();
        }
    }

    /** A server that starts on a store whose dumps are not current writes them first, in the background: not measured. */
    private static void awaitPublishing(KgServer server) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofHours(1).toNanos();
        while (server.publishing() && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
    }

    /** Every person once, MigKG first so that Fuseki, not MigKG, gains from anything the first pass warmed. */
    private ReportRow firstRequests(Pair p, String of) {
        HttpLoad.Result ours = HttpLoad.once(p.ours(), p.accept());
        HttpLoad.Result fuseki = HttpLoad.once(p.fuseki(), p.fusekiAccept());
        String measure = p.label() + ", first request for each of " + of + " (nothing kept yet), 1 client";
        if (ours.requests() == 0 || fuseki.requests() == 0) {
            return ReportRow.target(SECTION, measure, failed(ours, fuseki), "p95 <= " + FIRST_RENDER_P95_MILLIS + " ms", false);
        }
        String value = String.format(Locale.ROOT, "MigKG %s; Fuseki %s; ratio %s", describe(ours), describe(fuseki),
                Figures.ratio(ours.perSecond() / fuseki.perSecond()));
        return ReportRow.target(SECTION, measure, value, "p95 <= " + FIRST_RENDER_P95_MILLIS + " ms",
                ours.failures() == 0 && ours.latency().p95Millis() <= FIRST_RENDER_P95_MILLIS);
    }

    /** A page nobody asked for yet, of a busy speaker, is rendered within this (95th percentile). */
    static final int FIRST_RENDER_P95_MILLIS = 200;

    /** Each server is measured in two halves, in the order Fuseki, MigKG, MigKG, Fuseki, so neither gains from going second. */
    private ReportRow compare(Pair p, int clients, String of) {
        Duration half = window.dividedBy(2);
        Duration warmUp = window.dividedBy(5);
        HttpLoad.Result fuseki = HttpLoad.run(p.fuseki(), p.fusekiAccept(), clients, half, warmUp);
        HttpLoad.Result ours = HttpLoad.run(p.ours(), p.accept(), clients, half, warmUp);
        ours = ours.plus(HttpLoad.run(p.ours(), p.accept(), clients, half, warmUp));
        fuseki = fuseki.plus(HttpLoad.run(p.fuseki(), p.fusekiAccept(), clients, half, warmUp));
        String measure = p.label() + ", taking " + of + " in turn, " + clients + (clients == 1 ? " client" : " clients");
        if (ours.requests() == 0 || fuseki.requests() == 0) {
            return ReportRow.target(SECTION, measure, failed(ours, fuseki), ">= " + TARGET + "x Fuseki", false);
        }
        double ratio = ours.perSecond() / fuseki.perSecond();
        String value = String.format(Locale.ROOT, "MigKG %s; Fuseki %s; ratio %s", describe(ours), describe(fuseki), Figures.ratio(ratio));
        return ReportRow.target(SECTION, measure, value, ">= " + TARGET + "x Fuseki", ratio >= TARGET);
    }

    private static String failed(HttpLoad.Result ours, HttpLoad.Result fuseki) {
        return "no successful request (MigKG status " + ours.lastStatus() + ", Fuseki status " + fuseki.lastStatus() + ")";
    }

    private static String describe(HttpLoad.Result r) {
        return String.format(Locale.ROOT, "%,.0f req/s (p50 %s, p95 %s%s)", r.perSecond(), Figures.ms(r.latency().medianMillis()),
                Figures.ms(r.latency().p95Millis()), r.failures() == 0 ? "" : ", " + r.failures() + " failed");
    }

    private static List<URI> each(List<String> people, Function<String, URI> uri) {
        return people.stream().map(uri).toList();
    }

    private static URI query(String endpoint, String sparql) {
        return URI.create(endpoint + "?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8));
    }
}
