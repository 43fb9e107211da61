package org.migkg.store;

import org.migkg.serve.KgServer;
import org.migkg.pipeline.Loader;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apicatalog.jsonld.JsonLdOptions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

/** The published dumps: present, tagged with a release that is the hash of the content, and faithful. */
class DumpWriterTest {
    @TempDir
    static Path dir;
    static KnowledgeStore store;
    static DumpWriter.Report report;

    @BeforeAll
    static void load() {
        Path data = SeedData.copyTo(dir.resolve("data"));
        store = KnowledgeStore.open(dir.resolve("store"), org.migkg.rdf.Iris.DEFAULT);
        new Loader(store, dir).load(List.of(data), data, false);
        report = new DumpWriter(store, KgServer.sparqlEndpoint(store.iris())).write();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static Path file(String name) {
        return dir.resolve("store").resolve(Dump.DIRECTORY).resolve(name);
    }

    @Test
    void everyDumpAndTheDescriptionExistWithNoTemporaryFilesLeft() throws IOException {
        for (Dump d : Dump.values()) {
            assertTrue(Files.size(file(d.file())) > 1000, d.file());
            assertEquals(Files.size(file(d.file())), report.sizes().get(d));
        }
        assertTrue(Files.exists(file(Dump.VOID_FILE)));
        try (var files = Files.list(file(""))) {
            assertEquals(List.of(), files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp") || n.startsWith(".")).toList());
        }
    }

    @Test
    void theReleaseIsTheHashOfTheSortedContentNQuadsAndItsDateIsInTheDescription() {
        String content = SeedData.dump(store);
        String sha = Release.sha256(content.getBytes(StandardCharsets.UTF_8));
        assertEquals(sha.substring(0, 12), report.release().id());
        assertEquals(sha, report.release().sha256());
        Model description = ModelFactory.createDefaultModel();
        RDFParser.source(file(Dump.VOID_FILE)).lang(Lang.TURTLE).parse(description);
        var release = description.createResource(DatasetDescription.releaseIri(store.iris(), report.release().id()));
        assertTrue(release.hasProperty(org.apache.jena.vocabulary.DCTerms.issued), "the release states when it was issued");
        assertEquals(java.util.Optional.of(sha), DatasetDescription.checksum(release));
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
        options.setDocumentLoader(JsonLdContext.loader(JsonLdContext.iri(store.iris())));
        RDFParser.source(file(Dump.JSONLD.file())).lang(Lang.JSONLD)
                .context(org.apache.jena.sparql.util.Context.create().set(LangJSONLD11.JSONLD_OPTIONS, options)).parse(jsonld);
        assertTrue(turtle.isIsomorphicWith(jsonld), "JSON-LD and Turtle dumps differ");
        String json = Files.readString(file(Dump.JSONLD.file()));
        assertTrue(json.contains("\"@context\": \"" + JsonLdContext.iri(store.iris()) + "\""), "the dump refers to the published context");
        assertTrue(json.contains("\"heldPost\""), "terms are compacted to the context's short names");
        Model m = ModelFactory.createModelForGraph(turtle);
        assertTrue(m.contains(m.createResource(store.iris().dataset()), VOID.triples));
        assertTrue(m.contains(null, org.apache.jena.vocabulary.RDF.type, m.createResource("https://schema.org/Person")));
    }

    @Test
    void missingOrStaleDumpsAreRewrittenAndCurrentOnesAreLeftAlone() throws IOException {
        DumpWriter writer = new DumpWriter(store, KgServer.sparqlEndpoint(store.iris()));
        assertTrue(writer.ensure().isEmpty(), "they were just written");
        Files.delete(file(Dump.VOID_FILE));
        assertEquals(report.release(), writer.ensure().orElseThrow().release());
        assertTrue(Files.exists(file(Dump.VOID_FILE)));
        assertEquals(store.lastLoaded(), writer.publishedLoadTime());
    }

    @Test
    void aLoadDoesNotPublishAndTheNextPublicationFollowsIt(@TempDir Path other) {
        try (KnowledgeStore s = SeedData.loadedStore(other)) {
            assertTrue(new DumpWriter(s, KgServer.sparqlEndpoint(s.iris())).isCurrent(), "the fixture publishes");
            Path data = other.resolve("data");
            new Loader(s, other).load(List.of(data), data, false, true);
            DumpWriter writer = new DumpWriter(s, KgServer.sparqlEndpoint(s.iris()));
            assertFalse(writer.isCurrent(), "a load leaves the dumps of the one before");
            assertEquals(s.lastLoaded(), writer.ensure().map(r -> s.lastLoaded()).orElseThrow());
            assertTrue(writer.isCurrent());
        }
    }

    @Test
    void pastTheJsonLdLimitThereIsNoJsonLdDumpAndTheDescriptionSaysSo(@TempDir Path other) throws IOException {
        try (KnowledgeStore s = SeedData.loadedStore(other)) {
            Path dumps = DumpWriter.directory(s);
            assertTrue(Files.exists(dumps.resolve(Dump.JSONLD.file())));
            DumpWriter.Report r = new DumpWriter(s, KgServer.sparqlEndpoint(s.iris()), 100).write();
            assertEquals(java.util.Set.of(Dump.NQUADS, Dump.TURTLE), r.sizes().keySet());
            assertFalse(Files.exists(dumps.resolve(Dump.JSONLD.file())), "the old JSON-LD dump is not left behind");
            Model description = ModelFactory.createDefaultModel();
            RDFParser.source(dumps.resolve(Dump.VOID_FILE)).lang(Lang.TURTLE).parse(description);
            assertEquals(2, description.listObjectsOfProperty(VOID.dataDump).toList().size());
            assertFalse(description.contains(null, VOID.dataDump,
                    description.createResource(DatasetDescription.downloadUrl(s.iris(), Dump.JSONLD))));
        }
    }

    @Test
    void sortingSpillsToDiskAndGivesTheSameBytes() throws IOException {
        // More lines than the sort holds in memory: the seeds have about 1,500, so repeat the store's quads in graphs
        // of their own until there are several spilled runs.
        DatasetGraph big = DatasetGraphFactory.createTxnMem();
        org.apache.jena.system.Txn.executeWrite(big, () -> org.apache.jena.system.Txn.executeRead(store.dataset(), () -> {
            int copies = (int) (2.5 * SortedNQuads.LINES_IN_MEMORY / store.dataset().stream().count()) + 1;
            store.dataset().find().forEachRemaining(q -> {
                for (int i = 0; i < copies; i++) {
                    big.add(org.apache.jena.graph.NodeFactory.createURI(q.getGraph().getURI() + "/copy/" + i),
                            q.getSubject(), q.getPredicate(), q.getObject());
                }
            });
        }));
        java.io.ByteArrayOutputStream spilled = new java.io.ByteArrayOutputStream();
        SortedNQuads.Written w = org.apache.jena.system.Txn.calculateRead(big, () -> {
            try {
                return SortedNQuads.write(big, q -> true, spilled);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        List<String> expected = org.apache.jena.system.Txn.calculateRead(big, () -> big.stream()
                .map(org.apache.jena.riot.out.NodeFmtLib::strNQ).sorted().toList());
        assertTrue(expected.size() > 2 * SortedNQuads.LINES_IN_MEMORY, "enough lines to spill");
        assertEquals(expected.size(), w.lines());
        assertEquals(String.join("\n", expected) + "\n", spilled.toString(StandardCharsets.UTF_8));
        assertEquals(Release.sha256(spilled.toByteArray()), w.sha256());
    }
}
