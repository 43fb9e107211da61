package org.migkg.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.iri.IRI;
import org.apache.jena.iri.IRIFactory;
import org.apache.jena.iri.Violation;
import org.apache.jena.irix.IRIx;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.migkg.SeedData;
import org.migkg.records.DataReader;
import org.migkg.rdf.Iris;
import org.migkg.store.Exporter;
import org.migkg.store.KnowledgeStore;
import org.migkg.pipeline.Loader;

/**
 * A record whose people, title, description and series carry hostile text (markup, quotes, newlines, bidi controls,
 * emoji, NUL) loads; every IRI minted from it is a valid IRI, and every export format re-parses to the same graph.
 */
class HostileNamesRoundTripTest {
    @TempDir
    static Path dir;
    static KnowledgeStore store;

    @BeforeAll
    static void loadHostileRecord() throws Exception {
        Path data = SeedData.copyTo(dir.resolve("data"));
        Path file = data.resolve("events").resolve(SeedData.GENDER + ".json");
        ObjectNode record = (ObjectNode) DataReader.JSON.readTree(file.toFile());
        record.put("title", String.join(" ", Hostile.NAMES));
        ArrayNode description = record.putArray("description");
        Hostile.NAMES.forEach(description::add);
        ((ObjectNode) record.withArray("partOf").get(1)).put("name", Hostile.SCRIPT + " week");
        ArrayNode participants = (ArrayNode) record.get("participants");
        for (String name : Hostile.NAMES) {
            ObjectNode p = participants.addObject().put("name", name).put("role", "speaker").put("statedPosition", name + ", " + name);
            p.putArray("posts").addObject().put("title", name).put("organization", name).put("country", name);
        }
        DataReader.JSON.writeValue(file.toFile(), record);
        store = KnowledgeStore.open(dir.resolve("store"), Iris.DEFAULT);
        new Loader(store, dir).load(List.of(data), data, false);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static List<Quad> content() {
        String loads = store.iris().loadsGraph();
        return Txn.calculateRead(store.dataset(), () -> {
            List<Quad> quads = new ArrayList<>();
            store.dataset().find().forEachRemaining(q -> {
                if (!q.getGraph().getURI().equals(loads)) {
                    quads.add(q);
                }
            });
            return quads;
        });
    }

    @Test
    void theHostileNamesAreStoredAsWritten() {
        Set<String> literals = new TreeSet<>();
        content().forEach(q -> {
            if (q.getObject().isLiteral()) {
                literals.add(q.getObject().getLiteralLexicalForm());
            }
        });
        for (String name : Hostile.NAMES) {
            assertTrue(literals.contains(name), () -> "stored: " + name);
        }
    }

    @Test
    void everyIriIsValid() {
        IRIFactory factory = IRIFactory.iriImplementation();
        Set<String> iris = new TreeSet<>();
        for (Quad q : content()) {
            for (Node n : new Node[] {q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject()}) {
                if (n.isURI()) {
                    iris.add(n.getURI());
                }
                assertFalse(n.isBlank(), "no blank nodes");
            }
        }
        long people = iris.stream().filter(i -> i.startsWith(store.iris().person(""))).count();
        assertTrue(people > Hostile.NAMES.size() / 2, "hostile names gave person IRIs: " + people);
        for (String iri : iris) {
            IRI parsed = factory.create(iri);
            List<String> errors = new ArrayList<>();
            Iterator<Violation> violations = parsed.violations(false);
            violations.forEachRemaining(v -> errors.add(v.getShortMessage()));
            assertEquals(List.of(), errors, iri);
            IRIx iriX = IRIx.create(iri);
            assertTrue(iriX.scheme() != null && !iriX.hasViolations(), iri);
            assertFalse(iri.chars().anyMatch(c -> c < 0x21 || c > 0x7e || "<>\"{}|\\^`".indexOf(c) >= 0),
                    () -> "plain ASCII IRI, nothing to escape: " + iri);
        }
    }

    @ParameterizedTest
    @EnumSource(Exporter.Format.class)
    void everyExportReparsesToTheSameGraph(Exporter.Format format) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Exporter(store).write(format, out, true);
        Lang lang = switch (format) {
            case NQ -> Lang.NQUADS;
            case TRIG -> Lang.TRIG;
            case TTL -> Lang.TURTLE;
            case JSONLD -> Lang.JSONLD11;
        };
        DatasetGraph parsed = DatasetGraphFactory.create();
        RDFParser.source(new ByteArrayInputStream(out.toByteArray())).lang(lang).strict(true).parse(parsed);
        List<Quad> expected = content();
        if (format == Exporter.Format.NQ || format == Exporter.Format.TRIG) {
            Set<Quad> actual = new java.util.HashSet<>();
            parsed.find().forEachRemaining(actual::add);
            assertEquals(new java.util.HashSet<>(expected), actual);
        } else {
            Graph union = GraphFactory.createDefaultGraph();
            expected.forEach(q -> union.add(q.asTriple()));
            Graph actual = parsed.getDefaultGraph();
            assertEquals(union.size(), actual.size());
            assertTrue(union.isIsomorphicWith(actual), format + " re-parses to the same graph");
        }
    }
}
