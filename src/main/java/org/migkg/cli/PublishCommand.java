package org.migkg.cli;

import java.util.concurrent.Callable;
import org.migkg.store.DumpWriter;
import org.migkg.store.KnowledgeStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "publish", mixinStandardHelpOptions = true,
        description = {"Write the dumps (sorted N-Quads, Turtle and, up to " + DumpWriter.JSONLD_MAX_TRIPLES
                + " triples, JSON-LD) and the dataset description of the store's last load into <store>/dumps,"
                + " where serve offers them at /dumps/ and /.well-known/void.",
                "Does nothing if they are already those of the last load, unless --force."})
final class PublishCommand implements Callable<Integer> {
    @Option(names = "--force", description = "Write them even if they are current.")
    boolean force;

    @Mixin
    StoreOptions storeOptions;

    @Mixin
    QuietOption quiet;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try (KnowledgeStore store = storeOptions.open()) {
            if (store.isEmpty()) {
                throw new org.migkg.store.StoreException("the store " + store.directory() + " is empty: load data first");
            }
            DumpWriter writer = new DumpWriter(store);
            if (force || !writer.isCurrent()) {
                Reports.printDumps(write(writer, quiet, spec.commandLine().getErr()), store.directory(), spec.commandLine().getOut());
            } else {
                spec.commandLine().getOut().printf("The dumps in %s are those of the last load already%n",
                        DumpWriter.directory(store));
            }
        }
        return 0;
    }

    /** Writes the dumps, showing that it does (it takes minutes on a large store; the writer reports no items). */
    static DumpWriter.Report write(DumpWriter writer, QuietOption quiet, java.io.PrintWriter err) {
        try (ConsoleProgress progress = quiet.progress("publish", err)) {
            progress.phase("sorting the statements and writing the dumps and the dataset description", 0);
            DumpWriter.Report report = writer.write();
            progress.finish();
            return report;
        }
    }
}
