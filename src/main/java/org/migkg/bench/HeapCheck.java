package org.migkg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs {@code migkg load} in a child JVM with a fixed maximum heap and reads the heap's occupancy from its GC log.
 * A load that finishes under {@code -Xmx2g} proves it needs less than 2 GB; the log's largest heap size before a
 * collection is the peak the load reached (garbage included), the largest after one bounds the data it kept live.
 * Only pauses that copy or compact (young, mixed, full) count for the live bound: G1's remark and cleanup pauses
 * free nothing but wholly empty regions, so the size they log "after" still holds the garbage of the whole old
 * generation (at 10,000 events 1,615 MiB after a remark, where no evacuating pause left more than 1,195 MiB).
 */
public final class HeapCheck {
    private static final Pattern GC_LINE = Pattern.compile("GC\\(\\d+\\) Pause (\\w+).* (\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\)");
    private static final java.util.Set<String> EVACUATING = java.util.Set.of("Young", "Full");

    /** What the child JVM did; the sizes are in MiB. */
    /** {@code loadMillis} is the load as the command reports it, without the JVM's start and the store's opening. */
    public record Result(String maxHeap, boolean succeeded, int exitCode, double seconds, long loadMillis,
                         long peakBeforeGcMiB, long peakAfterGcMiB, int collections, String failure) {
        /**
         * Held to what the load keeps live: at most 1.5 GiB after a collection. The peak before one follows the
         * {@code -Xmx} (the collector lets garbage fill the heap it may use), so it says little about what is needed.
         */
        ReportRow row() {
            String measure = "load in a child JVM with -Xmx" + maxHeap;
            if (!succeeded) {
                return ReportRow.target(SECTION, measure, "failed: " + failure, TARGET, false);
            }
            String value = String.format(Locale.ROOT, "succeeded in %.1f s; heap peak %,d MiB before GC, %,d MiB after (%d young, mixed or full GCs)",
                    seconds, peakBeforeGcMiB, peakAfterGcMiB, collections);
            return ReportRow.target(SECTION, measure, value, TARGET, peakAfterGcMiB <= LIVE_LIMIT_MIB);
        }
    }

    static final String SECTION = "heap";
    static final long LIVE_LIMIT_MIB = 1536;
    static final String TARGET = "<= 1,536 MiB live (after GC)";

    private static final Pattern LOADED = Pattern.compile("Loaded \\d+ record\\(s\\) into .* in (\\d+) ms");

    private HeapCheck() {}

    static String absoluteClassPath() {
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            entries.add(Path.of(entry).toAbsolutePath().toString());
        }
        return String.join(java.io.File.pathSeparator, entries);
    }

    /** Runs {@code mainClass load} in a child JVM with the same class path (made absolute: the child runs elsewhere). */
    public static Result load(Path dataDir, Path storeDir, String maxHeap, Path logDir, String mainClass) throws IOException, InterruptedException {
        Files.createDirectories(logDir);
        Path gcLog = logDir.resolve("heapcheck-gc.log");
        Path output = logDir.resolve("heapcheck-output.log");
        Files.deleteIfExists(gcLog);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + maxHeap,
                "-Xlog:gc:file=" + gcLog.toAbsolutePath(),
                "-cp", absoluteClassPath(),
                mainClass, "load", "--store", storeDir.toAbsolutePath().toString(),
                "--data", dataDir.getFileName().toString(), dataDir.getFileName().toString()));
        long t0 = System.nanoTime();
        // From the corpus's parent with a relative path, as the in-process loads of the benchmark name the record files.
        Process child = new ProcessBuilder(command).directory(dataDir.toAbsolutePath().getParent().toFile()).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        boolean finished = child.waitFor(2, TimeUnit.HOURS);
        if (!finished) {
            child.destroyForcibly().waitFor();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        int exit = finished ? child.exitValue() : -1;
        GcPeaks peaks = Files.exists(gcLog) ? GcPeaks.of(Files.readAllLines(gcLog)) : new GcPeaks(0, 0, 0);
        long loadMillis = -1;
        if (Files.exists(output)) {
            Matcher m = LOADED.matcher(Files.readString(output));
            if (m.find()) {
                loadMillis = Long.parseLong(m.group(1));
            }
        }
        String failure = "";
        if (exit != 0) {
            String log = Files.exists(output) ? Files.readString(output) : "";
            failure = !finished ? "did not finish in 2 hours"
                    : log.contains("OutOfMemoryError") ? "OutOfMemoryError" : "exit code " + exit + ": " + lastLine(log);
        }
        return new Result(maxHeap, exit == 0, exit, seconds, loadMillis, peaks.beforeMiB(), peaks.afterMiB(),
                peaks.collections(), failure);
    }

    /** The largest heap before any pause, the largest after a pause that evacuates, and how many pauses evacuated. */
    record GcPeaks(long beforeMiB, long afterMiB, int collections) {
        static GcPeaks of(List<String> gcLog) {
            long before = 0;
            long after = 0;
            int collections = 0;
            for (String line : gcLog) {
                Matcher m = GC_LINE.matcher(line);
                if (m.find()) {
                    before = Math.max(before, mib(m.group(2), m.group(3)));
                    if (EVACUATING.contains(m.group(1))) {
                        collections++;
                        after = Math.max(after, mib(m.group(4), m.group(5)));
                    }
                }
            }
            return new GcPeaks(before, after, collections);
        }
    }

    private static long mib(String amount, String unit) {
        long n = Long.parseLong(amount);
        return switch (unit) {
            case "K" -> n / 1024;
            case "G" -> n * 1024;
            default -> n;
        };
    }

    private static String lastLine(String log) {
        List<String> lines = log.lines().filter(l -> !l.isBlank()).toList();
        return lines.isEmpty() ? "(no output)" : lines.get(lines.size() - 1);
    }
}
