package org.migkg.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
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
import org.migkg.rdf.GraphMapper;
import org.migkg.rdf.Iris;
import org.migkg.rdf.MappedDataset;
import org.migkg.rdf.Prefixes;
import org.migkg.records.Corpus;
import org.migkg.records.DataLayout;
import org.migkg.records.DataReader;
import org.migkg.store.KnowledgeStore;
import org.migkg.store.Loader;

/**
 * Generates a corpus and measures every stage on it, each against its target: reading, validating and mapping;
 * the full load against Jena's own TDB2 bulk loader on the same quads; linking's growth from a tenth of the corpus
 * to all of it; the heap a load needs; every library query; the server against plain Fuseki; an incremental load.
 */
public final class Benchmark {
    private final BenchConfig config;
    private final PrintStream progress;

    public Benchmark(BenchConfig config, PrintStream progress) {
        this.config = config;
        this.progress = progress;
    }

    public BenchReport run() throws IOException, InterruptedException {
        Path work = Files.createDirectories(config.work());
        Path data = work.resolve("data");
        Path tenthData = work.resolve("data-tenth");
        Path ourStore = work.resolve("store-migkg");
        Path jenaStore = work.resolve("store-jena");
        Path heapStore = work.resolve("store-heapcheck");
        Path export = work.resolve("export.nq");
        List<Row> rows = new ArrayList<>();
        boolean reuse = config.reuse() && Files.isDirectory(ourStore);
        Built built;
        if (reuse) {
            step("reusing the corpus and store in %s", work);
            rows.add(Row.skipped("load", "generate, read, link, map and load", "--reuse: the store an earlier run left in the work directory"));
            built = new Built(-1, -1);
        } else {
            built = build(work, data, tenthData, ourStore, jenaStore, heapStore, export, rows);
        }

        try (KnowledgeStore store = KnowledgeStore.open(ourStore, Iris.DEFAULT)) {
            Map<String, String> params = parameters(store);
            step("library queries with %s", params);
            rows.addAll(new LibraryTimings(store.dataset(), config.queryWarmUps(), config.queryRuns()).run(config.queries(), params));
            if (config.http()) {
                step("HTTP, %.1f s per server and measurement", config.httpWindow().toMillis() / 1000.0);
                rows.addAll(new ServerComparison(store, config.httpWindow()).run(frequentSpeakers(store, config.httpPeople())));
            } else {
                rows.add(Row.skipped(ServerComparison.SECTION, "HTTP", "--skip-http"));
            }
            if (reuse) {
                rows.add(Row.skipped("incremental", "edit one record and load", "--reuse"));
            } else {
                step("incremental loads");
                rows.addAll(incremental(store, data, params.get("event")));
            }
        }

        BenchReport report = new BenchReport(String.format(Locale.ROOT, "MigKG benchmark, %,d events (seed %d)",
                config.events(), config.seed()), context(built.mappedTriples(), built.quads()));
        rows.forEach(report::add);
        Files.createDirectories(config.out());
        Files.writeString(config.out().resolve(config.events() + ".md"), report.toMarkdown());
        return report;
    }

    /** What generating and loading the corpus gave. */
    private record Built(long mappedTriples, long quads) {}

    /** Generates the corpora, then times the pipeline, linking, the load against TDB2's loader and the load's heap. */
    private Built build(Path work, Path data, Path tenthData, Path ourStore, Path jenaStore, Path heapStore, Path export,
                        List<Row> rows) throws IOException, InterruptedException {
        for (Path p : List.of(data, tenthData, ourStore, jenaStore, heapStore, export)) {
            deleteRecursively(p);
        }

        step("generating %,d events (seed %d) and %,d for the linking baseline", config.events(), config.seed(), config.tenth());
        long t0 = System.nanoTime();
        config.generator().generate(config.events(), config.seed(), data);
        long generateNanos = System.nanoTime() - t0;
        config.generator().generate(config.tenth(), config.seed(), tenthData);

        rows.add(Row.info("corpus", "generate " + Fmt.count(config.events()) + " events", Fmt.seconds(generateNanos)));

        step("reading, validating, linking and mapping");
        long mappedTriples = pipelineAndLinking(data, tenthData, rows);

        step("full load against the TDB2 basic loader");
        LoadComparison.Result load = LoadComparison.run(data, ourStore, export, jenaStore);
        deleteRecursively(jenaStore);
        double wholeRatio = (double) load.ours().wallNanos() / load.jena().wallNanos();
        double loadRatio = (double) load.ourLoadNanos() / load.jena().wallNanos();
        double cpuRatio = (double) load.ours().cpuNanos() / load.jena().cpuNanos();
        rows.add(Row.info("load", "MigKG Loader.load, whole call",
                load.ours().describe() + ", " + Fmt.perSecond(load.quads(), load.ours().wallNanos(), "quads")));
        rows.add(Row.info("load", "of which the load (validate, link, map, store)",
                Fmt.seconds(load.ourLoadNanos()) + ", " + Fmt.perSecond(load.quads(), load.ourLoadNanos(), "quads")));
        rows.add(Row.info("load", "of which publishing the dumps", Fmt.seconds(load.dumpNanos())));
        rows.add(Row.info("load", "export as N-Quads (" + Fmt.count(load.quads()) + " quads, "
                + Fmt.count(load.exportBytes() / (1 << 20)) + " MiB)", load.export().describe()));
        rows.add(Row.info("load", "TDB2 basic loader, same quads",
                load.jena().describe() + ", " + Fmt.perSecond(load.quads(), load.jena().wallNanos(), "quads")));
        rows.add(Row.target("load", "load time ratio MigKG / TDB2 basic", Fmt.ratio(loadRatio) + " without the dumps; "
                + Fmt.ratio(wholeRatio) + " with them (CPU " + Fmt.ratio(cpuRatio) + ")", "<= 1.50x", loadRatio <= 1.5));

        if (config.heapLimit() != null) {
            step("load in a child JVM with -Xmx%s", config.heapLimit());
            rows.add(heap(HeapCheck.load(data, heapStore, config.heapLimit(), work)));
            deleteRecursively(heapStore);
        } else {
            rows.add(Row.skipped("heap", "load in a child JVM with a 2 GB heap", "not asked for"));
        }
        return new Built(mappedTriples, load.quads());
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
        MappedDataset mapped = new GraphMapper(Iris.DEFAULT).map(corpus, linked, Instant.now(), r -> reader.display(r.file()));
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

    /** Linking alone, the median of three runs after a warm-up, at a tenth of the corpus and at all of it. */
    private void linking(Path tenthData, Corpus full, List<Row> rows) {
        Corpus tenth = new DataReader(tenthData.getParent()).read(DataLayout.of(List.of(tenthData), tenthData));
        Stopwatch.Span small = medianLink(tenth);
        Stopwatch.Span large = medianLink(full);
        double growth = (double) large.wallNanos() / small.wallNanos();
        double cpuGrowth = (double) large.cpuNanos() / small.cpuNanos();
        rows.add(Row.info("linking", "link " + Fmt.count(tenth.events().size()) + " events (N/10)", small.describe()));
        rows.add(Row.info("linking", "link " + Fmt.count(full.events().size()) + " events (N)", large.describe()));
        rows.add(Row.target("linking", "linking growth N/10 -> N", Fmt.ratio(growth) + " (CPU " + Fmt.ratio(cpuGrowth) + ")",
                "<= 12x", growth <= 12));
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
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(store.dataset())).query(query).build()) {
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
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(store.dataset())).query(query).build()) {
                List<String> people = new ArrayList<>();
                qe.execSelect().forEachRemaining(row -> people.add(row.getResource("person").getURI()));
                return people;
            }
        });
    }

    /** Edits one record's title and loads again: first the whole data directory, then just that record's file. */
    private List<Row> incremental(KnowledgeStore store, Path data, String eventIri) throws IOException {
        String id = eventIri.substring(store.iris().event("").length());
        Path file = data.resolve("events").resolve(id + ".json");
        if (!Files.isRegularFile(file)) {
            try (Stream<Path> s = Files.walk(data.resolve("events"))) {
                file = s.filter(p -> p.getFileName().toString().equals(id + ".json")).findFirst()
                        .orElseThrow(() -> new IllegalStateException("no record file for " + id));
            }
        }
        List<Row> rows = new ArrayList<>();
        Loader loader = new Loader(store, data.getParent());

        String title = retitle(file, " (revised)");
        long t0 = System.nanoTime();
        Loader.LoadReport dir = loader.load(List.of(data), data, false);
        long dirNanos = System.nanoTime() - t0;
        rows.add(incrementalRow("edit one record, load the data directory", dirNanos, dir, hasTitle(store, eventIri, title)));

        title = retitle(file, " (revised again)");
        long t1 = System.nanoTime();
        Loader.LoadReport single = loader.load(List.of(file), data, false);
        long fileNanos = System.nanoTime() - t1;
        rows.add(incrementalRow("edit one record, load that file", fileNanos, single, hasTitle(store, eventIri, title)));
        return rows;
    }

    /** Judged on the whole call, which is what a user waits for; the parts are shown beside it. */
    private static Row incrementalRow(String measure, long nanos, Loader.LoadReport report, boolean applied) {
        String value = Fmt.seconds(nanos) + " (load " + Fmt.seconds(report.took().toNanos()) + ", dumps "
                + Fmt.seconds(report.dumps().took().toNanos()) + "; " + report.recordsWritten() + " record graph(s) rewritten)"
                + (applied ? "" : " (the edit is NOT in the store)");
        return Row.target("incremental", measure, value, "about 1 s (<= 1.5 s)", applied && nanos <= 1_500_000_000L);
    }

    private static String retitle(Path file, String suffix) throws IOException {
        ObjectNode record = (ObjectNode) DataReader.JSON.readTree(file.toFile());
        String title = record.path("title").asText().replaceFirst(" \\(revised.*\\)$", "") + suffix;
        record.put("title", title);
        DataReader.JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), record);
        return title;
    }

    private static boolean hasTitle(KnowledgeStore store, String eventIri, String title) {
        String ask = Prefixes.sparql() + "ASK { <" + eventIri + "> schema:name ?t FILTER (STR(?t) = \""
                + title.replace("\\", "\\\\").replace("\"", "\\\"") + "\") }";
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(store.dataset())).query(ask).build()) {
                return qe.execAsk();
            }
        });
    }

    private List<String> context(long mappedTriples, long quads) {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        String corpus = mappedTriples < 0
                ? String.format(Locale.ROOT, "corpus: %,d events, generated and loaded by an earlier run (--reuse)", config.events())
                : String.format(Locale.ROOT, "corpus: %,d events, %,d triples mapped, %,d quads stored (with the loads graph)",
                        config.events(), mappedTriples, quads);
        return List.of(corpus,
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
        progress.printf("[bench] " + format + "%n", args);
        progress.flush();
    }

    private static void deleteRecursively(Path path) {
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
