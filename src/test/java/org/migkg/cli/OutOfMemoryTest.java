package org.migkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migkg.SeedData;

/** A command that runs out of heap says so, and what to do, without a stack trace. */
class OutOfMemoryTest {
    @Test
    void aLoadWithTooLittleHeapSaysHowToGiveItMore(@TempDir Path dir) throws Exception {
        Path data = SeedData.copyTo(dir.resolve("data"));
        Process child = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx16m", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "load", "--store", dir.resolve("store").toString(), "--data", data.toString(), data.toString()))
                .redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(child.waitFor(2, TimeUnit.MINUTES));
        assertEquals(Main.OUT_OF_MEMORY, child.exitValue(), output);
        assertTrue(output.contains("error: Java ran out of memory") && output.contains("-Xmx"), output);
        assertFalse(output.contains("\tat "), "no stack trace: " + output);
    }
}
