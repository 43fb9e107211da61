package org.migkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdfpatch.RDFPatch;
import org.apache.jena.rdfpatch.RDFPatchOps;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

/** Applying a release's patch to the previous release's quads gives exactly the new release's sorted N-Quads. */
class ReleasePatchProperties {
    private static final Node ID = NodeFactory.createURI("https://w3id.org/migkg/dataset/release/bbbbbbbbbbbb");
    private static final Node PREV = NodeFactory.createURI("https://w3id.org/migkg/dataset/release/aaaaaaaaaaaa");

    @Property(tries = 200)
    void thePatchTurnsThePreviousReleaseIntoTheNext(@ForAll @Size(max = 80) Set<@IntRange(min = 0, max = 499) Integer> before,
                                                    @ForAll @Size(max = 80) Set<@IntRange(min = 0, max = 499) Integer> after)
            throws IOException {
        String previous = sortedNQuads(before);
        String next = sortedNQuads(after);
        ByteArrayOutputStream patchBytes = new ByteArrayOutputStream();
        ReleasePatch.Counts counts = ReleasePatch.write(Optional.of(bytes(previous)), bytes(next), ID, Optional.of(PREV), patchBytes);

        RDFPatch patch = RDFPatchOps.read(new ByteArrayInputStream(patchBytes.toByteArray()));
        assertEquals(ID, patch.getId());
        assertEquals(PREV, patch.getPrevious());
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(dsg, () -> before.forEach(i -> dsg.add(quad(i))));
        RDFPatchOps.applyChange(dsg, patch);
        String applied = Txn.calculateRead(dsg, () -> dsg.stream().map(NodeFmtLib::strNQ).sorted()
                .map(l -> l + "\n").collect(Collectors.joining()));
        assertEquals(next, applied);
        assertEquals(after.stream().filter(i -> !before.contains(i)).count(), counts.added());
        assertEquals(before.stream().filter(i -> !after.contains(i)).count(), counts.deleted());
    }

    private static ByteArrayInputStream bytes(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    private static String sortedNQuads(Set<Integer> quads) {
        return quads.stream().map(i -> NodeFmtLib.strNQ(quad(i))).sorted().map(l -> l + "\n").collect(Collectors.joining());
    }

    /** Quad number {@code i} of a fixed universe: IRIs, plain, language-tagged and typed literals, odd characters. */
    static Quad quad(int i) {
        List<Node> objects = List.of(
                NodeFactory.createURI("https://w3id.org/migkg/id/person/p" + i),
                NodeFactory.createLiteralString("Löbel \"quoted\" " + i),
                NodeFactory.createLiteralLang("name " + i, "en"),
                NodeFactory.createLiteralDT(Integer.toString(i), org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger),
                NodeFactory.createLiteralString("line\nbreak\ttab " + i));
        return Quad.create(NodeFactory.createURI("https://w3id.org/migkg/graph/event/e" + (i % 5)),
                NodeFactory.createURI("https://w3id.org/migkg/id/event/e" + (i % 11)),
                NodeFactory.createURI("https://schema.org/p" + (i % 3)),
                objects.get(i % objects.size()));
    }
}
