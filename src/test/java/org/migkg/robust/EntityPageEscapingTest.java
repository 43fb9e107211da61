package org.migkg.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.migkg.SeedData;
import org.migkg.records.DataReader;
import org.migkg.rdf.Iris;
import org.migkg.serve.KgServer;
import org.migkg.store.KnowledgeStore;
import org.migkg.pipeline.Loader;

/**
 * Over plain HTTP, the entity page of a person named with markup shows it as text ({@code &lt;script&gt;}), and the
 * Turtle and JSON-LD of the same IRI re-parse and carry the name exactly. The browser-side XSS test belongs to the web
 * front; this one runs without a browser. Skipped while the server does not yet serve entity pages.
 */
class EntityPageEscapingTest {
    @TempDir
    static Path dir;
    static KnowledgeStore store;
    static KgServer server;
    static String personPath;

    @BeforeAll
    static void start() throws Exception {
        Path data = SeedData.copyTo(dir.resolve("data"));
        Path file = data.resolve("events").resolve(SeedData.GENDER + ".json");
        ObjectNode record = (ObjectNode) DataReader.JSON.readTree(file.toFile());
        ((ObjectNode) ((ArrayNode) record.get("participants")).get(2)).put("name", Hostile.SCRIPT);
        record.put("title", Hostile.SCRIPT + " \"><img src=x onerror=alert(2)>");
        DataReader.JSON.writeValue(file.toFile(), record);
        store = KnowledgeStore.open(dir.resolve("store"), Iris.DEFAULT);
        new Loader(store, dir).load(List.of(data), data, false);
        String iri = SeedData.select(store, "SELECT ?p WHERE { ?p a <https://schema.org/Person> ; <https://schema.org/name> \""
                + Hostile.SCRIPT + "\" }").get(0).getResource("p").getURI();
        personPath = iri.substring(Iris.DEFAULT_BASE.length());
        server = KgServer.builder(store).port(0).build().start();
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    static HttpResponse<String> get(String path, String accept) throws Exception {
        return ServedSeeds.HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + path)).header("Accept", accept).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"person", "event"})
    void htmlShowsMarkupAsText(String kind) throws Exception {
        String path = kind.equals("person") ? personPath : "id/event/" + SeedData.GENDER;
        HttpResponse<String> r = get(path, "text/html");
        assumeTrue(r.statusCode() != 404, "entity pages are not served yet");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("&lt;script&gt;alert(1)&lt;/script&gt;"), r::body);
        assertFalse(r.body().contains("<script>alert"), "raw script in the page");
        assertFalse(r.body().contains("<img src=x"), "raw img in the page");
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/turtle", "application/ld+json", "application/n-triples"})
    void rdfOfTheSameIriCarriesTheNameExactly(String accept) throws Exception {
        HttpResponse<String> r = get(personPath, accept);
        assumeTrue(r.statusCode() != 404, "entity pages are not served yet");
        assertEquals(200, r.statusCode());
        Graph g = GraphFactory.createDefaultGraph();
        Lang lang = org.apache.jena.riot.RDFLanguages.contentTypeToLang(accept);
        RDFParser.fromString(r.body(), lang).base(server.url()).parse(g);
        assertTrue(g.contains(NodeFactory.createURI(Iris.DEFAULT_BASE + personPath),
                NodeFactory.createURI("https://schema.org/name"), NodeFactory.createLiteralString(Hostile.SCRIPT)), r::body);
    }
}
