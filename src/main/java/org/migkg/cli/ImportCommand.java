package org.migkg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.migkg.importer.CatalogueLookup;
import org.migkg.importer.DraftWriter;
import org.migkg.importer.ImportOptions;
import org.migkg.importer.PageImport;
import org.migkg.importer.PageImporter;
import org.migkg.records.EventRecord;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code import PAGE...}: saved event pages in, draft records out, with what needs review listed in each. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Read saved event pages (text or HTML) and write one draft event record per event they describe.",
                "Every field the importer is not sure of is listed in the draft's \"review\" list. Every page that can be "
                        + "imported is written; each refused page gets one line saying why. Exit status 1 when any page "
                        + "was refused or could not be written, 0 otherwise."})
public class ImportCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PAGE", description = "Saved event pages (.txt or .html).")
    List<Path> pages;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "data/events", description = "Where drafts go (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--organizations", paramLabel = "FILE", defaultValue = "data/organizations.json",
            description = "Organization catalogue to resolve names against (default: ${DEFAULT-VALUE}).")
    Path organizations;

    @Option(names = "--force", description = "Overwrite existing records.")
    boolean force;

    @Option(names = "--start", paramLabel = "DATE",
            description = "Start date (yyyy-mm-dd) for a page that states none; only with one page, and flagged for review.")
    LocalDate start;

    @Option(names = "--title", paramLabel = "TEXT", description = "The event's title, for a page whose heading lines do not give it; only with one page.")
    String title;

    @CommandLine.Mixin
    QuietOption quiet;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        var outStream = spec.commandLine().getOut();
        if ((start != null || title != null) && pages.size() != 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--start and --title apply to one page at a time");
        }
        if (!Files.isRegularFile(organizations)) {
            throw new UserError("no organization catalogue at " + organizations + " (use --organizations FILE)");
        }
        PageImporter importer = new PageImporter(CatalogueLookup.read(organizations));
        ImportOptions options = new ImportOptions(start, title);
        DraftWriter writer = new DraftWriter(out, force);
        Set<String> ids = new HashSet<>();
        int refused = 0;
        int written = 0;
        ConsoleProgress progress = quiet.progress("import", err);
        if (pages.size() > 1) {
            // One page is read in well under a second: only many pages show their progress.
            progress.phase("reading pages", pages.size());
        }
        int read = 0;
        for (Path page : pages) {
            progress.advance(read++);
            PageImport result = importer.read(page, options);
            if (result instanceof PageImport.Refused r) {
                emit(progress, err, "import: refused " + page + ": " + r.why());
                refused++;
                continue;
            }
            List<EventRecord> drafts = new ArrayList<>();
            for (EventRecord d : ((PageImport.Drafts) result).drafts()) {
                drafts.add(DraftIds.unique(d, ids));
            }
            List<String> problems = writer.problems(drafts);
            if (!problems.isEmpty()) {
                problems.forEach(p -> emit(progress, err, "import: not written " + page + ": " + p));
                refused++;
                continue;
            }
            List<Path> files = writer.writeAll(drafts);
            for (int i = 0; i < drafts.size(); i++) {
                int open = drafts.get(i).review().size();
                String line = String.format("wrote %s (%d open review item%s) from %s", files.get(i), open, open == 1 ? "" : "s", page);
                emit(progress, outStream, line);
            }
            written += drafts.size();
        }
        progress.advance(read);
        progress.finish();
        progress.close();
        outStream.printf("%d draft%s written from %d page%s; %d page%s refused%n", written, written == 1 ? "" : "s",
                pages.size() - refused, pages.size() - refused == 1 ? "" : "s", refused, refused == 1 ? "" : "s");
        return refused == 0 ? 0 : 1;
    }

    /** A line of output, printed so that a status line on the terminal is not torn by it. */
    private static void emit(ConsoleProgress progress, java.io.PrintWriter to, String line) {
        progress.println(to, line);
    }
}
