package org.migkg.robust;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.migkg.SeedData;
import org.migkg.serve.KgServer;
import org.migkg.store.KnowledgeStore;

/** The seeds served on a free loopback port, with the helpers the abuse tests share. */
final class ServedSeeds implements AutoCloseable {
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    static final String PEOPLE = "SELECT ?name WHERE { ?p a <https://schema.org/Person> ; <https://schema.org/name> ?name } ORDER BY ?name";

    final KnowledgeStore store;
    final KgServer server;

    ServedSeeds(Path dir, long timeoutMillis) {
        this(dir, timeoutMillis, KgServer.DEFAULT_MAX_RESULTS);
    }

    ServedSeeds(Path dir, long timeoutMillis, long maxResults) {
        this(dir, timeoutMillis, maxResults, false);
    }

    private ServedSeeds(Path dir, long timeoutMillis, long maxResults, boolean webFront) {
        store = SeedData.loadedStore(dir);
        KgServer.Builder builder = KgServer.builder(store).port(0).queryTimeoutMillis(timeoutMillis).maxResults(maxResults);
        server = (webFront ? org.migkg.serve.html.WebFront.install(builder, store) : builder).build().start();
    }

    /** The seeds served as {@code serve} serves them: with the landing page, entity pages and the query editor. */
    static ServedSeeds withWebFront(Path dir, long timeoutMillis) {
        return new ServedSeeds(dir, timeoutMillis, KgServer.DEFAULT_MAX_RESULTS, true);
    }

    HttpResponse<String> send(String method, String path, String contentType, String body) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url() + path)).timeout(Duration.ofSeconds(60));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send("GET", path, null, null);
    }

    static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** Sends a request line exactly as written (no client-side normalisation) and returns the whole response. */
    String raw(String method, String rawPath) throws IOException {
        try (Socket socket = new Socket("localhost", server.port())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + rawPath + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    @Override
    public void close() {
        server.close();
        store.close();
    }
}
