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
import org.migkg.store.KnowledgeStore;

/** What the last load published: the dataset description written beside the dumps, re-read when a load replaces it. */
final class Publication {
    static final String RELEASE_HEADER = "MigKG-Release";

    private final Path file;
    private final String datasetIri;
    private FileTime readAt;
    private Model description;

    Publication(KnowledgeStore store) {
        this.file = DumpWriter.directory(store).resolve(Dump.VOID_FILE);
        this.datasetIri = store.iris().dataset();
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
