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
 * record's graph in memory; the shared graphs (organizations, people, links, vocabulary) are built whole.
 */
public record MappedDataset(SortedSet<String> corpusGraphIris, SortedSet<String> eventGraphIris, Supplier<Stream<MappedEvent>> eventGraphs,
                            SortedMap<String, Graph> sharedGraphs, List<Triple> loads) {
    public MappedDataset {
        corpusGraphIris = new TreeSet<>(corpusGraphIris);
        eventGraphIris = new TreeSet<>(eventGraphIris);
        sharedGraphs = new TreeMap<>(sharedGraphs);
        loads = List.copyOf(loads);
    }

    /** One record's graph, and the facts about it that belong in the loads graph (load time, record JSON). */
    public record MappedEvent(String graphIri, Graph content, List<Triple> loads) {}

    public long tripleCount() {
        long[] n = {0};
        try (Stream<MappedEvent> events = eventGraphs.get()) {
            events.forEach(e -> n[0] += e.content().size());
        }
        sharedGraphs.values().forEach(g -> n[0] += g.size());
        return n[0];
    }
}
