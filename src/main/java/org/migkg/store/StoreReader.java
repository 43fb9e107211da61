package org.migkg.store;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecutionDatasetBuilder;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.migkg.rdf.Iris;

/**
 * Read access to the store, all that serving it needs: work run in one read transaction, SPARQL over it, the quads of
 * a pattern, the named graphs, when it was loaded and which version of the data a reader sees, full-text search.
 * Nothing reachable through it writes. SPARQL's default graph is the union of the named graphs, and {@code text:query}
 * searches the store's text index.
 */
public interface StoreReader {
    /** How long a query may run before it is stopped, unless the store is told otherwise. */
    long DEFAULT_QUERY_TIMEOUT_MS = 30_000;

    Iris iris();

    /** The store's directory; what is published from it lies below it. */
    Path directory();

    /**
     * Runs {@code work} in one read transaction, so everything it reads sees the same data; inside a transaction
     * already, it joins it.
     */
    <T> T read(Supplier<T> work);

    /** A query execution over the store, to build and run inside {@link #read}. */
    QueryExecutionDatasetBuilder query(Query query);

    /** The quads matching the pattern ({@link Node#ANY} matches anything), to iterate inside {@link #read}. */
    Iterator<Quad> find(Node graph, Node subject, Node predicate, Node object);

    /** The IRIs of the named graphs the store holds now, in no particular order. */
    List<String> graphIris();

    boolean isEmpty();

    /** When the store was last loaded (the dataset's dcterms:modified in the loads graph). */
    Optional<Instant> lastLoaded();

    /** The version of the data a reader sees now (see {@link DataVersion}). */
    DataVersion dataVersion();

    /** Triples in the store outside the loads graph. */
    long contentTriples();

    /** Full-text search over names, titles, descriptions and labels. */
    TextSearch textSearch();

    /**
     * The store as a dataset whose writes fail, for the one caller that must be handed a dataset: the SPARQL endpoint.
     * Its context is the store's (query timeout, union default graph, text index).
     */
    DatasetGraph readOnlyDataset();
}
