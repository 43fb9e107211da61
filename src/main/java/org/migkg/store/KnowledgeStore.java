package org.migkg.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ARQ;
import org.apache.jena.riot.process.normalize.CanonicalizeLiteral;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.migkg.rdf.Iris;
import org.migkg.rdf.MK;
import org.migkg.rdf.MappedDataset;

/**
 * The persistent TDB2 store. Each load is one write transaction: readers see the old graph or the new one, never a
 * mix, and a crash mid-load leaves the old one. SPARQL's default graph is the union of the named graphs.
 */
public final class KnowledgeStore implements AutoCloseable {
    public static final long DEFAULT_QUERY_TIMEOUT_MS = 30_000;

    private final Path directory;
    private final DatasetGraph dataset;
    private final Iris iris;

    private KnowledgeStore(Path directory, DatasetGraph dataset, Iris iris) {
        this.directory = directory;
        this.dataset = dataset;
        this.iris = iris;
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
        return new KnowledgeStore(directory, dsg, iris);
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

    public DatasetGraph dataset() {
        return dataset;
    }

    public Iris iris() {
        return iris;
    }

    public Path directory() {
        return directory;
    }

    public void setQueryTimeout(long millis) {
        dataset.getContext().set(ARQ.queryTimeout, Long.toString(millis));
    }

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

    /** The record JSON each stored event was loaded from, by event id. */
    public Map<String, String> storedRecordJson() {
        Node loads = NodeFactory.createURI(iris.loadsGraph());
        Node recordJson = NodeFactory.createURI(MK.recordJson.getURI());
        String prefix = iris.eventGraph("");
        return Txn.calculateRead(dataset, () -> {
            Map<String, String> out = new java.util.TreeMap<>();
            dataset.find(loads, Node.ANY, recordJson, Node.ANY).forEachRemaining(q ->
                    out.put(q.getSubject().getURI().substring(prefix.length()), q.getObject().getLiteralLexicalForm()));
            return out;
        });
    }

    /**
     * Writes a load in one transaction: the given event graphs replace their old versions, shared graphs are replaced
     * whole, and when {@code removeOthers} is set every stored event graph not in this load is removed.
     */
    public WriteSummary write(MappedDataset mapped, boolean removeOthers) {
        try {
            return writeTransaction(mapped, removeOthers);
        } catch (StoreException e) {
            throw e;
        } catch (RuntimeException e) {
            // The transaction was aborted: the store keeps what the last committed load wrote.
            throw new StoreException("cannot write to the store in " + directory + ": " + StoreException.reason(e)
                    + "; nothing was written", e);
        }
    }

    private WriteSummary writeTransaction(MappedDataset mapped, boolean removeOthers) {
        return Txn.calculateWrite(dataset, () -> {
            List<String> removed = new ArrayList<>();
            if (removeOthers) {
                String prefix = iris.eventGraph("");
                List<Node> stale = new ArrayList<>();
                dataset.listGraphNodes().forEachRemaining(g -> {
                    if (g.isURI() && g.getURI().startsWith(prefix) && !mapped.eventGraphs().containsKey(g.getURI())) {
                        stale.add(g);
                    }
                });
                for (Node g : stale) {
                    dataset.removeGraph(g);
                    removed.add(g.getURI().substring(prefix.length()));
                }
            }
            mapped.eventGraphs().forEach(this::replaceGraph);
            mapped.sharedGraphs().forEach(this::replaceGraph);
            if (removeOthers) {
                replaceGraph(iris.loadsGraph(), mapped.loads());
            } else {
                mergeLoads(mapped.loads());
            }
            return new WriteSummary(mapped.eventGraphs().size(), removed);
        });
    }

    private void replaceGraph(String iri, Graph graph) {
        Node g = NodeFactory.createURI(iri);
        dataset.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
        Iterator<Triple> it = graph.find();
        while (it.hasNext()) {
            Triple t = it.next();
            dataset.add(g, t.getSubject(), t.getPredicate(), storable(t.getObject()));
        }
    }

    private void mergeLoads(Graph loads) {
        Node g = NodeFactory.createURI(iris.loadsGraph());
        loads.find().forEachRemaining(t -> {
            dataset.deleteAny(g, t.getSubject(), t.getPredicate(), Node.ANY);
        });
        loads.find().forEachRemaining(t -> dataset.add(g, t.getSubject(), t.getPredicate(), storable(t.getObject())));
    }

    /**
     * TDB2 keeps a decimal such as "1" under another key than the "1.0" it reads back, so a later delete of what it
     * read misses the stored triple (Jena issue 3404). Storing decimals in canonical form keeps every triple deletable.
     */
    private static Node storable(Node object) {
        if (object.isLiteral() && XSDDatatype.XSDdecimal.equals(object.getLiteralDatatype())) {
            return CanonicalizeLiteral.get().apply(object);
        }
        return object;
    }

    /** What a write did. */
    public record WriteSummary(int eventGraphsWritten, List<String> eventsRemoved) {}

    @Override
    public void close() {
        // Releases the store's files and lock so another process (or a test) can open the directory.
        org.apache.jena.tdb2.sys.TDBInternal.expel(dataset);
    }
}
