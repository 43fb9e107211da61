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
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionDatasetBuilder;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.riot.process.normalize.CanonicalizeLiteral;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphReadOnly;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.riot.system.StreamRDF;
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

    private KnowledgeStore(Path directory, DatasetGraph tdb, DatasetGraphText dataset, Iris iris) {
        this.directory = directory;
        this.tdb = tdb;
        this.dataset = dataset;
        // text:query finds the index in the context when the dataset it is asked on is not the text dataset itself.
        dataset.getContext().set(TextQuery.textIndex, dataset.getTextIndex());
        this.readOnly = new DatasetGraphReadOnly(dataset);
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

    /** What the store remembers of each record it holds, by event id. */
    public Map<String, StoredRecord> storedRecords() {
        Node loads = NodeFactory.createURI(iris.loadsGraph());
        String prefix = iris.eventGraph("");
        return Txn.calculateRead(dataset, () -> {
            Map<String, Map<String, String>> facts = new java.util.TreeMap<>();
            dataset.find(loads, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                if (q.getSubject().isURI() && q.getSubject().getURI().startsWith(prefix) && q.getObject().isLiteral()) {
                    facts.computeIfAbsent(q.getSubject().getURI().substring(prefix.length()), k -> new java.util.HashMap<>())
                            .put(q.getPredicate().getURI(), q.getObject().getLiteralLexicalForm());
                }
            });
            Map<String, StoredRecord> out = new java.util.TreeMap<>();
            facts.forEach((id, f) -> out.put(id, new StoredRecord(f.get(MK.recordJson.getURI()), f.get(MK.recordFile.getURI()),
                    f.get(MK.sha256.getURI()), f.get(MK.contentSignature.getURI()))));
            return out;
        });
    }

    /** A stored record's JSON, the file it was loaded from, that file's SHA-256 and its graph's content signature. */
    public record StoredRecord(String json, String recordFile, String sha256, String contentSignature) {}

    /**
     * Writes a load in one transaction: the given event graphs replace their old versions (mapped and written one at a
     * time), shared graphs are replaced whole, and when {@code removeOthers} is set every stored event graph not in this
     * load is removed.
     */
    public WriteSummary write(MappedDataset mapped, boolean removeOthers) {
        try {
            if (isEmpty()) {
                return bulkWrite(mapped);
            }
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
        Optional<LoadState> previous = loadState();
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
        keep(new LoadState(stamp(mapped), sizes, digests));
        return summary;
    }

    /**
     * Makes the stored graph equal the parts' union by rewriting only the subjects whose triples changed (their digest
     * differs from the last load's), or that are gone: the cost follows the change, not the graph.
     */
    private long replaceChangedSubjects(String iri, java.util.function.Supplier<java.util.stream.Stream<Graph>> parts,
                                        Map<String, LoadState.Digest> old, Map<String, LoadState.Digest> fresh, long size) {
        Set<String> changed = new java.util.HashSet<>();
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
        Set<Triple> toAdd = new java.util.HashSet<>();
        try (var s = parts.get()) {
            s.forEach(part -> part.find().forEachRemaining(t -> {
                if (changed.contains(t.getSubject().getURI())) {
                    toAdd.add(storable(t));
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

    /** The load time a load writes to the loads graph: it names the state that load leaves. */
    private String stamp(MappedDataset mapped) {
        Node ds = NodeFactory.createURI(iris.dataset());
        return mapped.loads().stream()
                .filter(t -> t.getSubject().equals(ds) && t.getPredicate().equals(org.apache.jena.vocabulary.DCTerms.modified.asNode()))
                .map(t -> t.getObject().getLiteralLexicalForm()).findFirst()
                .orElseThrow(() -> new IllegalStateException("a load without its time"));
    }

    private volatile LoadState state;

    /** The state the last load left, if it is that of the store's last load. */
    private Optional<LoadState> loadState() {
        Optional<String> last = lastLoadStamp();
        LoadState kept = state;
        if (kept != null && last.isPresent() && kept.stamp.equals(last.get())) {
            return Optional.of(kept);
        }
        Optional<LoadState> read = LoadState.read(directory, last);
        read.ifPresent(s -> state = s);
        return read;
    }

    private void keep(LoadState next) {
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
    @Override
    public long contentTriples() {
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

    /**
     * The first load into an empty store goes through TDB2's phased bulk loader (what {@code tdb2.tdbloader} runs by
     * default), which builds the indexes in parallel, then the text index is built from the store. If the loader
     * fails, the store is emptied again.
     */
    private WriteSummary bulkWrite(MappedDataset mapped) {
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
                    Set<Triple> triples = new java.util.HashSet<>();
                    e.content().find().forEachRemaining(t -> triples.add(storable(t)));
                    triples.forEach(t -> out.quad(new Quad(g, t)));
                    sizes.put(e.graphIri(), (long) triples.size());
                    e.loads().forEach(t -> out.quad(new Quad(loads, storable(t))));
                    written[0]++;
                });
            }
            mapped.sharedGraphs().forEach((iri, parts) -> {
                Node g = NodeFactory.createURI(iri);
                try (var s = parts.get()) {
                    s.forEach(part -> part.find().forEachRemaining(t -> out.quad(new Quad(g, storable(t)))));
                }
                Map<String, LoadState.Digest> fresh = SubjectDigests.of(parts);
                if (fresh != null) {
                    digests.put(iri, fresh);
                }
            });
            mapped.loads().forEach(t -> out.quad(new Quad(loads, storable(t))));
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
        keep(new LoadState(stamp(mapped), sizes, digests));
        return new WriteSummary(written[0], List.of());
    }

    /** Makes the stored graph equal {@code graph}, touching only the triples that differ; returns its size. */
    private long replaceGraph(String iri, Graph mappedGraph) {
        return replaceGraph(iri, () -> java.util.stream.Stream.of(mappedGraph));
    }

    private long replaceGraph(String iri, java.util.function.Supplier<java.util.stream.Stream<Graph>> parts) {
        Node g = NodeFactory.createURI(iri);
        // Compare in stored form, so a decimal written as "1.000" matches the "1.0" the store gives back. The wanted
        // triples go into a hash set, then one scan of the stored graph finds what to delete and leaves what to add:
        // far less than a TDB2 lookup per triple.
        Set<Triple> toAdd = new java.util.HashSet<>();
        try (var s = parts.get()) {
            s.forEach(part -> part.find().forEachRemaining(t -> toAdd.add(storable(t))));
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
        triples.forEach(t -> dataset.add(new Quad(loads, storable(t))));
    }

    /**
     * TDB2 keeps a decimal such as "1" under another key than the "1.0" it reads back, so a later delete of what it
     * read misses the stored triple (Jena issue 3404). Storing decimals in canonical form keeps every triple deletable.
     */
    static Triple storable(Triple t) {
        Node o = t.getObject();
        if (o.isLiteral() && XSDDatatype.XSDdecimal.equals(o.getLiteralDatatype())) {
            return Triple.create(t.getSubject(), t.getPredicate(), CanonicalizeLiteral.get().apply(o));
        }
        return t;
    }

    /** What a write did. */
    public record WriteSummary(int eventGraphsWritten, List<String> eventsRemoved) {}

    @Override
    public void close() {
        // Releases the store's files and lock so another process (or a test) can open the directory.
        dataset.getTextIndex().close();
        org.apache.jena.tdb2.sys.TDBInternal.expel(tdb);
    }
}
