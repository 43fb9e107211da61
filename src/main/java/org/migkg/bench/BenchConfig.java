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
 * @param heapLimit  the {@code -Xmx} of the child JVM that runs the load and checks its heap; null loads in this JVM
 * @param reuse      measure queries, HTTP and incremental loads on the corpus and store an earlier run left in work
 * @param publish    also time publishing the dumps after the load
 */
public record BenchConfig(int events, long seed, Path work, Path out, Path queries, boolean http, Duration httpWindow,
                          int httpPeople, int queryWarmUps, int queryRuns, String heapLimit, CorpusGenerator generator,
                          boolean reuse, boolean publish, String loadMainClass) {
    public BenchConfig {
        if (events < 10) {
            throw new IllegalArgumentException("--events must be at least 10 (linking is also timed at a tenth of it)");
        }
    }

    /** The Markdown file the table is written to, in {@code out}. */
    public String reportFile() {
        return events + (reuse ? "-reused" : "") + ".md";
    }

    public int tenth() {
        return events / 10;
    }
}
