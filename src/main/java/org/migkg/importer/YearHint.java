package org.migkg.importer;

import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The year a page that states no date names most, in its address or its text; the most recent wins a tie. */
final class YearHint {
    private YearHint() {}

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(19[89]\\d|20\\d\\d)(?!\\d)");

    static Optional<Integer> of(String url, List<String> lines) {
        Map<Integer, Integer> counts = new TreeMap<>();
        int latest = Year.now().getValue() + 2;
        count(url == null ? "" : url, counts, 2, latest);
        lines.forEach(l -> count(l, counts, 1, latest));
        return counts.entrySet().stream()
                .max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey);
    }

    private static void count(String text, Map<Integer, Integer> counts, int weight, int latest) {
        Matcher m = YEAR.matcher(text);
        while (m.find()) {
            int y = Integer.parseInt(m.group(1));
            if (y <= latest) {
                counts.merge(y, weight, Integer::sum);
            }
        }
    }
}
