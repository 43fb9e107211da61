package org.migkg.serve;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migkg.SeedData;
import org.migkg.pipeline.Loader;
import org.migkg.rdf.Iris;
import org.migkg.store.DumpWriter;
import org.migkg.store.KnowledgeStore;

/** A server stopped while it writes the dumps of the last load in the background. */
class ServerCloseTest {
    @Test
    void stoppingLetsTheDumpsBeWrittenAndTheStoreCloseRightAfter(@TempDir Path dir) {
        Path data = SeedData.copyTo(dir.resolve("data"));
        KnowledgeStore store = KnowledgeStore.open(dir.resolve("store"), Iris.DEFAULT);
        new Loader(store, dir).load(List.of(data), data, false);
        KgServer server = KgServer.builder(store).port(0).build().start();
        assertTrue(server.publishing(), "a store loaded but not published is published when the server starts");
        server.close();
        DumpWriter writer = new DumpWriter(store, KgServer.sparqlEndpoint(store.iris()));
        assertTrue(writer.isCurrent(), "the dumps of the last load are written, not left half done");
        assertDoesNotThrow(store::close, "no read of the publication is left open in the store");
    }
}
