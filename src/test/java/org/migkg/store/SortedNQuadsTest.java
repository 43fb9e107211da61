package org.migkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;

/** The sorted N-Quads the dumps and the release id come from, when there are more lines than the sort holds in memory. */
class SortedNQuadsTest {
    @Test
    void sortingSpillsToDiskAndGivesTheSameBytes() {
        // Several spilled runs, with the kinds of term the store holds: IRIs, plain, language-tagged and typed literals.
        DatasetGraph big = DatasetGraphFactory.createTxnMem();
        Random random = new Random(1);
        int quads = (int) (2.5 * SortedNQuads.LINES_IN_MEMORY) + 1;
        Txn.executeWrite(big, () -> {
            for (int i = 0; i < quads; i++) {
                Node graph = NodeFactory.createURI("https://example.org/graph/" + random.nextInt(40));
                Node subject = NodeFactory.createURI("https://example.org/id/" + random.nextInt(quads));
                Node predicate = NodeFactory.createURI("https://schema.org/p" + random.nextInt(12));
                String text = "Näme \"" + random.nextInt(1000) + "\" \u0645";
                Node object = switch (random.nextInt(4)) {
                    case 0 -> NodeFactory.createURI("https://example.org/id/" + random.nextInt(quads));
                    case 1 -> NodeFactory.createLiteralString(text);
                    case 2 -> NodeFactory.createLiteralLang(text, "en");
                    default -> NodeFactory.createLiteralDT(Integer.toString(random.nextInt()), XSDDatatype.XSDinteger);
                };
                big.add(graph, subject, predicate, object);
            }
        });
        ByteArrayOutputStream spilled = new ByteArrayOutputStream();
        SortedNQuads.Written w = Txn.calculateRead(big, () -> {
            try {
                return SortedNQuads.write(big, q -> true, spilled);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        List<String> expected = Txn.calculateRead(big, () -> big.stream().map(NodeFmtLib::strNQ).sorted().toList());
        assertTrue(expected.size() > 2 * SortedNQuads.LINES_IN_MEMORY, "enough lines to spill");
        assertEquals(expected.size(), w.lines());
        assertEquals(String.join("\n", expected) + "\n", spilled.toString(StandardCharsets.UTF_8));
        assertEquals(Release.sha256(spilled.toByteArray()), w.sha256());
    }
}
