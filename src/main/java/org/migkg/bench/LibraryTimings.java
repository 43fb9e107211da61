package org.migkg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Times every query of the library on the loaded store, with its parameters filled from the corpus. Lookup-style
 * queries (one person's timeline, one event's card) are held to 50 ms, every other query to 1 s, both as medians.
 */
final class LibraryTimings {
    static final String SECTION = "queries";
    static final double LOOKUP_TARGET_MS = 50;
    static final double QUERY_TARGET_MS = 1000;
    private static final Pattern PARAM = Pattern.compile("^#\\s*param:\\s*(\\w+)\\s*\\((required|optional)\\)", Pattern.MULTILINE);

    private final QueryTimer timer;
    private final int warmUps;
    private final int runs;

    LibraryTimings(DatasetGraph dsg, int warmUps, int runs) {
        this.timer = new QueryTimer(dsg);
        this.warmUps = warmUps;
        this.runs = runs;
    }

    List<Row> run(Path library, Map<String, RDFNode> values) throws IOException {
        List<Row> rows = new ArrayList<>();
        for (Path file : files(library)) {
            String name = file.getFileName().toString().replaceFirst("\\.rq$", "");
            String text = Files.readString(file);
            Map<String, RDFNode> bindings = new java.util.TreeMap<>();
            String missing = null;
            Matcher m = PARAM.matcher(text);
            while (m.find()) {
                RDFNode value = values.get(m.group(1));
                if (value != null) {
                    bindings.put(m.group(1), value);
                } else if (m.group(2).equals("required")) {
                    missing = m.group(1);
                }
            }
            String measure = "query " + name + (bindings.isEmpty() ? "" : " (" + String.join(", ", bindings.keySet()) + ")");
            if (missing != null) {
                rows.add(Row.skipped(SECTION, measure, "no value for its required parameter '" + missing + "'"));
                continue;
            }
            QueryTimer.Timing t;
            try {
                t = timer.time(text, bindings, warmUps, runs);
            } catch (QueryCancelledException e) {
                rows.add(Row.target(SECTION, measure, "cancelled by the store's query time limit", "median <= "
                        + Fmt.ms(lookup(name) ? LOOKUP_TARGET_MS : QUERY_TARGET_MS), false));
                continue;
            }
            double target = lookup(name) ? LOOKUP_TARGET_MS : QUERY_TARGET_MS;
            String value = String.format(Locale.ROOT, "median %s, p95 %s (%d runs, %s results)",
                    Fmt.ms(t.samples().medianMillis()), Fmt.ms(t.samples().p95Millis()), t.samples().count(), Fmt.count(t.results()));
            rows.add(Row.target(SECTION, measure, value, "median <= " + Fmt.ms(target), t.samples().medianMillis() <= target));
        }
        return rows;
    }

    static boolean lookup(String name) {
        return name.contains("timeline") || name.contains("card");
    }

    static List<Path> files(Path library) throws IOException {
        if (!Files.isDirectory(library)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(library)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".rq")).sorted().toList();
        }
    }
}
