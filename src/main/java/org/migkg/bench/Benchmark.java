package org.migkg.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.system.Txn;
import org.migkg.link.Linked;
import org.migkg.link.Linker;
import org.migkg.rdf.DatasetMapping;
import org.migkg.rdf.Iris;
import org.migkg.rdf.MappedDataset;
import org.migkg.rdf.Prefixes;
import org.migkg.records.Corpus;
import org.migkg.records.DataLayout;
import org.migkg.records.DataReader;
import org.migkg.store.KnowledgeStore;
import org.migkg.pipeline.Loader;
import org.migkg.progress.Progress;

/**
 * Generates a corpus and measures every stage on it, each against its target: reading, validating and mapping;
 * the full load against Jena's own TDB2 bulk loader on the same quads; linking's growth from a tenth of the corpus
 * to all of it; the heap a load needs; every library query; the server against plain Fuseki; an incremental load.
 */
public final class Benchmark {
    private final BenchConfig config;
    private final Progress progress;

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
        List<Row> rows = new ArrayList<>();
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
            Map<String, String> params = parameters(store);
            step("library queries with %s", params);
            rows.addAll(new LibraryTimings(store.dataset(), config.queryWarmUps(), config.queryRuns(), progress).run(config.queries(), params));
            save(rows, quads, true);
            if (config.http()) {
                step("HTTP, %.1f s per server and measurement", config.httpWindow().toMillis() / 1000.0);
                rows.addAll(new ServerComparison(store, config.httpWindow()).run(frequentSpeakers(store, config.httpPeople())));
                save(rows, quads, true);
            } else {
                rows.add(Row.skipped(ServerComparison.SECTION, "HTTP", "--skip-http"));
            }
            eventIri = params.get("event");
        }
        step("incremental loads, each `migkg load` in a JVM of its own");
        rows.addAll(incremental(ourStore, data, eventIri, work));

        BenchReport report = save(rows, quads, false);
        progress.finish();
        return report;
    }

    /** Writes the table so far; a long run that is stopped part way still leaves what it measured. */
    private BenchReport save(List<Row> rows, long quads, boolean partial) throws IOException {
        BenchReport report = new BenchReport(String.format(Locale.ROOT, "MigKG benchmark, %,d events (seed %d)%s",
                config.events(), config.seed(), partial ? ", still running" : ""), context(mappedTriples, quads));
        rows.forEach(report::add);
        Files.createDirectories(config.out());
        Files.writeString(config.out().resolve(config.reportFile()), report.toMarkdown());
        return report;
    }

    /** Set by the pipeline; -1 when a run reuses an earlier one's store. */
    private long mappedTriples = -1;

    /** Generates the corpora, runs the pipeline, times linking, and loads: our load and Jena's on the same quads. */
    private long corpusAndLoads(Path data, Path tenthData, Path ourStore, Path jenaStore, Path export, Path work,
                                List<Row> rows) throws IOException, InterruptedException {
        for (Path p : List.of(data, tenthData, ourStore, jenaStore, export)) {
            deleteRecursively(p);
        }

        step("generating %,d events (seed %d) and %,d for the linking baseline", config.events(), config.seed(), config.tenth());
        long t0 = System.nanoTime();
        config.generator().generate(config.events(), config.seed(), data);
        long generateNanos = System.nanoTime() - t0;
        config.generator().generate(config.tenth(), config.seed(), tenthData);

        rows.add(Row.info("corpus", "generate " + Fmt.count(config.events()) + " events", Fmt.seconds(generateNanos)));

        step("reading, validating, linking and mapping");
        mappedTriples = pipelineAndLinking(data, tenthData, rows);

        step("full load%s, publishing, then Jena's TDB2 bulk loaders on the same quads",
                config.heapLimit() == null ? "" : " in a child JVM with -Xmx" + config.heapLimit());
        LoadComparison.Result load = LoadComparison.run(data, ourStore, export, jenaStore, config.heapLimit(), work, config.publish(), config.loadMainClass());
        Map.Entry<String, Stopwatch.Span> jena = load.fastestJena();
        double loadRatio = (double) load.ours().wallNanos() / jena.getValue().wallNanos();
        rows.add(Row.info("load", load.heap() == null || !load.heap().succeeded() ? "MigKG Loader.load (validate, link, map, store) in this JVM"
                        : "MigKG `migkg load` (validate, link, map, store) in a child JVM, as it reports",
                load.ours().describe() + ", " + Fmt.perSecond(load.quads(), load.ours().wallNanos(), "quads")));
        load.jena().forEach((name, span) -> rows.add(Row.info("load", "TDB2 " + name + " loader, same quads",
                span.describe() + ", " + Fmt.perSecond(load.quads(), span.wallNanos(), "quads"))));
        rows.add(Row.target("load", "load time ratio MigKG / TDB2 " + jena.getKey() + " (the faster)",
                Fmt.ratio(loadRatio), "<= 1.50x", loadRatio <= 1.5));
        rows.add(Row.info("load", "export as N-Quads (" + Fmt.count(load.quads()) + " quads, "
                + Fmt.count(load.exportBytes() / (1 << 20)) + " MiB)", load.export().describe()));
        rows.add(load.publish() == null ? Row.skipped("publish", "write the dumps and the description", "--skip-publish")
                : Row.info("publish", "write the dumps and the description (a step apart from the load)", load.publish().describe()));
        if (load.heap() != null) {
            rows.add(heap(load.heap()));
        } else {
            rows.add(Row.skipped("heap", "load in a child JVM with a 2 GB heap", "not asked for"));
        }

        return load.quads();
    }

    /** Reads, links and maps the corpus, then times linking alone; nothing of it is kept for the loads. */
    private long pipelineAndLinking(Path data, Path tenthData, List<Row> rows) {
        Stopwatch t0 = Stopwatch.start();
        DataReader reader = new DataReader(data.getParent());
        Corpus corpus = reader.read(DataLayout.of(List.of(data), data));
        Stopwatch.Span read = t0.stop();
        int records = corpus.events().size();

        Stopwatch t1 = Stopwatch.start();
        Linked linked = new Linker().link(corpus);
        Stopwatch.Span link = t1.stop();

        Stopwatch t2 = Stopwatch.start();
        MappedDataset mapped = DatasetMapping.create().iris(Iris.DEFAULT).loadTime(Instant.now()).map(corpus, linked);
        long triples = mapped.tripleCount();
        Stopwatch.Span map = t2.stop();

        Stopwatch.Span all = new Stopwatch.Span(read.wallNanos() + link.wallNanos() + map.wallNanos(),
                read.cpuNanos() + link.cpuNanos() + map.cpuNanos());
        rows.add(Row.info("pipeline", "read + validate " + Fmt.count(records) + " records",
                read.describe() + ", " + Fmt.perSecond(records, read.wallNanos(), "records")));
        rows.add(Row.info("pipeline", "link (first run, cold)", link.describe()));
        rows.add(Row.info("pipeline", "map to RDF (" + Fmt.count(triples) + " triples)",
                map.describe() + ", " + Fmt.perSecond(triples, map.wallNanos(), "triples")));
        rows.add(Row.info("pipeline", "read + validate + link + map", all.describe() + ", "
                + Fmt.perSecond(records, all.wallNanos(), "records") + ", " + Fmt.perSecond(triples, all.wallNanos(), "triples")));
        linking(tenthData, corpus, rows);
        return triples;
    }

    /**
     * Linking alone, at a tenth of the corpus and at all of it: the median of three runs after a warm-up, or past
     * {@link #SINGLE_LINK_RUN_FROM} events a single run after the warm-up (the pipeline's run warmed the JVM already).
     */
    private void linking(Path tenthData, Corpus full, List<Row> rows) {
        Corpus tenth = new DataReader(tenthData.getParent()).read(DataLayout.of(List.of(tenthData), tenthData));
        Stopwatch.Span small = medianLink(tenth);
        Stopwatch.Span large = full.events().size() >= SINGLE_LINK_RUN_FROM ? singleLink(full) : medianLink(full);
        double growth = (double) large.wallNanos() / small.wallNanos();
        double cpuGrowth = (double) large.cpuNanos() / small.cpuNanos();
        rows.add(Row.info("linking", "link " + Fmt.count(tenth.events().size()) + " events (N/10)", small.describe()));
        rows.add(Row.info("linking", "link " + Fmt.count(full.events().size()) + " events (N)", large.describe()));
        rows.add(Row.target("linking", "linking growth N/10 -> N", Fmt.ratio(growth) + " (CPU " + Fmt.ratio(cpuGrowth) + ")",
                "<= 12x", growth <= 12));
    }

    private static final int SINGLE_LINK_RUN_FROM = 50_000;

    private static Stopwatch.Span singleLink(Corpus corpus) {
        Stopwatch t = Stopwatch.start();
        new Linker().link(corpus);
        return t.stop();
    }

    /** The run with the median wall time of three, after a warm-up run. */
    private static Stopwatch.Span medianLink(Corpus corpus) {
        new Linker().link(corpus);
        List<Stopwatch.Span> spans = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Stopwatch t = Stopwatch.start();
            new Linker().link(corpus);
            spans.add(t.stop());
        }
        spans.sort(Comparator.comparingLong(Stopwatch.Span::wallNanos));
        return spans.get(1);
    }

    private static Row heap(HeapCheck.Result r) {
        String measure = "load in a child JVM with -Xmx" + r.maxHeap();
        if (!r.succeeded()) {
            return Row.target("heap", measure, "failed: " + r.failure(), "under 2 GB", false);
        }
        String value = String.format(Locale.ROOT, "succeeded in %.1f s; heap peak %,d MiB before GC, %,d MiB after (%d GCs)",
                r.seconds(), r.peakBeforeGcMiB(), r.peakAfterGcMiB(), r.collections());
        return Row.target("heap", measure, value, "under 2 GB", r.peakBeforeGcMiB() < 2048);
    }

    /**
     * Parameter values for the library, picked from the loaded corpus: its most frequent speaker, the first of their
     * events, and the most often addressed GCM objective and cross-cutting theme.
     */
    private static Map<String, String> parameters(KnowledgeStore store) {
        String query = Prefixes.sparql() + """
                SELECT ?person ?event ?objective ?theme WHERE {
                  { SELECT ?person (COUNT(*) AS ?n) WHERE { ?x mk:participant ?person } GROUP BY ?person ORDER BY DESC(?n) ?person LIMIT 1 }
                  { SELECT ?person (MIN(STR(?e)) AS ?event) WHERE { ?x mk:participant ?person ; mk:event ?e } GROUP BY ?person }
                  OPTIONAL { SELECT ?objective WHERE { ?a mk:addressesObjective ?objective } GROUP BY ?objective ORDER BY DESC(COUNT(*)) ?objective LIMIT 1 }
                  OPTIONAL { SELECT ?theme WHERE { ?b mk:crossCuttingTheme ?theme } GROUP BY ?theme ORDER BY DESC(COUNT(*)) ?theme LIMIT 1 }
                }""";
        return Txn.calculateRead(store.dataset(), () -> {
            // Picked once and not timed: on a busy machine it may take longer than the store's limit for queries.
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(store.dataset())).query(query)
                    .timeout(1, java.util.concurrent.TimeUnit.HOURS).build()) {
                QuerySolution row = qe.execSelect().next();
                Map<String, String> values = new TreeMap<>();
                row.varNames().forEachRemaining(v -> {
                    RDFNode value = row.get(v);
                    values.put(v, value.isResource() ? value.asResource().getURI() : value.asLiteral().getLexicalForm());
                });
                return values;
            }
        });
    }

    /** The {@code n} people with the most participations, most first. */
    private static List<String> frequentSpeakers(KnowledgeStore store, int n) {
        String query = Prefixes.sparql() + "SELECT ?person (COUNT(*) AS ?n) WHERE { ?x mk:participant ?person } "
                + "GROUP BY ?person ORDER BY DESC(?n) ?person LIMIT " + n;
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(store.dataset())).query(query)
                    .timeout(1, java.util.concurrent.TimeUnit.HOURS).build()) {
                List<String> people = new ArrayList<>();
                qe.execSelect().forEachRemaining(row -> people.add(row.getResource("person").getURI()));
                return people;
            }
        });
    }

    /**
     * One record edited, one added, one removed, each followed by {@code migkg load} as a user runs it: the data
     * directory, or the one record file. Each row checks the change is in the store.
     */
    private List<Row> incremental(Path storeDir, Path data, String eventIri, Path work) throws IOException, InterruptedException {
        String prefix = Iris.DEFAULT.event("");
        String id = eventIri.substring(prefix.length());
        Path file = recordFile(data, id);
        List<Row> rows = new ArrayList<>();

        String title = retitle(file, " (revised)");
        ChildLoad.Result dir = ChildLoad.run(data, storeDir, data, work, config.loadMainClass());
        rows.add(incrementalRow("edit one record, load the data directory", dir, dir.succeeded() && hasTitle(storeDir, eventIri, title)));

        title = retitle(file, " (revised again)");
        ChildLoad.Result single = ChildLoad.run(data, storeDir, file, work, config.loadMainClass());
        rows.add(incrementalRow("edit one record, load that file", single, single.succeeded() && hasTitle(storeDir, eventIri, title)));

        String addedId = id + "-added";
        Path added = file.resolveSibling(addedId + ".json");
        ObjectNode record = (ObjectNode) DataReader.JSON.readTree(file.toFile());
        record.put("id", addedId).put("title", "An added record " + addedId);
        DataReader.JSON.writerWithDefaultPrettyPrinter().writeValue(added.toFile(), record);
        ChildLoad.Result add = ChildLoad.run(data, storeDir, data, work, config.loadMainClass());
        rows.add(incrementalRow("add one record, load the data directory", add,
                add.succeeded() && hasTitle(storeDir, prefix + addedId, "An added record " + addedId)));

        Files.delete(added);
        ChildLoad.Result remove = ChildLoad.run(data, storeDir, data, work, config.loadMainClass());
        rows.add(incrementalRow("remove one record, load the data directory", remove,
                remove.succeeded() && !hasTitle(storeDir, prefix + addedId, "An added record " + addedId)));
        return rows;
    }

    private static Path recordFile(Path data, String id) throws IOException {
        Path file = data.resolve("events").resolve(id + ".json");
        if (Files.isRegularFile(file)) {
            return file;
        }
        try (Stream<Path> s = Files.walk(data.resolve("events"))) {
            return s.filter(p -> p.getFileName().toString().equals(id + ".json")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no record file for " + id));
        }
    }

    /** Judged on the time the command reports; the JVM's wall time, start included, is shown beside it. */
    private static Row incrementalRow(String measure, ChildLoad.Result load, boolean applied) {
        if (!load.succeeded()) {
            List<String> lines = load.output().lines().filter(l -> !l.isBlank()).toList();
            return Row.target("incremental", measure, "failed: " + (lines.isEmpty() ? "(no output)" : lines.get(lines.size() - 1)),
                    "<= 2 s", false);
        }
        String value = Fmt.seconds(load.reportedMillis() * 1_000_000L) + " (" + load.phases() + "; "
                + load.recordsWritten() + " record graph(s) written; JVM wall " + Fmt.seconds(load.wallNanos()) + ")"
                + (applied ? "" : " (the change is NOT in the store)");
        return Row.target("incremental", measure, value, "<= 2 s", applied && load.reportedMillis() <= 2_000);
    }

    private static String retitle(Path file, String suffix) throws IOException {
        ObjectNode record = (ObjectNode) DataReader.JSON.readTree(file.toFile());
        String title = record.path("title").asText().replaceFirst(" \\(revised.*\\)$", "") + suffix;
        record.put("title", title);
        DataReader.JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), record);
        return title;
    }

    private static boolean hasTitle(Path storeDir, String eventIri, String title) {
        String ask = Prefixes.sparql() + "ASK { <" + eventIri + "> schema:name ?t FILTER (STR(?t) = \""
                + title.replace("\\", "\\\\").replace("\"", "\\\"") + "\") }";
        try (KnowledgeStore store = KnowledgeStore.open(storeDir, Iris.DEFAULT)) {
            return Txn.calculateRead(store.dataset(), () -> {
                try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(store.dataset())).query(ask).build()) {
                    return qe.execAsk();
                }
            });
        }
    }

    private List<String> context(long mappedTriples, long quads) {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return List.of(
                mappedTriples < 0 ? String.format(Locale.ROOT, "corpus: %,d events, reusing the store of an earlier run", config.events())
                        : String.format(Locale.ROOT, "corpus: %,d events, %,d triples mapped, %,d quads stored (with the loads graph)",
                        config.events(), mappedTriples, quads),
                String.format(Locale.ROOT, "machine: %d cores, %.0f GB RAM, Java %s (%s), Jena %s, this JVM's max heap %,d MiB",
                        Runtime.getRuntime().availableProcessors(), os.getTotalMemorySize() / 1e9, System.getProperty("java.version"),
                        System.getProperty("java.vm.name"), jenaVersion(), Runtime.getRuntime().maxMemory() >> 20),
                String.format(Locale.ROOT, "queries: %d warm-ups then %d timed runs each; HTTP: %.1f s per server and row, closed loop on loopback, in halves ordered Fuseki, MigKG, MigKG, Fuseki, each after a warm-up, requests taking the %,d most frequent speakers in turn",
                        config.queryWarmUps(), config.queryRuns(), config.httpWindow().toMillis() / 1000.0, config.httpPeople()));
    }

    /** Jena's own constant reads "development" in a shaded jar, where the Maven metadata still names the version. */
    private static String jenaVersion() {
        try (var in = Benchmark.class.getResourceAsStream("/META-INF/maven/org.apache.jena/jena-arq/pom.properties")) {
            if (in != null) {
                java.util.Properties p = new java.util.Properties();
                p.load(in);
                return p.getProperty("version", org.apache.jena.Jena.VERSION);
            }
        } catch (IOException e) {
            // fall through to the constant
        }
        return org.apache.jena.Jena.VERSION;
    }

    private void step(String format, Object... args) {
        progress.phase(String.format(Locale.ROOT, format, args), 0);
    }

    static void deleteRecursively(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> s = Files.walk(path)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear " + path, e);
        }
    }
}
