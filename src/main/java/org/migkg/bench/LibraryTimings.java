package org.migkg.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.migkg.progress.Progress;
import org.migkg.serve.LibraryQuery;
import org.migkg.serve.QueryLibrary;

/**
 * Times every query of the library on the loaded store, each parameter bound to a value picked from the corpus.
 * Lookup-style queries (one person's timeline, one event's card) are held to 50 ms, every other query to 1 s, both as
 * medians.
 */
final class LibraryTimings {
    static final String SECTION = "queries";
    static final double LOOKUP_TARGET_MS = 50;
    static final double QUERY_TARGET_MS = 1000;

    private final QueryTimer timer;
    private final int warmUps;
    private final int runs;

    private final Progress progress;

    LibraryTimings(DatasetGraph dsg, int warmUps, int runs, Progress progress) {
        this.timer = new QueryTimer(dsg);
        this.warmUps = warmUps;
        this.runs = runs;
        this.progress = progress;
    }

    /** @param library a folder of .rq files, or null for the library shipped in the jar */
    List<ReportRow> run(Path library, Map<String, String> values) {
        List<ReportRow> rows = new ArrayList<>();
        List<LibraryQuery> queries = (library == null ? QueryLibrary.load() : QueryLibrary.load(library)).queries();
        progress.phase("timing " + queries.size() + " library queries", queries.size());
        for (LibraryQuery query : queries) {
            progress.advance(rows.size());
            Map<String, String> bound = new TreeMap<>();
            String missing = null;
            for (LibraryQuery.Parameter p : query.parameters()) {
                if (values.containsKey(p.name())) {
                    bound.put(p.name(), values.get(p.name()));
                } else if (p.required()) {
                    missing = p.name();
                }
            }
            List<String> about = new ArrayList<>(bound.keySet());
            if (query.paged()) {
                about.add("first page of " + query.pageSize());
            }
            String measure = "query " + query.name() + (about.isEmpty() ? "" : " (" + String.join(", ", about) + ")");
            double target = lookup(query.name()) ? LOOKUP_TARGET_MS : QUERY_TARGET_MS;
            if (missing != null) {
                rows.add(ReportRow.skipped(SECTION, measure, "no value for its required parameter '" + missing + "'"));
                continue;
            }
            try {
                QueryTimer.Timing t = timer.time(query.bind(bound), warmUps, runs);
                String value = String.format(Locale.ROOT, "median %s, p95 %s (%d runs, %s results)",
                        Figures.ms(t.samples().medianMillis()), Figures.ms(t.samples().p95Millis()), t.samples().count(), Figures.count(t.results()));
                rows.add(ReportRow.target(SECTION, measure, value, "median <= " + Figures.ms(target), t.samples().medianMillis() <= target));
            } catch (QueryCancelledException e) {
                rows.add(ReportRow.target(SECTION, measure, "cancelled by the store's query time limit", "median <= " + Figures.ms(target), false));
            } catch (RuntimeException e) {
                // Jena 5.6 can fail with a NullPointerException while closing a hash join that a time-out cancelled.
                rows.add(ReportRow.target(SECTION, measure, "failed: " + e, "median <= " + Figures.ms(target), false));
            }
        }
        return rows;
    }

    static boolean lookup(String name) {
        return name.contains("timeline") || name.contains("card");
    }
}
