package org.migkg.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.migkg.importer.scoring.ImportScorer;
import org.migkg.importer.scoring.OrganizationKeys;
import org.migkg.importer.scoring.Reading;
import org.migkg.importer.scoring.ReadingException;
import org.migkg.importer.scoring.ReadingFiles;
import org.migkg.importer.scoring.ScoreJson;
import org.migkg.importer.scoring.ScoreReport;
import org.migkg.importer.scoring.ScoreTable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code score-import}: runs the importer on the development pages and scores its drafts against the readings. */
@Command(name = "score-import", mixinStandardHelpOptions = true,
        description = {"Run the page importer on saved pages and compare its drafts with careful readings of the pages, "
                + "page by page and field by field, then say which of the importer's targets are met.",
                "Exits 0 whenever it ran, whatever the figures; 2 for bad arguments; 3 when a reading or the catalogue cannot be used."})
final class ScoreImportCommand implements Callable<Integer> {
    enum Format { table, json }

    @Parameters(arity = "0..*", paramLabel = "PAGE", description = "Score only these pages (default: every page in --pages that has a reading).")
    List<Path> only;

    @Option(names = "--pages", paramLabel = "DIR", defaultValue = "../shared/pages", description = "The saved pages (default: ${DEFAULT-VALUE}).")
    Path pages;

    @Option(names = "--readings", paramLabel = "DIR", defaultValue = "src/test/resources/importer/readings",
            description = "One reading per page, NAME.json for NAME.txt (default: ${DEFAULT-VALUE}).")
    Path readings;

    @Option(names = "--organizations", paramLabel = "FILE", defaultValue = "data/organizations.json",
            description = "Organization catalogue names and ids are compared through (default: ${DEFAULT-VALUE}).")
    Path organizations;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--verbose", description = "Also list every wrong field (draft -> reading, flagged or SILENT) and every missed person.")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        String problem = problemWithArguments();
        if (problem != null) {
            err.println("score-import: " + problem);
            err.flush();
            return 2;
        }
        try {
            return score(out, err);
        } catch (ReadingException | UncheckedIOException e) {
            throw new UserError(e.getMessage());
        }
    }

    private int score(PrintWriter out, PrintWriter err) {
        Map<String, Reading> byPage = ReadingFiles.in(readings);
        ImportScorer scorer = new ImportScorer(OrganizationKeys.read(organizations));
        ScoreReport report;
        if (isEmpty(only)) {
            report = scorer.scoreFolder(pages, byPage);
        } else {
            for (Path page : only) {
                if (!byPage.containsKey(page.getFileName().toString())) {
                    err.println("score-import: no reading of " + page.getFileName() + " in " + readings);
                    err.flush();
                    return 2;
                }
            }
            report = scorer.scorePages(only, byPage);
        }
        out.print(format == Format.json ? ScoreJson.render(report) : ScoreTable.render(report, verbose));
        out.flush();
        return 0;
    }

    private String problemWithArguments() {
        if (isEmpty(only) && !Files.isDirectory(pages)) {
            return "no pages folder at " + pages + " (use --pages DIR)";
        }
        if (!Files.isDirectory(readings)) {
            return "no readings folder at " + readings + " (use --readings DIR)";
        }
        if (!Files.isRegularFile(organizations)) {
            return "no organization catalogue at " + organizations + " (use --organizations FILE)";
        }
        if (!isEmpty(only)) {
            for (Path page : only) {
                if (!Files.isRegularFile(page)) {
                    return "no page at " + page;
                }
            }
        }
        return null;
    }

    private static boolean isEmpty(List<Path> paths) {
        return paths == null || paths.isEmpty();
    }
}
