package org.migkg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migkg.cli.Main;
import org.migkg.serve.LibraryQuery;
import org.migkg.serve.QueryLibrary;
import picocli.CommandLine;

/**
 * {@code migkg bench} end to end on a tiny corpus, HTTP on: the table has every row; timings are not judged here. Tagged
 * benchmark, so the default build leaves it out: {@code mvn -o -Pbench test -Dgroups=benchmark} runs it.
 */
@Tag("benchmark")
class BenchCommandTest {
    @TempDir
    static Path dir;
    static String printed;
    static String markdown;

    @BeforeAll
    static void runBench() throws IOException {
        StringWriter out = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        int exit = cl.execute("bench", "--events", "20", "--seed", "7", "--work", dir.resolve("work").toString(),
                "--out", dir.resolve("out").toString(), "--http-seconds", "0.4", "--query-runs", "2");
        assertEquals(0, exit, out.toString());
        printed = out.toString();
        System.out.print(printed);
        markdown = Files.readString(dir.resolve("out").resolve("20.md"));
    }

    @Test
    void everyStageHasItsRowInBothTheTableAndTheMarkdown() {
        for (String measure : List.of("generate 20 events", "read + validate 20 records", "map to RDF",
                "read + validate + link + map", "link (first run, cold)", "link 2 events (N/10)", "link 20 events (N)", "linking growth N/10 -> N",
                "MigKG `migkg load` (validate, link, map, store) in a child JVM, as it reports", "export as N-Quads",
                "TDB2 basic loader, same quads", "TDB2 phased loader, same quads", "load time ratio MigKG / TDB2",
                "write the dumps and the description", "load in a child JVM with -Xmx2g",
                "edit one record, load the data directory", "edit one record, load that file",
                "add one record, load the data directory", "remove one record, load the data directory")) {
            assertTrue(printed.contains(measure), "printed table lacks '" + measure + "':\n" + printed);
            assertTrue(markdown.contains("| " + measure), "Markdown table lacks '" + measure + "':\n" + markdown);
        }
        for (String clients : List.of("1 client", "8 clients")) {
            java.util.regex.Pattern select = java.util.regex.Pattern.compile("SPARQL SELECT, taking \\d+ people in turn, " + clients);
            assertTrue(select.matcher(printed).find(), "printed table lacks the SELECT row with " + clients + ":\n" + printed);
            assertTrue(java.util.regex.Pattern.compile("\\| " + select.pattern()).matcher(markdown).find(), "Markdown lacks it:\n" + markdown);
        }
    }

    @Test
    void incrementalRowsRunTheLoadCommandAndFindTheChangeInTheStore() {
        List<String> rows = printed.lines().filter(l -> l.contains(" one record, load ")).toList();
        assertEquals(4, rows.size(), printed);
        rows.forEach(row -> {
            assertFalse(row.contains("failed") || row.contains("NOT in the store"), row);
            assertTrue(row.contains("JVM wall"), row);
        });
    }

    @Test
    void entityPagesAreComparedWithOneAndEightClients() {
        for (String page : List.of("entity page (HTML)", "entity page (Turtle)")) {
            assertTrue(printed.lines().anyMatch(l -> l.contains(page) && l.contains("in turn, 1 client ")), printed);
            assertTrue(printed.lines().anyMatch(l -> l.contains(page) && l.contains("in turn, 8 clients")), printed);
            assertTrue(printed.lines().anyMatch(l -> l.contains(page) && l.contains("first request for each")), printed);
        }
        assertTrue(printed.lines().filter(l -> l.startsWith("http")).allMatch(l -> l.contains("Fuseki") && l.contains("ratio")), printed);
    }

    @Test
    void everyQueryOfTheLibraryIsTimed() {
        List<String> names = QueryLibrary.load(Path.of("queries")).queries().stream().map(LibraryQuery::name).toList();
        assertFalse(names.isEmpty());
        for (String name : names) {
            assertTrue(printed.lines().anyMatch(l -> l.startsWith("queries") && l.contains("query " + name + " ")
                    || l.endsWith("query " + name)), "no row for " + name + ":\n" + printed);
        }
    }

    @Test
    void targetsAreJudgedAndTheHeapCheckSucceeded() {
        assertTrue(printed.contains("<= 1.50x"), printed);
        assertTrue(printed.contains("<= 11x"), printed);
        assertTrue(printed.contains(">= 0.8x Fuseki"), printed);
        String heap = printed.lines().filter(l -> l.startsWith("heap")).findFirst().orElseThrow();
        assertTrue(heap.contains("succeeded"), heap);
        assertFalse(printed.contains("NOT in the store"), printed);
    }

    @Test
    void theMachineIsStated() {
        assertTrue(printed.contains("cores") && printed.contains("Java") && printed.contains("Jena"), printed);
    }
}
