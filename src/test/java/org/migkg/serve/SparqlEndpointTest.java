package org.migkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.migkg.SeedData;
import org.migkg.store.KnowledgeStore;

/** The SPARQL endpoint over HTTP: the result formats, read-only, CORS, the query time limit. */
class SparqlEndpointTest {
    @TempDir
    static Path dir;
    static KnowledgeStore store;
    static KgServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    static final String PEOPLE = """
            PREFIX schema: <https://schema.org/>
            SELECT ?name (COUNT(DISTINCT ?e) AS ?events) WHERE { ?e schema:performer/schema:name ?name }
            GROUP BY ?name ORDER BY DESC(?events) ?name""";

    @BeforeAll
    static void start() {
        store = SeedData.loadedStore(dir);
        server = KgServer.builder(store).port(0).queryTimeoutMillis(2000).build().start();
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    static HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + path)).header("Accept", accept).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static String q(String query) {
        return URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @CsvSource({
            "application/sparql-results+json, \"Camille Le Coz\"",
            "application/sparql-results+xml, <literal>Camille Le Coz</literal>",
            "text/csv, 'Camille Le Coz,2'",
            "text/tab-separated-values, \"Camille Le Coz\"\t2"
    })
    void selectInEveryCommonFormat(String accept, String expected) throws Exception {
        for (String endpoint : new String[] {"kg/sparql", "kg/query"}) {
            HttpResponse<String> r = get(endpoint + "?query=" + q(PEOPLE), accept);
            assertEquals(200, r.statusCode(), r::body);
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(accept), r.headers()::toString);
            assertTrue(r.body().contains(expected), r::body);
        }
    }

    @ParameterizedTest
    @CsvSource({"text/turtle, schema:name", "application/ld+json, \"Sijal Aziz\""})
    void constructAndDescribeGiveRdf(String accept, String expected) throws Exception {
        String construct = "PREFIX schema: <https://schema.org/> CONSTRUCT { ?p schema:name ?n } WHERE { ?p a schema:Person ; schema:name ?n }";
        HttpResponse<String> r = get("kg/sparql?query=" + q(construct), accept);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(accept));
        assertTrue(r.body().contains(expected) || r.body().contains("Sijal Aziz"), r::body);
        HttpResponse<String> d = get("kg/sparql?query=" + q("DESCRIBE <https://w3id.org/migkg/id/person/sijal-aziz>"), accept);
        assertEquals(200, d.statusCode());
        assertTrue(d.body().contains("Sijal Aziz"), d::body);
    }

    @Test
    void updatesAndGraphStoreWritesAreRefusedAndChangeNothing() throws Exception {
        String before = SeedData.dump(store);
        HttpResponse<String> update = HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + "kg/update"))
                .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString("CLEAR ALL")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(update.statusCode() >= 400, "update: " + update.statusCode());
        HttpResponse<String> viaQuery = HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + "kg/sparql"))
                .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString("CLEAR ALL")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(viaQuery.statusCode() >= 400, "update via the query endpoint: " + viaQuery.statusCode());
        for (String method : new String[] {"PUT", "POST", "DELETE"}) {
            // A fresh client each time: the server may close a connection after refusing a request body.
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url() + "kg?default"))
                    .header("Content-Type", "text/turtle")
                    .method(method, HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> <urn:c> ."))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(r.statusCode() >= 400, method + ": " + r.statusCode());
        }
        assertEquals(before, SeedData.dump(store));
    }

    @Test
    void corsLetsBrowserToolsOnOtherOriginsQuery() throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + "kg/sparql?query=" + q(PEOPLE)))
                .header("Origin", "https://example.org").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Access-Control-Allow-Origin").isPresent(), r.headers()::toString);
    }

    @Test
    void aRunawayQueryIsStoppedAtTheTimeLimit() throws Exception {
        String cartesian = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
        long start = System.nanoTime();
        HttpResponse<String> r = get("kg/sparql?query=" + q(cartesian), "application/sparql-results+json");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(503, r.statusCode(), r::body);
        assertTrue(millis < 20_000, "stopped after " + millis + " ms");
        assertEquals(200, get("kg/sparql?query=" + q(PEOPLE), "text/csv").statusCode(), "the server still answers");
    }
}
