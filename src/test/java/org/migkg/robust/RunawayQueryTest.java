package org.migkg.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cartesian product is stopped at the time limit (503), and while it runs three other clients keep getting
 * answers; their latency during the runaway is printed.
 */
class RunawayQueryTest {
    private static final long TIMEOUT_MS = 4_000;
    private static final String CARTESIAN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";

    @TempDir
    static Path dir;
    static ServedSeeds served;

    @BeforeAll
    static void start() {
        served = new ServedSeeds(dir, TIMEOUT_MS);
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    @Test
    void theRunawayStopsAtTheLimitAndOthersAreAnswered() throws Exception {
        long start = System.nanoTime();
        CompletableFuture<HttpResponse<String>> runaway = CompletableFuture.supplyAsync(() -> {
            try {
                return served.get("kg/sparql?query=" + ServedSeeds.q(CARTESIAN));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        List<Thread> others = new ArrayList<>();
        for (int c = 0; c < 3; c++) {
            Thread t = new Thread(() -> {
                while (!runaway.isDone()) {
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<String> r = served.get("kg/sparql?query=" + ServedSeeds.q(ServedSeeds.PEOPLE));
                        if (r.statusCode() != 200 || !r.body().contains("Sijal Aziz")) {
                            errors.add(r.statusCode() + " " + r.body());
                        }
                    } catch (Exception e) {
                        errors.add(e.toString());
                    }
                    latencies.add((System.nanoTime() - t0) / 1_000_000);
                }
            });
            others.add(t);
            t.start();
        }
        HttpResponse<String> r = runaway.get();
        long millis = (System.nanoTime() - start) / 1_000_000;
        for (Thread t : others) {
            t.join();
        }
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("Runaway query: %d after %d ms (limit %d ms); meanwhile %d answers to 3 other clients, "
                        + "latency p50 %d ms, p95 %d ms, max %d ms, %d errors%n", r.statusCode(), millis, TIMEOUT_MS, sorted.size(),
                LoadStats.percentile(sorted, 50), LoadStats.percentile(sorted, 95), sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1), errors.size());
        assertEquals(503, r.statusCode(), r::body);
        assertTrue(millis < TIMEOUT_MS * 4, "stopped after " + millis + " ms");
        assertTrue(errors.isEmpty(), errors::toString);
        assertTrue(sorted.size() >= 3, "the other clients were answered while the runaway ran");
    }
}
