package org.migkg.cli;

import static org.migkg.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 'migkg score-import' as a user runs it, on the invented pages of src/test/resources/importer/scoring. */
class ScoreImportCommandTest {
    private static final String FIXTURES = "src/test/resources/importer/scoring";



    @Test
    void printsOneRowPerPageThenTotalsAndTargets() {
        CliRun r = run("score-import", "--pages", FIXTURES + "/pages", "--readings", FIXTURES + "/readings");
        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).startsWith("page "), lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("901_example-institute-webinar-care-work")), r.out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("902_example-institute-staff-profile ")), r.out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("TOTAL (3 pages)")), r.out());
        assertEquals(6, lines.stream().filter(l -> l.matches("  (met|MISSED) +.*")).count(), r.out());
    }

    @Test
    void writesJsonForMachinesAndScoresOnlyTheNamedPages() throws Exception {
        CliRun r = run("score-import", "--readings", FIXTURES + "/readings", "--format", "json",
                FIXTURES + "/pages/902_example-institute-staff-profile.txt");
        assertEquals(0, r.exit(), r.err());
        JsonNode report = new ObjectMapper().readTree(r.out());
        assertEquals(1, report.get("pages").size());
        assertEquals("not-event", report.get("pages").get(0).get("kind").asText());
        assertEquals(6, report.get("targets").size());
    }

    @Test
    void aMissingPagesFolderIsOneLineNamingIt() {
        CliRun r = run("score-import", "--pages", "no/such/pages", "--readings", FIXTURES + "/readings");
        assertEquals(2, r.exit());
        assertEquals("score-import: no pages folder at no/such/pages (use --pages DIR)", r.err().strip());
    }

    @Test
    void badArgumentsExitTwo() {
        assertEquals(2, run("score-import", "--format", "csv").exit());
        assertEquals(2, run("score-import", "--readings", FIXTURES + "/readings", FIXTURES + "/pages/none.txt").exit());
    }
}
