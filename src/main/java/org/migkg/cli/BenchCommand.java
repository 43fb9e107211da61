package org.migkg.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.migkg.bench.BenchConfig;
import org.migkg.bench.BenchReport;
import org.migkg.bench.Benchmark;
import org.migkg.bench.CorpusGenerator;
import org.migkg.synth.CorpusFiles;
import org.migkg.synth.SyntheticCorpus;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Generate a synthetic corpus and measure every stage against its target: reading and mapping,"
                + " the full load against Jena's TDB2 bulk loader, linking's growth, the load's heap, the query library,"
                + " the server against plain Fuseki, and an incremental load.",
                "Prints the table and writes it as Markdown to --out/<events>.md."})
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--events", defaultValue = "10000", description = "Events in the generated corpus (default: ${DEFAULT-VALUE}).")
    int events;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the generator (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--work", paramLabel = "DIR", description = "Scratch directory for corpora, stores and the export (default: target/bench/work-<events>).")
    Path work;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "target/bench", description = "Where <events>.md is written (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--queries", paramLabel = "DIR", description = "A folder of .rq files to time instead of the library shipped in the jar.")
    Path queries;

    @Option(names = "--skip-http", description = "Leave out the HTTP measurements.")
    boolean skipHttp;

    @Option(names = "--http-seconds", defaultValue = "6", description = "Duration of each HTTP measurement (default: ${DEFAULT-VALUE} s).")
    double httpSeconds;

    @Option(names = "--http-people", defaultValue = "200", paramLabel = "N",
            description = "The HTTP requests take the N most frequent speakers in turn, the same on both servers (default: ${DEFAULT-VALUE}).")
    int httpPeople;

    @Option(names = "--query-runs", defaultValue = "20", description = "Timed runs of each query, after 3 warm-ups (default: ${DEFAULT-VALUE}).")
    int queryRuns;

    @Option(names = "--heap-limit", defaultValue = "2g", paramLabel = "SIZE",
            description = "-Xmx of the child JVM that runs the load to check its heap; 'none' skips it (default: ${DEFAULT-VALUE}).")
    String heapLimit;

    @Option(names = "--reuse", description = "Reuse the corpus and the loaded store an earlier run with the same --events and"
            + " --work left: skip generating, the pipeline and the loads; measure the queries, HTTP and incremental loads"
            + " (written to --out/<events>-reused.md).")
    boolean reuse;

    @Option(names = "--skip-publish", description = "Leave out timing the publication of the dumps.")
    boolean skipPublish;

    @CommandLine.Mixin
    QuietOption quiet;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        BenchConfig config = new BenchConfig(events, seed, work != null ? work : out.resolve("work-" + events), out, queries,
                !skipHttp, Duration.ofMillis(Math.round(httpSeconds * 1000)), httpPeople, 3, queryRuns,
                heapLimit.equals("none") ? null : heapLimit, SYNTHETIC, reuse, !skipPublish, Main.class.getName());
        BenchReport report;
        try (ConsoleProgress progress = quiet.progress("bench", spec.commandLine().getErr())) {
            report = new Benchmark(config, progress).run();
        }
        spec.commandLine().getOut().print(report.toText());
        spec.commandLine().getOut().printf("%nWritten to %s%n", out.resolve(config.reportFile()));
        spec.commandLine().getOut().flush();
        return 0;
    }

    /** The corpus the published figures were measured on: every event one record. */
    private static final CorpusGenerator SYNTHETIC = (n, seed, dir) -> CorpusFiles.write(new SyntheticCorpus(n, seed, 0), dir);
}
