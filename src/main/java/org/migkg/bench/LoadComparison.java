package org.migkg.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.migkg.rdf.Iris;
import org.migkg.store.Exporter;
import org.migkg.store.KnowledgeStore;
import org.migkg.store.Loader;

/**
 * The full MigKG load into a fresh store against Jena's TDB2 {@code basic} bulk loader (what
 * {@code tdb2.tdbloader --loader=basic} runs) loading the very same quads, exported from the first store.
 */
final class LoadComparison {
    /** The figures; the MigKG store is left in {@code ourStore} for the steps that query it. */
    record Result(Stopwatch.Span ours, Stopwatch.Span export, long exportBytes, Stopwatch.Span jena, long quads) {}

    private LoadComparison() {}

    static Result run(Path dataDir, Path ourStore, Path export, Path jenaStore) throws IOException {
        Stopwatch t0 = Stopwatch.start();
        try (KnowledgeStore store = KnowledgeStore.open(ourStore, Iris.DEFAULT)) {
            new Loader(store, dataDir.getParent()).load(List.of(dataDir), dataDir, false);
            Stopwatch.Span ours = t0.stop();

            Stopwatch t1 = Stopwatch.start();
            try (OutputStream out = Files.newOutputStream(export)) {
                new Exporter(store).write(Exporter.Format.NQ, new java.io.BufferedOutputStream(out, 1 << 16), false);
            }
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
            return new Result(ours, exported, Files.size(export), jenaSpan, quads);
        }
    }
}
