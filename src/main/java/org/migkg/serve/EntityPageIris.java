package org.migkg.serve;

import java.util.List;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.migkg.store.StoreReader;

/** The IRIs that have an entity page worth listing: every event (series too), person and organization minted under the base. */
final class EntityPageIris {
    private static final List<Node> TYPES = List.of(
            NodeFactory.createURI("https://schema.org/Event"),
            NodeFactory.createURI("https://schema.org/Person"),
            NodeFactory.createURI("https://schema.org/Organization"));

    private EntityPageIris() {}

    /** Sorted, each once. */
    static List<String> of(StoreReader store) {
        Node loads = NodeFactory.createURI(store.iris().loadsGraph());
        String idSpace = store.iris().base() + "id/";
        return store.read(() -> {
            TreeSet<String> iris = new TreeSet<>();
            for (Node type : TYPES) {
                store.find(Node.ANY, Node.ANY, RDF.type.asNode(), type).forEachRemaining(q -> {
                    Node s = q.getSubject();
                    if (!q.getGraph().equals(loads) && s.isURI() && s.getURI().startsWith(idSpace)) {
                        iris.add(s.getURI());
                    }
                });
            }
            return List.copyOf(iris);
        });
    }
}
