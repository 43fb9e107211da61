package org.migkg.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migkg.SeedData;

/** Curated decisions about events: read from aliases.json, contradictions refused, records not loaded reported. */
class EventDecisionsTest {
    static final String A = SeedData.GENDER;
    static final String B = SeedData.COMMUNICATIONS;

    @TempDir
    Path dir;
    Path data;

    @BeforeEach
    void copySeeds() {
        data = SeedData.copyTo(dir.resolve("data"));
    }

    private void aliases(String events) throws IOException {
        Files.writeString(data.resolve("aliases.json"), """
                { "$schema": "schema/aliases.schema.json", "samePerson": [], "differentPeople": [], %s }""".formatted(events));
    }

    private Corpus read() {
        return new DataReader(dir).read(DataLayout.of(List.of(data), data));
    }

    private List<Problem> problems() {
        return assertThrows(InvalidInputException.class, this::read).problems();
    }

    @Test
    void decisionsAreRead() throws IOException {
        aliases("""
                "sameEvent": [ { "event": "%1$s", "records": ["%1$s", "%2$s"], "replaces": ["old-id"], "note": "one" } ],
                "differentEvents": [ { "records": ["%1$s", "another-record"] } ]""".formatted(A, B));
        Corpus corpus = read();
        assertEquals(new Aliases.SameEvent(A, List.of(A, B), List.of("old-id"), "one"), corpus.aliases().sameEvent().get(0));
        assertEquals(List.of(A, "another-record"), corpus.aliases().differentEvents().get(0).records());
    }

    @Test
    void aRecordNotLoadedIsAWarningAndTheDecisionAppliesToTheOthers() throws IOException {
        aliases("""
                "sameEvent": [ { "records": ["%s", "not-loaded"] } ]""".formatted(A));
        List<Problem> warnings = read().warnings().stream().filter(w -> w.file().endsWith("aliases.json")).toList();
        assertEquals(1, warnings.size(), warnings::toString);
        assertEquals("/sameEvent/0/records/1", warnings.get(0).field());
        assertTrue(warnings.get(0).message().contains("no record 'not-loaded'"), warnings.get(0).message());
    }

    @Test
    void oneRecordInTwoSameEventDecisionsIsRefused() throws IOException {
        aliases("""
                "sameEvent": [ { "records": ["%1$s", "%2$s"] }, { "records": ["%2$s", "x"] } ]""".formatted(A, B));
        List<Problem> problems = problems();
        assertEquals("/sameEvent/1/records/0", problems.get(0).field());
        assertTrue(problems.get(0).message().contains("already in /sameEvent/0"), problems.toString());
    }

    @Test
    void oneEventAndDifferentEventsAtOnceIsRefused() throws IOException {
        aliases("""
                "sameEvent": [ { "records": ["%1$s", "%2$s"] } ],
                "differentEvents": [ { "records": ["%2$s", "%1$s"] } ]""".formatted(A, B));
        assertTrue(problems().stream().anyMatch(p -> p.field().equals("/differentEvents/0/records/1") && p.message().contains("decide one way")));
    }

    @Test
    void aReplacedIdMustBeGoneAndAnEventIdMustNotBeAnotherRecords() throws IOException {
        aliases("""
                "sameEvent": [ { "event": "%2$s", "records": ["%1$s", "x"], "replaces": ["%2$s"] } ]""".formatted(A, B));
        List<String> fields = problems().stream().map(Problem::field).toList();
        assertTrue(fields.containsAll(List.of("/sameEvent/0/replaces/0", "/sameEvent/0/event")), fields.toString());
    }

    @Test
    void theSchemaWantsTwoRecords() throws IOException {
        aliases("""
                "sameEvent": [ { "records": ["%s"] } ]""".formatted(A));
        assertEquals("/sameEvent/0/records", problems().get(0).field());
    }
}
