package org.migkg.replica;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdfpatch.RDFPatch;
import org.apache.jena.rdfpatch.RDFPatchOps;
import org.apache.jena.rdfpatch.changes.RDFChangesApply;
import org.apache.jena.rdfpatch.changes.RDFChangesExternalTxn;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.migkg.store.KnowledgeStore;
import org.migkg.store.Release;
import org.migkg.store.SortedNQuads;

/**
 * Applies a release's RDF Patch to the replica's store in one write transaction (through the text-indexed dataset,
 * so search follows), and commits only if the result is exactly the release: the SHA-256 of its sorted content
 * N-Quads must be the one the primary lists. Readers see the old release or the new one, never a mix.
 */
final class PatchApplier {
    /** The patch did not give the release it claims to (the replica's copy had drifted, or the patch is damaged). */
    static final class Mismatch extends Exception {
        Mismatch(String message) {
            super(message);
        }
    }

    private final KnowledgeStore store;

    PatchApplier(KnowledgeStore store) {
        this.store = store;
    }

    /**
     * @param expectedPrevious the release the patch must start from ({@code prev} header), or empty to accept any
     * @param modified         the primary's load time, stated as the replica's own last load
     */
    void apply(InputStream patchText, Optional<Node> expectedPrevious, Release release, Instant modified)
            throws Mismatch {
        RDFPatch patch = RDFPatchOps.read(patchText);
        if (expectedPrevious.isPresent() && !expectedPrevious.get().equals(patch.getPrevious())) {
            throw new Mismatch("the patch of release " + release.id() + " follows " + patch.getPrevious()
                    + ", not this replica's " + expectedPrevious.get());
        }
        DatasetGraph dsg = store.dataset();
        Node loads = NodeFactory.createURI(store.iris().loadsGraph());
        Node dataset = NodeFactory.createURI(store.iris().dataset());
        String[] got = new String[1];
        dsg.begin(org.apache.jena.query.TxnType.WRITE);
        try {
            patch.apply(new RDFChangesExternalTxn(new RDFChangesApply(dsg)));
            got[0] = SortedNQuads.write(dsg, q -> !q.getGraph().equals(loads), OutputStream.nullOutputStream()).sha256();
            if (!got[0].equals(release.sha256())) {
                dsg.abort();
                throw new Mismatch("applying the patch gave content " + got[0].substring(0, Release.HASH_DIGITS)
                        + ", not release " + release.id());
            }
            dsg.deleteAny(loads, dataset, DCTerms.modified.asNode(), Node.ANY);
            dsg.add(loads, dataset, DCTerms.modified.asNode(),
                    NodeFactory.createLiteralDT(modified.toString(), XSDDatatype.XSDdateTime));
            dsg.commit();
        } catch (IOException e) {
            dsg.abort();
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            dsg.abort();
            throw e;
        } finally {
            dsg.end();
        }
    }
}
