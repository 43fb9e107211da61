package org.migkg.serve.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.QuerySolution;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migkg.SeedData;
import org.migkg.store.KnowledgeStore;

/** The entity pages rendered from the seed data: what a reader of each page must find on it. */
class EntityPagesTest {
    static final String BASE = "https://w3id.org/migkg/";
    @TempDir
    static Path dir;
    static KnowledgeStore store;
    static final RichHtmlView VIEW = new RichHtmlView();

    @BeforeAll
    static void load() {
        store = SeedData.loadedStore(dir);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static String render(String iri) {
        return VIEW.render(iri, ModelFactory.createDefaultModel(), store).orElseThrow(() -> new AssertionError("no page for " + iri));
    }

    static JsonNode jsonLd(String html) throws Exception {
        Matcher m = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL).matcher(html);
        assertTrue(m.find(), "the page embeds JSON-LD");
        return SchemaJson.JSON.readTree(m.group(1));
    }

    @Test
    void eventPageShowsTheCardParticipantsInOrderAndRelatedEventsWithReasons() throws Exception {
        String html = render(BASE + "id/event/" + SeedData.GENDER);
        assertTrue(html.contains("<h1>Working Towards a More Gender-Responsive Reintegration Process for Returned Migrants</h1>"));
        assertTrue(html.contains("15 February 2022, 09:00 (UTC-05:00)"), "the date with its offset");
        assertTrue(html.contains("3:00 P.M. CET (Berlin, Brussels)"), "the times as stated");
        int lobel = html.indexOf("Elke Löbel");
        int meshi = html.indexOf("Mariana Meshi");
        int aziz = html.indexOf("Sijal Aziz");
        int leCoz = html.indexOf("Camille Le Coz");
        assertTrue(lobel < meshi && meshi < aziz && aziz < leCoz, "participants in page order");
        assertTrue(html.contains("Director Returns and Reintegration, WELDO (Pakistan)"), "the stated position");
        assertTrue(html.contains(">moderator<"), "the moderator's role");
        assertTrue(html.contains("href=\"/id/org/bmz\""), "the funder links to its page");
        assertTrue(html.contains("Migration Week 2022"), "the series");
        assertTrue(html.contains("href=\"/gcm/objective/21\""), "objective 21");
        assertTrue(html.contains("Improving Communications in the Voluntary Return and Reintegration Network"), "the related event");
        assertTrue(html.contains("Shared people") && html.contains("Same series"), "the reasons");
        assertTrue(html.contains("seeds/003_6382b3a922cba511.txt"), "the source document");
        assertTrue(html.contains("<link rel=\"canonical\" href=\"" + BASE + "id/event/" + SeedData.GENDER + "\">"));
        assertTrue(html.contains("href=\"/id/event/" + SeedData.GENDER + ".ttl\""), "a link to the Turtle form");
        JsonNode json = jsonLd(html);
        assertEquals("Event", json.get("@type").asText());
        assertEquals("2022-02-15T09:00:00-05:00", json.get("startDate").asText());
        assertEquals(4, json.get("performer").size());
    }

    @Test
    void personPageShowsEachEventWithThePostHeldThen() throws Exception {
        String page = render(BASE + "id/person/sijal-aziz");
        String html = page.substring(page.indexOf("<body"));
        int y2022 = html.indexOf("2022-02-15");
        int y2023 = html.indexOf("2023-07-25");
        assertTrue(y2022 > 0 && y2023 > y2022, "events in date order");
        int post2022 = html.indexOf("Director Returns and Reintegration");
        int post2023 = html.indexOf("Director, Women Empowerment Literacy and Development Organization");
        assertTrue(post2022 > y2022 && post2022 < y2023, "the 2022 post beside the 2022 event");
        assertTrue(post2023 > y2023, "the 2023 post beside the 2023 event");
        assertTrue(html.contains("data-network=\"network-data\""), "the network picture");
        assertTrue(html.contains("Camille Le Coz") && html.contains("2 shared events"));
        assertTrue(html.contains("href=\"/id/org/weldo\""));
        assertEquals("Person", jsonLd(page).get("@type").asText());
    }

    @Test
    void everyPersonPageListsTheOrganizationsOfTheirPostsWithTheirEventsAndCoSpeakers() {
        List<QuerySolution> people = SeedData.select(store, "PREFIX schema: <https://schema.org/> SELECT ?p WHERE { ?p a schema:Person } ORDER BY ?p");
        int withOrganizations = 0;
        for (QuerySolution person : people) {
            String iri = person.getResource("p").getURI();
            String html = render(iri);
            List<String> expected = SeedData.select(store, """
                    PREFIX mk: <https://w3id.org/migkg/ontology#> PREFIX org: <http://www.w3.org/ns/org#>
                    SELECT ?org (COUNT(DISTINCT ?event) AS ?n) WHERE { ?x mk:participant <%s> ; mk:event ?event ; mk:heldPost/org:postIn ?org }
                    GROUP BY ?org ORDER BY DESC(?n) ?org""".formatted(iri)).stream()
                    .map(r -> "/id/org/" + r.getResource("org").getURI().substring((BASE + "id/org/").length()) + " " + r.getLiteral("n").getLong())
                    .toList();
            List<String> listed = new java.util.ArrayList<>();
            int start = html.indexOf("id=\"organizations\"");
            if (start >= 0) {
                Matcher m = Pattern.compile("<li><a href=\"([^\"]+)\">[^<]*</a> <span class=\"count\">(\\d+) events?</span></li>")
                        .matcher(html.substring(start, html.indexOf("</section>", start)));
                while (m.find()) {
                    listed.add(m.group(1) + " " + m.group(2));
                }
            }
            assertEquals(new java.util.TreeSet<>(expected), new java.util.TreeSet<>(listed), "organizations on " + iri);
            withOrganizations += expected.isEmpty() ? 0 : 1;
            long coSpeakers = SeedData.select(store, "SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE { ?pair <https://w3id.org/migkg/ontology#coSpeakerPerson> <"
                    + iri + ">, ?o FILTER (?o != <" + iri + ">) }").get(0).getLiteral("n").getLong();
            assertEquals(coSpeakers > 0, html.contains("id=\"co-speakers\""), "co-speakers shown on " + iri);
        }
        assertTrue(people.size() >= 6 && withOrganizations >= people.size() / 2, "people with posts: " + withOrganizations + " of " + people.size());
    }

    @Test
    void organizationObjectivePostAndSeriesPages() {
        String mpi = render(BASE + "id/org/mpi");
        assertTrue(mpi.contains("Migration Policy Institute Europe"), "its part");
        assertTrue(mpi.contains("Camille Le Coz"), "its people through their posts");
        assertTrue(mpi.contains("Working Towards a More Gender-Responsive"), "its events");
        String objective = render("https://w3id.org/migkg/gcm/objective/21");
        assertTrue(objective.contains("data-chart=\"timeline-data\""));
        assertTrue(objective.contains("Working Towards a More Gender-Responsive"));
        String post = render(BASE + "id/post/weldo/director");
        assertTrue(post.contains("Sijal Aziz") && post.contains("Improving Communications"));
        String series = render(BASE + "id/series/mpi-giz-return-reintegration-partnership");
        assertTrue(series.contains("Partnership") && series.contains("Federal Ministry for Economic Cooperation and Development"));
    }

    @Test
    void unknownKindsAreLeftToThePlainView() {
        assertFalse(VIEW.render(BASE + "id/event/" + SeedData.GENDER + "/participant/1", ModelFactory.createDefaultModel(), store).isPresent());
        assertFalse(VIEW.render(BASE + "id/person/nobody", ModelFactory.createDefaultModel(), store).isPresent());
    }
}
