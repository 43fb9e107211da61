package org.migkg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCTerms;
import org.migkg.rdf.Iris;

/**
 * The releases kept beside the store, one directory each ({@code <store>/dumps/<release id>/}). A directory is moved
 * into place whole, so every directory named like a release id is a complete release; the order is that of
 * {@code dcterms:issued}.
 */
public final class ReleaseArchive {
    /** Each release directory's own description (DCAT), read back to list the kept releases. */
    public static final String DESCRIPTION_FILE = "release.ttl";
    static final String STAGING_PREFIX = ".staging-";

    private final Path dumps;
    private final Iris iris;

    public ReleaseArchive(Path dumps, Iris iris) {
        this.dumps = dumps;
        this.iris = iris;
    }

    public static ReleaseArchive of(StoreReader store) {
        return new ReleaseArchive(DumpWriter.directory(store), store.iris());
    }

    public Path directory(String id) {
        if (!Release.isId(id)) {
            throw new IllegalArgumentException("not a release id: " + id);
        }
        return dumps.resolve(id);
    }

    /** The kept releases, oldest first. */
    public List<KeptRelease> list() {
        if (!Files.isDirectory(dumps)) {
            return List.of();
        }
        List<KeptRelease> kept = new ArrayList<>();
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(dumps,
                p -> Release.isId(p.getFileName().toString()) && Files.isRegularFile(p.resolve(DESCRIPTION_FILE)))) {
            for (Path dir : dirs) {
                read(dir).ifPresent(kept::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        kept.sort(Comparator.comparing(KeptRelease::issued).thenComparing(KeptRelease::id));
        return kept;
    }

    public Optional<KeptRelease> latest() {
        List<KeptRelease> kept = list();
        return kept.isEmpty() ? Optional.empty() : Optional.of(kept.get(kept.size() - 1));
    }

    public Optional<KeptRelease> find(String id) {
        return list().stream().filter(r -> r.id().equals(id)).findFirst();
    }

    private Optional<KeptRelease> read(Path dir) {
        String id = dir.getFileName().toString();
        Model m = ModelFactory.createDefaultModel();
        try {
            RDFParser.source(dir.resolve(DESCRIPTION_FILE)).lang(Lang.TURTLE).parse(m);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        Resource r = m.createResource(DatasetDescription.releaseIri(iris, id));
        Statement issued = r.getProperty(DCTerms.issued);
        Optional<String> sha = DatasetDescription.checksum(r);
        if (issued == null || sha.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> previous = Optional.ofNullable(r.getPropertyResourceValue(DatasetDescription.PREVIOUS_VERSION))
                .map(p -> p.getURI().substring(DatasetDescription.releaseIri(iris, "").length()));
        return Optional.of(new KeptRelease(new Release(id, sha.get()), Instant.parse(issued.getString()), previous, dir));
    }

    /** Deletes the oldest releases until at most {@code keep} are left; the latest always stays. */
    public List<String> prune(int keep) throws IOException {
        List<KeptRelease> kept = list();
        List<String> removed = new ArrayList<>();
        for (int i = 0; i < kept.size() - Math.max(keep, 1); i++) {
            // Out of the listing in one move first, so a crash mid-delete never leaves a release half there.
            Path out = dumps.resolve(STAGING_PREFIX + "deleted-" + kept.get(i).id());
            Files.move(kept.get(i).directory(), out, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            delete(out);
            removed.add(kept.get(i).id());
        }
        return removed;
    }

    /** Removes what a publication that stopped part way left behind. */
    void removeStaging() throws IOException {
        if (!Files.isDirectory(dumps)) {
            return;
        }
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(dumps, p -> p.getFileName().toString().startsWith(STAGING_PREFIX))) {
            for (Path dir : dirs) {
                delete(dir);
            }
        }
    }

    static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
