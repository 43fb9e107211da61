package org.migkg.cli;

import java.util.concurrent.Callable;
import org.migkg.serve.KgServer;
import org.migkg.store.DumpWriter;
import org.migkg.store.KnowledgeStore;
import org.migkg.store.ReleasePatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "publish", mixinStandardHelpOptions = true,
        description = {"Publish the store's last load as a release: the dumps (sorted N-Quads, Turtle and, up to "
                + DumpWriter.JSONLD_MAX_TRIPLES + " triples, JSON-LD) and the RDF Patch from the previous release ("
                + ReleasePatch.FILE + ") in <store>/dumps/<release id>/, served at /dumps/<release id>/<file>; the"
                + " latest release's files at /dumps/<file>; every kept release listed in the dataset description at"
                + " /.well-known/void.",
                "The release id is the first 12 hex digits of the SHA-256 of the sorted N-Quads: the same content is"
                        + " the same release, and publishing it again makes no new one.",
                "Does nothing if the dumps are already those of the last load, unless --force."})
final class PublishCommand implements Callable<Integer> {
    @Option(names = "--force", description = "Publish even if the dumps are current.")
    boolean force;

    @Option(names = "--keep", paramLabel = "N", defaultValue = "" + DumpWriter.DEFAULT_KEEP,
            description = "Releases to keep (default: ${DEFAULT-VALUE}); older ones are deleted, oldest first, the latest never.")
    int keep;

    @Mixin
    StoreOptions storeOptions;

    @Mixin
    QuietOption quiet;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (keep < 1) {
            throw new UserError("--keep must be at least 1 (the latest release is always kept)");
        }
        try (KnowledgeStore store = storeOptions.open()) {
            if (store.isEmpty()) {
                throw new org.migkg.store.StoreException("the store " + store.directory() + " is empty: load data first");
            }
            DumpWriter writer = new DumpWriter(store, KgServer.sparqlEndpoint(store.iris())).keeping(keep);
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
