package org.migkg.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.migkg.rdf.Iris;
import org.migkg.store.KnowledgeStore;
import org.migkg.store.Loader;

/**
 * The full MigKG load into a fresh store against Jena's TDB2 {@code basic} bulk loader (what
 * {@code tdb2.tdbloader --loader=basic} runs) loading the very same quads, exported from the first store.
 *
 * <p>The export streams every quad of the store with Jena's N-Quads writer; it is not sorted (the loader does not care),
 * because the sorted dump of {@code Exporter} is built in memory and does not fit at the largest sizes.
 */
final class LoadComparison {
    /**
     * The figures. {@code ours} is the whole {@code Loader.load} call; {@code ourLoad} is the part it reports as the
     * load (validate, link, map, store), without publishing the dumps.
     */
    record Result(Stopwatch.Span ours, long ourLoadNanos, long dumpNanos, Stopwatch.Span export, long exportBytes,
                  Stopwatch.Span jena, long quads) {}

    private LoadComparison() {}

    static Result run(Path dataDir, Path ourStore, Path export, Path jenaStore) throws IOException {
        try (KnowledgeStore store = KnowledgeStore.open(ourStore, Iris.DEFAULT)) {
            Stopwatch t0 = Stopwatch.start();
            Loader.LoadReport report = new Loader(store, dataDir.getParent()).load(List.of(dataDir), dataDir, false);
            Stopwatch.Span ours = t0.stop();

            Stopwatch t1 = Stopwatch.start();
            exportQuads(store.dataset(), export);
            Stopwatch.Span exported = t1.stop();

            Stopwatch t2 = Stopwatch.start();
            DatasetGraph jena = DatabaseMgr.connectDatasetGraph(jenaStore.toString());
            DataLoader loader = LoaderFactory.basicLoader(jena, (fmt, args) -> {});
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
            Stopwatch.Span jenaSpan = t2.stop();
            long quads = loader.countQuads() + loader.countTriples();
            return new Result(ours, report.took().toNanos(), report.dumps().took().toNanos(), exported, Files.size(export),
                    jenaSpan, quads);
        }
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
