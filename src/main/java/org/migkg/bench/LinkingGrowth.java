package org.migkg.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.migkg.link.Linker;
import org.migkg.records.Corpus;
import org.migkg.records.DataLayout;
import org.migkg.records.DataReader;

/**
 * Linking alone, at a tenth of the corpus and at all of it: the median of three runs after a warm-up, or past
 * {@link #SINGLE_LINK_RUN_FROM} events a single run after the warm-up (the pipeline's run warmed the JVM already).
 */
final class LinkingGrowth {
    static final String SECTION = "linking";
    private static final int SINGLE_LINK_RUN_FROM = 50_000;

    private LinkingGrowth() {}

    static List<ReportRow> run(Path tenthData, Corpus full) {
        Corpus tenth = new DataReader(tenthData.getParent()).read(DataLayout.of(List.of(tenthData), tenthData));
        Stopwatch.Span small = medianLink(tenth);
        Stopwatch.Span large = full.events().size() >= SINGLE_LINK_RUN_FROM ? singleLink(full) : medianLink(full);
        double growth = (double) large.wallNanos() / small.wallNanos();
        double cpuGrowth = (double) large.cpuNanos() / small.cpuNanos();
        return List.of(
                ReportRow.info(SECTION, "link " + Figures.count(tenth.events().size()) + " events (N/10)", small.describe()),
                ReportRow.info(SECTION, "link " + Figures.count(full.events().size()) + " events (N)", large.describe()),
                ReportRow.target(SECTION, "linking growth N/10 -> N", Figures.ratio(growth) + " (CPU " + Figures.ratio(cpuGrowth) + ")",
                        "<= 11x", growth <= 11));
    }

    private static Stopwatch.Span singleLink(Corpus corpus) {
        Stopwatch t = Stopwatch.start();
        new Linker().link(corpus);
        return t.stop();
    }

    /** The run with the median wall time of three, after a warm-up run. */
    private static Stopwatch.Span medianLink(Corpus corpus) {
        new Linker().link(corpus);
        List<Stopwatch.Span> spans = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Stopwatch t = Stopwatch.start();
            new Linker().link(corpus);
            spans.add(t.stop());
        }
        spans.sort(Comparator.comparingLong(Stopwatch.Span::wallNanos));
        return spans.get(1);
    }
}
