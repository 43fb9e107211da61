package org.migkg.serve.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migkg.SeedData;
import org.migkg.pipeline.Loader;
import org.migkg.rdf.Iris;
import org.migkg.serve.KgServer;
import org.migkg.serve.PageOutOfRange;
import org.migkg.store.KnowledgeStore;

/**
 * Long lists on entity pages come a page at a time: a person who spoke at more events than a page holds, an
 * organization that organized them, and the objective they address. Each copy of a seed event adds one guest, so the
 * busiest speaker also has more co-speakers than the picture shows.
 */
class LongListPagesTest {
    static final int COPIES = 60;
    static final String PERSON = "https://w3id.org/migkg/id/person/sijal-aziz";
    static final String ORGANIZATION = "https://w3id.org/migkg/id/org/mpi";
    static final String OBJECTIVE = "https://w3id.org/migkg/gcm/objective/21";
    static final RichHtmlView VIEW = new RichHtmlView();
    static final String[] FIRST = {"Amara", "Bodil", "Celso", "Dagny", "Emeka", "Farida", "Gustav", "Hiroko", "Idris", "Jovana"};
    static final String[] LAST = {"Okonkwo", "Lindqvist", "Ferreira", "Haugen", "Nwosu", "Rahimi"};
    @TempDir
    static Path dir;
    static KnowledgeStore store;
    static long events;

    @BeforeAll
    static void load() throws IOException {
        Path data = SeedData.copyTo(dir.resolve("data"));
        ObjectNode seed = (ObjectNode) SchemaJson.JSON.readTree(Files.readString(data.resolve("events").resolve(SeedData.GENDER + ".json")));
        LocalDate day = LocalDate.of(2015, 1, 5);
        for (int k = 0; k < COPIES; k++) {
            ObjectNode copy = seed.deepCopy();
            LocalDate date = day.plusDays(7L * k);
            String id = date + "-long-list-event-" + (k + 1);
            copy.put("id", id).put("title", "Long-list event number " + (k + 1)).put("start", date + "T09:00:00-05:00");
            copy.remove("partOf");
            copy.remove("statedTimes");
            copy.putArray("description").add("One of many events in a row.");
            ((ObjectNode) copy.get("source")).put("title", "Long-list event number " + (k + 1));
            ArrayNode participants = (ArrayNode) copy.get("participants");
            participants.addObject().put("name", FIRST[k % FIRST.length] + " " + LAST[k / FIRST.length]).put("role", "speaker").put("roleBasis", "layout");
            Files.writeString(data.resolve("events").resolve(id + ".json"), SchemaJson.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(copy));
        }
        store = KnowledgeStore.open(dir.resolve("store"), Iris.DEFAULT);
        new Loader(store, dir).load(List.of(data), data, false);
        events = SeedData.select(store, "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?p <https://w3id.org/migkg/ontology#participant> <"
                + PERSON + "> ; <https://w3id.org/migkg/ontology#event> ?e }").get(0).getLiteral("n").getLong();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static String render(String iri, int page) {
        return VIEW.render(iri, ModelFactory.createDefaultModel(), store, page).orElseThrow();
    }

    static int count(String html, String regex) {
        Matcher m = Pattern.compile(regex).matcher(html);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    static String section(String html, String id) {
        int start = html.indexOf("<section id=\"" + id + "\">");
        assertTrue(start >= 0, "a section " + id);
        return html.substring(start, html.indexOf("</section>", start));
    }

    @Test
    void aPersonsEventsComeAPageAtATimeWithLinksBetweenThePages() {
        assertTrue(events > Paging.SIZE, "the person spoke at more events than a page holds: " + events);
        String first = render(PERSON, 1);
        assertEquals(Paging.SIZE, count(section(first, "events"), "<li><span class=\"date\">"), "a full first page");
        assertTrue(first.contains("Events 1–" + Paging.SIZE + " of " + events), "the total on the first page");
        assertTrue(first.contains("<link rel=\"next\" href=\"/id/person/sijal-aziz?page=2\">"), "the next page in the head");
        assertTrue(first.contains("<a rel=\"next\" href=\"/id/person/sijal-aziz?page=2\">"), "a link to the next page");

        String second = render(PERSON, 2);
        assertEquals(events - Paging.SIZE, count(section(second, "events"), "<li><span class=\"date\">"), "the rest on the last page");
        assertTrue(second.contains("<a rel=\"prev\" href=\"/id/person/sijal-aziz\">"), "a link back to the first page");
        assertTrue(!second.contains("rel=\"next\""), "no page after the last");
        assertTrue(second.contains("Long-list event number " + COPIES + "<"), "the newest copy is on the last page");
        assertThrows(PageOutOfRange.class, () -> render(PERSON, 3));
    }

    @Test
    void theCoSpeakerPictureShowsTheTopCoSpeakersAndLinksToTheRest() throws Exception {
        long coSpeakers = SeedData.select(store, "SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE { ?pair <https://w3id.org/migkg/ontology#coSpeakerPerson> <"
                + PERSON + ">, ?o FILTER (?o != <" + PERSON + ">) }").get(0).getLiteral("n").getLong();
        assertTrue(coSpeakers > PersonPage.TOP_CO_SPEAKERS, "more co-speakers than the picture shows: " + coSpeakers);
        String html = render(PERSON, 1);
        Matcher data = Pattern.compile("<script type=\"application/json\" id=\"network-data\">(.*?)</script>", Pattern.DOTALL).matcher(html);
        assertTrue(data.find(), "the picture's data");
        JsonNode network = SchemaJson.JSON.readTree(data.group(1));
        assertEquals(PersonPage.TOP_CO_SPEAKERS + 1, network.get("nodes").size(), "the person and the top co-speakers");
        assertTrue(network.get("edges").size() > PersonPage.TOP_CO_SPEAKERS, "the person's edges and those among the co-speakers");
        assertEquals(pairsAmong(network.get("nodes")), edges(network.get("edges")), "every pair among the shown people that co-spoke, with its count");
        String section = section(html, "co-speakers");
        assertEquals(PersonPage.TOP_CO_SPEAKERS, count(section, "<li>"), "the top co-speakers listed");
        assertTrue(section.contains((coSpeakers - PersonPage.TOP_CO_SPEAKERS) + " more: <a href=\"/library/co-speakers?person="), "a link to all of them");

        List<String> ranked = SeedData.select(store, """
                PREFIX mk: <https://w3id.org/migkg/ontology#> PREFIX schema: <https://schema.org/>
                SELECT ?other ?shared WHERE { ?pair mk:coSpeakerPerson <%s>, ?other ; mk:eventCount ?shared
                  FILTER (?other != <%s>) OPTIONAL { ?other schema:name ?name } } ORDER BY DESC(?shared) ?name ?other LIMIT %d"""
                .formatted(PERSON, PERSON, PersonPage.TOP_CO_SPEAKERS)).stream()
                .map(r -> r.getResource("other").getURI().substring("https://w3id.org/migkg".length()) + " " + r.getLiteral("shared").getLong())
                .toList();
        List<String> listed = new java.util.ArrayList<>();
        Matcher item = Pattern.compile("<li><a href=\"([^\"]+)\">[^<]*</a> <span class=\"count\">(\\d+) shared events?</span></li>").matcher(section);
        while (item.find()) {
            listed.add(item.group(1) + " " + item.group(2));
        }
        assertEquals(ranked, listed, "the top co-speakers by shared events, then name, ties at the cut included");
        assertTrue(!ranked.get(0).endsWith(" 1") && ranked.get(ranked.size() - 1).endsWith(" 1"),
                "the ranking mixes frequent co-speakers with a tie at the cut: " + ranked);
    }

    /** The co-speaking pairs among the given people as the store holds them: "a b count", a before b. */
    private java.util.Set<String> pairsAmong(JsonNode nodes) throws Exception {
        StringBuilder values = new StringBuilder();
        nodes.forEach(n -> values.append(" <").append(n.get("id").asText()).append(">"));
        java.util.Set<String> out = new java.util.TreeSet<>();
        SeedData.select(store, "PREFIX mk: <https://w3id.org/migkg/ontology#> SELECT ?a ?b ?n WHERE { VALUES ?a {" + values
                + " } VALUES ?b {" + values + " } ?pair mk:coSpeakerPerson ?a, ?b ; mk:eventCount ?n FILTER (STR(?a) < STR(?b)) }")
                .forEach(r -> out.add(r.getResource("a").getURI() + " " + r.getResource("b").getURI() + " " + r.getLiteral("n").getLong()));
        return out;
    }

    private static java.util.Set<String> edges(JsonNode edges) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        edges.forEach(e -> out.add(e.get("source").asText() + " " + e.get("target").asText() + " " + e.get("weight").asLong()));
        return out;
    }

    @Test
    void anOrganizationsEventsAndPeopleAndAnObjectivesEventsArePagedToo() {
        String org = render(ORGANIZATION, 1);
        assertEquals(Paging.SIZE, count(section(org, "events"), "<li><span class=\"date\">"), "a full first page of the organizer's events");
        assertTrue(org.contains("<a rel=\"next\" href=\"/id/org/mpi?page=2\">"));
        String objective = render(OBJECTIVE, 1);
        assertEquals(Paging.SIZE, count(section(objective, "events"), "<li><span class=\"date\">"), "a full first page of the objective's events");
        assertTrue(objective.contains("<a rel=\"next\" href=\"/gcm/objective/21?page=2\">"));
        String rest = render(OBJECTIVE, 2);
        assertTrue(count(section(rest, "events"), "<li><span class=\"date\">") > 0, "the rest of the objective's events");
    }

    @Test
    void eachPageIsServedAndKeptApartAndAPagePastTheLastIsNotFound() throws Exception {
        KgServer server = WebFront.install(KgServer.builder(store).port(0), store).build().start();
        try {
            String url = server.url() + "id/person/sijal-aziz";
            HttpResponse<String> first = get(url);
            HttpResponse<String> second = get(url + "?page=2");
            assertEquals(200, first.statusCode());
            assertEquals(200, second.statusCode());
            assertTrue(first.body().contains("Events 1–" + Paging.SIZE + " of " + events), "the first page");
            assertTrue(second.body().contains("Events " + (Paging.SIZE + 1) + "–" + events + " of " + events), "the second page, not the kept first");
            assertEquals(first.body(), get(url + "?page=1").body(), "page 1 is the page without a number");
            assertEquals(404, get(url + "?page=3").statusCode());
            assertEquals(404, get(url + "?page=zero").statusCode());
            HttpResponse<String> turtle = get(url + ".ttl?page=2");
            assertEquals(200, turtle.statusCode());
            assertEquals(get(url + ".ttl").body(), turtle.body(), "the Turtle description has no pages");
        } finally {
            server.close();
        }
    }

    static HttpResponse<String> get(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
