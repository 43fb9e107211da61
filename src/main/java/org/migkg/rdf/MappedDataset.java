package org.migkg.rdf;

import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;

/**
 * The graphs one load writes: {@code corpusGraphIris} names every record graph the corpus has, {@code eventGraphIris}
 * those this load (re)writes. Event graphs are mapped lazily, one record at a time, so a load never holds every
 * record's graph in memory. The shared graphs (organizations, people, links, vocabulary) come as streams of parts
 * whose union is the graph: the links graph, by far the largest, is mapped one relation at a time as it is written.
 */
public record MappedDataset(SortedSet<String> corpusGraphIris, SortedSet<String> eventGraphIris, Supplier<Stream<MappedEvent>> eventGraphs,
                            SortedMap<String, Supplier<Stream<Graph>>> sharedGraphs, List<Triple> loads) {
    public MappedDataset {
        corpusGraphIris = new TreeSet<>(corpusGraphIris);
        eventGraphIris = new TreeSet<>(eventGraphIris);
        sharedGraphs = new TreeMap<>(sharedGraphs);
        loads = List.copyOf(loads);
    }

    /** One record's graph, and the facts about it that belong in the loads graph (load time, record JSON). */
    public record MappedEvent(String graphIri, Graph content, List<Triple> loads) {}

    /** The same dataset with one more shared graph, given whole. */
    public MappedDataset withSharedGraph(String iri, Graph graph) {
        SortedMap<String, Supplier<Stream<Graph>>> more = new TreeMap<>(sharedGraphs);
        more.put(iri, () -> Stream.of(graph));
        return new MappedDataset(corpusGraphIris, eventGraphIris, eventGraphs, more, loads);
    }

    public long tripleCount() {
        long[] n = {0};
        try (Stream<MappedEvent> events = eventGraphs.get()) {
            events.forEach(e -> n[0] += e.content().size());
        }
        sharedGraphs.values().forEach(parts -> {
            try (Stream<Graph> s = parts.get()) {
                s.forEach(g -> n[0] += g.size());
            }
        });
        return n[0];
    }

    /** A shared graph whole, in memory. */
    public static Graph whole(Supplier<Stream<Graph>> parts) {
        Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        try (Stream<Graph> s = parts.get()) {
            s.forEach(part -> part.find().forEachRemaining(g::add));
        }
        return g;
    }
}
