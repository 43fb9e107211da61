package org.migkg.importer.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The importer scored on the development pages ({@code ../shared/pages}) against the committed readings. Prints the
 * table; the figures are the importer's to improve, so only the coverage of the run is asserted.
 */
class ScoreDevelopmentPagesTest {
    private static final Path PAGES = Path.of("../shared/pages");
    private static final Path READINGS = Path.of("src/test/resources/importer/readings");

    @Test
    void scoresEveryPageThatHasAReading() {
        assumeTrue(Files.isDirectory(PAGES), "skipped: no development pages at " + PAGES.toAbsolutePath().normalize());
        assumeTrue(Files.isDirectory(READINGS), "skipped: no readings committed at " + READINGS);
        Map<String, Reading> readings = ReadingFiles.in(READINGS);
        assumeFalse(readings.isEmpty(), "skipped: " + READINGS + " holds no reading yet");

        ScoreReport report = new ImportScorer(OrganizationKeys.read(Path.of("data/organizations.json")))
                .scoreFolder(PAGES, readings);
        System.out.print(ScoreTable.render(report, true));

        assertEquals(new TreeSet<>(readings.keySet()),
                new TreeSet<>(report.pages().stream().map(PageScore::page).toList()),
                "every reading's page is in " + PAGES + " and was scored; missing: " + report.readingsWithoutPage());
    }
}
