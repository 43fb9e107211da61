package org.migkg.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.migkg.store.Dump;
import org.migkg.store.DumpWriter;
import org.migkg.store.StoreReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What is published: the dataset description written beside the dumps (with the listing of the kept releases),
 * re-read when a new publication replaces it, whether this server wrote it or a replica's follower did.
 * The server publishes the store's last load in the background when it starts, if that has not been done yet.
 */
final class Publication {
    static final String RELEASE_HEADER = "MigKG-Release";
    /** What a client is told to wait before asking again while the dumps are being written. */
    static final int RETRY_AFTER_SECONDS = 30;
    private static final Logger LOG = LoggerFactory.getLogger("org.migkg.serve");

    private final StoreReader store;
    private final int keep;
    private volatile boolean publishing;
    private Thread writing;

    private final Path file;
    private final String datasetIri;
    private FileTime readAt;
    private Model description;

    Publication(StoreReader store, int keep) {
        this.store = store;
        this.keep = keep;
        this.file = DumpWriter.directory(store).resolve(Dump.VOID_FILE);
        this.datasetIri = store.iris().dataset();
    }

    /** Publishes the last load on a background thread unless its dumps are current; readers get 503 until then. */
    void publishInBackground() {
        DumpWriter writer = new DumpWriter(store, KgServer.sparqlEndpoint(store.iris())).keeping(keep);
        if (writer.isCurrent()) {
            return;
        }
        publishing = true;
        Thread t = new Thread(() -> {
            try {
                LOG.info("Writing the dumps of the last load in the background");
                DumpWriter.Report r = writer.write();
                LOG.info("Wrote the dumps of release {} in {} ms", r.release().id(), r.took().toMillis());
            } catch (RuntimeException e) {
                LOG.error("Could not write the dumps: {}", e.getMessage());
            } finally {
                publishing = false;
            }
        }, "migkg-publish");
        t.setDaemon(true);
        writing = t;
        t.start();
    }

    /**
     * Waits for a background publication to finish: a server that stops lets it complete rather than leave its store
     * in the middle of a read, so the store can be closed right after.
     */
    void awaitPublished() {
        Thread t = writing;
        if (t == null) {
            return;
        }
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether the dumps of the last load are being written right now. */
    boolean publishing() {
        return publishing;
    }

    synchronized Optional<Model> description() {
        try {
            if (!Files.exists(file)) {
                return Optional.empty();
            }
            FileTime modified = Files.getLastModifiedTime(file);
            if (description == null || !modified.equals(readAt)) {
                Model m = ModelFactory.createDefaultModel();
                RDFParser.source(file).lang(Lang.TURTLE).parse(m);
                description = m;
                readAt = modified;
            }
            return Optional.of(description);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    Optional<String> releaseId() {
        return description().flatMap(m -> {
            Statement s = m.getProperty(m.createResource(datasetIri), org.apache.jena.vocabulary.DCTerms.identifier);
            return Optional.ofNullable(s).map(st -> st.getString());
        });
    }
}
