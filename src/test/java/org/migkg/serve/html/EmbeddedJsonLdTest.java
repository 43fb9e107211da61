package org.migkg.serve.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.migkg.ServedStore;
import org.migkg.SeedData;
import org.migkg.rdf.MK;
import org.migkg.serve.KgServer;
import org.migkg.store.KnowledgeStore;

/** The JSON-LD a page embeds says what the entity's Turtle says, in schema.org's https terms, and cannot end its element. */
@ServedStore(webFront = true)
class EmbeddedJsonLdTest {
    static KnowledgeStore store;
    static KgServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    static String get(String path, String accept) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + path)).header("Accept", accept).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), path);
        return r.body();
    }

    static String embedded(String html) {
        Matcher m = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL).matcher(html);
        assertTrue(m.find(), "the page embeds JSON-LD");
        return m.group(1);
    }

    static Model turtle(String path) throws Exception {
        Model turtle = ModelFactory.createDefaultModel();
        RDFParser.fromString(get(path + ".ttl", "text/turtle"), Lang.TURTLE).parse(turtle);
        return turtle;
    }

    static Model embeddedModel(String path) throws Exception {
        Model embedded = ModelFactory.createDefaultModel();
        RDFParser.create().source(new StringReader(embedded(get(path, "text/html")))).lang(Lang.JSONLD11).parse(embedded);
        return embedded;
    }

    @ParameterizedTest
    @ValueSource(strings = {"id/event/" + SeedData.GENDER, "id/person/sijal-aziz", "id/org/weldo", "gcm/objective/21"})
    void theEmbeddedJsonLdIsTheEntitysOwnPartOfItsTurtle(String path) throws Exception {
        String iri = store.iris().base() + path;
        Model turtle = turtle(path);
        Model embedded = embeddedModel(path);
        Resource self = turtle.createResource(iri);
        assertFalse(turtle.listStatements(self, null, (RDFNode) null).toList().isEmpty(), iri);
        assertTrue(turtle.listStatements(self, null, (RDFNode) null).toList().stream()
                .filter(st -> !st.getPredicate().equals(MK.coSpeaker)).allMatch(embedded::contains),
                path + ": every statement about the entity but its co-speakers");
        assertTrue(turtle.containsAll(embedded), path + ": nothing the Turtle does not say");
        assertTrue(embedded.listStatements(null, null, self).toList().stream().allMatch(st -> st.getSubject().getURI().startsWith(iri)),
                path + ": no statement of another entity pointing at it");
    }

    @Test
    void aPersonsPageLeavesTheirParticipationsToTheFullDescription() throws Exception {
        String path = "id/person/sijal-aziz";
        Model turtle = turtle(path);
        Model embedded = embeddedModel(path);
        Resource self = turtle.createResource(store.iris().base() + path);
        assertFalse(turtle.listStatements(null, null, self).toList().isEmpty(), "the Turtle has the participations");
        assertTrue(embedded.size() < turtle.size(), embedded.size() + " embedded, " + turtle.size() + " in Turtle");
        assertTrue(turtle.contains(self, MK.coSpeaker) && !embedded.contains(self, MK.coSpeaker),
                "the co-speakers are on the page and in the full description, not in the head");
        String html = get(path, "text/html");
        assertTrue(html.contains("<link rel=\"alternate\" type=\"application/ld+json\" href="), "the full JSON-LD is linked");
    }

    @Test
    void identityEvidenceIsEmbeddedWithoutTheMentionsItCovers() throws Exception {
        String path = "id/person/sijal-aziz";
        Model turtle = turtle(path);
        Model embedded = embeddedModel(path);
        Resource self = turtle.createResource(store.iris().base() + path);
        var evidence = turtle.listObjectsOfProperty(self, MK.identityEvidence).toList();
        assertFalse(evidence.isEmpty(), "the seeds join Sijal Aziz's mentions with evidence");
        for (RDFNode e : evidence) {
            assertTrue(embedded.contains(e.asResource(), MK.rule) && embedded.contains(e.asResource(), MK.score), e + ": rule and score embedded");
            assertTrue(turtle.contains(e.asResource(), MK.mention), e + ": the Turtle lists the mentions");
            assertFalse(embedded.contains(e.asResource(), MK.mention), e + ": the head leaves the mentions to the full description");
        }
    }

    @Test
    void schemaTermsAreTheHttpsOnesOfTheGraph() throws Exception {
        String json = embedded(get("id/event/" + SeedData.GENDER, "text/html"));
        assertTrue(json.contains("\"@vocab\" : \"https://schema.org/\""), json);
        assertFalse(json.contains("http://schema.org"), json);
    }

    @Test
    void textThatWouldCloseTheScriptElementIsEscapedAndReadsBackTheSame() throws Exception {
        String hostile = "</script><script>alert(1)</script> & <!-- ]]>";
        Model m = ModelFactory.createDefaultModel();
        m.createResource("https://example.org/x").addProperty(m.createProperty("https://schema.org/name"), hostile);
        String json = EmbeddedJsonLd.of("https://example.org/x", m.getGraph());
        assertFalse(json.toLowerCase().contains("</script") || json.contains("<!--") || json.contains("<"), json);
        Model back = ModelFactory.createDefaultModel();
        RDFParser.fromString(json, Lang.JSONLD11).parse(back);
        assertTrue(m.isIsomorphicWith(back), json);
    }
}
