package org.migkg.bench;

import java.util.Locale;

/** Figures as the table shows them: durations, rates, ratios and counts, the same on every machine (root locale). */
final class Figures {
    private Figures() {}

    static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.2f s", nanos / 1e9);
    }

    static String perSecond(long count, long nanos, String unit) {
        return String.format(Locale.ROOT, "%,.0f %s/s", count / (nanos / 1e9), unit);
    }

    static String ms(double millis) {
        return millis < 10 ? String.format(Locale.ROOT, "%.2f ms", millis) : String.format(Locale.ROOT, "%.0f ms", millis);
    }

    static String ratio(double r) {
        return String.format(Locale.ROOT, "%.2fx", r);
    }

    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
