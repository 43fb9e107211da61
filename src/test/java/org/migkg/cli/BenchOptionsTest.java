package org.migkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code migkg bench} reads its options (the run itself is {@code BenchCommandTest}, in the bench profile). */
class BenchOptionsTest {
    private static BenchCommand parse(String... args) {
        CommandLine cl = Main.commandLine();
        CommandLine.ParseResult parsed = cl.parseArgs(args);
        return (BenchCommand) parsed.subcommand().commandSpec().userObject();
    }

    @Test
    void theDefaultsAreThePublishedRun() {
        BenchCommand bench = parse("bench");
        assertEquals(10_000, bench.events);
        assertEquals("2g", bench.heapLimit);
        assertEquals(Path.of("target/bench"), bench.out);
        assertFalse(bench.skipHttp || bench.reuse || bench.skipPublish);
    }

    @Test
    void everyOptionIsRead() {
        BenchCommand bench = parse("bench", "--events", "20", "--seed", "7", "--work", "w", "--out", "o", "--skip-http",
                "--http-seconds", "0.4", "--query-runs", "2", "--heap-limit", "none", "--reuse", "--skip-publish");
        assertEquals(20, bench.events);
        assertEquals(7, bench.seed);
        assertEquals(Path.of("w"), bench.work);
        assertEquals(Path.of("o"), bench.out);
        assertEquals(0.4, bench.httpSeconds);
        assertEquals(2, bench.queryRuns);
        assertEquals("none", bench.heapLimit);
        assertTrue(bench.skipHttp && bench.reuse && bench.skipPublish);
    }

    @Test
    void aBadNumberIsAUsageError() {
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setErr(new PrintWriter(err));
        assertEquals(2, cl.execute("bench", "--events", "many"));
        assertTrue(err.toString().contains("--events"), err.toString());
    }
}
