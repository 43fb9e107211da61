package org.migkg.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migkg.rdf.Iris;
import org.migkg.serve.KgServer;
import org.migkg.store.KnowledgeStore;
import org.migkg.pipeline.Loader;

/** Eight HTTP clients query the SPARQL endpoint while the served store is reloaded: no errors, no mixed answers. */
class ReloadUnderHttpQueriesTest {
    private static final int CLIENTS = 8;
    private static final String COUNT = "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a <https://schema.org/Event> }";

    @TempDir
    Path dir;

    @Test
    void clientsGetAnswersThroughReloads() throws Exception {
        Path small = Corpora.distinctCopies(dir.resolve("small"), "small", 4);
        Path large = Corpora.distinctCopies(dir.resolve("large"), "large", 10);
        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("store"), Iris.DEFAULT)) {
            Loader loader = new Loader(store, dir);
            loader.load(List.of(small), small, false);
            try (KgServer server = KgServer.builder(store).port(0).build().start()) {
                HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
                URI uri = URI.create(server.sparqlUrl() + "?query=" + URLEncoder.encode(COUNT, StandardCharsets.UTF_8));
                AtomicBoolean reloading = new AtomicBoolean(true);
                AtomicInteger answered = new AtomicInteger();
                Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
                ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
                List<Thread> clients = new ArrayList<>();
                for (int c = 0; c < CLIENTS; c++) {
                    Thread t = new Thread(() -> {
                        while (reloading.get()) {
                            try {
                                HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).header("Accept", "text/csv")
                                        .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
                                if (r.statusCode() != 200) {
                                    errors.add(r.statusCode() + " " + r.body());
                                } else {
                                    answered.incrementAndGet();
                                    counts.computeIfAbsent(r.body().lines().skip(1).findFirst().orElse("?"), k -> new AtomicInteger()).incrementAndGet();
                                }
                            } catch (Exception e) {
                                errors.add(e.toString());
                            }
                        }
                    }, "client-" + c);
                    clients.add(t);
                    t.start();
                }
                for (int i = 0; i < 2; i++) {
                    loader.load(List.of(large), large, false);
                    loader.load(List.of(small), small, false);
                }
                reloading.set(false);
                for (Thread t : clients) {
                    t.join();
                }
                System.out.printf("HTTP during 4 reloads: %d clients, %d answers, %d errors, event counts seen %s%n",
                        CLIENTS, answered.get(), errors.size(), counts);
                assertEquals(List.of(), List.copyOf(errors).subList(0, Math.min(5, errors.size())));
                assertTrue(answered.get() > CLIENTS);
                assertEquals(Set.of(), Set.copyOf(counts.keySet().stream()
                        .filter(n -> !n.equals(Integer.toString(8)) && !n.equals(Integer.toString(20))).toList()),
                        "every answer counts the small (8) or the large (20) corpus");
            }
        }
    }
}
