package org.migkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.migkg.SeedData;
import org.migkg.rdf.Iris;
import org.migkg.store.Dump;
import org.migkg.store.KnowledgeStore;
import org.migkg.pipeline.Loader;

/**
 * Figures for the linked-data side on the shipped data directory: load and dump times, dump sizes, and how fast
 * descriptions are served. Run with {@code mvn -o -Pbench test -Dgroups=benchmark -Dtest=LinkedDataBenchmark}.
 */
@Tag("benchmark")
class LinkedDataBenchmark {
    @TempDir
    Path dir;

    @Test
    void loadDumpAndDereference() {
        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("store"), Iris.DEFAULT)) {
            Loader.LoadReport report = new Loader(store, Path.of("")).load(List.of(SeedData.SHIPPED), SeedData.SHIPPED, false);
            org.migkg.store.DumpWriter.Report dumps = new org.migkg.store.DumpWriter(store, org.migkg.serve.KgServer.sparqlEndpoint(store.iris())).write();
            System.out.printf("load: %d records, %d triples in %d ms; dumps (release %s) in %d ms%n", report.recordsWritten(),
                    report.stats().triples(), report.took().toMillis(), dumps.release().id(), dumps.took().toMillis());
            dumps.sizes().forEach((d, size) -> System.out.printf("  %s: %d bytes%n", d.file(), size));
            List<String> paths = new ArrayList<>();
            SeedData.select(store, "SELECT DISTINCT ?s WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?s), \"https://w3id.org/migkg/id/\")) } ORDER BY ?s")
                    .forEach(r -> paths.add(r.getResource("s").getURI().substring(Iris.DEFAULT_BASE.length())));
            try (KgServer server = KgServer.builder(store).port(0).build().start()) {
                for (String accept : new String[] {"text/turtle", "application/ld+json", "text/html"}) {
                    paths.stream().limit(20).forEach(p -> Http.get(server.url() + p, accept));
                    long start = System.nanoTime();
                    int n = 0;
                    for (String p : paths) {
                        assertEquals(200, Http.get(server.url() + p, accept).statusCode(), p);
                        n++;
                    }
                    double seconds = (System.nanoTime() - start) / 1e9;
                    System.out.printf("dereference %s: %d IRIs in %.2f s, %.0f requests/s on one client%n", accept, n, seconds, n / seconds);
                }
            }
        }
    }
}
