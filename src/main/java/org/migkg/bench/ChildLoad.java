package org.migkg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code migkg load} as a user runs it: a JVM of its own, started from the corpus's parent directory, on a store no
 * other process holds open. The time is the one the command reports (read, link, compare, count, map and write); the
 * wall time beside it adds the JVM's start and the store's opening.
 */
final class ChildLoad {
    private static final Pattern LOADED = Pattern.compile("Loaded (\\d+) record\\(s\\) into .* in (\\d+) ms \\(([^)]*)\\)");

    /** What the command did: its reported time and phases, the record graphs it wrote, the wall time of the JVM. */
    record Result(boolean succeeded, long reportedMillis, String phases, int recordsWritten, long wallNanos, String output) {}

    private ChildLoad() {}

    /** Runs {@code load --store STORE --data DATA TARGET}, with {@code target} named relative to the corpus's parent. */
    static Result run(Path dataDir, Path storeDir, Path target, Path logDir, String mainClass) throws IOException, InterruptedException {
        Files.createDirectories(logDir);
        Path output = logDir.resolve("incremental-load-output.log");
        Path parent = dataDir.toAbsolutePath().getParent();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", HeapCheck.absoluteClassPath(),
                mainClass, "load", "--store", storeDir.toAbsolutePath().toString(),
                "--data", dataDir.getFileName().toString(),
                parent.relativize(target.toAbsolutePath()).toString()));
        long t0 = System.nanoTime();
        Process child = new ProcessBuilder(command).directory(parent.toFile()).redirectErrorStream(true)
                .redirectOutput(output.toFile()).start();
        boolean finished = child.waitFor(2, TimeUnit.HOURS);
        if (!finished) {
            child.destroyForcibly().waitFor();
        }
        long wall = System.nanoTime() - t0;
        String log = Files.readString(output);
        Matcher m = LOADED.matcher(log);
        boolean ok = finished && child.exitValue() == 0 && m.find();
        return ok ? new Result(true, Long.parseLong(m.group(2)), m.group(3), Integer.parseInt(m.group(1)), wall, log)
                : new Result(false, -1, "", 0, wall, log);
    }
}
