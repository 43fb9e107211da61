package org.migkg.store;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.VOID;
import org.migkg.rdf.Prefixes;

/**
 * Publishes the store: writes the dumps and the dataset description into {@code <store>/dumps}. Memory stays bounded
 * whatever the size of the store: the N-Quads are sorted through a spilling bag, and Turtle and the statistics are
 * streamed from the sorted file (sorted by subject, so Turtle groups each subject and duplicates across graphs are
 * adjacent). JSON-LD needs the whole graph in memory to compact it, so it is published only up to
 * {@link #JSONLD_MAX_TRIPLES} triples. Each file is written to a temporary file and moved into place, so a reader sees
 * the old file or the new one, never half of one; the description is moved last and names the release the dumps carry.
 */
public final class DumpWriter {
    /** Above this many triples there is no JSON-LD dump (compaction holds the whole graph, several times over). */
    public static final long JSONLD_MAX_TRIPLES = 300_000;

    private final KnowledgeStore store;
    private final long jsonLdMaxTriples;

    public DumpWriter(KnowledgeStore store) {
        this(store, JSONLD_MAX_TRIPLES);
    }

    DumpWriter(KnowledgeStore store, long jsonLdMaxTriples) {
        this.store = store;
        this.jsonLdMaxTriples = jsonLdMaxTriples;
    }

    public static Path directory(KnowledgeStore store) {
        return directory(store.directory());
    }

    public static Path directory(Path storeDirectory) {
        return storeDirectory.resolve(Dump.DIRECTORY);
    }

    /** What was published: the release, each file's size, and how long it took. */
    public record Report(Release release, Map<Dump, Long> sizes, Duration took) {}

    public Report write() {
        Instant started = Instant.now();
        Path dir = directory(store);
        List<Path> temporary = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            Path nquads = temporaryFile(dir, Dump.NQUADS, temporary);
            Instant loaded;
            SortedNQuads.Written written;
            try (OutputStream out = new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(nquads)), 1 << 16)) {
                // One read transaction: the load time and the content come from the same committed state.
                record Snapshot(Instant loaded, SortedNQuads.Written written) {}
                Snapshot s = Txn.calculateRead(store.dataset(), () -> {
                    try {
                        return new Snapshot(store.lastLoaded().orElse(started), SortedNQuads.write(store.dataset(),
                                q -> !isLoadsGraph(q.getGraph()), out));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                loaded = s.loaded();
                written = s.written();
            }
            Release release = Release.of(loaded, written.sha256());

            Path turtle = temporaryFile(dir, Dump.TURTLE, temporary);
            DatasetStatistics stats;
            Graph forJsonLd;
            try (OutputStream ttlOut = new BufferedOutputStream(Files.newOutputStream(turtle), 1 << 16);
                 DatasetStatistics.Counter counter = new DatasetStatistics.Counter(store.iris().base() + "id/")) {
                StreamRDF ttl = StreamRDFWriter.getWriterStream(ttlOut, RDFFormat.TURTLE_BLOCKS);
                ttl.start();
                prefixes().forEach(ttl::prefix);
                UnionOfSorted union = new UnionOfSorted(ttl, counter, jsonLdMaxTriples);
                try (InputStream in = new GZIPInputStream(new BufferedInputStream(Files.newInputStream(nquads)), 1 << 16)) {
                    RDFParser.source(in).lang(Lang.NQUADS).parse(union);
                }
                stats = counter.result();
                Model inside = DatasetDescription.build(store.iris(), release, loaded, stats, published(stats), Map.of());
                inside.getGraph().find().forEachRemaining(ttl::triple);
                ttl.finish();
                forJsonLd = union.graph();
                if (forJsonLd != null) {
                    inside.getGraph().find().forEachRemaining(forJsonLd::add);
                }
            }

            Map<Dump, Path> files = new EnumMap<>(Dump.class);
            files.put(Dump.NQUADS, nquads);
            files.put(Dump.TURTLE, turtle);
            if (forJsonLd != null) {
                Path jsonld = temporaryFile(dir, Dump.JSONLD, temporary);
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(jsonld), 1 << 16)) {
                    JsonLdContext.writeReferring(forJsonLd, out, JsonLdContext.iri(store.iris()));
                }
                files.put(Dump.JSONLD, jsonld);
            }
            Map<Dump, Long> sizes = new EnumMap<>(Dump.class);
            for (Map.Entry<Dump, Path> f : files.entrySet()) {
                sizes.put(f.getKey(), Files.size(f.getValue()));
            }
            Model description = DatasetDescription.build(store.iris(), release, loaded, stats, files.keySet(), sizes);
            Path voidFile = Files.createTempFile(dir, "." + Dump.VOID_FILE, ".tmp");
            temporary.add(voidFile);
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(voidFile))) {
                org.apache.jena.riot.RDFDataMgr.write(out, description, RDFFormat.TURTLE_PRETTY);
            }

            for (Map.Entry<Dump, Path> f : files.entrySet()) {
                publish(f.getValue(), dir.resolve(f.getKey().file()));
            }
            for (Dump d : Dump.values()) {
                if (!files.containsKey(d)) {
                    Files.deleteIfExists(dir.resolve(d.file()));
                }
            }
            publish(voidFile, dir.resolve(Dump.VOID_FILE));
            return new Report(release, sizes, Duration.between(started, Instant.now()));
        } catch (IOException | UncheckedIOException e) {
            throw new StoreException("the data is stored, but the dumps could not be written in " + dir + ": " + e
                    + " (each published file is still whole, old or new; serve rewrites them at start-up)", e);
        } finally {
            for (Path p : temporary) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // a leftover temporary file is harmless: its name starts with a dot and nothing serves it
                }
            }
        }
    }

    /** The dumps a dataset of this size gets. */
    Set<Dump> published(DatasetStatistics stats) {
        Set<Dump> dumps = EnumSet.of(Dump.NQUADS, Dump.TURTLE);
        if (stats.triples() <= jsonLdMaxTriples) {
            dumps.add(Dump.JSONLD);
        }
        return dumps;
    }

    /** Writes the dumps if they are missing or older than the store's last load (say, a write failed after a load). */
    public Optional<Report> ensure() {
        if (isCurrent()) {
            return Optional.empty();
        }
        return Optional.of(write());
    }

    /** Whether the published dumps are those of the store's last load (an empty store needs none). */
    public boolean isCurrent() {
        return store.isEmpty() || publishedLoadTime().equals(store.lastLoaded());
    }

    /** The load time the published description states, if there is one. */
    Optional<Instant> publishedLoadTime() {
        Path description = directory(store).resolve(Dump.VOID_FILE);
        if (!Files.exists(description)) {
            return Optional.empty();
        }
        Model m = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        RDFParser.source(description).lang(Lang.TURTLE).parse(m);
        var modified = m.getProperty(m.createResource(store.iris().dataset()), org.apache.jena.vocabulary.DCTerms.modified);
        return modified == null ? Optional.empty() : Optional.of(Instant.parse(modified.getString()));
    }

    private boolean isLoadsGraph(Node g) {
        return g.isURI() && g.getURI().equals(store.iris().loadsGraph());
    }

    private static Map<String, String> prefixes() {
        Map<String, String> p = new java.util.TreeMap<>(Prefixes.MAP);
        p.put("void", VOID.NS);
        p.put("dcat", DCAT.NS);
        return p;
    }

    private static Path temporaryFile(Path dir, Dump dump, List<Path> temporary) throws IOException {
        Path tmp = Files.createTempFile(dir, "." + dump.file(), ".tmp");
        temporary.add(tmp);
        return tmp;
    }

    private static void publish(Path tmp, Path target) throws IOException {
        if (Files.getFileStore(tmp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            // Temporary files are private; published files are for anyone who may read the store directory.
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
        }
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * Turns the sorted quads into the triples of their union: a triple stated in several graphs comes as adjacent
     * lines, so comparing with the previous one drops the repeats.
     */
    private static final class UnionOfSorted extends StreamRDFBase {
        private final StreamRDF turtle;
        private final DatasetStatistics.Counter counter;
        private final long graphLimit;
        private Graph graph = GraphFactory.createDefaultGraph();
        private Triple last;

        UnionOfSorted(StreamRDF turtle, DatasetStatistics.Counter counter, long graphLimit) {
            this.turtle = turtle;
            this.counter = counter;
            this.graphLimit = graphLimit;
        }

        @Override
        public void quad(Quad quad) {
            Triple t = quad.asTriple();
            if (t.equals(last)) {
                return;
            }
            last = t;
            turtle.triple(t);
            counter.add(t);
            if (graph != null) {
                graph.add(t);
                if (graph.size() > graphLimit) {
                    graph = null;
                }
            }
        }

        /** The union as a graph, or null if it grew past the limit. */
        Graph graph() {
            return graph;
        }
    }
}
