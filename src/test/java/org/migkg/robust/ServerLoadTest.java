package org.migkg.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Eight clients on loopback against the landing page, an entity page and a SPARQL SELECT: no request may fail. The
 * normal suite runs 5 s; {@code -Dmigkg.loadtest=true} (or {@code mvn -Ploadtest verify}) runs 60 s, and
 * {@code -Dmigkg.loadtest.seconds=N} any length. Every target must answer 200 before the load starts.
 */
class ServerLoadTest {
    private static final int CLIENTS = 8;
    private static final int SECONDS = Integer.getInteger("migkg.loadtest.seconds", Boolean.getBoolean("migkg.loadtest") ? 60 : 5);

    record Target(String name, String path, String accept) {}

    static final List<Target> TARGETS = List.of(
            new Target("landing page", "", "text/html"),
            new Target("entity page", "id/person/sijal-aziz", "text/html"),
            new Target("SPARQL SELECT", "kg/sparql?query=" + ServedSeeds.q(ServedSeeds.PEOPLE), "application/sparql-results+json"));

    @TempDir
    Path dir;

    @Test
    void eightClientsGetNoErrors() throws Exception {
        try (ServedSeeds served = ServedSeeds.withWebFront(dir, 30_000)) {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            List<Target> targets = new ArrayList<>(TARGETS);
            for (Target t : TARGETS) {
                int status = http.send(request(served, t), HttpResponse.BodyHandlers.discarding()).statusCode();
                assertEquals(200, status, t.name() + " must be served before it is put under load");
            }
            Map<Target, List<Long>> latencies = new LinkedHashMap<>();
            Map<Target, AtomicInteger> errors = new LinkedHashMap<>();
            targets.forEach(t -> {
                latencies.put(t, Collections.synchronizedList(new ArrayList<>()));
                errors.put(t, new AtomicInteger());
            });
            ConcurrentLinkedQueue<String> firstErrors = new ConcurrentLinkedQueue<>();
            long end = System.nanoTime() + SECONDS * 1_000_000_000L;
            List<Thread> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int offset = c;
                Thread thread = new Thread(() -> {
                    for (int i = offset; System.nanoTime() < end; i++) {
                        Target t = targets.get(i % targets.size());
                        long t0 = System.nanoTime();
                        try {
                            HttpResponse<byte[]> r = http.send(request(served, t), HttpResponse.BodyHandlers.ofByteArray());
                            if (r.statusCode() != 200 || r.body().length == 0) {
                                errors.get(t).incrementAndGet();
                                firstErrors.add(t.name() + ": " + r.statusCode());
                            }
                        } catch (Exception e) {
                            errors.get(t).incrementAndGet();
                            firstErrors.add(t.name() + ": " + e);
                        }
                        latencies.get(t).add((System.nanoTime() - t0) / 1_000);
                    }
                }, "load-client-" + c);
                clients.add(thread);
                thread.start();
            }
            for (Thread thread : clients) {
                thread.join();
            }
            int total = 0;
            int failed = 0;
            System.out.printf("Load test: %d clients, %d s on loopback%n", CLIENTS, SECONDS);
            for (Target t : targets) {
                List<Long> sorted = new ArrayList<>(latencies.get(t));
                Collections.sort(sorted);
                total += sorted.size();
                failed += errors.get(t).get();
                System.out.printf("  %-14s %7d requests (%6.1f/s), %d errors, latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n",
                        t.name(), sorted.size(), sorted.size() / (double) SECONDS, errors.get(t).get(),
                        LoadStats.percentile(sorted, 50) / 1000.0, LoadStats.percentile(sorted, 95) / 1000.0,
                        LoadStats.percentile(sorted, 99) / 1000.0);
            }
            System.out.printf("  total          %7d requests (%6.1f/s), %d errors%n", total, total / (double) SECONDS, failed);
            assertTrue(total > 0);
            assertEquals(0, failed, () -> "first errors: " + firstErrors.stream().limit(5).toList());
        }
    }

    private static HttpRequest request(ServedSeeds served, Target t) {
        return HttpRequest.newBuilder(URI.create(served.server.url() + t.path())).header("Accept", t.accept())
                .timeout(Duration.ofSeconds(30)).GET().build();
    }
}
