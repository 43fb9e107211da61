package org.migkg.replica;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migkg.SeedData;
import org.migkg.pipeline.Loader;
import org.migkg.rdf.Iris;
import org.migkg.serve.KgServer;
import org.migkg.store.DumpWriter;
import org.migkg.store.KnowledgeStore;
import org.migkg.store.ReleaseArchive;
import org.migkg.store.ReleasePatch;

/** A primary and two replicas on loopback: the replicas follow the primary's releases and outlive it. */
class ReplicaTest {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Duration POLL = Duration.ofMillis(200);
    /** How long a replica may lag behind a publication before the test fails. */
    private static final Duration BOUND = Duration.ofSeconds(60);
    private static final String QUERY = """
            PREFIX schema: <https://schema.org/>
            SELECT ?person ?p ?o WHERE { ?person a schema:Person ; ?p ?o } ORDER BY ?person ?p ?o""";

    @TempDir
    Path dir;

    @Test
    void bothReplicasFollowEachReleaseAnswerAlikeAndOutliveThePrimary() throws Exception {
        KnowledgeStore primaryStore = SeedData.loadedStore(dir.resolve("primary"));
        KgServer primary = KgServer.builder(primaryStore).port(0).build().start();
        KnowledgeStore[] stores = {KnowledgeStore.open(dir.resolve("r1"), Iris.DEFAULT), KnowledgeStore.open(dir.resolve("r2"), Iris.DEFAULT)};
        KgServer[] replicas = new KgServer[2];
        Follower[] followers = new Follower[2];
        try {
            for (int i = 0; i < 2; i++) {
                replicas[i] = KgServer.builder(stores[i]).port(0).build().start();
                followers[i] = new Follower(stores[i], KgServer.sparqlEndpoint(stores[i].iris()), URI.create(primary.url()), POLL, 5).start();
            }
            String first = ReleaseArchive.of(primaryStore).latest().orElseThrow().id();
            for (int i = 0; i < 2; i++) {
                awaitRelease(replicas[i], first);
                assertEquals(1, followers[i].wholeReleasesTaken(), "a new replica takes the whole release");
            }
            assertSameAnswers(primary, replicas);

            Path data = dir.resolve("primary").resolve("data");
            Files.delete(data.resolve("events").resolve(SeedData.COMMUNICATIONS + ".json"));
            new Loader(primaryStore, data.getParent()).load(List.of(data), data, false);
            String second = new DumpWriter(primaryStore, KgServer.sparqlEndpoint(primaryStore.iris())).write().release().id();
            long published = System.nanoTime();
            for (int i = 0; i < 2; i++) {
                awaitRelease(replicas[i], second);
                assertEquals(1, followers[i].patchesApplied(), "the next release comes as its patch");
                assertEquals(1, followers[i].wholeReleasesTaken());
                assertArrayEquals(Files.readAllBytes(DumpWriter.directory(primaryStore).resolve(second).resolve(ReleasePatch.FILE)),
                        Files.readAllBytes(DumpWriter.directory(stores[i]).resolve(second).resolve(ReleasePatch.FILE)),
                        "the replica republishes the same release, patch included");
            }
            System.out.printf("replica lag after a publication: %d ms (polling every %d ms)%n",
                    (System.nanoTime() - published) / 1_000_000, POLL.toMillis());
            assertSameAnswers(primary, replicas);
            int update = post(replicas[0].url() + "kg/update", "update=" + URLEncoder.encode("CLEAR ALL", StandardCharsets.UTF_8));
            assertEquals(4, update / 100, "a replica is read-only like its primary: " + update);
            assertEquals(second, release(replicas[0]));

            String before = query(replicas[0]);
            primary.close();
            primaryStore.close();
            Thread.sleep(POLL.toMillis() * 10);
            for (int i = 0; i < 2; i++) {
                assertEquals(second, release(replicas[i]), "the replica keeps its last release");
                assertEquals(before, query(replicas[i]));
                assertEquals(1, followers[i].outagesReported(), "an outage is reported once, not once per poll");
            }
        } finally {
            for (int i = 0; i < 2; i++) {
                if (followers[i] != null) {
                    followers[i].close();
                }
                if (replicas[i] != null) {
                    replicas[i].close();
                }
                stores[i].close();
            }
            primary.close();
        }
    }

    private static void assertSameAnswers(KgServer primary, KgServer[] replicas) {
        String expected = query(primary);
        assertTrue(expected.lines().count() > 10, expected);
        for (KgServer r : replicas) {
            assertEquals(expected, query(r), "the same bytes for the same query");
            assertArrayEquals(get(primary.url() + "dumps/migkg.nq.gz").body(), get(r.url() + "dumps/migkg.nq.gz").body());
        }
    }

    private static void awaitRelease(KgServer replica, String id) throws InterruptedException {
        await(() -> id.equals(release(replica)), "replica " + replica.url() + " to answer release " + id);
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + BOUND.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited " + BOUND + " for " + what);
            }
            Thread.sleep(50);
        }
    }

    private static String release(KgServer server) {
        return get(server.url() + ".well-known/void").headers().firstValue("MigKG-Release").orElse("");
    }

    private static String query(KgServer server) {
        HttpResponse<byte[]> r = get(server.sparqlUrl() + "?query=" + URLEncoder.encode(QUERY, StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode());
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    private static HttpResponse<byte[]> get(String url) {
        try {
            return CLIENT.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/csv").GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int post(String url, String form) {
        try {
            return CLIENT.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
