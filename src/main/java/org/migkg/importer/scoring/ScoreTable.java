package org.migkg.importer.scoring;

import java.util.List;

/** The plain-text report: one row per page, the totals, the targets, and on request every mistake. */
public final class ScoreTable {
    private static final String ROW = "%-40s %-9s %-9s %-3s %6s %5s %7s %6s %7s %10s %4s %4s %4s %6s %7s%n";
    private static final int PAGE_WIDTH = 40;
    private static final int VALUE_WIDTH = 90;

    private ScoreTable() {}

    public static String render(ScoreReport report, boolean verbose) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(ROW, "page", "kind", "result", "ok", "fields", "right", "flagged", "silent",
                "people", "missed(fl)", "inv", "ev-", "ev+", "dates", "review"));
        for (PageScore p : report.pages()) {
            out.append(row(cut(p.page().replaceFirst("\\.txt$", ""), PAGE_WIDTH), p.kind().label(), p.outcome().label(),
                    p.pageRight() ? "yes" : "NO", p.tally()));
            if (p.outcome().status() != Outcome.Status.DRAFTS) {
                out.append("    ").append(p.outcome().status() == Outcome.Status.CRASHED ? "crashed " : "refused ")
                        .append(p.outcome().reason()).append(": ").append(p.outcome().why()).append('\n');
            }
        }
        out.append(row("TOTAL (" + report.pages().size() + " pages)", "", "",
                report.pages().stream().filter(PageScore::pageRight).count() + "/" + report.pages().size(), report.totals()));
        out.append("fields: judged, right, wrong but flagged by a review item, wrong and silent. people: found/in the reading;"
                + " missed (flagged: named by a review item, or the page was refused); inv: invented.\n"
                + "ev-/ev+: events missed/invented. dates: stated dates read right/stated."
                + " review: items pointing at a wrong field or a missed person/all items.\n");
        if (!report.pagesWithoutReading().isEmpty()) {
            out.append(report.pagesWithoutReading().size()).append(" page(s) without a reading, not scored");
            out.append(verbose ? ": " + String.join(", ", report.pagesWithoutReading()) : "").append('\n');
        }
        if (!report.readingsWithoutPage().isEmpty()) {
            out.append("readings whose page is missing: ").append(String.join(", ", report.readingsWithoutPage())).append('\n');
        }
        out.append("\nTargets\n");
        for (Target t : report.targets()) {
            out.append(String.format("  %-7s %-45s %s%n", t.met() ? "met" : "MISSED", t.name(), t.figure()));
        }
        if (verbose) {
            mistakes(report.pages(), out);
        }
        return out.toString();
    }

    private static String row(String page, String kind, String result, String ok, Tally t) {
        return String.format(ROW, page, kind, result, ok, t.judged(), t.right(), t.wrongFlagged(), t.wrongSilent(),
                t.found() + "/" + t.people(), t.missed() + " (" + t.missedFlagged() + ")", t.invented(),
                t.eventsMissed(), t.eventsInvented(), t.datesRead() + "/" + t.datesStated(),
                t.reviewHits() + "/" + t.reviewItems());
    }

    private static void mistakes(List<PageScore> pages, StringBuilder out) {
        out.append("\nWrong fields (field: draft -> reading) and missed people\n");
        for (PageScore p : pages) {
            if (p.wrong().isEmpty() && p.missedPeople().isEmpty()) {
                continue;
            }
            out.append(p.page()).append('\n');
            for (WrongField w : p.wrong()) {
                out.append(String.format("  %-7s %s: %s -> %s   [%s]%n", w.flagged() ? "flagged" : "SILENT", w.field(),
                        cut(w.draft(), VALUE_WIDTH), cut(w.reading(), VALUE_WIDTH), cut(w.event(), 50)));
            }
            for (MissedPerson m : p.missedPeople()) {
                out.append(String.format("  %-7s missed person: %s   [%s]%n", m.flagged() ? "flagged" : "SILENT", m.name(),
                        cut(m.event(), 50)));
            }
        }
    }

    private static String cut(String text, int width) {
        if (text == null) {
            return "(none)";
        }
        return text.length() <= width ? text : text.substring(0, width - 1) + "~";
    }
}
