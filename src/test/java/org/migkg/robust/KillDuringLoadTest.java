package org.migkg.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migkg.SeedData;
import org.migkg.pipeline.Loader;
import org.migkg.rdf.Iris;
import org.migkg.store.KnowledgeStore;

/**
 * SIGKILL at chosen moments of a load (a separate JVM running {@code migkg load}) never leaves a damaged store: it
 * opens afterwards and holds exactly the data before the load or exactly the loaded data. A third of the runs kill at
 * any moment of the load (start-up, reading, linking), the rest only once the store files have started to change, i.e.
 * while the transaction writes. Each run's delay falls in its own slice of its window, so the kills spread over the
 * whole load and the whole write, the last slice ending at the commit; where in its slice comes from a fixed seed
 * ({@code -Dmigkg.kill.seed}), the number of runs from {@code -Dmigkg.kill.runs}.
 */
class KillDuringLoadTest {
    private static final int RUNS = Integer.getInteger("migkg.kill.runs", 6);
    private static final long SEED = Long.getLong("migkg.kill.seed", 8L);
    private static final int COPIES = 25;

    @TempDir
    Path dir;

    @Test
    void aKilledLoadLeavesExactlyTheOldOrTheNewData() throws Exception {
        Corpora.distinctCopies(dir.resolve("old"), "old", COPIES);
        Corpora.distinctCopies(dir.resolve("new"), "new", COPIES);
        // The store before the load is made in this JVM: only the loads that are timed or killed need one of their own.
        Path template = dir.resolve("template");
        String oldDump;
        try (KnowledgeStore s = KnowledgeStore.open(template, Iris.DEFAULT)) {
            new Loader(s, dir).load(List.of(dir.resolve("old")), dir.resolve("old"), false);
            oldDump = SeedData.dump(s);
        }

        Path reference = copy(template, dir.resolve("reference"));
        Map<Path, String> before = files(reference);
        long start = System.nanoTime();
        Process full = load(reference, "new", dir.resolve("reference.log"));
        long writeStarts = -1;
        while (full.isAlive()) {
            if (writeStarts < 0 && !files(reference).equals(before)) {
                writeStarts = System.nanoTime() - start;
            }
            Thread.sleep(5);
        }
        long total = System.nanoTime() - start;
        assertEquals(0, full.exitValue(), () -> log(dir.resolve("reference.log")));
        assertTrue(writeStarts > 0, "the store files change during the load");
        String newDump = dumpOf(reference);
        assertNotEquals(oldDump, newDump);
        System.out.printf("Kill test: a full load takes %d ms, writing from %d ms; %d lines of old data, %d of new%n",
                total / 1_000_000, writeStarts / 1_000_000, oldDump.lines().count(), newDump.lines().count());

        // The machine may be busy: after a run that finished before its kill, later delays shrink to what it took.
        long window = total;
        long writeWindow = total - writeStarts;
        Random random = new Random(SEED);
        int old = 0;
        int fresh = 0;
        int killedWhileWriting = 0;
        int fromStart = Math.max(1, RUNS / 3);
        int writing = RUNS - fromStart;
        for (int run = 0; run < RUNS; run++) {
            boolean whileWriting = run >= fromStart;
            int slice = whileWriting ? run - fromStart : run;
            double fraction = (slice + random.nextDouble()) / (whileWriting ? writing : fromStart);
            Path store = copy(template, dir.resolve("run-" + run));
            Path log = dir.resolve("run-" + run + ".log");
            Map<Path, String> unchanged = files(store);
            Process p = load(store, "new", log);
            long from = System.nanoTime();
            if (whileWriting) {
                while (p.isAlive() && files(store).equals(unchanged)) {
                    Thread.sleep(2);
                }
                from = System.nanoTime();
            }
            long delay = (long) (fraction * (whileWriting ? writeWindow : window));
            while (p.isAlive() && System.nanoTime() - from < delay) {
                Thread.sleep(2);
            }
            if (!p.isAlive()) {
                long took = System.nanoTime() - from;
                if (whileWriting) {
                    writeWindow = Math.min(writeWindow, took);
                } else {
                    window = Math.min(window, took);
                }
            }
            boolean killed = p.isAlive();
            p.destroyForcibly().waitFor();
            String dump = dumpOf(store);
            String outcome;
            if (dump.equals(oldDump)) {
                old++;
                outcome = "old data";
            } else if (dump.equals(newDump)) {
                fresh++;
                outcome = "new data";
            } else {
                fail("run " + run + " left a mix: " + Dumps.diff(newDump, dump) + "\n" + log(log));
                return;
            }
            if (killed && whileWriting) {
                killedWhileWriting++;
            }
            System.out.printf("  run %2d: %s after %5d ms%s -> %s%n", run, killed ? "SIGKILL" : "finished",
                    delay / 1_000_000, whileWriting ? " of writing" : " from start", outcome);
        }
        System.out.printf("Kill test: %d runs, %d left the old data, %d the new; %d killed after the store files began to change%n",
                RUNS, old, fresh, killedWhileWriting);
        assertTrue(killedWhileWriting > 0, "at least one kill landed while the store was being written");
    }

    private Process load(Path store, String data, Path log) throws IOException {
        return ChildJvm.start(dir, log, ChildJvm.command("load", "--store", dir.relativize(store).toString(), "--data", data, data));
    }

    private static String dumpOf(Path store) {
        try (KnowledgeStore s = KnowledgeStore.open(store, Iris.DEFAULT)) {
            return SeedData.dump(s);
        }
    }

    /** Size and modification time of each store file but the lock, which opening the store rewrites. */
    private static Map<Path, String> files(Path store) throws IOException {
        Map<Path, String> out = new TreeMap<>();
        try (Stream<Path> all = Files.walk(store)) {
            for (Path p : all.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals("tdb.lock")).toList()) {
                try {
                    out.put(p, Files.size(p) + "@" + Files.getLastModifiedTime(p).toMillis());
                } catch (java.nio.file.NoSuchFileException gone) {
                    out.put(p, "gone");
                }
            }
        } catch (java.io.UncheckedIOException e) {
            out.put(store, "listing changed");
        }
        return out;
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }

    private static String log(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log)";
        }
    }
}
