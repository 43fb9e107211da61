package org.migkg.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.VOID;
import org.migkg.rdf.Prefixes;

/**
 * Publishes a load: writes the dumps and the dataset description into {@code <store>/dumps}, once per load rather than
 * per request. Each file is written to a temporary file and moved into place, so a reader sees the old file or the
 * new one, never half of one. The description is written last and names the release the dumps carry.
 */
public final class DumpWriter {
    private final KnowledgeStore store;

    public DumpWriter(KnowledgeStore store) {
        this.store = store;
    }

    public static Path directory(KnowledgeStore store) {
        return store.directory().resolve(Dump.DIRECTORY);
    }

    /** What was published: the release, each file's size, and how long it took. */
    public record Report(Release release, Map<Dump, Long> sizes, Duration took) {}

    public Report write() {
        Instant started = Instant.now();
        Instant loaded = store.lastLoaded().orElse(started);
        Path dir = directory(store);
        try {
            Files.createDirectories(dir);
            ByteArrayOutputStream nquads = new ByteArrayOutputStream();
            new Exporter(store).write(Exporter.Format.NQ, nquads, true);
            byte[] sorted = nquads.toByteArray();
            Release release = Release.of(loaded, sorted);
            Graph content = union(sorted);

            Map<Dump, Long> sizes = new EnumMap<>(Dump.class);
            sizes.put(Dump.NQUADS, atomically(dir, Dump.NQUADS.file(), out -> {
                try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
                    gz.write(sorted);
                }
            }));
            Graph withDescription = GraphFactory.createDefaultGraph();
            content.find().forEachRemaining(withDescription::add);
            DatasetDescription.build(store.iris(), release, loaded, content, Map.of()).getGraph().find()
                    .forEachRemaining(withDescription::add);
            Prefixes.MAP.forEach(withDescription.getPrefixMapping()::setNsPrefix);
            withDescription.getPrefixMapping().setNsPrefix("void", VOID.NS).setNsPrefix("dcat", DCAT.NS);
            sizes.put(Dump.TURTLE, atomically(dir, Dump.TURTLE.file(), out -> RDFDataMgr.write(out, withDescription, RDFFormat.TURTLE_BLOCKS)));
            sizes.put(Dump.JSONLD, atomically(dir, Dump.JSONLD.file(), out -> JsonLdContext.write(withDescription, out, false)));

            Model description = DatasetDescription.build(store.iris(), release, loaded, content, sizes);
            atomically(dir, Dump.VOID_FILE, out -> RDFDataMgr.write(out, description, RDFFormat.TURTLE_PRETTY));
            return new Report(release, sizes, Duration.between(started, Instant.now()));
        } catch (IOException e) {
            throw new StoreException("the data is stored, but the dumps could not be written in " + dir + ": " + e
                    + " (each published file is still whole, old or new; serve rewrites them at start-up)", e);
        }
    }

    /** Writes the dumps if they are missing or older than the store's last load (say, a write failed after a load). */
    public Optional<Report> ensure() {
        if (store.isEmpty() || publishedLoadTime().equals(store.lastLoaded())) {
            return Optional.empty();
        }
        return Optional.of(write());
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

    private static Graph union(byte[] sortedNQuads) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(new java.io.ByteArrayInputStream(sortedNQuads)).lang(Lang.NQUADS).parse(
                new org.apache.jena.riot.system.StreamRDFBase() {
                    @Override
                    public void quad(org.apache.jena.sparql.core.Quad quad) {
                        g.add(quad.asTriple());
                    }
                });
        return g;
    }

    private interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static long atomically(Path dir, String name, Content content) throws IOException {
        Path tmp = Files.createTempFile(dir, "." + name, ".tmp");
        try {
            try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(tmp))) {
                content.writeTo(out);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            if (Files.getFileStore(tmp).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class)) {
                // Temporary files are private; published files are for anyone who may read the store directory.
                Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
            }
            Path target = dir.resolve(name);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return Files.size(target);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

}
