package org.migkg.cli;

import java.nio.file.Path;
import org.migkg.rdf.Iris;
import org.migkg.store.KnowledgeStore;
import picocli.CommandLine.Option;

/** Options every command that touches the store shares. */
public final class StoreOptions {
    @Option(names = "--store", paramLabel = "DIR", defaultValue = "store", description = "TDB2 store directory (default: ${DEFAULT-VALUE}).")
    Path store;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = Iris.DEFAULT_BASE,
            description = "Base of the IRIs the graph mints (default: ${DEFAULT-VALUE}).")
    String base;

    Iris iris() {
        try {
            return new Iris(base);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }

    KnowledgeStore open() {
        return KnowledgeStore.open(store, iris());
    }
}
