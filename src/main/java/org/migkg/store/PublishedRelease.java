package org.migkg.store;

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
import org.apache.jena.vocabulary.DCTerms;

/** The release id the published dataset description states; re-read only when a new publication replaces it. */
public final class PublishedRelease {
    private final Path file;
    private final String datasetIri;
    private FileTime readAt;
    private Optional<String> id = Optional.empty();

    public PublishedRelease(StoreReader store) {
        this.file = DumpWriter.directory(store).resolve(Dump.VOID_FILE);
        this.datasetIri = store.iris().dataset();
    }

    /** Empty while nothing is published yet. */
    public synchronized Optional<String> id() {
        try {
            FileTime modified = Files.getLastModifiedTime(file);
            if (!modified.equals(readAt)) {
                Model m = ModelFactory.createDefaultModel();
                RDFParser.source(file).lang(Lang.TURTLE).parse(m);
                Statement s = m.getProperty(m.createResource(datasetIri), DCTerms.identifier);
                id = Optional.ofNullable(s).map(Statement::getString);
                readAt = modified;
            }
            return id;
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
