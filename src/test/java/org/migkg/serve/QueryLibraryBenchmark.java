package org.migkg.serve;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.migkg.SeedData;
import org.migkg.store.KnowledgeStore;

/**
 * Prints how long each library query takes on the seed store, in process and over HTTP: the query's first run (after
 * one small query has loaded the query engine's classes) and the median and slowest of the warm runs.
 * Run with {@code mvn -o -Pbench test -Dgroups=benchmark -Dtest=QueryLibraryBenchmark}.
 */
@Tag("benchmark")
class QueryLibraryBenchmark {
    static final int WARM_RUNS = 50;

    @Test
    void timeEveryQueryOnTheSeeds(@TempDir Path dir) throws Exception {
        QueryLibrary library = QueryLibrary.load();
        HttpClient http = HttpClient.newHttpClient();
        try (KnowledgeStore store = SeedData.loadedStore(dir); KgServer server = KgServer.builder(store).port(0).build().start()) {
            double engineStart = millis(() -> LibraryCases.csv(store, "SELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s LIMIT 1"));
            System.out.printf("first query of the JVM (engine start-up): %.1f ms%n", engineStart);
            System.out.printf("%-31s %9s %9s %9s %9s %9s%n", "query", "first ms", "median ms", "max ms", "http med", "http max");
            for (LibraryQuery q : library.queries()) {
                String text = q.bind(q.example());
                double first = millis(() -> LibraryCases.csv(store, text));
                double[] local = new double[WARM_RUNS];
                double[] remote = new double[WARM_RUNS];
                for (int i = 0; i < WARM_RUNS; i++) {
                    local[i] = millis(() -> LibraryCases.csv(store, text));
                    remote[i] = millis(() -> {
                        try {
                            http.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl())).header("Content-Type", "application/sparql-query")
                                    .header("Accept", "text/csv").POST(HttpRequest.BodyPublishers.ofString(text)).build(), HttpResponse.BodyHandlers.ofString());
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    });
                }
                Arrays.sort(local);
                Arrays.sort(remote);
                System.out.printf("%-31s %9.1f %9.2f %9.2f %9.2f %9.2f%n", q.name(), first, local[WARM_RUNS / 2], local[WARM_RUNS - 1],
                        remote[WARM_RUNS / 2], remote[WARM_RUNS - 1]);
            }
        }
    }

    private static double millis(Runnable r) {
        long start = System.nanoTime();
        r.run();
        return (System.nanoTime() - start) / 1e6;
    }
}
