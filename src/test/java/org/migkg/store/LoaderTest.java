package org.migkg.store;

import org.migkg.pipeline.Loader;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migkg.SeedData;
import org.migkg.records.DataReader;
import org.migkg.records.InvalidInputException;
import org.migkg.rdf.Iris;

/** Loads are idempotent, all-or-nothing, and replace exactly the records they are given. */
class LoaderTest {
    @TempDir
    Path dir;

    private Loader.LoadReport load(KnowledgeStore store, Path data, Path... paths) {
        return new Loader(store, dir).load(paths.length == 0 ? List.of(data) : List.of(paths), data, false);
    }

    @Test
    void reportsWhatItLoaded() {
        Path data = SeedData.copyTo(dir.resolve("data"));
        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("store"), Iris.DEFAULT)) {
            Loader.LoadReport report = load(store, data);
            assertEquals(2, report.recordsWritten());
            assertEquals(2, report.stats().events());
            assertEquals(6, report.stats().people(), "Sijal Aziz and Camille Le Coz appear in both seeds");
            assertTrue(report.stats().triples() > 500);
        }
    }

    @Test
    void loadingTwiceGivesTheSameGraph() {
        Path data = SeedData.copyTo(dir.resolve("data"));
        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("store"), Iris.DEFAULT)) {
            load(store, data);
            String first = SeedData.dump(store);
            load(store, data);
            SeedData.assertSameDump(first, SeedData.dump(store));
        }
    }

    @Test
    void twoFreshStoresOfTheSameDataDumpByteForByteAlike() {
        Path data = SeedData.copyTo(dir.resolve("data"));
        String a;
        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("a"), Iris.DEFAULT)) {
            load(store, data);
            a = SeedData.dump(store);
        }
        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("b"), Iris.DEFAULT)) {
            load(store, data);
            SeedData.assertSameDump(a, SeedData.dump(store));
        }
    }

    @Test
    void badInputChangesNothing() throws IOException {
        Path data = SeedData.copyTo(dir.resolve("data"));
        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("store"), Iris.DEFAULT)) {
            load(store, data);
            String before = SeedData.dump(store);
            String loadsBefore = loadsGraph(store);
            Path gender = data.resolve("events").resolve(SeedData.GENDER + ".json");
            ObjectNode node = (ObjectNode) DataReader.JSON.readTree(gender.toFile());
            node.put("title", "A new title");
            DataReader.JSON.writeValue(gender.toFile(), node);
            Files.writeString(data.resolve("events").resolve("broken.json"), "{ not json");
            assertThrows(InvalidInputException.class, () -> load(store, data));
            assertEquals(before, SeedData.dump(store));
            assertEquals(loadsBefore, loadsGraph(store));
        }
    }

    @Test
    void aSingleFileReplacesJustThatRecord() throws IOException {
        Path data = SeedData.copyTo(dir.resolve("data"));
        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("store"), Iris.DEFAULT)) {
            load(store, data);
            Path gender = data.resolve("events").resolve(SeedData.GENDER + ".json");
            ObjectNode node = (ObjectNode) DataReader.JSON.readTree(gender.toFile());
            node.put("title", "A corrected title");
            DataReader.JSON.writeValue(gender.toFile(), node);
            Loader.LoadReport report = load(store, data, gender);
            assertEquals(1, report.recordsWritten());
            assertEquals(2, report.stats().events());
            assertTrue(SeedData.ask(store, "ASK { ?e schema:name \"A corrected title\" }"));
            assertFalse(SeedData.ask(store, "ASK { ?e schema:name \"Working Towards a More Gender-Responsive Reintegration Process for Returned Migrants\" }"));
            assertEquals(2, SeedData.select(store, "SELECT ?e WHERE { ?e schema:performer/schema:name \"Sijal Aziz\" }").size(),
                    "the other record's links survive");
        }
    }

    @Test
    void removingARecordFileRemovesItsGraphWhenTheDirectoryIsLoaded() throws IOException {
        Path data = SeedData.copyTo(dir.resolve("data"));
        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("store"), Iris.DEFAULT)) {
            load(store, data);
            String two = SeedData.dump(store);
            Files.delete(data.resolve("events").resolve(SeedData.COMMUNICATIONS + ".json"));
            Loader.LoadReport report = load(store, data);
            assertEquals(List.of(SeedData.COMMUNICATIONS), report.recordsRemoved());
            assertEquals(1, report.stats().events());
            assertNotEquals(two, SeedData.dump(store));
            assertFalse(SeedData.ask(store, "ASK { GRAPH <https://w3id.org/migkg/graph/event/" + SeedData.COMMUNICATIONS + "> { ?s ?p ?o } }"));
            assertFalse(SeedData.ask(store, "ASK { ?x mk:relatedEvent ?y }"), "no relation is left pointing at a removed event");
        }
    }

    @Test
    void strictRefusesOpenReviewItems() throws IOException {
        Path data = SeedData.copyTo(dir.resolve("data"));
        Path gender = data.resolve("events").resolve(SeedData.GENDER + ".json");
        ObjectNode node = (ObjectNode) DataReader.JSON.readTree(gender.toFile());
        node.putArray("review").addObject().put("field", "/participants/3/role").put("reason", "inferred from layout");
        DataReader.JSON.writeValue(gender.toFile(), node);
        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("store"), Iris.DEFAULT)) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> new Loader(store, dir).load(List.of(data), data, true));
            assertEquals("/review", e.problems().get(0).field());
            assertTrue(store.isEmpty());
            Loader.LoadReport lenient = load(store, data);
            assertEquals(1, lenient.warnings().stream().filter(w -> w.field().equals("/review")).count());
        }
    }

    private static String loadsGraph(KnowledgeStore store) {
        return SeedData.select(store, "SELECT ?s ?p ?o WHERE { GRAPH <https://w3id.org/migkg/graph/loads> { ?s ?p ?o } } ORDER BY ?s ?p ?o").toString();
    }

    @Test
    void incrementalLoadsEqualAFullRebuild() throws IOException {
        Path data = SeedData.copyTo(dir.resolve("data"));
        Path events = data.resolve("events");
        // A third event that shares Sijal Aziz with both seeds, so editing it changes links of the others.
        ObjectNode third = (ObjectNode) DataReader.JSON.readTree(events.resolve(SeedData.COMMUNICATIONS + ".json").toFile());
        third.put("id", "2024-01-10-third-event").put("title", "A Third Event on Return").put("start", "2024-01-10");
        DataReader.JSON.writeValue(events.resolve("2024-01-10-third-event.json").toFile(), third);
        try (KnowledgeStore incremental = KnowledgeStore.open(dir.resolve("incremental"), Iris.DEFAULT)) {
            load(incremental, data);

            third.put("title", "A Retitled Third Event");
            ((ObjectNode) third.withArray("participants").get(0)).put("name", "Mariana Meshi");
            DataReader.JSON.writeValue(events.resolve("2024-01-10-third-event.json").toFile(), third);
            Loader.LoadReport edit = load(incremental, data);
            assertEquals(1, edit.recordsWritten(), "only the edited record's graph is rewritten");
            SeedData.assertSameDump(dumpOfFreshLoad(data, "fresh-after-edit"), SeedData.dump(incremental));

            Files.delete(events.resolve(SeedData.GENDER + ".json"));
            Loader.LoadReport removal = load(incremental, data);
            assertEquals(List.of(SeedData.GENDER), removal.recordsRemoved());
            SeedData.assertSameDump(dumpOfFreshLoad(data, "fresh-after-removal"), SeedData.dump(incremental));
        }
    }

    private String dumpOfFreshLoad(Path data, String name) {
        try (KnowledgeStore fresh = KnowledgeStore.open(dir.resolve(name), Iris.DEFAULT)) {
            load(fresh, data);
            return SeedData.dump(fresh);
        }
    }
}
