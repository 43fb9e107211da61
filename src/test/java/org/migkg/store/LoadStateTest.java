package org.migkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migkg.SeedData;
import org.migkg.pipeline.Loader;
import org.migkg.records.DataReader;
import org.migkg.rdf.Iris;

/**
 * The state a load leaves beside the store (graph counts, digests of the shared graphs' subjects) is used only when it
 * is that of the store's last load: a stale, damaged or missing one makes the next load compare graphs in full, and
 * every load's counts are the store's own.
 */
class LoadStateTest {
    @TempDir
    Path dir;

    @Test
    void aStaleOrDamagedStateIsNotUsed() throws IOException {
        Path data = SeedData.copyTo(dir.resolve("data"));
        Path gender = data.resolve("events").resolve(SeedData.GENDER + ".json");
        Path store = dir.resolve("store");
        Path state = store.resolve(LoadState.FILE);
        try (KnowledgeStore s = KnowledgeStore.open(store, Iris.DEFAULT)) {
            load(s, data);
        }
        assertTrue(Files.isRegularFile(state), "a load leaves its state beside the store");
        Path stale = Files.copy(state, dir.resolve("stale"));

        retitle(gender, "A first new title");
        try (KnowledgeStore s = KnowledgeStore.open(store, Iris.DEFAULT)) {
            load(s, data);
        }
        // The state of the load before: as if the last load had crashed after its commit, before writing its state.
        Files.copy(stale, state, StandardCopyOption.REPLACE_EXISTING);
        Files.delete(data.resolve("events").resolve(SeedData.COMMUNICATIONS + ".json"));
        retitle(gender, "A second new title");
        String incremental;
        Loader.LoadReport report;
        try (KnowledgeStore s = KnowledgeStore.open(store, Iris.DEFAULT)) {
            report = load(s, data);
            incremental = SeedData.dump(s);
        }
        SeedData.assertSameDump(freshDump(data), incremental);
        assertEquals(scannedTriples(store), report.stats().triples());

        Files.writeString(state, "not a state");
        retitle(gender, "A third new title");
        try (KnowledgeStore s = KnowledgeStore.open(store, Iris.DEFAULT)) {
            report = load(s, data);
            incremental = SeedData.dump(s);
        }
        SeedData.assertSameDump(freshDump(data), incremental);
        assertEquals(scannedTriples(store), report.stats().triples());
    }

    @Test
    void countsFollowEachLoad() throws IOException {
        Path data = SeedData.copyTo(dir.resolve("data"));
        Path store = dir.resolve("store");
        Path gender = data.resolve("events").resolve(SeedData.GENDER + ".json");
        try (KnowledgeStore s = KnowledgeStore.open(store, Iris.DEFAULT)) {
            long reported = load(s, data).stats().triples();
            assertEquals(scanned(s), reported, "after the first load");
            ObjectNode node = (ObjectNode) DataReader.JSON.readTree(gender.toFile());
            node.withArray("participants").remove(0);
            DataReader.JSON.writeValue(gender.toFile(), node);
            reported = load(s, data).stats().triples();
            assertEquals(scanned(s), reported, "after a participant is removed");
            Files.delete(data.resolve("events").resolve(SeedData.COMMUNICATIONS + ".json"));
            reported = load(s, data).stats().triples();
            assertEquals(scanned(s), reported, "after a record is removed");
        }
    }

    private Loader.LoadReport load(KnowledgeStore store, Path data) {
        return new Loader(store, dir).load(List.of(data), data, false);
    }

    private String freshDump(Path data) {
        Path fresh = dir.resolve("fresh-" + System.nanoTime());
        try (KnowledgeStore s = KnowledgeStore.open(fresh, Iris.DEFAULT)) {
            load(s, data);
            return SeedData.dump(s);
        }
    }

    /** The store's triples outside the loads graph, counted graph by graph. */
    private static long scanned(KnowledgeStore store) {
        return org.apache.jena.system.Txn.calculateRead(store.dataset(), () -> {
            long n = 0;
            var graphs = store.dataset().listGraphNodes();
            while (graphs.hasNext()) {
                var g = graphs.next();
                if (!g.getURI().equals(store.iris().loadsGraph())) {
                    n += store.dataset().getGraph(g).size();
                }
            }
            return n;
        });
    }

    private static long scannedTriples(Path storeDir) {
        try (KnowledgeStore s = KnowledgeStore.open(storeDir, Iris.DEFAULT)) {
            return scanned(s);
        }
    }

    private static void retitle(Path file, String title) throws IOException {
        ObjectNode node = (ObjectNode) DataReader.JSON.readTree(file.toFile());
        node.put("title", title);
        DataReader.JSON.writeValue(file.toFile(), node);
    }
}
