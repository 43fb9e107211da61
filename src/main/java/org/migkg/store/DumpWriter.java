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
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
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
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.VOID;
import org.migkg.rdf.Prefixes;

/**
 * Publishes the store as a release: writes the dumps, the RDF Patch from the previous release and the release's
 * description into {@code <store>/dumps/<release id>/}, makes {@code <store>/dumps/<file>} the latest release's files,
 * and writes the dataset description listing every kept release. Memory stays bounded whatever the size of the store:
 * the N-Quads are sorted through a spilling bag, Turtle and the statistics are streamed from the sorted file (sorted
 * by subject, so Turtle groups each subject and duplicates across graphs are adjacent), and the patch is one merge of
 * two sorted files. JSON-LD needs the whole graph in memory to compact it, so it is published only up to
 * {@link #JSONLD_MAX_TRIPLES} triples. A release is written in a staging directory and moved into place whole; each
 * latest file and the description are moved into place whole, the description last, so a reader sees the old
 * release or the new one, never half of one. The same content published again makes no new release.
 */
public final class DumpWriter {
    /** Above this many triples there is no JSON-LD dump (compaction holds the whole graph, several times over). */
    public static final long JSONLD_MAX_TRIPLES = 300_000;
    /** How many releases are kept unless told otherwise. */
    public static final int DEFAULT_KEEP = 5;
    /** Beside each uncompressed file, a gzip copy the server sends to clients that accept gzip. */
    public static final String GZIP_SUFFIX = ".gz";
    private static final Map<Path, Object> LOCKS = new ConcurrentHashMap<>();

    private final StoreReader store;
    private final String sparqlEndpoint;
    private final long jsonLdMaxTriples;
    private final int keep;
    private final Optional<Instant> issued;

    /** @param sparqlEndpoint the public address of the SPARQL endpoint that serves the store, for the description */
    public DumpWriter(StoreReader store, String sparqlEndpoint) {
        this(store, sparqlEndpoint, JSONLD_MAX_TRIPLES);
    }

    DumpWriter(StoreReader store, String sparqlEndpoint, long jsonLdMaxTriples) {
        this(store, sparqlEndpoint, jsonLdMaxTriples, DEFAULT_KEEP, Optional.empty());
    }

    private DumpWriter(StoreReader store, String sparqlEndpoint, long jsonLdMaxTriples, int keep, Optional<Instant> issued) {
        this.store = store;
        this.sparqlEndpoint = sparqlEndpoint;
        this.jsonLdMaxTriples = jsonLdMaxTriples;
        this.keep = keep;
        this.issued = issued;
    }

    /** Keeps this many releases (at least 1: the latest is never deleted), deleting the oldest first. */
    public DumpWriter keeping(int releases) {
        if (releases < 1) {
            throw new IllegalArgumentException("at least one release is kept, not " + releases);
        }
        return new DumpWriter(store, sparqlEndpoint, jsonLdMaxTriples, releases, issued);
    }

    /** States this issue time for a new release instead of now (a replica states its primary's). */
    public DumpWriter issuedAt(Instant time) {
        return new DumpWriter(store, sparqlEndpoint, jsonLdMaxTriples, keep, Optional.of(time));
    }

    public static Path directory(StoreReader store) {
        return directory(store.directory());
    }

    public static Path directory(Path storeDirectory) {
        return storeDirectory.resolve(Dump.DIRECTORY);
    }

    /**
     * What was published: the release, each dump's size, how long it took, whether the release is new (not the
     * content of the latest release again), and which old releases were deleted.
     */
    public record Report(Release release, Map<Dump, Long> sizes, Duration took, boolean created, List<String> deleted) {}

    public Report write() {
        Path dir = directory(store);
        synchronized (LOCKS.computeIfAbsent(dir.toAbsolutePath().normalize(), k -> new Object())) {
            return writeLocked(dir);
        }
    }

    private Report writeLocked(Path dir) {
        Instant started = Instant.now();
        ReleaseArchive archive = new ReleaseArchive(dir, store.iris());
        Path staging = dir.resolve(ReleaseArchive.STAGING_PREFIX + UUID.randomUUID());
        List<Path> temporary = new ArrayList<>();
        try {
            archive.removeStaging();
            Files.createDirectories(staging);
            Path nquads = staging.resolve(Dump.NQUADS.file());
            Instant loaded;
            SortedNQuads.Written written;
            try (OutputStream out = new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(nquads)), 1 << 16)) {
                // One read transaction: the load time and the content come from the same committed state.
                record Snapshot(Instant loaded, SortedNQuads.Written written) {}
                Snapshot s = store.read(() -> {
                    try {
                        return new Snapshot(store.lastLoaded().orElse(started), SortedNQuads.write(store.readOnlyDataset(),
                                q -> !isLoadsGraph(q.getGraph()), out));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                loaded = s.loaded();
                written = s.written();
            }
            Release release = Release.of(written.sha256());
            Optional<KeptRelease> latest = archive.latest();

            Path turtle = staging.resolve(Dump.TURTLE.file());
            DatasetStatistics stats;
            Graph forJsonLd;
            try (OutputStream ttlOut = new BufferedOutputStream(Files.newOutputStream(turtle), 1 << 16);
                 DatasetStatistics.Counter counter = new DatasetStatistics.Counter(store.iris().base() + "id/")) {
                StreamRDF ttl = StreamRDFWriter.getWriterStream(ttlOut, RDFFormat.TURTLE_BLOCKS);
                ttl.start();
                prefixes().forEach(ttl::prefix);
                UnionOfSorted union = new UnionOfSorted(ttl, counter, jsonLdMaxTriples);
                try (InputStream in = gunzip(nquads)) {
                    RDFParser.source(in).lang(Lang.NQUADS).parse(union);
                }
                stats = counter.result();
                Model inside = DatasetDescription.build(store.iris(), sparqlEndpoint, release, loaded, stats, published(stats), Map.of());
                inside.getGraph().find().forEachRemaining(ttl::triple);
                ttl.finish();
                forJsonLd = union.graph();
                if (forJsonLd != null) {
                    inside.getGraph().find().forEachRemaining(forJsonLd::add);
                }
            }

            boolean again = latest.map(l -> l.id().equals(release.id())).orElse(false);
            // The same content with the same files is the latest release already; with other files (the JSON-LD
            // limit changed) it is written again under its id, after the same previous release.
            boolean created = !again || !dumpsIn(latest.get()).equals(published(stats));
            Optional<KeptRelease> base = again ? latest.get().previous().flatMap(archive::find) : latest;
            Instant issuedAt = again ? latest.get().issued() : issued.orElse(started);
            List<String> deleted = List.of();
            if (created) {
                if (forJsonLd != null) {
                    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(staging.resolve(Dump.JSONLD.file())), 1 << 16)) {
                        JsonLdContext.writeReferring(forJsonLd, out, JsonLdContext.iri(store.iris()));
                    }
                }
                List<DatasetDescription.ReleaseFile> files = new ArrayList<>();
                for (Dump d : Dump.values()) {
                    Path f = staging.resolve(d.file());
                    if (Files.exists(f)) {
                        files.add(DatasetDescription.ReleaseFile.of(d, Files.size(f), sha256(f)));
                        if (!d.compressed()) {
                            gzipBeside(f);
                        }
                    }
                }
                if (base.isPresent()) {
                    Path patch = staging.resolve(ReleasePatch.FILE);
                    try (InputStream before = gunzip(base.get().file(Dump.NQUADS.file()));
                         InputStream after = gunzip(nquads);
                         OutputStream out = new BufferedOutputStream(Files.newOutputStream(patch), 1 << 16)) {
                        ReleasePatch.write(Optional.of(before), after, releaseNode(release.id()),
                                Optional.of(releaseNode(base.get().id())), out);
                    }
                    gzipBeside(patch);
                    files.add(new DatasetDescription.ReleaseFile("patch", ReleasePatch.FILE,
                            "RDF Patch from release " + base.get().id(), ReleasePatch.MEDIA_TYPE, Optional.empty(),
                            Files.size(patch), sha256(patch)));
                }
                Model described = DatasetDescription.release(store.iris(), release, issuedAt,
                        again ? latest.get().previous() : latest.map(KeptRelease::id), stats, files);
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(staging.resolve(ReleaseArchive.DESCRIPTION_FILE)))) {
                    RDFDataMgr.write(out, described, RDFFormat.TURTLE_PRETTY);
                }
                Path target = archive.directory(release.id());
                if (Files.exists(target)) {
                    // The content of an older kept release again comes back as the latest, after the current one (or
                    // the latest is rewritten with other files).
                    Path out = dir.resolve(ReleaseArchive.STAGING_PREFIX + "replaced-" + release.id());
                    Files.move(target, out, StandardCopyOption.ATOMIC_MOVE);
                    ReleaseArchive.delete(out);
                }
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            }

            KeptRelease current = archive.find(release.id()).orElseThrow(() -> new IOException("release " + release.id() + " is not in " + dir));
            Map<Dump, Long> sizes = new EnumMap<>(Dump.class);
            for (Dump d : Dump.values()) {
                Path f = current.file(d.file());
                if (Files.exists(f)) {
                    sizes.put(d, Files.size(f));
                }
            }
            linkLatest(current, temporary);
            if (created) {
                deleted = archive.prune(keep);
            }
            Model description = DatasetDescription.build(store.iris(), sparqlEndpoint, release, loaded, stats, sizes.keySet(), sizes);
            List<Model> kept = new ArrayList<>();
            for (KeptRelease r : archive.list()) {
                Model m = ModelFactory.createDefaultModel();
                RDFParser.source(r.file(ReleaseArchive.DESCRIPTION_FILE)).lang(Lang.TURTLE).parse(m);
                kept.add(m);
            }
            DatasetDescription.listReleases(description, store.iris(), kept, release.id());
            Path voidFile = Files.createTempFile(dir, "." + Dump.VOID_FILE, ".tmp");
            temporary.add(voidFile);
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(voidFile))) {
                RDFDataMgr.write(out, description, RDFFormat.TURTLE_PRETTY);
            }
            publish(voidFile, dir.resolve(Dump.VOID_FILE));
            return new Report(release, sizes, Duration.between(started, Instant.now()), created, deleted);
        } catch (IOException | UncheckedIOException e) {
            throw new StoreException("the data is stored, but the dumps could not be written in " + dir + ": " + e
                    + " (each published release and file is still whole, old or new; serve rewrites them at start-up)", e);
        } finally {
            for (Path p : temporary) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // a leftover temporary file is harmless: its name starts with a dot and nothing serves it
                }
            }
            try {
                ReleaseArchive.delete(staging);
            } catch (IOException ignored) {
                // removed by the next publication
            }
        }
    }

    private static Set<Dump> dumpsIn(KeptRelease r) {
        Set<Dump> present = EnumSet.noneOf(Dump.class);
        for (Dump d : Dump.values()) {
            if (Files.exists(r.file(d.file()))) {
                present.add(d);
            }
        }
        return present;
    }

    /** The node a release's RDF Patch names it by (its DCAT IRI), in the header's {@code id} and {@code prev}. */
    public Node releaseNode(String id) {
        return NodeFactory.createURI(DatasetDescription.releaseIri(store.iris(), id));
    }

    /**
     * Makes {@code <dumps>/<file>} the latest release's file: a hard link (or a copy where links are not supported),
     * moved over the old one whole. Files the latest release lacks (JSON-LD of a large store) are removed.
     */
    private static void linkLatest(KeptRelease latest, List<Path> temporary) throws IOException {
        Path dir = latest.directory().getParent();
        for (Dump d : Dump.values()) {
            for (String name : d.compressed() ? List.of(d.file()) : List.of(d.file(), d.file() + GZIP_SUFFIX)) {
                Path source = latest.file(name);
                Path target = dir.resolve(name);
                if (!Files.exists(source)) {
                    Files.deleteIfExists(target);
                    continue;
                }
                Path tmp = dir.resolve("." + name + "." + UUID.randomUUID() + ".tmp");
                temporary.add(tmp);
                try {
                    Files.createLink(tmp, source);
                } catch (UnsupportedOperationException | IOException e) {
                    Files.copy(source, tmp, StandardCopyOption.REPLACE_EXISTING);
                }
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static InputStream gunzip(Path file) throws IOException {
        return new GZIPInputStream(new BufferedInputStream(Files.newInputStream(file)), 1 << 16);
    }

    private static void gzipBeside(Path file) throws IOException {
        try (OutputStream out = new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(
                file.resolveSibling(file.getFileName() + GZIP_SUFFIX))), 1 << 16)) {
            Files.copy(file, out);
        }
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                sha.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
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

    /**
     * Whether the published dumps are those of the store's last load (an empty store needs none). Dumps written before
     * releases were kept in directories of their own are not: the next start or publication writes the release.
     */
    public boolean isCurrent() {
        return store.isEmpty() || publishedLoadTime().equals(store.lastLoaded())
                && new ReleaseArchive(directory(store), store.iris()).latest().isPresent();
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
