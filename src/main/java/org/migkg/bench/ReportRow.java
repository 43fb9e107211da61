package org.migkg.bench;

/**
 * One line of the benchmark table: what was measured, the figure, the target it is held to (empty when it is context
 * rather than a goal) and whether the target is met.
 */
public record ReportRow(String section, String measure, String value, String target, Verdict verdict) {
    public enum Verdict {
        MET("met"), MISSED("MISSED"), NONE(""), SKIPPED("skipped");

        private final String label;

        Verdict(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public static ReportRow info(String section, String measure, String value) {
        return new ReportRow(section, measure, value, "", Verdict.NONE);
    }

    public static ReportRow target(String section, String measure, String value, String target, boolean met) {
        return new ReportRow(section, measure, value, target, met ? Verdict.MET : Verdict.MISSED);
    }

    public static ReportRow skipped(String section, String measure, String why) {
        return new ReportRow(section, measure, why, "", Verdict.SKIPPED);
    }
}
