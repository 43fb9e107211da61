package org.migkg.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.migkg.rdf.MK;
import org.migkg.rdf.Prefixes;
import org.migkg.rdf.VocabularyFiles;
import org.migkg.store.StoreReader;

/**
 * The description served for an IRI: a bounded, deterministic set of triples from the content graphs (never the loads
 * graph). It holds
 * <ul>
 * <li>every triple with the IRI as subject, and those of the nodes it owns (IRIs below its own, such as an event's
 * participations or a relation's reasons);</li>
 * <li>triples pointing at it (at most {@value #INBOUND_LIMIT}, in IRI order), and for the n-ary nodes among them
 * (participations, relations) their own triples and those of the nodes they own, so a person's description says which
 * events, in which role, holding which post, and an event's says why each related event is related. Co-speaking nodes
 * are linked, not expanded: a frequent speaker has hundreds, and each dereferences on its own;</li>
 * <li>the labels and notations of everything it mentions, so a reader need not dereference each link to name it.</li>
 * </ul>
 * The ontology IRI gets the whole ontology.
 */
public final class EntityDescriber {
    static final int INBOUND_LIMIT = 500;
    private static final int OWNED_DEPTH = 2;
    private static final Set<String> NARY = Set.of(MK.Participation.getURI(), MK.EventRelation.getURI());
    private static final List<Property> NAMING = List.of(org.migkg.rdf.SchemaOrg.name, SKOS.prefLabel,
            org.apache.jena.vocabulary.RDFS.label, SKOS.notation);
    public static final String ONTOLOGY = MK.VOCAB + "ontology";

    private final StoreReader store;
    private final Node loads;

    public EntityDescriber(StoreReader store) {
        this.store = store;
        this.loads = NodeFactory.createURI(store.iris().loadsGraph());
    }

    /** The IRI's description; empty when the content graphs do not mention it. */
    public Optional<Model> describe(String iri) {
        if (iri.equals(ONTOLOGY)) {
            return Optional.of(withPrefixes(VocabularyFiles.file("migkg.ttl")));
        }
        return store.read(() -> {
            Node n = NodeFactory.createURI(iri);
            Graph g = GraphFactory.createDefaultGraph();
            addOwned(n, iri, g, 0);
            List<Triple> inbound = inbound(n);
            inbound.forEach(g::add);
            for (Triple t : inbound) {
                if (isNary(t.getSubject())) {
                    addOwned(t.getSubject(), t.getSubject().getURI(), g, 1);
                }
            }
            if (g.isEmpty()) {
                return Optional.<Model>empty();
            }
            addLabels(n, g);
            return Optional.of(withPrefixes(g));
        });
    }

    /** Whether {@link #describe(String)} has something to say about the IRI, without gathering it. */
    public boolean known(String iri) {
        if (iri.equals(ONTOLOGY)) {
            return true;
        }
        return store.read(() -> {
            Node n = NodeFactory.createURI(iri);
            return anyContent(store.find(Node.ANY, n, Node.ANY, Node.ANY)) || anyContent(store.find(Node.ANY, Node.ANY, Node.ANY, n));
        });
    }

    /**
     * What a page embeds of an entity: the statements about it and about the nodes it owns, with the names of what
     * they point at. Left to the full description: the statements of others that point at it (a busy speaker's
     * hundreds of participations), and the links whose number follows the entity's history rather than the entity (a
     * person's link to every co-speaker, the mentions each piece of identity evidence covers), so an embed stays the
     * size of the entity. Every statement in it is also in {@link #describe(String)}.
     */
    public Model describeOwn(String iri) {
        if (iri.equals(ONTOLOGY)) {
            return describe(iri).orElseThrow();
        }
        return store.read(() -> {
            Node n = NodeFactory.createURI(iri);
            Graph g = GraphFactory.createDefaultGraph();
            addOwned(n, iri, g, 0, HISTORY);
            addLabels(n, g);
            return withPrefixes(g);
        });
    }

    /** Links whose number grows with an entity's history, not with the entity. */
    private static final Set<Node> HISTORY = Set.of(MK.coSpeaker.asNode(), MK.mention.asNode());

    /** The IRI a retired IRI was merged into: it has an owl:sameAs and no description of its own. */
    public Optional<String> successor(String iri) {
        return store.read(() -> {
            Node n = NodeFactory.createURI(iri);
            List<Triple> out = outgoing(n);
            boolean retired = !out.isEmpty() && out.stream().allMatch(t -> t.getPredicate().equals(OWL.sameAs.asNode()));
            return retired ? out.stream().map(t -> t.getObject()).filter(Node::isURI).map(Node::getURI).sorted().findFirst()
                    : Optional.<String>empty();
        });
    }

    private void addOwned(Node n, String owner, Graph g, int depth) {
        addOwned(n, owner, g, depth, Set.of());
    }

    private void addOwned(Node n, String owner, Graph g, int depth, Set<Node> leaveOut) {
        for (Triple t : outgoing(n)) {
            if (leaveOut.contains(t.getPredicate())) {
                continue;
            }
            g.add(t);
            Node o = t.getObject();
            if (depth < OWNED_DEPTH && o.isURI() && o.getURI().startsWith(owner + "/")) {
                addOwned(o, o.getURI(), g, depth + 1, leaveOut);
            }
        }
    }

    private boolean anyContent(Iterator<Quad> quads) {
        while (quads.hasNext()) {
            if (!quads.next().getGraph().equals(loads)) {
                return true;
            }
        }
        return false;
    }

    private List<Triple> outgoing(Node s) {
        return content(store.find(Node.ANY, s, Node.ANY, Node.ANY));
    }

    private List<Triple> inbound(Node o) {
        List<Triple> in = content(store.find(Node.ANY, Node.ANY, Node.ANY, o));
        in.sort(Comparator.comparing((Triple t) -> t.getSubject().getURI()).thenComparing(t -> t.getPredicate().getURI()));
        return in.size() > INBOUND_LIMIT ? new ArrayList<>(in.subList(0, INBOUND_LIMIT)) : in;
    }

    private List<Triple> content(Iterator<Quad> quads) {
        Set<Triple> seen = new HashSet<>();
        List<Triple> out = new ArrayList<>();
        quads.forEachRemaining(q -> {
            if (!q.getGraph().equals(loads) && seen.add(q.asTriple())) {
                out.add(q.asTriple());
            }
        });
        return out;
    }

    private boolean isNary(Node s) {
        return outgoing(s).stream().anyMatch(t -> t.getPredicate().equals(RDF.type.asNode())
                && t.getObject().isURI() && NARY.contains(t.getObject().getURI()));
    }

    private void addLabels(Node self, Graph g) {
        Set<Node> mentioned = new HashSet<>();
        g.find().forEachRemaining(t -> {
            mentioned.add(t.getSubject());
            if (t.getObject().isURI()) {
                mentioned.add(t.getObject());
            }
        });
        mentioned.remove(self);
        for (Node m : mentioned) {
            for (Property p : NAMING) {
                content(store.find(Node.ANY, m, p.asNode(), Node.ANY)).forEach(g::add);
            }
        }
    }

    private static Model withPrefixes(Graph g) {
        Model m = ModelFactory.createModelForGraph(g);
        m.setNsPrefixes(Prefixes.MAP);
        return m;
    }
}
