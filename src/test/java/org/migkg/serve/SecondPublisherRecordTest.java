package org.migkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.OWL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migkg.SeedData;
import org.migkg.records.DataReader;
import org.migkg.rdf.Iris;
import org.migkg.store.KnowledgeStore;
import org.migkg.pipeline.Loader;
import org.migkg.store.StoreStats;

/**
 * The shipped data, then the same data with a second publisher's record of one of its events (GIZ's news post about
 * the VRRN webinar: the same day, other words, three of the four speakers): one event with two sources, and every
 * count and every row of the recurring speakers as before. The post's own event IRI answers 301 with the event it
 * was merged into; so does the podcast record the shipped aliases.json merges into the gender webinar. The Rückkehr
 * conference and evening debate, curated as different events, stay two.
 */
class SecondPublisherRecordTest {
    static final String PAGE = SeedData.COMMUNICATIONS;
    static final String NEWS = "2023-07-25-vrrn-webinar-communicating-voluntary-return-reintegration";
    static final String NEWS_URL = "https://www.giz.de/en/newsroom/vrrn-webinar-2023.html";
    static final String PODCAST = "2022-02-gender-responsive-reintegration-process-returned-migrants";
    static final QueryLibrary LIBRARY = QueryLibrary.load(Path.of("queries"));
    static final Iris IRIS = Iris.DEFAULT;

    @TempDir
    static Path dir;
    static KnowledgeStore store;
    static KgServer server;
    static Path data;
    static StoreStats before;
    static StoreStats after;
    static String recurringBefore;
    static String timelineBefore;
    static String coSpeakersBefore;

    @BeforeAll
    static void loadTwice() throws IOException {
        data = copyShipped(dir.resolve("data"));
        store = KnowledgeStore.open(dir.resolve("store"), IRIS);
        new Loader(store, dir).load(List.of(data), data, false);
        before = StoreStats.of(store);
        recurringBefore = rows("recurring-speakers", "");
        timelineBefore = rows("person-timeline", "person=Sijal Aziz");
        coSpeakersBefore = rows("co-speakers", "person=Sijal Aziz");

        Files.writeString(data.resolve("events").resolve(NEWS + ".json"), DataReader.JSON.writerWithDefaultPrettyPrinter()
                .writeValueAsString(newsPost()));
        new Loader(store, dir).load(List.of(data), data, false);
        after = StoreStats.of(store);
        server = KgServer.builder(store).port(0).build().start();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        store.close();
    }

    /** GIZ's post: the day, its own title and description, three speakers, one with the post the event page gives. */
    static ObjectNode newsPost() {
        ObjectNode e = DataReader.JSON.createObjectNode();
        e.put("$schema", "../schema/event.schema.json").put("id", NEWS)
                .put("title", "VRRN webinar: communicating on voluntary return and reintegration")
                .put("eventType", "webinar").put("start", "2023-07-25").put("attendance", "online");
        e.putArray("description").add("GIZ's news post on the Voluntary Return and Reintegration Network's webinar with MPI.");
        e.putArray("organizers").add("giz");
        e.putArray("partners").add("mpi");
        var people = e.putArray("participants");
        people.addObject().put("name", "Sijal Aziz").put("role", "speaker").put("statedPosition", "Director, Women Empowerment Literacy and Development Organization")
                .putArray("posts").addObject().put("title", "Director").put("organization", "Women Empowerment Literacy and Development Organization")
                .put("organizationId", "weldo");
        people.addObject().put("name", "Catherine Rombauts").put("role", "speaker");
        people.addObject().put("name", "Camille Le Coz").put("role", "moderator");
        e.putObject("source").put("url", NEWS_URL).put("title", "VRRN webinar").put("document", "pages/giz-news-vrrn-webinar.txt")
                .put("publisher", "giz");
        return e;
    }

    static Path copyShipped(Path to) {
        try {
            Files.createDirectories(to.resolve("events"));
            try (Stream<Path> files = Files.list(SeedData.SHIPPED.resolve("events"))) {
                for (Path f : files.toList()) {
                    Files.copy(f, to.resolve("events").resolve(f.getFileName()));
                }
            }
            for (String name : List.of("organizations.json", "aliases.json", "register.json")) {
                if (Files.exists(SeedData.SHIPPED.resolve(name))) {
                    Files.copy(SeedData.SHIPPED.resolve(name), to.resolve(name));
                }
            }
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String rows(String query, String params) {
        LibraryQuery q = LIBRARY.queries().stream().filter(x -> x.name().equals(query)).findFirst().orElseThrow();
        return LibraryCases.csv(store, q.bind(params.isEmpty() ? java.util.Map.of()
                : java.util.Map.of(params.substring(0, params.indexOf('=')), params.substring(params.indexOf('=') + 1))));
    }

    @Test
    void thePostIsASecondSourceOfTheEventNotASecondEvent() {
        assertEquals(before.events(), after.events(), "no event is added");
        assertEquals(before.people(), after.people(), "no person is added");
        List<QuerySolution> sources = SeedData.select(store, """
                SELECT ?graph ?page WHERE { ?graph a mk:RecordGraph ; foaf:primaryTopic <%s> OPTIONAL { ?graph prov:wasDerivedFrom ?page } }
                ORDER BY ?graph""".formatted(IRIS.event(PAGE)));
        assertEquals(List.of(IRIS.eventGraph(PAGE), IRIS.eventGraph(NEWS)), sources.stream().map(r -> r.getResource("graph").getURI()).toList());
        assertEquals(NEWS_URL, sources.get(1).getResource("page").getURI());
        assertEquals(List.of("Improving Communications in the Voluntary Return and Reintegration Network"),
                SeedData.select(store, "SELECT ?t WHERE { <" + IRIS.event(PAGE) + "> schema:name ?t }").stream()
                        .map(r -> r.getLiteral("t").getString()).toList(), "one title, the event page's");
    }

    @Test
    void aSpeakerBothSourcesNameIsOneParticipationStatedInBoth() {
        List<QuerySolution> rows = SeedData.select(store, """
                SELECT ?p ?graph WHERE { ?p mk:event <%s> ; mk:participant <%s> ; mk:statedIn ?graph } ORDER BY ?graph"""
                .formatted(IRIS.event(PAGE), IRIS.person("sijal-aziz")));
        assertEquals(List.of(IRIS.eventGraph(PAGE), IRIS.eventGraph(NEWS)), rows.stream().map(r -> r.getResource("graph").getURI()).toList());
        assertEquals(1, rows.stream().map(r -> r.getResource("p").getURI()).distinct().count());
        assertEquals(4, SeedData.select(store, "SELECT DISTINCT ?p WHERE { ?p mk:event <" + IRIS.event(PAGE) + "> }").size(),
                "four people, four participations");
    }

    @Test
    void countsAndTheRecurringSpeakersRowsDoNotChange() {
        assertEquals(recurringBefore, rows("recurring-speakers", ""));
        assertEquals(timelineBefore, rows("person-timeline", "person=Sijal Aziz"));
        assertEquals(coSpeakersBefore, rows("co-speakers", "person=Sijal Aziz"));
    }

    @Test
    void thePostsEventIriRedirectsToTheEventWithSameAs() {
        HttpResponse<String> r = Http.get(server.url() + "id/event/" + NEWS, "text/turtle");
        assertEquals(301, r.statusCode());
        assertEquals("/id/event/" + PAGE, r.headers().firstValue("Location").orElse(""));
        HttpResponse<String> suffixed = Http.get(server.url() + "id/event/" + NEWS + ".jsonld", "text/html");
        assertEquals("/id/event/" + PAGE + ".jsonld", suffixed.headers().firstValue("Location").orElse(""));
        Model event = Http.parse(Http.get(server.url() + "id/event/" + PAGE, "text/turtle"));
        assertTrue(event.contains(event.createResource(IRIS.event(NEWS)), OWL.sameAs, event.createResource(IRIS.event(PAGE))));
        assertTrue(event.listObjectsOfProperty(event.createResource(IRIS.event(PAGE)), org.migkg.rdf.MK.sameEventEvidence).hasNext(),
                "the evidence for the merge is part of the event's description");
        HttpResponse<String> participation = Http.get(server.url() + "id/event/" + NEWS + "/participant/1", "text/turtle");
        assertEquals(301, participation.statusCode(), "the post's participation of Sijal Aziz is the page's");
        assertEquals("/id/event/" + PAGE + "/participant/1", participation.headers().firstValue("Location").orElse(""));
    }

    @Test
    void theCuratedMergeOfTheShippedPodcastRecordAnswers301Too() {
        HttpResponse<String> r = Http.get(server.url() + "id/event/" + PODCAST, "text/turtle");
        assertEquals(301, r.statusCode());
        assertEquals("/id/event/" + SeedData.GENDER, r.headers().firstValue("Location").orElse(""));
        assertTrue(rows("event-card", "event=" + PODCAST).contains(IRIS.event(SeedData.GENDER)), "a retired id still finds its card");
    }

    @Test
    void loadingThePostIntoTheLoadedStoreGivesWhatAFreshLoadGives() {
        try (KnowledgeStore fresh = KnowledgeStore.open(dir.resolve("fresh"), IRIS)) {
            new Loader(fresh, dir).load(List.of(data), data, false);
            SeedData.assertSameDump(SeedData.dump(fresh), SeedData.dump(store));
        }
    }

    @Test
    void theCuratedDifferentRueckkehrEventsStayTwo() {
        for (String id : List.of("2019-10-21-rueckkehr-um-jeden-preis-fachtagung", "2019-10-21-rueckkehr-um-jeden-preis-abendveranstaltung")) {
            assertTrue(SeedData.ask(store, "ASK { <" + IRIS.event(id) + "> a schema:Event ; schema:name ?n }"), id);
        }
    }
}
