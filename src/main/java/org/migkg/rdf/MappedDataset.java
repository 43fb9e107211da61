package org.migkg.rdf;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;

/**
 * The graphs one load writes, by graph IRI: one per event record, plus the shared organizations, people, links and
 * vocabulary graphs, and the loads graph (load times, record JSON) kept apart from the content.
 */
public record MappedDataset(SortedMap<String, Graph> eventGraphs, SortedMap<String, Graph> sharedGraphs, Graph loads) {
    public MappedDataset {
        eventGraphs = new TreeMap<>(eventGraphs);
        sharedGraphs = new TreeMap<>(sharedGraphs);
    }

    public long tripleCount() {
        long n = 0;
        for (Map<String, Graph> graphs : java.util.List.of(eventGraphs, sharedGraphs)) {
            for (Graph g : graphs.values()) {
                n += g.size();
            }
        }
        return n;
    }
}
