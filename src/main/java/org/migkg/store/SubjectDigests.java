package org.migkg.store;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.commons.codec.digest.MurmurHash3;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * A digest of each subject's triples in a graph given as parts: two loads that give a subject the same triples give it
 * the same digest, so only subjects whose digest changed need their stored triples rewritten. The digest is a sum of
 * 128-bit MurmurHash3 hashes of the triples in stored form, so it does not depend on the order the parts come in.
 */
final class SubjectDigests {
    private SubjectDigests() {}

    /** Each subject's digest, or null when a subject is not an IRI (such a graph is compared whole). */
    static Map<String, LoadState.Digest> of(Supplier<Stream<Graph>> parts) {
        Map<String, LoadState.Digest> out = new HashMap<>();
        boolean[] iriSubjects = {true};
        StringBuilder sb = new StringBuilder(256);
        try (Stream<Graph> s = parts.get()) {
            s.forEach(part -> part.find().forEachRemaining(t -> {
                Triple st = StorableTriples.storable(t);
                if (!st.getSubject().isURI()) {
                    iriSubjects[0] = false;
                    return;
                }
                out.computeIfAbsent(st.getSubject().getURI(), k -> new LoadState.Digest()).add(hash(st, sb));
            }));
        }
        return iriSubjects[0] ? out : null;
    }

    private static long[] hash(Triple t, StringBuilder sb) {
        sb.setLength(0);
        term(sb, t.getSubject());
        term(sb, t.getPredicate());
        term(sb, t.getObject());
        return MurmurHash3.hash128x64(sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Every part of a term, each prefixed by its length, so no two different triples give the same text. */
    private static void term(StringBuilder sb, Node n) {
        if (n.isURI()) {
            part(sb.append('U'), n.getURI());
        } else if (n.isLiteral()) {
            part(sb.append('L'), n.getLiteralLexicalForm());
            part(sb, n.getLiteralDatatypeURI());
            part(sb, n.getLiteralLanguage());
        } else {
            part(sb.append('B'), n.toString());
        }
    }

    private static void part(StringBuilder sb, String text) {
        String t = text == null ? "" : text;
        sb.append(t.length()).append(':').append(t);
    }
}
