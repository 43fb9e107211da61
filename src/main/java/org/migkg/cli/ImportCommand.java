package org.migkg.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.migkg.importer.CatalogueLookup;
import org.migkg.importer.DraftWriter;
import org.migkg.importer.PageImporter;
import org.migkg.importer.UnreadablePageException;
import org.migkg.records.EventRecord;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code import PAGE...}: saved event pages in, draft records out, with what needs review listed in each. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Read saved event pages (text or HTML) and write draft event records.",
                "Every field the importer is not sure of is listed in the draft's \"review\" list. "
                        + "If any page cannot be read, nothing is written."})
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

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        var outStream = spec.commandLine().getOut();
        if (start != null && pages.size() != 1) {
            err.println("import: --start applies to one page at a time");
            return 2;
        }
        if (!java.nio.file.Files.isRegularFile(organizations)) {
            throw new UserError("no organization catalogue at " + organizations + " (use --organizations FILE)");
        }
        PageImporter importer = new PageImporter(CatalogueLookup.read(organizations));
        List<EventRecord> drafts = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (Path page : pages) {
            try {
                drafts.add(importer.importPage(page, start));
            } catch (UnreadablePageException e) {
                failures.add(e.getMessage());
            }
        }
        DraftWriter writer = new DraftWriter(out, force);
        failures.addAll(writer.problems(drafts));
        if (!failures.isEmpty()) {
            failures.forEach(f -> err.println("import: " + f));
            err.println("import: nothing written");
            return 1;
        }
        List<Path> written = writer.writeAll(drafts);
        for (int i = 0; i < drafts.size(); i++) {
            int open = drafts.get(i).review().size();
            outStream.printf("wrote %s (%d open review item%s) from %s%n", written.get(i), open, open == 1 ? "" : "s", pages.get(i));
        }
        return 0;
    }
}
