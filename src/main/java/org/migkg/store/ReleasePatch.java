package org.migkg.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.rdfpatch.RDFChanges;
import org.apache.jena.rdfpatch.RDFPatchConst;
import org.apache.jena.rdfpatch.RDFPatchOps;
import org.apache.jena.rdfpatch.text.RDFChangesWriterText;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;

/**
 * The RDF Patch (Jena's {@code jena-rdfpatch}) from one release to the next: the quads deleted and added, found by
 * one merge of the two sorted N-Quads dumps, so memory stays bounded whatever their size. The header's {@code id}
 * names the new release and {@code prev} the one it applies to (their DCAT IRIs), so a follower can chain patches.
 */
public final class ReleasePatch {
    public static final String FILE = "patch.rdfp";
    /** The media type Jena gives RDF Patch. */
    public static final String MEDIA_TYPE = "application/rdf-patch";
    /** Lines parsed at a time: parsing a batch costs far less than a parser per changed line. */
    private static final int BATCH = 10_000;

    private ReleasePatch() {}

    /** What a patch holds. */
    public record Counts(long added, long deleted) {}

    /**
     * Writes the patch from {@code previous} to {@code next}, both sorted N-Quads (uncompressed streams); the previous
     * may be absent (an empty dataset).
     */
    public static Counts write(Optional<InputStream> previous, InputStream next, Node id, Optional<Node> prev,
                               OutputStream out) throws IOException {
        RDFChangesWriterText writer = RDFPatchOps.textWriter(out);
        writer.start();
        writer.header(RDFPatchConst.ID, id);
        prev.ifPresent(p -> writer.header(RDFPatchConst.PREV, p));
        writer.txnBegin();
        Batch deletes = new Batch(writer, false);
        Batch adds = new Batch(writer, true);
        try (BufferedReader old = previous.map(ReleasePatch::reader).orElse(new BufferedReader(java.io.Reader.nullReader()));
             BufferedReader now = reader(next)) {
            String a = old.readLine();
            String b = now.readLine();
            while (a != null || b != null) {
                int c = a == null ? 1 : b == null ? -1 : a.compareTo(b);
                if (c < 0) {
                    deletes.add(a);
                    a = old.readLine();
                } else if (c > 0) {
                    adds.add(b);
                    b = now.readLine();
                } else {
                    a = old.readLine();
                    b = now.readLine();
                }
            }
        }
        deletes.flush();
        adds.flush();
        writer.txnCommit();
        writer.finish();
        out.flush();
        return new Counts(adds.count, deletes.count);
    }

    private static BufferedReader reader(InputStream in) {
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }

    /** Changed lines, parsed a batch at a time and written as additions or deletions. */
    private static final class Batch {
        private final RDFChanges changes;
        private final boolean add;
        private final StringBuilder lines = new StringBuilder();
        private int pending;
        long count;

        Batch(RDFChanges changes, boolean add) {
            this.changes = changes;
            this.add = add;
        }

        void add(String line) {
            lines.append(line).append('\n');
            if (++pending == BATCH) {
                flush();
            }
        }

        void flush() {
            if (pending == 0) {
                return;
            }
            RDFParser.fromString(lines.toString(), Lang.NQUADS).parse(new StreamRDFBase() {
                @Override
                public void quad(Quad q) {
                    if (add) {
                        changes.add(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject());
                    } else {
                        changes.delete(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject());
                    }
                    count++;
                }
            });
            lines.setLength(0);
            pending = 0;
        }
    }
}
