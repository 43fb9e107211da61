package org.migkg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.migkg.progress.Progress;
import org.migkg.rdf.Iris;
import org.migkg.store.KnowledgeStore;

/**
 * Generates a corpus and measures every stage on it, each against its target, one section after another: reading,
 * validating and mapping ({@link PipelineTimings}); linking's growth from a tenth of the corpus to all of it
 * ({@link LinkingGrowth}); the full load against Jena's own TDB2 bulk loader on the same quads, publishing and the heap
 * a load needs ({@link LoadComparison}); every library query ({@link LibraryTimings}); the server against plain Fuseki
 * ({@link ServerComparison}); incremental loads ({@link IncrementalLoads}).
 */
public final class Benchmark {
    private final BenchConfig config;
    private final Progress progress;
    /** Set by the pipeline; -1 when a run reuses an earlier one's store. */
    private long mappedTriples = -1;

    public Benchmark(BenchConfig config, Progress progress) {
        this.config = config;
        this.progress = progress;
    }

    public BenchReport run() throws IOException, InterruptedException {
        Path work = Files.createDirectories(config.work());
        Path data = work.resolve("data");
        Path tenthData = work.resolve("data-tenth");
        Path ourStore = work.resolve("store-migkg");
        Path jenaStore = work.resolve("store-jena");
        Path export = work.resolve("export.nq");
        List<ReportRow> rows = new ArrayList<>();
        long quads;
        if (config.reuse()) {
            if (!Files.isDirectory(ourStore) || !Files.isDirectory(data)) {
                throw new IllegalStateException("--reuse needs the corpus and store of an earlier run in " + work);
            }
            step("reusing the corpus and store in %s", work);
            quads = -1;
        } else {
            quads = corpusAndLoads(data, tenthData, ourStore, jenaStore, export, work, rows);
            save(rows, quads, true);
        }

        String eventIri;
        try (KnowledgeStore store = KnowledgeStore.open(ourStore, Iris.DEFAULT)) {
            Map<String, String> params = QueryParameters.library(store);
            step("library queries with %s", params);
            rows.addAll(new LibraryTimings(store.dataset(), config.queryWarmUps(), config.queryRuns(), progress).run(config.queries(), params));
            save(rows, quads, true);
            if (config.http()) {
                step("HTTP, %.1f s per server and measurement", config.httpWindow().toMillis() / 1000.0);
                rows.addAll(new ServerComparison(store, config.httpWindow()).run(QueryParameters.frequentSpeakers(store, config.httpPeople())));
                save(rows, quads, true);
            } else {
                rows.add(ReportRow.skipped(ServerComparison.SECTION, "HTTP", "--skip-http"));
            }
            eventIri = params.get("event");
        }
        step("incremental loads, each `migkg load` in a JVM of its own");
        rows.addAll(new IncrementalLoads(config.loadMainClass()).run(ourStore, data, eventIri, work));

        BenchReport report = save(rows, quads, false);
        progress.finish();
        return report;
    }

    /** Writes the table so far; a long run that is stopped part way still leaves what it measured. */
    private BenchReport save(List<ReportRow> rows, long quads, boolean partial) throws IOException {
        BenchReport report = new BenchReport(String.format(Locale.ROOT, "MigKG benchmark, %,d events (seed %d)%s",
                config.events(), config.seed(), partial ? ", still running" : ""), RunContext.lines(config, mappedTriples, quads));
        rows.forEach(report::add);
        Files.createDirectories(config.out());
        Files.writeString(config.out().resolve(config.reportFile()), report.toMarkdown());
        return report;
    }

    /** Generates the corpora, runs the pipeline, times linking, and loads: our load and Jena's on the same quads. */
    private long corpusAndLoads(Path data, Path tenthData, Path ourStore, Path jenaStore, Path export, Path work,
                                List<ReportRow> rows) throws IOException, InterruptedException {
        for (Path p : List.of(data, tenthData, ourStore, jenaStore, export)) {
            ScratchFiles.delete(p);
        }

        step("generating %,d events (seed %d) and %,d for the linking baseline", config.events(), config.seed(), config.tenth());
        Stopwatch generate = Stopwatch.start();
        config.generator().generate(config.events(), config.seed(), data);
        long generateNanos = generate.stop().wallNanos();
        config.generator().generate(config.tenth(), config.seed(), tenthData);
        rows.add(ReportRow.info("corpus", "generate " + Figures.count(config.events()) + " events", Figures.seconds(generateNanos)));

        step("reading, validating, linking and mapping");
        PipelineTimings.Result pipeline = PipelineTimings.run(data);
        rows.addAll(pipeline.rows());
        rows.addAll(LinkingGrowth.run(tenthData, pipeline.corpus()));
        mappedTriples = pipeline.triples();

        step("full load%s, publishing, then Jena's TDB2 bulk loaders on the same quads",
                config.heapLimit() == null ? "" : " in a child JVM with -Xmx" + config.heapLimit());
        LoadComparison.Result load = LoadComparison.run(data, ourStore, export, jenaStore, config.heapLimit(), work, config.publish(), config.loadMainClass());
        rows.addAll(load.rows());
        rows.add(load.heap() == null ? ReportRow.skipped(HeapCheck.SECTION, "load in a child JVM with a 2 GB heap", "not asked for")
                : load.heap().row());
        return load.quads();
    }

    private void step(String format, Object... args) {
        progress.phase(String.format(Locale.ROOT, format, args), 0);
    }
}
