package org.migkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.OWL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migkg.SeedData;
import org.migkg.records.DataReader;
import org.migkg.rdf.Iris;
import org.migkg.rdf.MK;
import org.migkg.store.KnowledgeStore;
import org.migkg.pipeline.Loader;

/**
 * On data with curated additions: after merges, a retired organization or person IRI redirects to the surviving one;
 * SDG goals and targets an event states link out to the UN's SDG IRIs.
 */
class DereferenceCuratedDataTest {
    static final Iris IRIS = new Iris("http://example.org/kg/");

    @TempDir
    static Path dir;
    static KnowledgeStore store;
    static KgServer server;

    @BeforeAll
    static void start() throws IOException {
        Path data = SeedData.copyTo(dir.resolve("data"));
        ObjectNode orgs = (ObjectNode) DataReader.JSON.readTree(data.resolve("organizations.json").toFile());
        for (var org : orgs.get("organizations")) {
            if (org.get("id").asText().equals("weldo")) {
                ((ObjectNode) org).putArray("replaces").add("women-empowerment-literacy-development");
            }
        }
        DataReader.JSON.writeValue(data.resolve("organizations.json").toFile(), orgs);
        Path gender = data.resolve("events").resolve(SeedData.GENDER + ".json");
        ObjectNode record = (ObjectNode) DataReader.JSON.readTree(gender.toFile());
        record.putArray("sdgs").add("5").add("10");
        record.putArray("sdgTargets").add("10.7");
        DataReader.JSON.writeValue(gender.toFile(), record);
        ObjectNode aliases = (ObjectNode) DataReader.JSON.readTree(data.resolve("aliases.json").toFile());
        ObjectNode same = ((ArrayNode) aliases.get("samePerson")).addObject();
        same.put("person", "sijal-aziz");
        same.putArray("mentions").add(SeedData.GENDER + "#3").add(SeedData.COMMUNICATIONS + "#" + azizIn(data, SeedData.COMMUNICATIONS));
        same.putArray("replaces").add("s-aziz");
        DataReader.JSON.writeValue(data.resolve("aliases.json").toFile(), aliases);

        store = KnowledgeStore.open(dir.resolve("store"), IRIS);
        new Loader(store, dir).load(List.of(data), data, false);
        server = KgServer.builder(store).port(0).build().start();
    }

    /** Sijal Aziz's position (from 1) in an event's participant list. */
    static int azizIn(Path data, String eventId) throws IOException {
        var participants = DataReader.JSON.readTree(data.resolve("events").resolve(eventId + ".json").toFile()).get("participants");
        for (int i = 0; i < participants.size(); i++) {
            if (participants.get(i).get("name").asText().equals("Sijal Aziz")) {
                return i + 1;
            }
        }
        throw new AssertionError("Sijal Aziz is not in " + eventId);
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    @Test
    void theGraphSaysSameAsAndTheRetiredIrisRedirectPermanently() {
        Model org = Http.parse(Http.get(server.url() + "id/org/weldo", "text/turtle"));
        assertTrue(org.contains(org.createResource(IRIS.organization("women-empowerment-literacy-development")), OWL.sameAs,
                org.createResource(IRIS.organization("weldo"))), "the survivor's description lists the IRI it replaced");

        HttpResponse<String> r = Http.get(server.url() + "id/org/women-empowerment-literacy-development", "text/turtle");
        assertEquals(301, r.statusCode());
        assertEquals("/id/org/weldo", r.headers().firstValue("Location").orElse(""));

        Model aziz = Http.parse(Http.get(server.url() + "id/person/sijal-aziz", "text/turtle"));
        assertTrue(aziz.contains(aziz.createResource(IRIS.person("s-aziz")), OWL.sameAs, aziz.createResource(IRIS.person("sijal-aziz"))));
        HttpResponse<String> person = Http.get(server.url() + "id/person/s-aziz.jsonld", "text/html");
        assertEquals(301, person.statusCode());
        assertEquals("/id/person/sijal-aziz.jsonld", person.headers().firstValue("Location").orElse(""), "the form asked for is kept");
        assertEquals(200, Http.get(server.url() + "id/person/sijal-aziz.jsonld", "text/html").statusCode());
    }

    @Test
    void statedSdgsLinkToTheUnSdgVocabularyInEveryForm() {
        String path = "id/event/" + SeedData.GENDER;
        Model m = Http.parse(Http.get(server.url() + path, "text/turtle"));
        var event = m.createResource(IRIS.event(SeedData.GENDER));
        assertTrue(event.hasProperty(MK.sdg, m.createResource("http://metadata.un.org/sdg/5")));
        assertTrue(event.hasProperty(MK.sdg, m.createResource("http://metadata.un.org/sdg/10")));
        assertTrue(event.hasProperty(MK.sdgTarget, m.createResource("http://metadata.un.org/sdg/10.7")));
        String html = Http.get(server.url() + path, "text/html").body();
        assertTrue(html.contains("href=\"http://metadata.un.org/sdg/10.7\""), "the page links out");
    }
}
