package org.migkg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.migkg.serve.KgServer;
import org.migkg.store.DumpWriter;
import org.migkg.store.KnowledgeStore;
import org.migkg.pipeline.Loader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Validate records and load them into the store in one transaction.",
                "A data directory (with events/, organizations.json, aliases.json, register.json) replaces the store's whole content;"
                        + " single record files add or replace just those records. If any record is bad, every problem"
                        + " is reported and the store is left exactly as it was.",
                "Person and unreviewed organization ids come from the data directory's register.json; ids minted for"
                        + " new people and organizations are added to it once the store has taken the load.",
                "The dumps are published apart: by `serve` when it starts, by `publish`, or here with --dumps."})
final class LoadCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Data directories or record files (default: the --data directory).")
    List<Path> paths;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
            description = "Where organizations.json, aliases.json and register.json are found when PATHs are single files (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--strict", description = "Refuse records that still have open review items.")
    boolean strict;

    @Option(names = "--rebuild", description = "Rewrite every record graph, not only those whose content changed.")
    boolean rebuild;

    @Option(names = "--dumps", description = "Also publish the dumps and the dataset description now.")
    boolean dumps;

    @Option(names = "--no-register-update", description = "Leave register.json as it is, for a read-only data directory."
            + " Ids this load mints are then not kept and may change with later records.")
    boolean noRegisterUpdate;

    @Mixin
    StoreOptions storeOptions;

    @Mixin
    QuietOption quiet;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        List<Path> inputs = paths == null || paths.isEmpty() ? List.of(data) : paths;
        try (KnowledgeStore store = storeOptions.open()) {
            Loader.LoadReport report;
            try (ConsoleProgress progress = quiet.progress("load", spec.commandLine().getErr())) {
                report = new Loader(store, Path.of("")).reportingTo(progress).load(inputs, data,
                        new Loader.Options(strict, rebuild, !noRegisterUpdate));
            }
            Reports.printLoad(report, store.directory(), spec.commandLine().getOut(), spec.commandLine().getErr());
            if (dumps) {
                Reports.printDumps(PublishCommand.write(new DumpWriter(store, KgServer.sparqlEndpoint(store.iris())), quiet, spec.commandLine().getErr()), store.directory(), spec.commandLine().getOut());
            }
        }
        return 0;
    }
}
