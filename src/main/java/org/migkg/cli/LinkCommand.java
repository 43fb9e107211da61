package org.migkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.migkg.synth.IdentityEvaluation;
import org.migkg.link.LinkReport;
import org.migkg.link.Linked;
import org.migkg.link.Linker;
import org.migkg.records.Corpus;
import org.migkg.records.DataLayout;
import org.migkg.records.DataReader;
import org.migkg.synth.Truth;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "link", mixinStandardHelpOptions = true,
        description = {"Read and link records without a store: who is who, which organization each post names, related events.",
                "Prints a Markdown report of merges with their evidence, uncertain pairs and unreviewed organizations,"
                        + " or, with --evaluate, precision, recall and F1 against the true identities of a generated corpus."})
final class LinkCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Data directories or record files (default: the --data directory, or the directory of TRUTH).")
    List<Path> paths;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
            description = "Where organizations.json, aliases.json and register.json are found when PATHs are single files (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--report", paramLabel = "FILE", description = "Write the report to FILE instead of printing it.")
    Path report;

    @Option(names = "--evaluate", paramLabel = "TRUTH", description = "Score person, organization and event identity against TRUTH (a generated truth.json).")
    Path truth;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (truth != null && !Files.isRegularFile(truth)) {
            throw new UserError("no truth file " + truth);
        }
        List<Path> inputs = paths != null && !paths.isEmpty() ? paths
                : truth != null ? List.of(truth.toAbsolutePath().getParent()) : List.of(data);
        long readStart = System.nanoTime();
        Corpus corpus = new DataReader(Path.of("")).read(DataLayout.of(inputs, data));
        Duration reading = Duration.ofNanos(System.nanoTime() - readStart);
        corpus.warnings().stream().filter(w -> !w.field().equals("/review")).forEach(w -> err.println("warning: " + w));
        long linkStart = System.nanoTime();
        long cpuStart = processCpuNanos();
        Linked linked = new Linker().link(corpus);
        Duration linking = Duration.ofNanos(System.nanoTime() - linkStart);
        Duration linkingCpu = Duration.ofNanos(processCpuNanos() - cpuStart);

        if (truth != null) {
            IdentityEvaluation eval = IdentityEvaluation.of(linked, Truth.read(truth));
            out.printf("%d event records (%d events), %d person mentions, %d post organizations; read in %d ms, linked in %d ms (%d ms CPU)%n",
                    corpus.events().size(), linked.events().events().size(), eval.people().mentions(),
                    eval.organizations().mentions(), reading.toMillis(), linking.toMillis(), linkingCpu.toMillis());
            out.println("| identity | mentions | precision | recall | F1 |");
            out.println("|---|---|---|---|---|");
            row(out, "person", eval.people());
            row(out, "organization", eval.organizations());
            if (eval.events().mentions() > 0) {
                row(out, "event (records)", eval.events());
            }
        }
        if (report != null) {
            try (PrintWriter file = new PrintWriter(Files.newBufferedWriter(report, StandardCharsets.UTF_8))) {
                LinkReport.write(linked, corpus.events().size(), file);
            }
            out.printf("%d events linked in %d ms: %d people (%d recurring), %d uncertain pairs, %d unreviewed organizations, "
                            + "%d event relations; %d records describe %d events, %d uncertain pairs of events; report written to %s%n",
                    corpus.events().size(), linking.toMillis(),
                    linked.people().size(), linked.people().values().stream().filter(p -> p.mentions().size() > 1).count(),
                    linked.uncertain().size(), linked.unreviewedOrganizations().size(), linked.relations().size(),
                    corpus.events().size(), linked.events().events().size(), linked.events().uncertain().size(), report);
        } else if (truth == null) {
            LinkReport.write(linked, corpus.events().size(), out);
        }
        out.flush();
        return 0;
    }

    /** CPU time of the whole process, all threads: on a shared machine it says more than the wall clock. */
    private static long processCpuNanos() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    private static void row(PrintWriter out, String what, IdentityEvaluation.Scores s) {
        out.printf(Locale.ROOT, "| %s | %d | %.4f | %.4f | %.4f |%n", what, s.mentions(), s.precision(), s.recall(), s.f1());
    }
}
