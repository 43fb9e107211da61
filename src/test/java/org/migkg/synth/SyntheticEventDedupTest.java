package org.migkg.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migkg.link.Linked;
import org.migkg.link.Linker;
import org.migkg.records.Corpus;
import org.migkg.records.DataLayout;
import org.migkg.records.DataReader;

/**
 * A generated corpus where second publishers write some events again (other titles, some of the speakers, sometimes
 * only the month) and some events have a sibling on the same day: deduplication finds the copies and leaves the
 * siblings, and person identity still meets its targets.
 */
class SyntheticEventDedupTest {
    static final int EVENTS = 2000;

    @TempDir
    static Path dir;
    static Truth truth;
    static IdentityEvaluation eval;

    @BeforeAll
    static void generateAndLink() throws IOException {
        CorpusFiles.write(new SyntheticCorpus(EVENTS, 7), dir.resolve("corpus"));
        Corpus corpus = new DataReader(dir).read(DataLayout.of(List.of(dir.resolve("corpus")), dir.resolve("corpus")));
        Linked linked = new Linker().link(corpus);
        truth = Truth.read(dir.resolve("corpus/truth.json"));
        eval = IdentityEvaluation.of(linked, truth);
        System.out.printf(Locale.ROOT, "Event dedup on %d generated records (%d copies): precision %.4f, recall %.4f, F1 %.4f; "
                        + "person precision %.4f, F1 %.4f%n", EVENTS, copies(), eval.events().precision(), eval.events().recall(),
                eval.events().f1(), eval.people().precision(), eval.people().f1());
    }

    static long copies() {
        return truth.events().stream().filter(e -> !e.record().equals(e.event())).count();
    }

    @Test
    void aboutOneEventInTwentyIsWrittenTwice() {
        assertEquals(EVENTS, truth.events().size());
        assertTrue(copies() > EVENTS / 40 && copies() < EVENTS / 10, copies() + " copies");
    }

    @Test
    void deduplicationFindsTheCopiesAndLeavesTheSiblings() {
        assertTrue(eval.events().precision() >= 0.95, "event precision " + eval.events().precision());
        assertTrue(eval.events().recall() >= 0.9, "event recall " + eval.events().recall());
    }

    @Test
    void personIdentityStillMeetsItsTargets() {
        assertTrue(eval.people().precision() >= 0.99, "person precision " + eval.people().precision());
        assertTrue(eval.people().f1() >= 0.98, "person F1 " + eval.people().f1());
    }

    @Test
    void theOriginalEventsAreTheSameWhateverTheShareOfCopies() throws IOException {
        CorpusFiles.Summary none = CorpusFiles.write(new SyntheticCorpus(200, 7, 0), dir.resolve("none"));
        CorpusFiles.write(new SyntheticCorpus(200, 7), dir.resolve("some"));
        assertEquals(0, none.copies());
        try (var files = Files.list(dir.resolve("none/events"))) {
            Path first = files.sorted().findFirst().orElseThrow();
            assertEquals(Files.readString(first), Files.readString(dir.resolve("some/events").resolve(first.getFileName())));
        }
    }
}
