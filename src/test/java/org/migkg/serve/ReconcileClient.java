package org.migkg.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** What OpenRefine sends to {@code /reconcile}: query batches as a form POST (or GET), and the side services by GET. */
final class ReconcileClient {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private final String endpoint;

    ReconcileClient(KgServer server) {
        this.endpoint = server.url() + "reconcile";
    }

    String endpoint() {
        return endpoint;
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    HttpResponse<String> post(String form) {
        return send(HttpRequest.newBuilder(URI.create(endpoint))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    /** {@code path} after the endpoint, with its query string: "", "?queries=...", "/suggest/entity?prefix=...". */
    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(endpoint + path)).GET().build());
    }

    static HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** POSTs a batch and returns the parsed answer, failing on any status but 200. */
    JsonNode reconcile(ObjectNode batch) {
        HttpResponse<String> r = post("queries=" + encode(batch.toString()));
        if (r.statusCode() != 200) {
            throw new AssertionError("status " + r.statusCode() + ": " + r.body());
        }
        return read(r.body());
    }

    /** One query's candidates. */
    JsonNode candidates(ObjectNode query) {
        ObjectNode batch = JSON.createObjectNode();
        batch.set("q0", query);
        return reconcile(batch).at("/q0/result");
    }

    static ObjectNode query(String text, String type) {
        ObjectNode q = JSON.createObjectNode().put("query", text);
        if (type != null) {
            q.put("type", type);
        }
        return q;
    }

    static ObjectNode withProperty(ObjectNode query, String pid, String value) {
        query.withArrayProperty("properties").addObject().put("pid", pid).put("v", value);
        return query;
    }

    static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
