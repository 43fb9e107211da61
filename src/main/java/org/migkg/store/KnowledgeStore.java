package org.migkg.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionDatasetBuilder;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphReadOnly;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.migkg.rdf.Iris;
import org.migkg.rdf.MK;
import org.migkg.rdf.MappedDataset;

/**
 * The persistent TDB2 store. Each load is one write transaction: readers see the old graph or the new one, never a
 * mix, and a crash mid-load leaves the old one. SPARQL's default graph is the union of the named graphs. What only
 * reads it is given it as a {@link StoreReader}.
 */
public final class KnowledgeStore implements StoreReader, AutoCloseable {
    private final Path directory;
    private final DatasetGraph tdb;
    private final DatasetGraphText dataset;
    private final DatasetGraph readOnly;
    private final Iris iris;
    private final LoadStates states;

    private KnowledgeStore(Path directory, DatasetGraph tdb, DatasetGraphText dataset, Iris iris) {
        this.directory = directory;
        this.tdb = tdb;
        this.dataset = dataset;
        // text:query finds the index in the context when the dataset it is asked on is not the text dataset itself.
        dataset.getContext().set(TextQuery.textIndex, dataset.getTextIndex());
        this.readOnly = new DatasetGraphReadOnly(dataset);
        this.iris = iris;
        this.states = new LoadStates(directory, dataset, iris);
    }

    /** Opens (creating if needed) the store in {@code directory}. */
    public static KnowledgeStore open(Path directory, Iris iris) {
        Path blocking = firstNonDirectory(directory);
        if (blocking != null) {
            throw new StoreException("cannot create the store directory " + directory + ": " + blocking + " is a file, not a directory");
        }
        try {
            Files.createDirectories(directory);
        } catch (java.io.IOException e) {
            throw new StoreException("cannot create the store directory " + directory + ": " + StoreException.reason(e), e);
        }
        if (!Files.isWritable(directory)) {
            throw new StoreException("the store directory " + directory + " is not writable");
        }
        DatasetGraph dsg;
        try {
            dsg = DatabaseMgr.connectDatasetGraph(directory.toString());
        } catch (RuntimeException e) {
            throw new StoreException("cannot open the store in " + directory + ": " + StoreException.reason(e), e);
        }
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        dsg.getContext().set(ARQ.queryTimeout, Long.toString(DEFAULT_QUERY_TIMEOUT_MS));
        return new KnowledgeStore(directory, dsg, TextIndexing.wrap(dsg, directory), iris);
    }

    /** The path itself or the nearest ancestor that exists but is not a directory, or null. */
    private static Path firstNonDirectory(Path directory) {
        for (Path p = directory.toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                return Files.isDirectory(p) ? null : p;
            }
        }
        return null;
    }

    /**
     * The store as a dataset to write: writes through it are text-indexed, and SPARQL over it has {@code text:query}.
     * For loads and replicas; readers have the {@link StoreReader} methods.
     */
    public DatasetGraph dataset() {
        return dataset;
    }

    @Override
    public DatasetGraph readOnlyDataset() {
        return readOnly;
    }

    @Override
    public <T> T read(Supplier<T> work) {
        return Txn.calculateRead(readOnly, work);
    }

    @Override
    public QueryExecutionDatasetBuilder query(Query query) {
        return QueryExecution.dataset(DatasetFactory.wrap(readOnly)).query(query);
    }

    @Override
    public Iterator<Quad> find(Node graph, Node subject, Node predicate, Node object) {
        return readOnly.find(graph, subject, predicate, object);
    }

    @Override
    public List<String> graphIris() {
        return read(() -> {
            List<String> names = new ArrayList<>();
            readOnly.listGraphNodes().forEachRemaining(n -> names.add(n.getURI()));
            return names;
        });
    }

    @Override
    public TextSearch textSearch() {
        return new LuceneTextSearch(this);
    }

    @Override
    public Iris iris() {
        return iris;
    }

    @Override
    public Path directory() {
        return directory;
    }

    @Override
    public boolean isEmpty() {
        return Txn.calculateRead(dataset, () -> !dataset.find().hasNext());
    }

    /** The ids of the event records in the store. */
    public Set<String> eventIds() {
        String prefix = iris.eventGraph("");
        return Txn.calculateRead(dataset, () -> {
            Set<String> ids = new TreeSet<>();
            dataset.listGraphNodes().forEachRemaining(g -> {
                if (g.isURI() && g.getURI().startsWith(prefix)) {
                    ids.add(g.getURI().substring(prefix.length()));
                }
            });
            return ids;
        });
    }

    @Override
    public Optional<Instant> lastLoaded() {
        Node loads = NodeFactory.createURI(iris.loadsGraph());
        Node ds = NodeFactory.createURI(iris.dataset());
        return Txn.calculateRead(dataset, () -> {
            var it = dataset.find(loads, ds, org.apache.jena.vocabulary.DCTerms.modified.asNode(), Node.ANY);
            return it.hasNext() ? Optional.of(Instant.parse(it.next().getObject().getLiteralLexicalForm()))
                    : Optional.<Instant>empty();
        });
    }

    @Override
    public DataVersion dataVersion() {
        return Txn.calculateRead(dataset, () -> new DataVersion(
                TDBInternal.getDatasetGraphTDB(tdb).getTxnSystem().getThreadTransaction().getDataVersion(),
                lastLoaded()));
    }

    /** What the store remembers of each record it holds, by event id, without the records' JSON. */
    public Map<String, StoredRecord> storedRecords() {
        return Txn.calculateRead(dataset, () -> {
            Map<String, String> files = recordFacts(MK.recordFile);
            Map<String, String> digests = recordFacts(MK.sha256);
            Map<String, String> signatures = recordFacts(MK.contentSignature);
            Map<String, StoredRecord> out = new java.util.TreeMap<>();
            files.forEach((id, file) -> out.put(id, new StoredRecord(file, digests.get(id), signatures.get(id))));
            return out;
        });
    }

    /** The JSON of each record the store holds, by event id: what a load of single files links the rest from. */
    public Map<String, String> storedRecordJson() {
        return Txn.calculateRead(dataset, () -> recordFacts(MK.recordJson));
    }

    /** One literal the loads graph states of each record graph, by event id; read by predicate, so no other is decoded. */
    private Map<String, String> recordFacts(org.apache.jena.rdf.model.Property property) {
        Node loads = NodeFactory.createURI(iris.loadsGraph());
        String prefix = iris.eventGraph("");
        Map<String, String> facts = new java.util.HashMap<>();
        dataset.find(loads, Node.ANY, property.asNode(), Node.ANY).forEachRemaining(q -> {
            if (q.getSubject().isURI() && q.getSubject().getURI().startsWith(prefix) && q.getObject().isLiteral()) {
                facts.put(q.getSubject().getURI().substring(prefix.length()), q.getObject().getLiteralLexicalForm());
            }
        });
        return facts;
    }

    /**
     * Writes a load in one transaction: the given event graphs replace their old versions (mapped and written one at a
     * time), shared graphs are replaced whole, and when {@code removeOthers} is set every stored event graph not in this
     * load is removed.
     */
    public WriteSummary write(MappedDataset mapped, boolean removeOthers) {
        try {
            if (isEmpty()) {
                return new BulkWrite(tdb, dataset, iris, states).write(mapped);
            }
            return new IncrementalWrite(dataset, iris, states).write(mapped, removeOthers);
        } catch (StoreException e) {
            throw e;
        } catch (RuntimeException e) {
            // The transaction was aborted: the store keeps what the last committed load wrote.
            throw new StoreException("cannot write to the store in " + directory + ": " + StoreException.reason(e)
                    + "; nothing was written", e);
        }
    }

    /**
     * Triples in the store outside the loads graph: from the counts loads keep (updated by what each load changes),
     * else counted graph by graph.
     */
    @Override
    public long contentTriples() {
        return states.contentTriples();
    }

    @Override
    public void close() {
        // Releases the store's files and lock so another process (or a test) can open the directory.
        dataset.getTextIndex().close();
        org.apache.jena.tdb2.sys.TDBInternal.expel(tdb);
    }
}
