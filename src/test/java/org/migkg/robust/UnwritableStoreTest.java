package org.migkg.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migkg.SeedData;
import org.migkg.cli.Main;
import picocli.CommandLine;

/**
 * A store that cannot be created or written gives one clear line naming the directory, exit code 3, and damages
 * nothing. Tests often run as root, for whom a read-only directory is still writable; the cases that really fail
 * for root (a store path under a regular file, or the path itself a file) always run, the chmod case only when it bites.
 */
class UnwritableStoreTest {
    @TempDir
    Path dir;
    Path data;

    @BeforeEach
    void seeds() {
        data = SeedData.copyTo(dir.resolve("data"));
    }

    record Run(int exit, String out, String err) {}

    private Run load(Path store) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute("load", "--store", store.toString(), "--data", data.toString(), data.toString());
        return new Run(exit, out.toString(), err.toString());
    }

    private static void assertOneClearLine(Run run, String... parts) {
        assertEquals(Main.STORE_ERROR, run.exit(), run::toString);
        List<String> lines = run.err().lines().toList();
        assertEquals(1, lines.size(), () -> "one line, no stack trace: " + run.err());
        assertTrue(lines.get(0).startsWith("error: "), run::err);
        for (String part : parts) {
            assertTrue(lines.get(0).contains(part), () -> "'" + part + "' in: " + run.err());
        }
    }

    @Test
    void storeUnderARegularFile() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.txt"), "keep me\n");
        Run run = load(file.resolve("store"));
        assertOneClearLine(run, file.resolve("store").toString(), file.getFileName() + " is a file, not a directory");
        assertEquals("keep me\n", Files.readString(file));
    }

    @Test
    void storePathIsARegularFile() throws Exception {
        Path file = Files.writeString(dir.resolve("store"), "not a store\n");
        Run run = load(file);
        assertOneClearLine(run, file.toString(), "is a file, not a directory");
        assertEquals("not a store\n", Files.readString(file));
    }

    @Test
    void readOnlyStoreDirectory() throws Exception {
        Path store = Files.createDirectories(dir.resolve("store"));
        Files.setPosixFilePermissions(store, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(store), "running as root: a read-only directory is still writable here");
            Run run = load(store);
            assertOneClearLine(run, store.toString(), "not writable");
            try (var files = Files.list(store)) {
                assertFalse(files.findAny().isPresent(), "nothing was written");
            }
        } finally {
            Files.setPosixFilePermissions(store, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
