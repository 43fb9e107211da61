package org.migkg.bench;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How a benchmark run is set up.
 *
 * @param work       scratch space: the generated corpora, the stores, the N-Quads export
 * @param out        where the Markdown table is written, as {@code <events>.md}
 * @param queries    the query library's directory
 * @param httpWindow how long each HTTP measurement sends requests (after a warm-up of a fifth of it)
 * @param httpPeople how many people (the most frequent speakers) the HTTP requests take in turn
 * @param heapLimit  the {@code -Xmx} of the child JVM that checks the load's heap; null skips the check
 * @param reuse      keep the corpus and store an earlier run left in {@code work} and time only the queries and the server
 */
public record BenchConfig(int events, long seed, Path work, Path out, Path queries, boolean http, Duration httpWindow, int httpPeople,
                          int queryWarmUps, int queryRuns, String heapLimit, boolean reuse, CorpusGenerator generator) {
    public BenchConfig {
        if (events < 10) {
            throw new IllegalArgumentException("--events must be at least 10 (linking is also timed at a tenth of it)");
        }
    }

    public int tenth() {
        return events / 10;
    }
}
