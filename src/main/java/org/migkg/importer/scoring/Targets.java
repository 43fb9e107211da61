package org.migkg.importer.scoring;

import java.util.List;
import java.util.Locale;

/** The importer's targets, judged on the scores of all pages. */
final class Targets {
    private Targets() {}

    static List<Target> of(List<PageScore> pages, Tally t) {
        long eventPages = pages.stream().filter(p -> p.kind().describesEvents()).count();
        long imported = pages.stream().filter(p -> p.kind().describesEvents() && p.pageRight()).count();
        long otherPages = pages.size() - eventPages;
        long refused = pages.stream().filter(p -> !p.kind().describesEvents() && p.pageRight()).count();
        int silent = t.silentErrors();
        int silentPeople = t.missed() - t.missedFlagged();
        return List.of(
                new Target("every event page imported", imported == eventPages,
                        imported + "/" + eventPages + " event and listing pages gave drafts"),
                new Target("non-events refused with reason", refused == otherPages,
                        refused + "/" + otherPages + " refused as NOT_AN_EVENT"),
                new Target("people found >= 95%, none invented", t.found() * 100L >= 95L * t.people() && t.invented() == 0,
                        t.found() + "/" + t.people() + " found (" + percent(t.found(), t.people()) + "), " + t.invented() + " invented"),
                new Target("silent errors <= 1 per 100 judged fields", silent * 100L <= t.judged(),
                        silent + " silent (" + t.wrongSilent() + " fields, " + silentPeople + " people dropped) in "
                                + t.judged() + " judged fields: " + rate(silent, t.judged()) + " per 100"),
                new Target("every stated date read", t.datesRead() == t.datesStated(),
                        t.datesRead() + "/" + t.datesStated() + " stated dates read"),
                new Target(">= 50% of review items point at wrong fields", t.reviewHits() * 2L >= t.reviewItems(),
                        t.reviewHits() + "/" + t.reviewItems() + " review items (" + percent(t.reviewHits(), t.reviewItems()) + ")"));
    }

    static String percent(int part, int whole) {
        return whole == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
    }

    private static String rate(int part, int whole) {
        return whole == 0 ? "-" : String.format(Locale.ROOT, "%.1f", 100.0 * part / whole);
    }
}
