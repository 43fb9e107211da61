package org.migkg.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.migkg.ServedStore;
import org.migkg.SeedData;
import org.migkg.store.KnowledgeStore;

/** /dumps/ serves the published dumps, and nothing else from the store directory. */
@ServedStore(base = "http://example.org/kg/")
class DumpServingTest {
    static KnowledgeStore store;
    static KgServer server;

    @Test
    void theNQuadsDumpDownloadsAsGzipOfTheSortedContentWithItsRelease() throws IOException {
        HttpResponse<byte[]> r = Http.getBytes(server.url() + "dumps/migkg.nq.gz");
        assertEquals(200, r.statusCode());
        assertEquals("application/gzip", Http.contentType(r));
        assertEquals(Long.toString(r.body().length), r.headers().firstValue("Content-Length").orElse(""));
        String content;
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(r.body()))) {
            content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertEquals(SeedData.dump(store), content);
        String release = r.headers().firstValue("MigKG-Release").orElse("");
        assertEquals(org.migkg.store.Release.sha256(content.getBytes(StandardCharsets.UTF_8)).substring(0, 12), release);
    }

    @Test
    void turtleJsonLdAndTheContextHaveTheirTypes() throws IOException {
        HttpResponse<String> ttl = Http.get(server.url() + "dumps/migkg.ttl", null);
        assertTrue(Http.contentType(ttl).startsWith("text/turtle"));
        assertTrue(Http.contentType(Http.get(server.url() + "dumps/migkg.jsonld", null)).startsWith("application/ld+json"));
        HttpResponse<byte[]> context = Http.getBytes(server.url() + "context.jsonld");
        assertTrue(Http.contentType(context).startsWith("application/ld+json"));
        assertArrayEquals(Files.readAllBytes(Path.of("ontology", "context.jsonld")), context.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"dumps/void.ttl", "dumps/../tdb.lock", "dumps/..%2Ftdb.lock", "dumps/%2e%2e/tdb.lock",
            "dumps/%2e%2e%2ftdb.lock", "dumps/migkg.nq.gz%00", "dumps/migkg%2Enq.gz", "dumps/", "dumps",
            "dumps/migkg.nq.gz/..", "dumps/.%2e/text", "dumps//migkg.ttl", "dumps/Data-0001"})
    void pathTricksAreRefused(String path) {
        HttpResponse<byte[]> r = Http.getBytes(server.url() + path);
        assertTrue(r.statusCode() == 400 || r.statusCode() == 404, path + " answered " + r.statusCode());
        assertNotEquals("application/gzip", Http.contentType(r));
    }
}
