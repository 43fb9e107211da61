package org.migkg.bench;

/**
 * One line of the benchmark table: what was measured, the figure, the target it is held to (empty when it is context
 * rather than a goal) and whether the target is met.
 */
public record Row(String section, String measure, String value, String target, Verdict verdict) {
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

    public static Row info(String section, String measure, String value) {
        return new Row(section, measure, value, "", Verdict.NONE);
    }

    public static Row target(String section, String measure, String value, String target, boolean met) {
        return new Row(section, measure, value, target, met ? Verdict.MET : Verdict.MISSED);
    }

    public static Row skipped(String section, String measure, String why) {
        return new Row(section, measure, why, "", Verdict.SKIPPED);
    }
}
