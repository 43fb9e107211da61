package org.migkg.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.migkg.synth.CorpusFiles;
import org.migkg.synth.SyntheticCorpus;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Write a synthetic corpus with known true identities, for measuring linking and loading.",
                "OUT receives events/*.json, organizations.json, aliases.json and truth.json; the same N and seed give the same files."})
final class GenerateCommand implements Callable<Integer> {
    @Option(names = "--events", paramLabel = "N", required = true, description = "Number of event records.")
    int events;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--duplicates", paramLabel = "SHARE", defaultValue = "0.05",
            description = "Share of events a second publisher writes again, in other words (default: ${DEFAULT-VALUE}; 0 for none)."
                    + " Their records count among the N.")
    double duplicates;

    @Parameters(paramLabel = "OUT", description = "Directory to write (created if missing; its events/ must be empty).")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (events < 1) {
            throw new UserError("--events must be at least 1");
        }
        if (duplicates < 0 || duplicates > 1) {
            throw new UserError("--duplicates must be between 0 and 1");
        }
        long start = System.nanoTime();
        CorpusFiles.Summary summary;
        try {
            summary = CorpusFiles.write(new SyntheticCorpus(events, seed, duplicates), out);
        } catch (IOException e) {
            throw new UserError("cannot write the corpus: " + e.getMessage());
        }
        spec.commandLine().getOut().printf("Wrote %d event records (%d of them a second publisher's record of another's event; %d person"
                        + " mentions, %d declared organizations) and truth.json to %s in %d ms%n", summary.records(), summary.copies(),
                summary.mentions(), summary.declaredOrganizations(), out, (System.nanoTime() - start) / 1_000_000);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
