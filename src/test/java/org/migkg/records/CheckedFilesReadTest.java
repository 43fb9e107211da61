package org.migkg.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migkg.SeedData;

/**
 * Reading with the files that passed before skips their checks and gives what a read without them gives: the same
 * records and warnings, and for a bad file the same problems, at every read.
 */
class CheckedFilesReadTest {
    @TempDir
    Path dir;

    /** Remembers in memory, and tells which files were checked. */
    static final class Remembered implements CheckedFiles {
        final Map<String, String> passed = new HashMap<>();
        final List<String> checkedNow = new ArrayList<>();

        @Override
        public boolean passed(String name, String digest) {
            return digest.equals(passed.get(name));
        }

        @Override
        public void pass(String name, String digest) {
            passed.put(name, digest);
            checkedNow.add(name);
        }
    }

    @Test
    void anUnchangedFileIsNotCheckedAgainAndReadsTheSame() throws IOException {
        Path data = SeedData.copyTo(dir.resolve("data"));
        DataLayout layout = DataLayout.of(List.of(data), data);
        Remembered remembered = new Remembered();
        Corpus first = new DataReader(dir).read(layout, remembered);
        assertEquals(2, remembered.checkedNow.size(), "the first read checks every record file");

        remembered.checkedNow.clear();
        Corpus again = new DataReader(dir).read(layout, remembered);
        assertEquals(List.of(), remembered.checkedNow, "nothing changed, nothing checked");
        assertEquals(first.events(), again.events());
        assertEquals(first.warnings(), again.warnings());

        Path gender = data.resolve("events").resolve(SeedData.GENDER + ".json");
        edit(gender, n -> n.put("title", "A new title"));
        Corpus edited = new DataReader(dir).read(layout, remembered);
        assertEquals(List.of("events/" + SeedData.GENDER + ".json"), remembered.checkedNow, "only the edited file is checked");
        assertEquals(new DataReader(dir).read(layout).events(), edited.events());
    }

    @Test
    void aBadFileIsReportedAtEveryRead() throws IOException {
        Path data = SeedData.copyTo(dir.resolve("data"));
        DataLayout layout = DataLayout.of(List.of(data), data);
        Remembered remembered = new Remembered();
        new DataReader(dir).read(layout, remembered);

        Path gender = data.resolve("events").resolve(SeedData.GENDER + ".json");
        edit(gender, n -> n.remove("title"));
        List<Problem> unremembered = problems(layout, CheckedFiles.NONE);
        assertEquals(1, unremembered.size(), unremembered::toString);
        assertEquals(new Problem("data/events/" + SeedData.GENDER + ".json", SeedData.GENDER, "/title", "is required but missing"),
                unremembered.get(0));
        assertEquals(unremembered, problems(layout, remembered));
        assertEquals(unremembered, problems(layout, remembered), "still reported the next time");
    }

    private List<Problem> problems(DataLayout layout, CheckedFiles checked) {
        return assertThrows(InvalidInputException.class, () -> new DataReader(dir).read(layout, checked)).problems();
    }

    private static void edit(Path file, java.util.function.Consumer<ObjectNode> change) throws IOException {
        ObjectNode node = (ObjectNode) DataReader.JSON.readTree(file.toFile());
        change.accept(node);
        DataReader.JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), node);
    }
}
