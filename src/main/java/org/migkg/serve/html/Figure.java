package org.migkg.serve.html;

import java.util.List;

/**
 * A picture as {@link Pictures} makes it: a co-speaker network or a chart, its element id and caption, its data (JSON,
 * already safe inside a script element), the scripts that draw it, and for a chart its numbers as a table.
 */
public record Figure(boolean chart, String id, String caption, String data, List<String> scripts, Table table) {
    public Figure {
        scripts = List.copyOf(scripts);
    }

    /** The chart's numbers, for readers without JavaScript or who prefer text: one row per series, a column per year. */
    public record Table(List<String> years, List<Series> rows) {}

    public record Series(String label, List<Long> counts) {}
}
