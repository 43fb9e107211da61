package org.migkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.shared.DeleteDeniedException;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migkg.SeedData;
import org.migkg.rdf.Iris;

/** What the server is given of the store: it reads everything a load wrote, and cannot write. */
class StoreReaderTest {
    @TempDir
    static Path shared;
    static KnowledgeStore store;
    static StoreReader reader;

    static final String AZIZ = Iris.DEFAULT.person("sijal-aziz");

    @BeforeAll
    static void load() {
        store = SeedData.loadedStore(shared);
        reader = store;
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void queriesSeeTheUnionOfTheNamedGraphsAndTheTextIndex() {
        boolean aziz = reader.read(() -> {
            try (QueryExecution qe = reader.query(QueryFactory.create(
                    "ASK { <" + AZIZ + "> a <https://schema.org/Person> }")).build()) {
                return qe.execAsk();
            }
        });
        assertTrue(aziz, "the default graph is the union of the named graphs");
        long found = reader.read(() -> {
            try (QueryExecution qe = reader.query(QueryFactory.create("""
                    PREFIX text: <http://jena.apache.org/text#>
                    SELECT ?s WHERE { ?s text:query "Aziz" }""")).build()) {
                long n = 0;
                for (var rows = qe.execSelect(); rows.hasNext(); ) {
                    n += rows.next().getResource("s").getURI().equals(AZIZ) ? 1 : 0;
                }
                return n;
            }
        });
        assertEquals(1, found, "text:query finds the person through the read view");
    }

    @Test
    void findsQuadsAndListsTheNamedGraphs() {
        List<Quad> typed = reader.read(() -> {
            List<Quad> quads = new ArrayList<>();
            reader.find(Node.ANY, NodeFactory.createURI(AZIZ), RDF.type.asNode(), Node.ANY).forEachRemaining(quads::add);
            return quads;
        });
        assertFalse(typed.isEmpty());
        List<String> graphs = reader.graphIris();
        assertTrue(graphs.contains(Iris.DEFAULT.loadsGraph()), graphs::toString);
        assertTrue(graphs.stream().anyMatch(g -> g.startsWith(Iris.DEFAULT.eventGraph(""))), graphs::toString);
    }

    @Test
    void theDatasetItHandsOutRefusesWrites() {
        DatasetGraph dataset = reader.readOnlyDataset();
        Quad quad = Quad.create(NodeFactory.createURI(Iris.DEFAULT.loadsGraph()), NodeFactory.createURI(AZIZ),
                RDF.type.asNode(), NodeFactory.createURI("https://example.org/Intruder"));
        long before = store.contentTriples();
        assertThrows(UnsupportedOperationException.class, () -> reader.read(() -> {
            dataset.add(quad);
            return null;
        }));
        assertThrows(DeleteDeniedException.class, () -> reader.read(() -> {
            dataset.getGraph(NodeFactory.createURI(Iris.DEFAULT.loadsGraph())).clear();
            return null;
        }));
        assertFalse(reader.read(() -> reader.find(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject()).hasNext()));
        assertEquals(before, store.contentTriples());
    }
}
