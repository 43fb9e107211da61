package org.migkg.store;

import java.nio.file.Path;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.migkg.rdf.Iris;
import org.migkg.rdf.MappedDataset;

/**
 * The state each load leaves beside the store (per-graph counts, digests of the shared graphs' subjects), kept in
 * memory between loads and trusted only when it names the store's last load.
 */
final class LoadStates {
    private final Path directory;
    private final DatasetGraph dataset;
    private final Iris iris;

    LoadStates(Path directory, DatasetGraph dataset, Iris iris) {
        this.directory = directory;
        this.dataset = dataset;
        this.iris = iris;
    }

    /** The load time a load writes to the loads graph: it names the state that load leaves. */
    String stamp(MappedDataset mapped) {
        Node ds = NodeFactory.createURI(iris.dataset());
        return mapped.loads().stream()
                .filter(t -> t.getSubject().equals(ds) && t.getPredicate().equals(org.apache.jena.vocabulary.DCTerms.modified.asNode()))
                .map(t -> t.getObject().getLiteralLexicalForm()).findFirst()
                .orElseThrow(() -> new IllegalStateException("a load without its time"));
    }

    private volatile LoadState state;

    /** The state the last load left, if it is that of the store's last load. */
    Optional<LoadState> current() {
        Optional<String> last = lastLoadStamp();
        LoadState kept = state;
        if (kept != null && last.isPresent() && kept.stamp.equals(last.get())) {
            return Optional.of(kept);
        }
        Optional<LoadState> read = LoadState.read(directory, last);
        read.ifPresent(s -> state = s);
        return read;
    }

    void keep(LoadState next) {
        state = next;
        next.write(directory);
    }

    private Optional<String> lastLoadStamp() {
        Node loads = NodeFactory.createURI(iris.loadsGraph());
        Node ds = NodeFactory.createURI(iris.dataset());
        return Txn.calculateRead(dataset, () -> {
            var it = dataset.find(loads, ds, org.apache.jena.vocabulary.DCTerms.modified.asNode(), Node.ANY);
            return it.hasNext() ? Optional.of(it.next().getObject().getLiteralLexicalForm()) : Optional.<String>empty();
        });
    }

    /**
     * Triples in the store outside the loads graph: from the counts loads keep (updated by what each load changes),
     * else counted graph by graph.
     */
    long contentTriples() {
        Optional<String> last = lastLoadStamp();
        LoadState kept = state;
        if (kept != null && last.isPresent() && kept.stamp.equals(last.get())) {
            return kept.totalTriples();
        }
        Optional<Long> total = LoadState.readTotal(directory, last);
        if (total.isPresent()) {
            return total.get();
        }
        return Txn.calculateRead(dataset, () -> {
            long triples = 0;
            var graphs = dataset.listGraphNodes();
            String loads = iris.loadsGraph();
            while (graphs.hasNext()) {
                Node g = graphs.next();
                if (!g.getURI().equals(loads)) {
                    triples += dataset.getGraph(g).size();
                }
            }
            return triples;
        });
    }
}
