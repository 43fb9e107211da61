package org.migkg.store;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.serialization.QuadsToJsonld;
import com.apicatalog.rdf.api.RdfConsumerException;
import jakarta.json.JsonArray;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * A graph as expanded JSON-LD, by Titanium (the JSON-LD 1.1 processor Jena uses), the step before compacting it against
 * a context. The triples go in sorted, so the same graph always gives the same document.
 */
public final class ExpandedJsonLd {
    private ExpandedJsonLd() {}

    public static JsonArray of(Graph graph) throws JsonLdError {
        QuadsToJsonld toJsonLd = new QuadsToJsonld().ordered(true);
        List<Triple> triples = graph.find().toList();
        triples.sort(Comparator.comparing((Triple t) -> t.getSubject().toString())
                .thenComparing(t -> t.getPredicate().toString()).thenComparing(t -> t.getObject().toString()));
        try {
            for (Triple t : triples) {
                Node o = t.getObject();
                if (o.isLiteral()) {
                    String lang = o.getLiteralLanguage();
                    toJsonLd.quad(term(t.getSubject()), t.getPredicate().getURI(), o.getLiteralLexicalForm(),
                            o.getLiteralDatatypeURI(), lang.isEmpty() ? null : lang, null, null);
                } else {
                    toJsonLd.quad(term(t.getSubject()), t.getPredicate().getURI(), term(o), null, null, null, null);
                }
            }
        } catch (RdfConsumerException e) {
            throw new IllegalStateException(e);
        }
        return toJsonLd.toJsonLd();
    }

    private static String term(Node n) {
        return n.isBlank() ? "_:" + n.getBlankNodeLabel() : n.getURI();
    }
}
