package org.migkg.bench;

import java.util.ArrayList;
import java.util.List;

/** The benchmark's table, with the machine it ran on, as aligned text for a terminal and as Markdown for the docs. */
public final class BenchReport {
    private final String title;
    private final List<String> context;
    private final List<ReportRow> rows = new ArrayList<>();

    public BenchReport(String title, List<String> context) {
        this.title = title;
        this.context = List.copyOf(context);
    }

    public void add(ReportRow row) {
        rows.add(row);
    }

    public List<ReportRow> rows() {
        return List.copyOf(rows);
    }

    public String title() {
        return title;
    }

    public String toText() {
        String[] head = {"section", "measure", "value", "target", ""};
        int[] width = new int[head.length];
        List<String[]> cells = new ArrayList<>();
        cells.add(head);
        rows.forEach(r -> cells.add(new String[]{r.section(), r.measure(), r.value(), r.target(), r.verdict().label()}));
        cells.forEach(c -> {
            for (int i = 0; i < c.length; i++) {
                width[i] = Math.max(width[i], c[i].length());
            }
        });
        StringBuilder sb = new StringBuilder(title).append('\n');
        context.forEach(c -> sb.append(c).append('\n'));
        sb.append('\n');
        for (String[] c : cells) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < c.length; i++) {
                line.append(String.format("%-" + width[i] + "s", c[i])).append(i + 1 < c.length ? "  " : "");
            }
            sb.append(line.toString().stripTrailing()).append('\n');
        }
        return sb.toString();
    }

    public String toMarkdown() {
        StringBuilder sb = new StringBuilder("### ").append(title).append("\n\n");
        context.forEach(c -> sb.append("- ").append(c).append('\n'));
        sb.append("\n| section | measure | value | target | |\n|---|---|---:|---|---|\n");
        for (ReportRow r : rows) {
            sb.append("| ").append(cell(r.section())).append(" | ").append(cell(r.measure())).append(" | ")
                    .append(cell(r.value())).append(" | ").append(cell(r.target())).append(" | ")
                    .append(r.verdict() == ReportRow.Verdict.MISSED ? "**missed**" : r.verdict().label()).append(" |\n");
        }
        return sb.toString();
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }
}
