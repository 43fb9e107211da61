package org.migkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.migkg.rdf.Iris;
import org.migkg.records.DataReader;
import org.migkg.records.InvalidInputException;
import org.migkg.records.Problem;
import org.migkg.store.KnowledgeStore;

/**
 * The record files that passed, kept beside the store: what a load reads back is what the last one saved, a damaged or
 * missing file holds nothing, and loads with it give what loads without it give.
 */
class CheckedFilesFileTest {
    @TempDir
    Path dir;

    @Test
    void keepsWhatPassedAndNothingOfADamagedFile() throws IOException {
        CheckedFilesFile first = CheckedFilesFile.in(dir);
        assertFalse(first.passed("events/a.json", "1"), "no file, nothing passed");
        first.pass("events/a.json", "1");
        first.pass("events/b.json", "2");
        first.save(true);

        CheckedFilesFile whole = CheckedFilesFile.in(dir);
        assertTrue(whole.passed("events/a.json", "1"));
        assertFalse(whole.passed("events/a.json", "other bytes"));
        whole.save(true);
        CheckedFilesFile afterWhole = CheckedFilesFile.in(dir);
        assertTrue(afterWhole.passed("events/a.json", "1"));
        assertFalse(afterWhole.passed("events/b.json", "2"), "a read of the whole directory drops the files it did not read");

        afterWhole.pass("events/c.json", "3");
        afterWhole.save(false);
        CheckedFilesFile afterSingle = CheckedFilesFile.in(dir);
        assertTrue(afterSingle.passed("events/a.json", "1"), "a read of single files keeps the others");
        assertTrue(afterSingle.passed("events/c.json", "3"));

        Path file = dir.resolve(CheckedFilesFile.FILE);
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 1;
        Files.write(file, bytes);
        assertFalse(CheckedFilesFile.in(dir).passed("events/a.json", "1"), "a damaged file holds nothing");
        Files.write(file, new byte[] {1, 2, 3});
        assertFalse(CheckedFilesFile.in(dir).passed("events/a.json", "1"), "nor does a truncated one");
    }

    @Test
    void loadsWithADamagedFileOrABadRecordGiveWhatLoadsWithoutItGive() throws IOException {
        Path data = SeedData.copyTo(dir.resolve("data"));
        Path gender = data.resolve("events").resolve(SeedData.GENDER + ".json");
        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("store"), Iris.DEFAULT)) {
            Loader loader = new Loader(store, dir);
            loader.load(List.of(data), data, false);
            Path kept = store.directory().resolve(CheckedFilesFile.FILE);
            assertTrue(Files.isRegularFile(kept), "a load keeps the files that passed beside the store");

            edit(gender, n -> n.remove("title"));
            for (int i = 0; i < 2; i++) {
                List<Problem> problems = assertThrows(InvalidInputException.class, () -> loader.load(List.of(data), data, false)).problems();
                assertEquals(List.of(new Problem("data/events/" + SeedData.GENDER + ".json", SeedData.GENDER, "/title",
                        "is required but missing")), problems, "a bad record is reported at every load");
            }

            edit(gender, n -> n.put("title", "A title of its own"));
            Files.writeString(kept, "damaged");
            assertEquals(1, loader.load(List.of(data), data, false).recordsWritten());
            assertEquals(0, loader.load(List.of(data), data, false).recordsWritten(), "reading the kept verdicts changes nothing");
            try (KnowledgeStore fresh = KnowledgeStore.open(dir.resolve("fresh"), Iris.DEFAULT)) {
                new Loader(fresh, dir).load(List.of(data), data, false);
                SeedData.assertSameDump(SeedData.dump(fresh), SeedData.dump(store));
            }
        }
    }

    private static void edit(Path file, java.util.function.Consumer<ObjectNode> change) throws IOException {
        ObjectNode node = (ObjectNode) DataReader.JSON.readTree(file.toFile());
        change.accept(node);
        DataReader.JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), node);
    }
}
