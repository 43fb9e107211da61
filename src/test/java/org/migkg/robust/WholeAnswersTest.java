package org.migkg.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.migkg.SeedData;
import org.migkg.records.DataReader;

/**
 * A query is answered with its whole result or an error status, never 200 with a cut-off body: one that times out
 * after its first rows were ready gets 503 in every format, one whose result is over the bound gets 413, and each
 * message names the limit; ordinary queries get 200 and all their results.
 */
class WholeAnswersTest {
    private static final long TIMEOUT_MS = 2_000;
    private static final long MAX_RESULTS = 100;
    /** One row at once, then a cartesian product whose filter never holds, so the query runs into the limit. */
    private static final String FIRST_ROW_THEN_RUNAWAY = """
            SELECT ?x WHERE { { BIND("first" AS ?x) } UNION
              { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i FILTER(STRLEN(STR(?c)) + STRLEN(STR(?f)) + STRLEN(STR(?i)) < 0) } }""";
    private static final String CONSTRUCT_THEN_RUNAWAY = """
            CONSTRUCT { ?p a <https://schema.org/Person> } WHERE { { ?p a <https://schema.org/Person> } UNION
              { ?a ?b ?c . ?d ?e ?f . ?g ?h ?p FILTER(STRLEN(STR(?c)) + STRLEN(STR(?f)) + STRLEN(STR(?p)) < 0) } }""";
    private static final String EVERY_TRIPLE = "SELECT ?s ?p ?o WHERE { ?s ?p ?o }";

    @TempDir
    static Path dir;
    static ServedSeeds served;

    @BeforeAll
    static void start() {
        served = new ServedSeeds(dir, TIMEOUT_MS, MAX_RESULTS);
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    @Test
    void theRunawayHasARowReadyLongBeforeTheLimit() {
        long started = System.nanoTime();
        String first = Txn.calculateRead(served.store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(served.store.dataset())).query(FIRST_ROW_THEN_RUNAWAY).build()) {
                return qe.execSelect().next().getLiteral("x").getString();
            }
        });
        assertEquals("first", first);
        assertTrue((System.nanoTime() - started) / 1_000_000 < TIMEOUT_MS / 2, "the first row came at once");
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/csv", "application/sparql-results+json", "text/tab-separated-values", "application/sparql-results+xml"})
    void aSelectThatTimesOutMidStreamGets503(String format) throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> r = query(FIRST_ROW_THEN_RUNAWAY, format);
        assertTimedOut(r);
        assertFalse(r.body().contains("first"), "no partial rows: " + r.body());
        assertTrue((System.nanoTime() - started) / 1_000_000 < TIMEOUT_MS * 4, "stopped near the limit");
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/turtle", "application/n-triples"})
    void aConstructThatTimesOutGets503(String format) throws Exception {
        HttpResponse<String> r = query(CONSTRUCT_THEN_RUNAWAY, format);
        assertTimedOut(r);
        assertFalse(r.body().contains("schema.org/Person"), "no partial triples: " + r.body());
    }

    @Test
    void anOrdinaryQueryGetsAllItsRows() throws Exception {
        HttpResponse<String> csv = query(ServedSeeds.PEOPLE, "text/csv");
        assertEquals(200, csv.statusCode(), csv::body);
        long people = SeedData.select(served.store, ServedSeeds.PEOPLE).size();
        assertEquals(people + 1, csv.body().lines().count(), csv::body);
        assertTrue(csv.body().contains("Sijal Aziz"));

        HttpResponse<String> json = query(ServedSeeds.PEOPLE, "application/sparql-results+json");
        assertEquals(200, json.statusCode(), json::body);
        assertEquals(people, DataReader.JSON.readTree(json.body()).path("results").path("bindings").size());
    }

    @Test
    void aResultOverTheBoundGets413NamingTheBoundAndHowToPage() throws Exception {
        HttpResponse<String> r = query(EVERY_TRIPLE, "text/csv");
        assertEquals(413, r.statusCode(), r::body);
        assertTrue(r.body().contains("more than " + MAX_RESULTS + " rows"), r.body());
        assertTrue(r.body().contains("LIMIT " + MAX_RESULTS + " OFFSET " + MAX_RESULTS), r.body());
        assertFalse(r.body().contains("schema.org"), "no partial rows: " + r.body());

        HttpResponse<String> graph = query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", "application/n-triples");
        assertEquals(413, graph.statusCode(), graph::body);
        assertTrue(graph.body().contains("more than " + MAX_RESULTS + " triples"), graph.body());
    }

    @Test
    void pagesOfTheBoundAddUpToTheWholeResult() throws Exception {
        long total = SeedData.select(served.store, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").get(0).getLiteral("n").getLong();
        assertTrue(total > MAX_RESULTS);
        long seen = 0;
        for (long offset = 0; offset < total + MAX_RESULTS; offset += MAX_RESULTS) {
            HttpResponse<String> page = query(EVERY_TRIPLE + " ORDER BY ?s ?p ?o LIMIT " + MAX_RESULTS + " OFFSET " + offset,
                    "application/sparql-results+json");
            assertEquals(200, page.statusCode(), page::body);
            JsonNode bindings = DataReader.JSON.readTree(page.body()).path("results").path("bindings");
            seen += bindings.size();
        }
        assertEquals(total, seen);
    }

    @Test
    void aConstructWithinTheBoundGetsTheWholeGraph() throws Exception {
        HttpResponse<String> r = query("CONSTRUCT { ?p a <https://schema.org/Person> } WHERE { ?p a <https://schema.org/Person> }", "text/turtle");
        assertEquals(200, r.statusCode(), r::body);
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.body(), Lang.TURTLE).parse(m);
        assertEquals(SeedData.select(served.store, "SELECT DISTINCT ?p WHERE { ?p a <https://schema.org/Person> }").size(), m.size());
    }

    private static void assertTimedOut(HttpResponse<String> r) {
        assertEquals(503, r.statusCode(), r::body);
        assertTrue(r.body().contains("time limit of " + TIMEOUT_MS / 1000 + " s"), r.body());
        assertFalse(r.body().contains("Incomplete results"), r.body());
    }

    private static HttpResponse<String> query(String sparql, String accept) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(served.server.sparqlUrl() + "?query=" + ServedSeeds.q(sparql)))
                .header("Accept", accept).timeout(Duration.ofSeconds(60)).build();
        return ServedSeeds.HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
