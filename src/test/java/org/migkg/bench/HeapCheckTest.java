package org.migkg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migkg.SeedData;
import org.migkg.cli.Main;

/** The bench's heap row: {@code migkg load} in a child JVM under a fixed -Xmx, with its heap read from the GC log. */
class HeapCheckTest {
    @TempDir
    Path dir;

    @Test
    void aSmallLoadSucceedsUnderTheLimitAndItsHeapIsRead() throws Exception {
        Path data = SeedData.copyTo(dir.resolve("data"));
        HeapCheck.Result r = HeapCheck.load(data, dir.resolve("store"), "256m", dir.resolve("logs"), Main.class.getName());
        assertTrue(r.succeeded(), r.failure());
        assertEquals(0, r.exitCode());
        assertTrue(r.loadMillis() >= 0, "the load's own time is read from its output: " + r);
        assertTrue(r.collections() > 0 && r.peakBeforeGcMiB() > 0 && r.peakBeforeGcMiB() <= 256, r.toString());
    }
}
