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

    @Parameters(paramLabel = "OUT", description = "Directory to write (created if missing; its events/ must be empty).")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (events < 1) {
            throw new UserError("--events must be at least 1");
        }
        long start = System.nanoTime();
        CorpusFiles.Summary summary;
        try {
            summary = CorpusFiles.write(new SyntheticCorpus(events, seed), out);
        } catch (IOException e) {
            throw new UserError("cannot write the corpus: " + e.getMessage());
        }
        spec.commandLine().getOut().printf("Wrote %d event records (%d person mentions, %d declared organizations) and truth.json to %s in %d ms%n",
                summary.records(), summary.mentions(), summary.declaredOrganizations(), out, (System.nanoTime() - start) / 1_000_000);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
