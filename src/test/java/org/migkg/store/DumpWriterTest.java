package org.migkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apicatalog.jsonld.JsonLdOptions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migkg.SeedData;

/** The dumps a load publishes: present, tagged with a release that is the hash of the content, and faithful. */
class DumpWriterTest {
    @TempDir
    static Path dir;
    static KnowledgeStore store;
    static Loader.LoadReport report;

    @BeforeAll
    static void load() {
        Path data = SeedData.copyTo(dir.resolve("data"));
        store = KnowledgeStore.open(dir.resolve("store"), org.migkg.rdf.Iris.DEFAULT);
        report = new Loader(store, dir).load(List.of(data), data, false);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static Path file(String name) {
        return dir.resolve("store").resolve(Dump.DIRECTORY).resolve(name);
    }

    @Test
    void everyDumpAndTheDescriptionExistAfterALoadWithNoTemporaryFilesLeft() throws IOException {
        for (Dump d : Dump.values()) {
            assertTrue(Files.size(file(d.file())) > 1000, d.file());
            assertEquals(Files.size(file(d.file())), report.dumps().sizes().get(d));
        }
        assertTrue(Files.exists(file(Dump.VOID_FILE)));
        try (var files = Files.list(file(""))) {
            assertEquals(List.of(), files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toList());
        }
    }

    @Test
    void theReleaseIsTheLoadDateAndTheHashOfTheSortedContentNQuads() {
        String content = SeedData.dump(store);
        String sha = Release.sha256(content.getBytes(StandardCharsets.UTF_8));
        String date = store.lastLoaded().orElseThrow().atZone(ZoneOffset.UTC).toLocalDate().toString();
        assertEquals(date + "-" + sha.substring(0, 12), report.dumps().release().id());
        assertEquals(LocalDate.parse(date), LocalDate.parse(report.dumps().release().id().substring(0, 10)));
    }

    @Test
    void theNQuadsDumpUnzipsToExactlyTheSortedContent() throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file(Dump.NQUADS.file())))) {
            String unzipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(SeedData.dump(store), unzipped);
            DatasetGraph parsed = DatasetGraphFactory.create();
            RDFParser.fromString(unzipped, Lang.NQUADS).parse(parsed);
            assertEquals(unzipped.lines().count(), parsed.stream().count());
            assertFalse(parsed.containsGraph(org.apache.jena.graph.NodeFactory.createURI(store.iris().loadsGraph())));
        }
    }

    @Test
    void turtleAndJsonLdDumpsHoldTheSameTriplesAndTheDescription() throws IOException {
        Graph turtle = GraphFactory.createDefaultGraph();
        RDFParser.source(file(Dump.TURTLE.file())).lang(Lang.TURTLE).parse(turtle);
        Graph jsonld = GraphFactory.createDefaultGraph();
        JsonLdOptions options = new JsonLdOptions();
        options.setDocumentLoader(JsonLdContext.loader());
        RDFParser.source(file(Dump.JSONLD.file())).lang(Lang.JSONLD)
                .context(org.apache.jena.sparql.util.Context.create().set(LangJSONLD11.JSONLD_OPTIONS, options)).parse(jsonld);
        assertTrue(turtle.isIsomorphicWith(jsonld), "JSON-LD and Turtle dumps differ");
        String json = Files.readString(file(Dump.JSONLD.file()));
        assertTrue(json.contains("\"@context\": \"" + JsonLdContext.IRI + "\""), "the dump refers to the published context");
        assertTrue(json.contains("\"heldPost\""), "terms are compacted to the context's short names");
        Model m = ModelFactory.createModelForGraph(turtle);
        assertTrue(m.contains(m.createResource(store.iris().dataset()), VOID.triples));
        assertTrue(m.contains(null, org.apache.jena.vocabulary.RDF.type, m.createResource("https://schema.org/Person")));
    }

    @Test
    void missingOrStaleDumpsAreRewrittenAndCurrentOnesAreLeftAlone() throws IOException {
        DumpWriter writer = new DumpWriter(store);
        assertTrue(writer.ensure().isEmpty(), "the load just wrote them");
        Files.delete(file(Dump.VOID_FILE));
        assertEquals(report.dumps().release(), writer.ensure().orElseThrow().release());
        assertTrue(Files.exists(file(Dump.VOID_FILE)));
        assertEquals(store.lastLoaded(), writer.publishedLoadTime());
    }
}
