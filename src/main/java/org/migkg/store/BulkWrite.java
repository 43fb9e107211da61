package org.migkg.store;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.migkg.rdf.Iris;
import org.migkg.rdf.MappedDataset;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;

/** The first load into an empty store. */
final class BulkWrite {
    private final DatasetGraph tdb;
    private final DatasetGraphText dataset;
    private final Iris iris;
    private final LoadStates states;

    BulkWrite(DatasetGraph tdb, DatasetGraphText dataset, Iris iris, LoadStates states) {
        this.tdb = tdb;
        this.dataset = dataset;
        this.iris = iris;
        this.states = states;
    }

    /**
     * The first load into an empty store goes through TDB2's phased bulk loader (what {@code tdb2.tdbloader} runs by
     * default), which builds the indexes in parallel, then the text index is built from the store. If the loader
     * fails, the store is emptied again.
     */
    WriteSummary write(MappedDataset mapped) {
        DataLoader loader = LoaderFactory.phasedLoader(tdb, (fmt, args) -> {});
        Node loads = NodeFactory.createURI(iris.loadsGraph());
        int[] written = {0};
        Map<String, Long> sizes = new HashMap<>();
        Map<String, Map<String, LoadState.Digest>> digests = new HashMap<>();
        loader.startBulk();
        try {
            StreamRDF out = loader.stream();
            try (var events = mapped.eventGraphs().get()) {
                events.forEach(e -> {
                    Node g = NodeFactory.createURI(e.graphIri());
                    Set<Triple> triples = new HashSet<>();
                    e.content().find().forEachRemaining(t -> triples.add(StorableTriples.storable(t)));
                    triples.forEach(t -> out.quad(new Quad(g, t)));
                    sizes.put(e.graphIri(), (long) triples.size());
                    e.loads().forEach(t -> out.quad(new Quad(loads, StorableTriples.storable(t))));
                    written[0]++;
                });
            }
            mapped.sharedGraphs().forEach((iri, parts) -> {
                Node g = NodeFactory.createURI(iri);
                try (var s = parts.get()) {
                    s.forEach(part -> part.find().forEachRemaining(t -> out.quad(new Quad(g, StorableTriples.storable(t)))));
                }
                Map<String, LoadState.Digest> fresh = SubjectDigests.of(parts);
                if (fresh != null) {
                    digests.put(iri, fresh);
                }
            });
            mapped.loads().forEach(t -> out.quad(new Quad(loads, StorableTriples.storable(t))));
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            Txn.executeWrite(tdb, tdb::clear);
            throw e;
        }
        TextIndexing.rebuild(tdb, dataset.getTextIndex());
        // A shared graph's parts may repeat a triple the store keeps once: count what the store holds.
        Txn.executeRead(dataset, () -> mapped.sharedGraphs().keySet().forEach(iri ->
                sizes.put(iri, dataset.getGraph(NodeFactory.createURI(iri)).size() + 0L)));
        states.keep(new LoadState(states.stamp(mapped), sizes, digests));
        return new WriteSummary(written[0], List.of());
    }
}
