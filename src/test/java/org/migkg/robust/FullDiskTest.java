package org.migkg.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migkg.SeedData;
import org.migkg.cli.Main;
import org.migkg.records.DataReader;
import org.migkg.rdf.Iris;
import org.migkg.store.KnowledgeStore;
import org.migkg.pipeline.Loader;

/**
 * A load that runs out of room gives one clear line and keeps the old data. Without privileges to mount a tiny file
 * system, the child JVM runs under {@code ulimit -f}: a write past the limit fails with EFBIG ("File too large"),
 * the same path through TDB2 as ENOSPC. The limit lets the seed store open (its files are 8 MB, sparse) but not hold
 * a 10 MB record.
 */
class FullDiskTest {
    private static final int LIMIT_KB = 9_000;

    @TempDir
    Path dir;

    @Test
    void aLoadThatDoesNotFitLeavesTheOldDataAndSaysWhy() throws Exception {
        Path bash = Path.of("/bin/bash");
        assumeTrue(Files.isExecutable(bash), "needs bash for ulimit");
        Path seeds = SeedData.copyTo(dir.resolve("seeds"));
        Path store = dir.resolve("store");
        String before;
        try (KnowledgeStore s = KnowledgeStore.open(store, Iris.DEFAULT)) {
            new Loader(s, dir).load(List.of(seeds), seeds, false);
            before = SeedData.dump(s);
        }

        Path big = SeedData.copyTo(dir.resolve("big"));
        ObjectNode record = (ObjectNode) DataReader.JSON.readTree(big.resolve("events").resolve(SeedData.GENDER + ".json").toFile());
        record.put("id", "a-very-long-event");
        ArrayNode paragraphs = record.putArray("description");
        for (int i = 0; i < 600; i++) {
            paragraphs.add("Paragraph " + i + ": " + "a long description of return and reintegration ".repeat(400));
        }
        DataReader.JSON.writeValue(big.resolve("events").resolve("a-very-long-event.json").toFile(), record);

        List<String> java = new ArrayList<>();
        ChildJvm.command("load", "--store", "store", "--data", "big", "big").forEach(a -> java.add("'" + a + "'"));
        Path log = dir.resolve("load.log");
        Process p = ChildJvm.start(dir, log, List.of(bash.toString(), "-c", "ulimit -f " + LIMIT_KB + " && exec " + String.join(" ", java)));
        assertTrue(p.waitFor(5, TimeUnit.MINUTES));
        String output = Files.readString(log);
        System.out.println("Full disk (ulimit -f " + LIMIT_KB + " KB): exit " + p.exitValue() + ", output: " + output.strip());

        assertEquals(Main.STORE_ERROR, p.exitValue(), output);
        List<String> errors = output.lines().filter(l -> !l.startsWith("warning: ") && !l.startsWith("load: ")).toList();
        assertEquals(1, errors.size(), () -> "one line, no stack trace: " + output);
        assertTrue(errors.get(0).startsWith("error: cannot write to the store in store: File too large"), output);
        try (KnowledgeStore s = KnowledgeStore.open(store, Iris.DEFAULT)) {
            String after = SeedData.dump(s);
            assertTrue(before.equals(after), () -> "the old data survive: " + Dumps.diff(before, after));
        }
    }
}
