package org.migkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.migkg.ServedStore;
import org.migkg.SeedData;
import org.migkg.rdf.Iris;
import org.migkg.store.KnowledgeStore;

/** Text search through the server: text:query in SPARQL over HTTP (with the union default graph), and /api/search. */
@ServedStore(base = "http://example.org/kg/")
class TextSearchEndpointTest {
    static final Iris IRIS = new Iris("http://example.org/kg/");
    static final ObjectMapper JSON = new ObjectMapper();

    static KnowledgeStore store;
    static KgServer server;

    static JsonNode sparql(String query) throws Exception {
        HttpResponse<String> r = Http.get(server.sparqlUrl() + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8),
                "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r::body);
        return JSON.readTree(r.body()).at("/results/bindings");
    }

    @Test
    void textQueryOverHttpFindsHerAndTheUnionDefaultGraphGivesHerName() throws Exception {
        JsonNode rows = sparql("""
                PREFIX text: <http://jena.apache.org/text#>
                PREFIX schema: <https://schema.org/>
                SELECT ?s ?name WHERE { ?s text:query "Aziz" ; schema:name ?name }""");
        assertEquals(1, rows.size(), rows::toString);
        assertEquals(IRIS.person("sijal-aziz"), rows.get(0).at("/s/value").asText());
        assertEquals("Sijal Aziz", rows.get(0).at("/name/value").asText());
    }

    @Test
    void textQueryFindsTheGenderResponsiveEvent() throws Exception {
        JsonNode rows = sparql("""
                PREFIX text: <http://jena.apache.org/text#>
                PREFIX schema: <https://schema.org/>
                SELECT DISTINCT ?e WHERE { ?e text:query "gender-responsive" ; a schema:Event }""");
        assertEquals(1, rows.size(), rows::toString);
        assertEquals(IRIS.event(SeedData.GENDER), rows.get(0).at("/e/value").asText());
    }

    @Test
    void theSearchApiAnswersJsonWithServerPaths() throws Exception {
        HttpResponse<String> r = Http.get(server.url() + "api/search?q=Aziz&limit=5", "application/json");
        assertEquals(200, r.statusCode());
        assertTrue(Http.contentType(r).startsWith("application/json"));
        JsonNode first = JSON.readTree(r.body()).at("/hits/0");
        assertEquals(IRIS.person("sijal-aziz"), first.get("iri").asText());
        assertEquals("/id/person/sijal-aziz", first.get("path").asText());
        assertEquals("person", first.get("kind").asText());
        assertEquals(400, Http.get(server.url() + "api/search", "application/json").statusCode());
        assertEquals(400, Http.get(server.url() + "api/search?q=Aziz&limit=100000", "application/json").statusCode());
    }

    @Test
    void theTextIndexedStoreIsStillReadOnlyFromTheNetwork() throws Exception {
        String before = SeedData.dump(store);
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url() + "kg/update"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { GRAPH <urn:x> { <urn:a> <https://schema.org/name> \"Intruder Aziz\" } }"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(r.statusCode() >= 400, "update answered " + r.statusCode());
        assertEquals(before, SeedData.dump(store));
        assertTrue(store.textSearch().search("Intruder", 5).isEmpty(), "nothing was indexed");
    }
}
