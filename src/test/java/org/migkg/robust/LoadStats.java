package org.migkg.robust;

import java.util.List;

/** Percentiles of sorted latencies. */
final class LoadStats {
    private LoadStats() {}

    /** The nearest-rank percentile of an ascending list, 0 when empty. */
    static long percentile(List<Long> ascending, int p) {
        if (ascending.isEmpty()) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * ascending.size());
        return ascending.get(Math.max(0, rank - 1));
    }
}
