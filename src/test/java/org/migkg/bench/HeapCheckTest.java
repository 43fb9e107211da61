package org.migkg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
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

    @Test
    void theLiveBoundComesFromPausesThatEvacuateNotFromRemarkOrCleanup() {
        HeapCheck.GcPeaks peaks = HeapCheck.GcPeaks.of(List.of(
                "[61.2s][info][gc] GC(77) Pause Remark 1631M->1615M(2048M) 8.754ms",
                "[62.2s][info][gc] GC(77) Pause Cleanup 1361M->1361M(2048M) 0.519ms",
                "[62.5s][info][gc] GC(81) Pause Young (Prepare Mixed) (G1 Evacuation Pause) 1730M->774M(2048M) 39.486ms",
                "[62.6s][info][gc] GC(82) Pause Young (Mixed) (G1 Evacuation Pause) 862M->727M(2048M) 42.837ms",
                "[68.8s][info][gc] GC(103) Pause Young (Normal) (G1 Evacuation Pause) 1687M->1195M(2048M) 22.811ms",
                "[70.1s][info][gc] GC(104) Pause Full (G1 Compaction Pause) 2G->1100M(2048M) 4092.110ms",
                "[70.2s][info][gc] GC(105) Concurrent Mark Cycle 11030.417ms"));
        assertEquals(new HeapCheck.GcPeaks(2048, 1195, 4), peaks);
    }
}
