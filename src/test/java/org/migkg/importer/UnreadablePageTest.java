package org.migkg.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migkg.cli.ImportCommand;
import picocli.CommandLine;

/** A page the importer cannot read is refused with the page named; the other pages of the import are still written. */
class UnreadablePageTest {

    @TempDir
    Path dir;

    private final PageImporter importer = new PageImporter(CatalogueLookup.read(Path.of("data/organizations.json")));

    @Test
    void anEmptyPageIsNamed() throws Exception {
        Path page = Files.writeString(dir.resolve("empty.txt"), "  \n\n");
        UnreadablePageException e = assertThrows(UnreadablePageException.class, () -> importer.importPage(page));
        assertTrue(e.getMessage().contains("empty.txt") && e.getMessage().contains("empty"), e.getMessage());
    }

    @Test
    void aBinaryFileIsNamed() throws Exception {
        Path page = Files.write(dir.resolve("photo.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 0x10, 'J', 'F', 'I', 'F'});
        UnreadablePageException e = assertThrows(UnreadablePageException.class, () -> importer.importPage(page));
        assertTrue(e.getMessage().contains("photo.jpg") && e.getMessage().contains("binary"), e.getMessage());
    }

    @Test
    void aPageWithoutADateStillImportsWithTheGapToFill() throws Exception {
        Path page = Files.writeString(dir.resolve("undated.txt"), "A Meeting About Return\n\nJane Doe, Director, MPI\n");
        org.migkg.records.EventRecord draft = importer.importPage(page);
        assertEquals(null, draft.start());
        assertEquals("Jane Doe", draft.participants().get(0).name());
        assertTrue(draft.review().stream().anyMatch(r -> r.field().equals("/start") && r.reason().contains("states no date")), draft.review().toString());
    }

    @Test
    void aPageOfOnlyFurnitureIsNamed() throws Exception {
        Path page = Files.writeString(dir.resolve("furniture.txt"), "Skip to main content\nE.g., 12/07/2023\nMultimedia Tabs\n");
        UnreadablePageException e = assertThrows(UnreadablePageException.class, () -> importer.importPage(page));
        assertTrue(e.getMessage().contains("furniture.txt"), e.getMessage());
    }

    @Test
    void oneBadPageAmongGoodOnesKeepsTheRest() throws Exception {
        Path out = dir.resolve("events");
        Path bad = Files.write(dir.resolve("bad.txt"), new byte[] {0, 1, 2, 3});
        StringWriter err = new StringWriter();
        int code = run(err, Seeds.mpiStyleFixture().toString(), bad.toString(), "--out", out.toString());
        assertEquals(1, code);
        assertTrue(err.toString().contains("refused " + bad) && err.toString().contains("binary"), err.toString());
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(1, files.count(), "the good page is written");
        }
    }

    @Test
    void anExistingRecordIsKeptUnlessForced() throws Exception {
        Path out = dir.resolve("events");
        String seed = Seeds.mpiStyleFixture().toString();
        assertEquals(0, run(new StringWriter(), seed, "--out", out.toString()));
        Path written;
        try (Stream<Path> files = Files.list(out)) {
            written = files.findFirst().orElseThrow();
        }
        Files.writeString(written, "edited by hand\n");
        StringWriter err = new StringWriter();
        assertEquals(1, run(err, seed, "--out", out.toString()));
        assertTrue(err.toString().contains("--force"), err.toString());
        assertEquals("edited by hand\n", Files.readString(written));
        assertEquals(0, run(new StringWriter(), seed, "--out", out.toString(), "--force"));
        assertTrue(Files.readString(written).contains("\"review\""));
    }

    private static int run(StringWriter err, String... args) {
        CommandLine cl = new CommandLine(new ImportCommand());
        cl.setErr(new PrintWriter(err, true));
        cl.setOut(new PrintWriter(new StringWriter(), true));
        return cl.execute(args);
    }


    @Test
    void aCatalogueWithADuplicateKeyIsRefusedAsLoadRefusesIt() throws Exception {
        Path catalogue = Files.writeString(dir.resolve("organizations.json"), """
                {"$schema": "schema/organizations.schema.json",
                 "organizations": [{"id": "mpi", "name": "Migration Policy Institute", "name": "MPI", "kind": "think-tank"}]}
                """);
        org.migkg.records.InvalidInputException e = assertThrows(org.migkg.records.InvalidInputException.class,
                () -> CatalogueLookup.read(catalogue));
        assertTrue(e.problems().toString().contains("name"), e.problems().toString());
    }
}
