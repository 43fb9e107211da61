package org.migkg.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.migkg.ServedStore;
import org.migkg.store.Dump;
import org.migkg.store.DumpWriter;
import org.migkg.store.KnowledgeStore;
import org.migkg.store.ReleaseArchive;

/** Every download answers ranges, gzip transfer and conditional requests; kept releases answer at their own URLs. */
@ServedStore
class ReleaseDownloadsTest {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    static KnowledgeStore store;
    static KgServer server;
    static String id;

    @BeforeAll
    static void start() {
        id = ReleaseArchive.of(store).latest().orElseThrow().id();
    }

    static HttpResponse<byte[]> get(String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url() + path)).GET();
        if (headers.length > 0) {
            b.headers(headers);
        }
        try {
            return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static byte[] file(String name) throws IOException {
        return Files.readAllBytes(DumpWriter.directory(store).resolve(name));
    }

    @Test
    void aKeptReleaseAnswersAtItsOwnUrlWithItsIdAndMayBeCachedForGood() throws IOException {
        for (Dump d : Dump.values()) {
            HttpResponse<byte[]> pinned = get("dumps/" + id + "/" + d.file());
            assertEquals(200, pinned.statusCode(), d.file());
            assertArrayEquals(file(id + "/" + d.file()), pinned.body());
            assertArrayEquals(get("dumps/" + d.file()).body(), pinned.body(), "the latest is this release");
            assertEquals(id, pinned.headers().firstValue("MigKG-Release").orElse(""));
            assertTrue(pinned.headers().firstValue("Cache-Control").orElse("").contains("immutable"));
            assertTrue(Http.contentType(pinned).startsWith(d.contentType()), Http.contentType(pinned));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dumps/migkg.nq.gz", "dumps/migkg.ttl"})
    void aRangeIsAnsweredWith206AndContentRange(String path) throws IOException {
        byte[] whole = file(path.substring("dumps/".length()));
        HttpResponse<byte[]> r = get(path, "Range", "bytes=100-1099");
        assertEquals(206, r.statusCode());
        assertEquals("bytes 100-1099/" + whole.length, r.headers().firstValue("Content-Range").orElse(""));
        assertArrayEquals(Arrays.copyOfRange(whole, 100, 1100), r.body());
        HttpResponse<byte[]> tail = get(path, "Range", "bytes=-10");
        assertArrayEquals(Arrays.copyOfRange(whole, whole.length - 10, whole.length), tail.body());
        assertEquals(416, get(path, "Range", "bytes=" + (whole.length + 10) + "-").statusCode());
    }

    @Test
    void uncompressedFilesTravelGzippedToClientsThatAcceptIt() throws IOException {
        for (String path : new String[] {"dumps/migkg.ttl", "dumps/" + id + "/migkg.jsonld"}) {
            HttpResponse<byte[]> r = get(path, "Accept-Encoding", "gzip");
            assertEquals(200, r.statusCode());
            assertEquals("gzip", r.headers().firstValue("Content-Encoding").orElse(""), path);
            assertTrue(r.headers().allValues("Vary").toString().contains("Accept-Encoding"), path);
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(r.body()))) {
                assertArrayEquals(file(path.substring("dumps/".length())), in.readAllBytes(), path);
            }
            assertTrue(r.body().length < file(path.substring("dumps/".length())).length / 3, "it is compressed");
        }
        HttpResponse<byte[]> plain = get("dumps/migkg.ttl");
        assertTrue(plain.headers().firstValue("Content-Encoding").isEmpty());
        HttpResponse<byte[]> nquads = get("dumps/migkg.nq.gz", "Accept-Encoding", "gzip");
        assertTrue(nquads.headers().firstValue("Content-Encoding").isEmpty(), "a gzip file is sent as it is");
        assertArrayEquals(file(Dump.NQUADS.file()), nquads.body());
    }

    @Test
    void etagAndLastModifiedAnswerConditionalRequests() {
        HttpResponse<byte[]> r = get("dumps/migkg.ttl");
        String etag = r.headers().firstValue("ETag").orElseThrow();
        String modified = r.headers().firstValue("Last-Modified").orElseThrow();
        assertEquals(304, get("dumps/migkg.ttl", "If-None-Match", etag).statusCode());
        assertEquals(304, get("dumps/migkg.ttl", "If-Modified-Since", modified).statusCode());
        assertEquals(200, get("dumps/migkg.ttl", "If-None-Match", "\"other\"").statusCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"dumps/0123456789ab/migkg.ttl", "dumps/%s/release.ttl", "dumps/%s/migkg.ttl.gz", "dumps/migkg.ttl.gz",
            "dumps/%s/", "dumps/%s", "dumps/%s/../void.ttl", "dumps/patch.rdfp", "dumps/%s/patch.rdfp", "dumps/%S/migkg.ttl"})
    void onlyReleaseFilesAreServed(String path) {
        HttpResponse<byte[]> r = get(path.replace("%s", id).replace("%S", id.toUpperCase()));
        assertTrue(r.statusCode() == 404 || r.statusCode() == 400, path + " answered " + r.statusCode());
    }
}
