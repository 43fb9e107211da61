package org.migkg.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.migkg.rdf.Iris;
import org.migkg.serve.KgServer;
import org.migkg.store.DumpWriter;
import org.migkg.store.KnowledgeStore;
import org.migkg.pipeline.Loader;

/**
 * The full MigKG load into a fresh store against Jena's own TDB2 bulk loaders loading the very same quads, exported
 * from our store, each into another fresh store, in the same run: {@code phased} (the default of {@code tdb2.tdbloader})
 * and, for exports up to 1 GiB, {@code basic}; the faster is what a user could get from Jena alone. With a heap limit, our load
 * is {@code migkg load} in a child JVM with that {@code -Xmx} (as a user runs it; its GC log gives the peak heap), and
 * its time is the one the command reports; otherwise {@code Loader.load} in this JVM. Publishing the dumps, a separate
 * step, is timed apart.
 *
 * <p>The export streams every quad of the store with Jena's N-Quads writer, unsorted (the loaders do not care).
 */
final class LoadComparison {
    record Result(Stopwatch.Span ours, HeapCheck.Result heap, Stopwatch.Span publish, Stopwatch.Span export,
                  long exportBytes, Map<String, Stopwatch.Span> jena, long quads) {
        Map.Entry<String, Stopwatch.Span> fastestJena() {
            return jena.entrySet().stream().min(Map.Entry.comparingByValue(
                    java.util.Comparator.comparingLong(Stopwatch.Span::wallNanos))).orElseThrow();
        }

        /** Our load, each of Jena's, the ratio to the faster, the export, and publishing. */
        List<ReportRow> rows() {
            Map.Entry<String, Stopwatch.Span> fastest = fastestJena();
            double loadRatio = (double) ours.wallNanos() / fastest.getValue().wallNanos();
            List<ReportRow> rows = new ArrayList<>();
            rows.add(ReportRow.info(SECTION, heap == null || !heap.succeeded() ? "MigKG Loader.load (validate, link, map, store) in this JVM"
                            : "MigKG `migkg load` (validate, link, map, store) in a child JVM, as it reports",
                    ours.describe() + ", " + Figures.perSecond(quads, ours.wallNanos(), "quads")));
            jena.forEach((name, span) -> rows.add(ReportRow.info(SECTION, "TDB2 " + name + " loader, same quads",
                    span.describe() + ", " + Figures.perSecond(quads, span.wallNanos(), "quads"))));
            rows.add(ReportRow.target(SECTION, "load time ratio MigKG / TDB2 " + fastest.getKey() + " (the faster)",
                    Figures.ratio(loadRatio), "<= 1.50x", loadRatio <= 1.5));
            rows.add(ReportRow.info(SECTION, "export as N-Quads (" + Figures.count(quads) + " quads, "
                    + Figures.count(exportBytes / (1 << 20)) + " MiB)", export.describe()));
            rows.add(publish == null ? ReportRow.skipped(PUBLISH_SECTION, "write the dumps and the description", "--skip-publish")
                    : ReportRow.info(PUBLISH_SECTION, "write the dumps and the description (a step apart from the load)", publish.describe()));
            return rows;
        }
    }

    static final String SECTION = "load";
    static final String PUBLISH_SECTION = "publish";

    private LoadComparison() {}

    static Result run(Path dataDir, Path ourStore, Path export, Path jenaStores, String heapLimit, Path logDir, boolean publish,
                      String loadMainClass)
            throws IOException, InterruptedException {
        Stopwatch.Span ours = null;
        HeapCheck.Result heap = null;
        if (heapLimit != null) {
            heap = HeapCheck.load(dataDir, ourStore, heapLimit, logDir, loadMainClass);
            if (heap.succeeded()) {
                ours = new Stopwatch.Span(heap.loadMillis() * 1_000_000L, -1);
            } else {
                // The heap row reports the failure; the load is timed again in this JVM so the rest can be measured.
                ScratchFiles.delete(ourStore);
            }
        }
        if (ours == null) {
            try (KnowledgeStore store = KnowledgeStore.open(ourStore, Iris.DEFAULT)) {
                Stopwatch t0 = Stopwatch.start();
                new Loader(store, dataDir.getParent()).load(List.of(dataDir), dataDir, false);
                ours = t0.stop();
            }
        }
        try (KnowledgeStore store = KnowledgeStore.open(ourStore, Iris.DEFAULT)) {
            Stopwatch.Span published = null;
            if (publish) {
                Stopwatch t1 = Stopwatch.start();
                new DumpWriter(store, KgServer.sparqlEndpoint(store.iris())).write();
                published = t1.stop();
            }

            Stopwatch t2 = Stopwatch.start();
            exportQuads(store.dataset(), export);
            Stopwatch.Span exported = t2.stop();

            Map<String, Stopwatch.Span> jena = new LinkedHashMap<>();
            long quads = 0;
            for (Map.Entry<String, BiFunction<DatasetGraph, MonitorOutput, DataLoader>> loader : loaders(Files.size(export)).entrySet()) {
                Path dir = jenaStores.resolve(loader.getKey());
                Stopwatch t = Stopwatch.start();
                quads = jenaLoad(loader.getValue(), dir, export);
                jena.put(loader.getKey(), t.stop());
                ScratchFiles.delete(dir);
            }
            return new Result(ours, heap, published, exported, Files.size(export), jena, quads);
        }
    }

    /** Above this size only the phased loader runs: at 1,000 events the basic one took twice as long. */
    private static final long BASIC_LOADER_UP_TO_BYTES = 1L << 30;

    private static Map<String, BiFunction<DatasetGraph, MonitorOutput, DataLoader>> loaders(long exportBytes) {
        Map<String, BiFunction<DatasetGraph, MonitorOutput, DataLoader>> loaders = new LinkedHashMap<>();
        if (exportBytes <= BASIC_LOADER_UP_TO_BYTES) {
            loaders.put("basic", LoaderFactory::basicLoader);
        }
        loaders.put("phased", LoaderFactory::phasedLoader);
        return loaders;
    }

    private static long jenaLoad(BiFunction<DatasetGraph, MonitorOutput, DataLoader> factory, Path dir, Path export) {
        DatasetGraph jena = DatabaseMgr.connectDatasetGraph(dir.toString());
        DataLoader loader = factory.apply(jena, (fmt, args) -> {});
        loader.startBulk();
        try {
            loader.load(export.toString());
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        } finally {
            TDBInternal.expel(jena);
        }
        return loader.countQuads() + loader.countTriples();
    }

    private static void exportQuads(DatasetGraph dsg, Path file) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            Txn.executeRead(dsg, () -> {
                StreamRDF writer = StreamRDFWriter.getWriterStream(out, Lang.NQUADS);
                writer.start();
                dsg.find().forEachRemaining(writer::quad);
                writer.finish();
            });
        }
    }
}
