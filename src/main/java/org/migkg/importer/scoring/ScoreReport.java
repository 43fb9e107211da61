package org.migkg.importer.scoring;

import java.util.List;

/**
 * The scores of a run: one per page that has a reading, their totals and the targets; pages found without a reading
 * and readings whose page is missing are listed, not scored.
 */
public record ScoreReport(List<PageScore> pages, Tally totals, List<Target> targets,
                          List<String> pagesWithoutReading, List<String> readingsWithoutPage) {
    public ScoreReport {
        pages = List.copyOf(pages);
        targets = List.copyOf(targets);
        pagesWithoutReading = List.copyOf(pagesWithoutReading);
        readingsWithoutPage = List.copyOf(readingsWithoutPage);
    }

    static ScoreReport of(List<PageScore> pages, List<String> pagesWithoutReading, List<String> readingsWithoutPage) {
        Tally totals = pages.stream().map(PageScore::tally).reduce(Tally.ZERO, Tally::plus);
        return new ScoreReport(pages, totals, Targets.of(pages, totals), pagesWithoutReading, readingsWithoutPage);
    }
}
