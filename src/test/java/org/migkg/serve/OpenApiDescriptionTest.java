package org.migkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.migkg.ServedStore;
import org.migkg.store.KnowledgeStore;

/** /api/openapi.json parses, and describes the parameters SearchApiServlet reads and the answers it gives. */
@ServedStore
class OpenApiDescriptionTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final Path SERVLET_SOURCE = Path.of("src/main/java/org/migkg/serve/SearchApiServlet.java");

    static KnowledgeStore store;
    static KgServer server;
    static HttpResponse<String> response;
    static JsonNode api;
    static JsonNode search;

    @BeforeAll
    static void start() throws IOException {
        response = Http.get(server.url() + "api/openapi.json", null);
        api = JSON.readTree(response.body());
        search = api.at("/paths/~1api~1search/get");
    }

    static Set<String> names(Iterable<JsonNode> nodes) {
        Set<String> out = new TreeSet<>();
        nodes.forEach(n -> out.add(n.isTextual() ? n.asText() : n.get("name").asText()));
        return out;
    }

    @Test
    void isServedAsOpenApi3Json() {
        assertEquals(200, response.statusCode());
        assertTrue(Http.contentType(response).startsWith("application/json"));
        assertTrue(api.get("openapi").asText().startsWith("3."), api.get("openapi").asText());
        assertTrue(api.at("/info/title").isTextual() && api.at("/info/version").isTextual());
        assertTrue(search.isObject(), "describes GET /api/search");
    }

    @Test
    void namesExactlyTheParametersTheServletReads() throws IOException {
        Set<String> read = new TreeSet<>();
        Matcher m = Pattern.compile("getParameter\\(\"([^\"]+)\"\\)").matcher(Files.readString(SERVLET_SOURCE));
        while (m.find()) {
            read.add(m.group(1));
        }
        assertEquals(Set.of("limit", "q"), read, "the servlet reads these; if it reads more, describe them");
        assertEquals(read, names(search.get("parameters")));
        for (JsonNode p : search.get("parameters")) {
            assertEquals("query", p.get("in").asText());
        }
        JsonNode q = search.get("parameters").get(0);
        assertEquals("q", q.get("name").asText());
        assertTrue(q.get("required").asBoolean());
        JsonNode limit = search.get("parameters").get(1).get("schema");
        assertEquals("integer", limit.get("type").asText());
        assertEquals(1, limit.get("minimum").asInt());
        assertEquals(SearchApiServlet.MAX_LIMIT, limit.get("maximum").asInt());
        assertEquals(SearchApiServlet.DEFAULT_LIMIT, limit.get("default").asInt());
    }

    @Test
    void theAnswersHaveTheDescribedShape() throws IOException {
        JsonNode body = JSON.readTree(Http.get(server.url() + "api/search?q=Aziz&limit=3", null).body());
        JsonNode result = api.at("/components/schemas/SearchResult");
        JsonNode hit = api.at("/components/schemas/Hit");
        assertEquals(names(result.get("required")), iterable(body.fieldNames()));
        assertTrue(body.get("hits").size() > 0);
        Set<String> described = iterable(hit.get("properties").fieldNames());
        for (JsonNode h : body.get("hits")) {
            Set<String> keys = iterable(h.fieldNames());
            assertTrue(described.containsAll(keys), keys.toString());
            assertTrue(keys.containsAll(names(hit.get("required"))), keys.toString());
            assertTrue(names(hit.at("/properties/kind/enum")).contains(h.get("kind").asText()), h.toString());
        }
        HttpResponse<String> bad = Http.get(server.url() + "api/search?limit=0", null);
        assertEquals(400, bad.statusCode());
        String declared = search.at("/responses/400/content").fieldNames().next();
        assertTrue(Http.contentType(bad).startsWith(declared), Http.contentType(bad));
        assertTrue(search.at("/responses/200/content/application~1json").isObject());
    }

    static Set<String> iterable(java.util.Iterator<String> names) {
        Set<String> out = new TreeSet<>();
        names.forEachRemaining(out::add);
        return out;
    }
}
