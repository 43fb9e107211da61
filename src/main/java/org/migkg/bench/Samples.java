package org.migkg.bench;

import java.util.Arrays;

/** Durations of repeated runs, in nanoseconds, and the order statistics a report quotes. */
public record Samples(long[] nanos) {
    public Samples {
        nanos = nanos.clone();
        Arrays.sort(nanos);
    }

    public Samples plus(Samples other) {
        long[] both = Arrays.copyOf(nanos, nanos.length + other.nanos.length);
        System.arraycopy(other.nanos, 0, both, nanos.length, other.nanos.length);
        return new Samples(both);
    }

    public int count() {
        return nanos.length;
    }

    /** Nearest-rank percentile, {@code p} in (0, 100]. */
    public double percentileMillis(double p) {
        if (nanos.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * nanos.length);
        return nanos[Math.max(0, Math.min(nanos.length - 1, rank - 1))] / 1e6;
    }

    public double medianMillis() {
        return percentileMillis(50);
    }

    public double p95Millis() {
        return percentileMillis(95);
    }
}
