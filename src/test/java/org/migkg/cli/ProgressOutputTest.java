package org.migkg.cli;

import static org.migkg.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migkg.SeedData;

/** What long commands show of their progress: plain lines off a terminal, a status line on one, nothing with --quiet. */
class ProgressOutputTest {
    @TempDir
    Path dir;



    @Test
    void offATerminalALoadWritesOneLinePerPhaseAndOneWhenDone() {
        Path data = SeedData.copyTo(dir.resolve("data"));
        CliRun r = run("load", "--store", dir.resolve("store").toString(), "--data", data.toString(), data.toString());
        assertEquals(0, r.exit(), r.err());
        List<String> progress = r.err().lines().filter(l -> l.startsWith("load: ")).toList();
        assertEquals(List.of(
                "load: reading and validating records ...",
                "load: linking 2 records ...",
                "load: comparing with the store ...",
                "load: counting events per person, organization, objective and year ...",
                "load: mapping and writing record graphs (2) ...",
                "load: counting the store ..."), progress.subList(0, progress.size() - 1));
        assertTrue(progress.get(progress.size() - 1).matches("load: done in \\d+(\\.\\d)? (s|min \\d+ s)"), progress.toString());
        assertTrue(r.err().chars().noneMatch(c -> c == '\r' || c == 0x1b), "no terminal control characters in a log");
        assertTrue(r.out().contains("Loaded 2 record(s)"), r.out());
    }

    @Test
    void quietLoadsAndPublishesShowNoProgress() {
        Path data = SeedData.copyTo(dir.resolve("data"));
        CliRun load = run("load", "--quiet", "--store", dir.resolve("store").toString(), "--data", data.toString(), data.toString());
        assertEquals(0, load.exit(), load.err());
        assertTrue(load.err().lines().noneMatch(l -> l.startsWith("load: ")), load.err());
        assertTrue(load.out().contains("Loaded 2 record(s)"), "the report is still printed: " + load.out());

        CliRun publish = run("publish", "-q", "--store", dir.resolve("store").toString());
        assertEquals(0, publish.exit(), publish.err());
        assertEquals("", publish.err());
        CliRun again = run("publish", "--force", "--store", dir.resolve("store").toString());
        assertEquals(List.of("publish: sorting the statements and writing the dumps and the dataset description ..."),
                again.err().lines().toList().subList(0, 1));
    }

    @Test
    void onATerminalTheStatusLineGivesItemsElapsedTimeAndTimeLeft() {
        StringWriter err = new StringWriter();
        AtomicLong now = new AtomicLong();
        ConsoleProgress progress = new ConsoleProgress("load", new PrintWriter(err), true, now::get);
        progress.phase("reading and validating records", 0);
        now.addAndGet(2_000_000_000L);
        progress.phase("mapping and writing record graphs", 10);
        now.addAndGet(4_000_000_000L);
        progress.advance(4);
        assertEquals("load: mapping and writing record graphs (phase 2), 4 of 10 (40%), 6.0 s, about 6.0 s left", progress.status());
        now.addAndGet(90_000_000_000L);
        progress.finish();
        String shown = err.toString();
        assertTrue(shown.startsWith("\r\u001b[Kload: reading and validating records (phase 1), 0.0 s"), shown);
        assertTrue(shown.endsWith("\r\u001b[Kload: done in 1 min 36 s\n"), shown);
        assertEquals(1, shown.chars().filter(c -> c == '\n').count(), "one status line, redrawn in place, then the closing line");
    }
}
