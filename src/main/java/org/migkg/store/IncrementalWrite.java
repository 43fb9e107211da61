package org.migkg.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.migkg.rdf.Iris;
import org.migkg.rdf.MappedDataset;

/**
 * A load into a store that holds data, in one write transaction: each event graph replaces its old version, a shared
 * graph rewrites only the subjects whose digest changed since the last load (or is replaced whole when that state is
 * missing), and with {@code removeOthers} the event graphs not in the load are removed.
 */
final class IncrementalWrite {
    private final DatasetGraph dataset;
    private final Iris iris;
    private final LoadStates states;

    IncrementalWrite(DatasetGraph dataset, Iris iris, LoadStates states) {
        this.dataset = dataset;
        this.iris = iris;
        this.states = states;
    }

    WriteSummary write(MappedDataset mapped, boolean removeOthers) {
        Optional<LoadState> previous = states.current();
        Map<String, Long> sizes = previous.map(p -> (Map<String, Long>) new HashMap<>(p.graphSizes)).orElseGet(HashMap::new);
        Map<String, Map<String, LoadState.Digest>> digests = new HashMap<>();
        WriteSummary summary = Txn.calculateWrite(dataset, () -> {
            Node loads = NodeFactory.createURI(iris.loadsGraph());
            List<String> removed = new ArrayList<>();
            if (removeOthers) {
                String prefix = iris.eventGraph("");
                List<Node> stale = new ArrayList<>();
                dataset.listGraphNodes().forEachRemaining(g -> {
                    if (g.isURI() && g.getURI().startsWith(prefix) && !mapped.corpusGraphIris().contains(g.getURI())) {
                        stale.add(g);
                    }
                });
                for (Node g : stale) {
                    dataset.removeGraph(g);
                    dataset.deleteAny(loads, g, Node.ANY, Node.ANY);
                    sizes.remove(g.getURI());
                    removed.add(g.getURI().substring(prefix.length()));
                }
            }
            int[] written = {0};
            try (var events = mapped.eventGraphs().get()) {
                events.forEach(e -> {
                    sizes.put(e.graphIri(), replaceGraph(e.graphIri(), e.content()));
                    replaceLoads(loads, e.loads());
                    written[0]++;
                });
            }
            mapped.sharedGraphs().forEach((iri, parts) -> {
                Map<String, LoadState.Digest> fresh = SubjectDigests.of(parts);
                Map<String, LoadState.Digest> old = previous.map(p -> p.subjects.get(iri)).orElse(null);
                Long oldSize = sizes.get(iri);
                if (fresh != null && old != null && oldSize != null) {
                    sizes.put(iri, replaceChangedSubjects(iri, parts, old, fresh, oldSize));
                } else {
                    sizes.put(iri, replaceGraph(iri, parts));
                }
                if (fresh != null) {
                    digests.put(iri, fresh);
                }
            });
            replaceLoads(loads, mapped.loads());
            if (previous.isEmpty()) {
                countUncounted(sizes);
            }
            return new WriteSummary(written[0], removed);
        });
        states.keep(new LoadState(states.stamp(mapped), sizes, digests));
        return summary;
    }

    /**
     * Makes the stored graph equal the parts' union by rewriting only the subjects whose triples changed (their digest
     * differs from the last load's), or that are gone: the cost follows the change, not the graph.
     */
    private long replaceChangedSubjects(String iri, Supplier<Stream<Graph>> parts,
                                        Map<String, LoadState.Digest> old, Map<String, LoadState.Digest> fresh, long size) {
        Set<String> changed = new HashSet<>();
        fresh.forEach((subject, d) -> {
            if (!d.sameAs(old.get(subject))) {
                changed.add(subject);
            }
        });
        old.keySet().forEach(subject -> {
            if (!fresh.containsKey(subject)) {
                changed.add(subject);
            }
        });
        if (changed.isEmpty()) {
            return size;
        }
        Node g = NodeFactory.createURI(iri);
        long now = size;
        for (String subject : changed) {
            List<Quad> stored = new ArrayList<>();
            dataset.find(g, NodeFactory.createURI(subject), Node.ANY, Node.ANY).forEachRemaining(stored::add);
            stored.forEach(dataset::delete);
            now -= stored.size();
        }
        Set<Triple> toAdd = new HashSet<>();
        try (var s = parts.get()) {
            s.forEach(part -> part.find().forEachRemaining(t -> {
                if (changed.contains(t.getSubject().getURI())) {
                    toAdd.add(StorableTriples.storable(t));
                }
            }));
        }
        toAdd.forEach(t -> dataset.add(g, t.getSubject(), t.getPredicate(), t.getObject()));
        return now + toAdd.size();
    }

    /** Counts the graphs no load has counted yet (a store loaded by an earlier version, or whose state was lost). */
    private void countUncounted(Map<String, Long> sizes) {
        String loads = iris.loadsGraph();
        dataset.listGraphNodes().forEachRemaining(g -> {
            if (g.isURI() && !g.getURI().equals(loads) && !sizes.containsKey(g.getURI())) {
                sizes.put(g.getURI(), dataset.getGraph(g).size() + 0L);
            }
        });
    }

    /** Makes the stored graph equal {@code graph}, touching only the triples that differ; returns its size. */
    private long replaceGraph(String iri, Graph mappedGraph) {
        return replaceGraph(iri, () -> Stream.of(mappedGraph));
    }

    private long replaceGraph(String iri, Supplier<Stream<Graph>> parts) {
        Node g = NodeFactory.createURI(iri);
        // Compare in stored form, so a decimal written as "1.000" matches the "1.0" the store gives back. The wanted
        // triples go into a hash set, then one scan of the stored graph finds what to delete and leaves what to add:
        // far less than a TDB2 lookup per triple.
        Set<Triple> toAdd = new HashSet<>();
        try (var s = parts.get()) {
            s.forEach(part -> part.find().forEachRemaining(t -> toAdd.add(StorableTriples.storable(t))));
        }
        long size = toAdd.size();
        if (dataset.find(g, Node.ANY, Node.ANY, Node.ANY).hasNext()) {
            List<Triple> toDelete = new ArrayList<>();
            dataset.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                if (!toAdd.remove(q.asTriple())) {
                    toDelete.add(q.asTriple());
                }
            });
            toDelete.forEach(t -> dataset.delete(g, t.getSubject(), t.getPredicate(), t.getObject()));
        }
        toAdd.forEach(t -> dataset.add(g, t.getSubject(), t.getPredicate(), t.getObject()));
        return size;
    }

    private void replaceLoads(Node loads, List<Triple> triples) {
        triples.forEach(t -> dataset.deleteAny(loads, t.getSubject(), t.getPredicate(), Node.ANY));
        triples.forEach(t -> dataset.add(new Quad(loads, StorableTriples.storable(t))));
    }
}
