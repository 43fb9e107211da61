package org.migkg.serve.html;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.migkg.rdf.MK;
import org.migkg.rdf.SchemaOrg;

/**
 * What a page embeds of an entity's description: the statements made about the entity and the nodes it owns (IRIs
 * below its own, such as an event's participations), with the names and types of what they point at. The statements
 * of others that point at it (a busy speaker's hundreds of participations) and a person's links to every co-speaker
 * (thousands for the busiest; the page shows the top ones and links to the rest) and the mentions each piece of
 * identity evidence covers (a name written the same way at hundreds of events is one piece of evidence listing them all;
 * the page shows its rule, score and explanation) stay in the full description its {@code .ttl} and {@code .jsonld}
 * forms give, so a page's head stays the size of the entity, not of its history.
 */
final class OwnStatements {
    private static final Set<Node> NAMING = Set.of(SchemaOrg.name.asNode(), SKOS.prefLabel.asNode(), RDFS.label.asNode(),
            SKOS.notation.asNode(), RDF.type.asNode());

    /** Statements whose number follows the entity's history rather than the entity. */
    private static final Set<Node> HISTORY = Set.of(MK.coSpeaker.asNode(), MK.mention.asNode());

    private OwnStatements() {}

    static Graph of(String iri, Graph description) {
        Graph own = GraphFactory.createDefaultGraph();
        Set<Node> mentioned = new HashSet<>();
        ArrayDeque<Node> blanks = new ArrayDeque<>();
        description.find().forEachRemaining(t -> {
            if (owned(iri, t.getSubject()) && !HISTORY.contains(t.getPredicate())) {
                take(t, own, mentioned, blanks);
            }
        });
        // Blank nodes have no description of their own to link to: they come whole.
        Set<Node> followed = new HashSet<>();
        while (!blanks.isEmpty()) {
            Node b = blanks.pop();
            if (followed.add(b)) {
                description.find(b, Node.ANY, Node.ANY).forEach(t -> take(t, own, mentioned, blanks));
            }
        }
        mentioned.removeIf(n -> owned(iri, n) || n.isBlank());
        for (Node n : mentioned) {
            description.find(n, Node.ANY, Node.ANY).filterKeep(t -> NAMING.contains(t.getPredicate())).forEach(own::add);
        }
        return own;
    }

    private static void take(Triple t, Graph own, Set<Node> mentioned, Deque<Node> blanks) {
        own.add(t);
        Node o = t.getObject();
        if (o.isBlank()) {
            blanks.push(o);
        } else if (o.isURI()) {
            mentioned.add(o);
        }
    }

    private static boolean owned(String iri, Node n) {
        return n.isURI() && (n.getURI().equals(iri) || n.getURI().startsWith(iri + "/"));
    }
}
