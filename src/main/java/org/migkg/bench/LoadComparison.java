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
    record Result(long ourNanos, long exportNanos, long exportBytes, long jenaNanos, long quads, long contentTriples) {}

    private LoadComparison() {}

    static Result run(Path dataDir, Path ourStore, Path export, Path jenaStore) throws IOException {
        long t0 = System.nanoTime();
        long contentTriples;
        try (KnowledgeStore store = KnowledgeStore.open(ourStore, Iris.DEFAULT)) {
            Loader.LoadReport report = new Loader(store, dataDir.getParent()).load(List.of(dataDir), dataDir, false);
            contentTriples = report.stats().triples();
            long ours = System.nanoTime() - t0;

            long t1 = System.nanoTime();
            try (OutputStream out = Files.newOutputStream(export)) {
                new Exporter(store).write(Exporter.Format.NQ, new java.io.BufferedOutputStream(out, 1 << 16), false);
            }
            long exportNanos = System.nanoTime() - t1;

            long t2 = System.nanoTime();
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
            long jenaNanos = System.nanoTime() - t2;
            long quads = loader.countQuads() + loader.countTriples();
            return new Result(ours, exportNanos, Files.size(export), jenaNanos, quads, contentTriples);
        }
    }
}
