package org.migkg.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.migkg.link.Linked;
import org.migkg.link.Linker;
import org.migkg.records.Corpus;
import org.migkg.records.DataLayout;
import org.migkg.records.DataReader;
import org.migkg.rdf.DatasetMapping;
import org.migkg.rdf.GraphValidation;
import org.migkg.rdf.MappedDataset;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check records (JSON Schema and rules) and, after mapping, the graph (SHACL shapes), without touching the store.")
final class ValidateCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Data directories or record files (default: the --data directory).")
    List<Path> paths;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data", description = "Where organizations.json, aliases.json and register.json are found (default: ${DEFAULT-VALUE}).")
    Path data;

    @Mixin
    StoreOptions storeOptions;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        DataReader reader = new DataReader(Path.of(""));
        Corpus corpus = reader.read(DataLayout.of(paths == null || paths.isEmpty() ? List.of(data) : paths, data));
        corpus.warnings().forEach(w -> err.println("warning: " + w));
        Linked linked = new Linker().link(corpus);
        MappedDataset mapped = DatasetMapping.create().iris(storeOptions.iris()).loadTime(Instant.EPOCH).map(corpus, linked);
        ValidationReport report = GraphValidation.validate(mapped);
        if (!report.conforms()) {
            err.println("error: the mapped graph does not conform to ontology/shapes.ttl:");
            ShLib.printReport(new java.io.PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true), report);
            err.flush();
            return Main.INVALID_INPUT;
        }
        out.printf("%d record(s) valid; the graph (%d triples) conforms to the SHACL shapes%s%n", corpus.events().size(),
                mapped.tripleCount(), corpus.openReviewItems() == 0 ? "" : "; " + corpus.openReviewItems() + " open review item(s)");
        out.flush();
        return 0;
    }
}
