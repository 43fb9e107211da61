package org.migkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.migkg.serve.ReconcileClient.encode;
import static org.migkg.serve.ReconcileClient.query;
import static org.migkg.serve.ReconcileClient.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.migkg.ServedStore;
import org.migkg.SeedData;
import org.migkg.rdf.Iris;
import org.migkg.store.KnowledgeStore;

/** The reconciliation service's protocol, shape by shape, as the Reconciliation Service API 0.2 describes it. */
@ServedStore(base = "http://example.org/kg/")
class ReconciliationServiceTest {
    static final Iris IRIS = new Iris("http://example.org/kg/");
    static final String PERSON = "https://schema.org/Person";

    static KnowledgeStore store;
    static KgServer server;
    static ReconcileClient client;

    @BeforeAll
    static void start() {
        client = new ReconcileClient(server);
    }

    @Test
    void aGetWithoutParametersAnswersTheManifest() {
        HttpResponse<String> r = client.get("");
        assertEquals(200, r.statusCode());
        assertTrue(Http.contentType(r).startsWith("application/json"), Http.contentType(r));
        JsonNode m = read(r.body());
        assertTrue(texts(m.get("versions")).contains("0.2"), m::toString);
        assertFalse(m.get("name").asText().isBlank());
        assertEquals(IRIS.base() + "id/", m.get("identifierSpace").asText());
        assertEquals("https://w3id.org/migkg/ontology#", m.get("schemaSpace").asText());
        List<String> types = new ArrayList<>();
        m.get("defaultTypes").forEach(t -> types.add(t.get("id").asText() + " " + t.get("name").asText()));
        assertEquals(List.of(PERSON + " Person", "https://schema.org/Organization Organization", "https://schema.org/Event Event"), types);
        assertTrue(m.at("/view/url").asText().contains("{{id}}"));
        assertTrue(m.at("/preview/url").asText().contains("{{id}}"));
        assertTrue(m.at("/preview/width").isInt() && m.at("/preview/height").isInt());
        for (String kind : List.of("entity", "type", "property")) {
            JsonNode s = m.at("/suggest/" + kind);
            assertEquals(server.url() + "reconcile/suggest/" + kind, s.get("service_url").asText() + s.get("service_path").asText());
        }
        assertTrue(m.get("batchSize").asInt() >= 10);
    }

    @Test
    void theViewTemplateLeadsToTheEntityPageWhateverTheClientEncodes() {
        String template = read(client.get("").body()).at("/view/url").asText();
        for (String id : List.of("person/sijal-aziz", encode("person/sijal-aziz"))) {
            HttpResponse<String> r = ReconcileClient.send(HttpRequest.newBuilder(URI.create(template.replace("{{id}}", id))).GET().build());
            assertEquals(303, r.statusCode(), id);
            String page = r.headers().firstValue("Location").orElseThrow();
            assertEquals(server.url() + "id/person/sijal-aziz", page);
            HttpResponse<String> shown = Http.get(page, "text/html");
            assertEquals(200, shown.statusCode());
            assertTrue(shown.body().contains("Sijal Aziz"));
        }
        assertEquals(404, client.get("/view?id=person/nobody").statusCode());
    }

    @Test
    void jsonpWrapsTheManifestInTheCallback() {
        HttpResponse<String> r = client.get("?callback=jsonp1712");
        assertEquals(200, r.statusCode());
        assertTrue(Http.contentType(r).startsWith("text/javascript"), Http.contentType(r));
        String body = r.body();
        assertTrue(body.startsWith("/**/jsonp1712(") && body.endsWith(");"), body);
        JsonNode inner = read(body.substring("/**/jsonp1712(".length(), body.length() - 2));
        assertEquals(read(client.get("").body()), inner);
        assertEquals(400, client.get("?callback=" + encode("alert(1)//")).statusCode());
    }

    @Test
    void jsonpAnswersQueriesAndSuggestionsToo() {
        String batch = encode("{\"q0\":{\"query\":\"Sijal Aziz\",\"type\":\"" + PERSON + "\"}}");
        String body = client.get("?callback=cb.f&queries=" + batch).body();
        assertTrue(body.startsWith("/**/cb.f("), body);
        assertEquals("Sijal Aziz", read(body.substring("/**/cb.f(".length(), body.length() - 2)).at("/q0/result/0/name").asText());
        String suggested = client.get("/suggest/entity?prefix=aziz&callback=cb").body();
        assertTrue(suggested.startsWith("/**/cb({\"result\":"), suggested);
    }

    @Test
    void aPostedBatchIsAnsweredKeyedLikeTheRequestWithCandidatesOfTheSpecifiedShape() {
        ObjectNode batch = ReconcileClient.JSON.createObjectNode();
        batch.set("q0", query("Sijal Aziz", PERSON).put("limit", 3));
        batch.set("q1", query("WELDO", "https://schema.org/Organization"));
        batch.set("row 7", query("Camille Le Coz", null));
        batch.set("q3", query("Nobody Atall", PERSON));
        JsonNode answer = client.reconcile(batch);
        assertEquals(new TreeSet<>(List.of("q0", "q1", "row 7", "q3")), keys(answer));
        for (JsonNode result : answer) {
            assertEquals(Set.of("result"), keys(result));
            double previous = Double.MAX_VALUE;
            for (JsonNode c : result.get("result")) {
                assertTrue(c.get("id").isTextual() && c.get("name").isTextual(), c::toString);
                assertTrue(c.get("score").isNumber() && c.get("score").asDouble() >= 0 && c.get("score").asDouble() <= 100, c::toString);
                assertTrue(c.get("score").asDouble() <= previous, "sorted by score");
                previous = c.get("score").asDouble();
                assertTrue(c.get("match").isBoolean(), c::toString);
                assertTrue(c.get("type").isArray() && c.at("/type/0/id").isTextual() && c.at("/type/0/name").isTextual(), c::toString);
                c.get("features").forEach(f -> assertTrue(f.get("id").isTextual() && (f.get("value").isNumber() || f.get("value").isBoolean())));
            }
        }
        assertTrue(answer.at("/q0/result").size() <= 3);
        JsonNode aziz = answer.at("/q0/result/0");
        assertEquals("person/sijal-aziz", aziz.get("id").asText());
        assertEquals(IRIS.person("sijal-aziz"), IRIS.base() + "id/" + aziz.get("id").asText(), "identifierSpace + id is the IRI");
        assertEquals(PERSON, aziz.at("/type/0/id").asText());
        assertTrue(aziz.get("match").asBoolean());
        assertEquals("org/weldo", answer.at("/q1/result/0/id").asText());
        assertEquals("person/camille-le-coz", answer.at("/row 7/result/0/id").asText(), answer::toString);
        assertTrue(noMatch(answer.at("/q3/result")), answer::toString);
    }

    @Test
    void aGetBatchAnswersAsThePostDoes() {
        String batch = "{\"q0\":{\"query\":\"Camille LeCoz\",\"type\":\"" + PERSON + "\"}}";
        assertEquals(read(client.post("queries=" + encode(batch)).body()), read(client.get("?queries=" + encode(batch)).body()));
    }

    @Test
    void theLegacySingleQueryIsAnsweredAsOneResult() {
        JsonNode byText = read(client.get("?query=" + encode("Sijal Aziz")).body());
        assertEquals("person/sijal-aziz", byText.at("/result/0/id").asText(), byText::toString);
        JsonNode byJson = read(client.get("?query=" + encode("{\"query\":\"WELDO\",\"type\":\"Organization\"}")).body());
        assertEquals("org/weldo", byJson.at("/result/0/id").asText(), byJson::toString);
    }

    @Test
    void anIdOrIriAsTheQueryFindsThatEntity() {
        for (String q : List.of("person/sijal-aziz", IRIS.person("sijal-aziz"))) {
            JsonNode c = client.candidates(query(q, PERSON)).get(0);
            assertEquals("person/sijal-aziz", c.get("id").asText());
            assertEquals(100, c.get("score").asDouble());
            assertTrue(c.get("match").asBoolean());
        }
    }

    @Test
    void aTypeTheServiceDoesNotHaveFindsNothingAndTypesMayBeNamedShort() {
        assertEquals(0, client.candidates(query("Sijal Aziz", "Q5")).size());
        assertEquals("person/sijal-aziz", client.candidates(query("Sijal Aziz", "Person")).at("/0/id").asText());
        assertEquals("person/sijal-aziz", client.candidates(query("Sijal Aziz", "schema:Person")).at("/0/id").asText());
        assertEquals(0, client.candidates(query("Sijal Aziz", "https://schema.org/Event")).size());
    }

    @Test
    void badBatchesAreRefused() {
        assertEquals(400, client.post("queries=" + encode("{not json")).statusCode());
        assertEquals(400, client.post("queries=" + encode("[1, 2]")).statusCode());
        assertEquals(400, client.post("queries=" + encode("{\"q0\": 7}")).statusCode());
        assertEquals(400, client.post("").statusCode());
        StringBuilder big = new StringBuilder("{");
        for (int i = 0; i < 51; i++) {
            big.append(i == 0 ? "" : ",").append("\"q").append(i).append("\":{\"query\":\"x\"}");
        }
        assertEquals(413, client.post("queries=" + encode(big.append("}").toString())).statusCode());
        assertEquals(404, client.get("/nothing-here").statusCode());
    }

    @Test
    void thePreviewIsASmallEscapedHtmlCardLinkingToTheEntityPage() {
        HttpResponse<String> r = client.get("/preview?id=" + encode("person/sijal-aziz"));
        assertEquals(200, r.statusCode());
        assertTrue(Http.contentType(r).startsWith("text/html"));
        assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'none'"));
        assertTrue(r.body().contains("<h1><a href=\"" + server.url() + "id/person/sijal-aziz\""), r.body());
        assertTrue(r.body().contains("WELDO"), r.body());
        assertFalse(r.body().contains("<script"), r.body());
        HttpResponse<String> unknown = client.get("/preview?id=" + encode("<b>nobody</b>"));
        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.body().contains("&lt;b&gt;nobody&lt;/b&gt;"), unknown.body());
    }

    @Test
    void entitySuggestionsCompleteNamesAndWordsAndPage() {
        JsonNode r = read(client.get("/suggest/entity?prefix=camil").body());
        JsonNode first = r.at("/result/0");
        assertEquals("person/camille-le-coz", first.get("id").asText());
        assertEquals("Camille Le Coz", first.get("name").asText());
        assertEquals(PERSON, first.at("/notable/0/id").asText());
        assertEquals("person/camille-le-coz", read(client.get("/suggest/entity?prefix=" + encode("le co")).body()).at("/result/0/id").asText());
        assertEquals("org/weldo", read(client.get("/suggest/entity?prefix=weld&type=" + encode("https://schema.org/Organization")).body())
                .at("/result/0/id").asText());
        assertEquals(0, read(client.get("/suggest/entity?prefix=weld&type=Person").body()).get("result").size());
        JsonNode page1 = read(client.get("/suggest/entity?prefix=in&limit=2").body()).get("result");
        JsonNode page2 = read(client.get("/suggest/entity?prefix=in&limit=2&cursor=2").body()).get("result");
        assertEquals(2, page1.size());
        assertFalse(page1.get(0).get("id").equals(page2.get(0).get("id")));
    }

    @Test
    void typeAndPropertySuggestionsListWhatQueriesMayUse() {
        assertEquals(PERSON, read(client.get("/suggest/type?prefix=pers").body()).at("/result/0/id").asText());
        assertEquals(3, read(client.get("/suggest/type?prefix=").body()).get("result").size());
        JsonNode affiliation = read(client.get("/suggest/property?prefix=affil").body()).at("/result/0");
        assertEquals("affiliation", affiliation.get("id").asText());
        assertFalse(affiliation.get("name").asText().isBlank());
        Set<String> all = new TreeSet<>();
        read(client.get("/suggest/property?prefix=").body()).get("result").forEach(p -> all.add(p.get("id").asText()));
        assertEquals(Set.of("affiliation", "country", "date", "year"), all);
        Set<String> forOrganizations = new TreeSet<>();
        read(client.get("/suggest/property?prefix=&type=Organization").body()).get("result").forEach(p -> forOrganizations.add(p.get("id").asText()));
        assertEquals(Set.of("country"), forOrganizations);
    }

    @Test
    void browserClientsOnOtherOriginsMayCallTheService() {
        HttpResponse<String> r = ReconcileClient.send(HttpRequest.newBuilder(URI.create(client.endpoint()))
                .header("Origin", "http://127.0.0.1:3333").GET().build());
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Access-Control-Allow-Origin").isPresent(), r.headers().map()::toString);
    }

    @Test
    void reconcilingWritesNothing() {
        String before = SeedData.dump(store);
        client.reconcile((ObjectNode) read("{\"q0\":{\"query\":\"Sijal Aziz\",\"properties\":[{\"pid\":\"affiliation\",\"v\":\"WELDO\"}]}}"));
        assertEquals(before, SeedData.dump(store));
    }

    static boolean noMatch(JsonNode result) {
        for (JsonNode c : result) {
            if (c.get("match").asBoolean()) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> keys(JsonNode n) {
        Set<String> out = new TreeSet<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }
}
