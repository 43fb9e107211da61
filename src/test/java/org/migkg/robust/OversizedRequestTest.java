package org.migkg.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migkg.serve.RequestSizeLimit;

/** Query bodies over 1 MB are refused with 413 (chunked ones cut off), huge URLs are refused, and the server goes on answering. */
class OversizedRequestTest {
    @TempDir
    static Path dir;
    static ServedSeeds served;

    @BeforeAll
    static void start() {
        served = new ServedSeeds(dir, 5_000);
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    /** A valid query padded with a comment to {@code bytes}. */
    static String padded(int bytes) {
        String q = ServedSeeds.PEOPLE + "\n#";
        return q + "x".repeat(bytes - q.length());
    }

    @Test
    void aQueryJustUnderTheLimitIsAnswered() throws Exception {
        HttpResponse<String> r = served.send("POST", "kg/sparql", "application/sparql-query", padded(1_000_000));
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("Sijal Aziz"));
    }

    @Test
    void aLargerQueryBodyIsRefused() throws Exception {
        for (String path : new String[] {"kg/sparql", "kg/query", "kg"}) {
            HttpResponse<String> r = served.send("POST", path, "application/sparql-query", padded((int) RequestSizeLimit.DEFAULT_MAX_BYTES + 1));
            assertEquals(413, r.statusCode(), path);
            HttpResponse<String> form = served.send("POST", path, "application/x-www-form-urlencoded",
                    "query=" + ServedSeeds.q(padded(3_000_000)));
            assertEquals(413, form.statusCode(), path + " form");
        }
        assertEquals(200, served.get("kg/sparql?query=" + ServedSeeds.q(ServedSeeds.PEOPLE)).statusCode());
    }

    @Test
    void aClientThatAsksFirstIsRefusedBeforeItSendsTheBody() throws Exception {
        // Written on a socket: the JDK's client waits for ever when a server refuses an Expect: 100-continue request.
        try (java.net.Socket socket = new java.net.Socket("localhost", served.server.port())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(("POST /kg/sparql HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/sparql-query\r\nContent-Length: 50000000\r\nExpect: 100-continue\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            assertTrue(response.startsWith("HTTP/1.1 413"), response);
            assertTrue(response.contains("over the limit"), response);
        }
    }

    @Test
    void aChunkedBodyIsCutOffAtTheLimit() throws Exception {
        byte[] body = padded(5_000_000).getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(served.server.sparqlUrl())).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();
        int status;
        try {
            status = ServedSeeds.HTTP.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
        } catch (java.io.IOException closed) {
            status = -1;
        }
        assertTrue(status == -1 || status >= 400, "refused or cut off: " + status);
        assertEquals(200, served.get("kg/sparql?query=" + ServedSeeds.q(ServedSeeds.PEOPLE)).statusCode());
    }

    @Test
    void aHugeUrlIsRefused() throws Exception {
        HttpResponse<String> r = served.get("kg/sparql?query=" + ServedSeeds.q(padded(1_100_000)));
        assertTrue(r.statusCode() == 414 || r.statusCode() == 431 || r.statusCode() == 400, "status " + r.statusCode());
        assertEquals(200, served.get("kg/sparql?query=" + ServedSeeds.q(ServedSeeds.PEOPLE)).statusCode());
    }
}
