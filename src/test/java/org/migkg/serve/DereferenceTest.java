package org.migkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.migkg.ServedStore;
import org.migkg.SeedData;
import org.migkg.rdf.Iris;
import org.migkg.rdf.MK;
import org.migkg.rdf.SchemaOrg;
import org.migkg.store.KnowledgeStore;

/**
 * Dereferencing on a store loaded with a base that is not the server's address: every IRI is still served on its path,
 * in the form the client asks for.
 */
@ServedStore(base = "http://example.org/kg/")
class DereferenceTest {
    static final Iris IRIS = new Iris("http://example.org/kg/");
    static final String AZIZ_PATH = "id/person/sijal-aziz";
    static final String AZIZ = IRIS.base() + AZIZ_PATH;
    static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";

    static KnowledgeStore store;
    static KgServer server;

    static HttpResponse<String> get(String path, String accept) {
        return Http.get(server.url() + path, accept);
    }

    @Test
    void turtleOnRequestWithHerNameAndHerParticipationsAndPosts() {
        HttpResponse<String> r = get(AZIZ_PATH, "text/turtle");
        assertEquals(200, r.statusCode());
        assertTrue(Http.contentType(r).startsWith("text/turtle"), Http.contentType(r));
        assertEquals("Accept", r.headers().firstValue("Vary").orElse(""));
        Model m = Http.parse(r);
        Resource aziz = m.createResource(AZIZ);
        assertEquals("Sijal Aziz", aziz.getProperty(SchemaOrg.name).getString());
        long events = m.listSubjectsWithProperty(MK.participant, aziz).toList().stream()
                .map(p -> p.getPropertyResourceValue(MK.event)).distinct().count();
        assertEquals(2, events, "both seed events, through her participations");
        assertTrue(m.listObjectsOfProperty(MK.heldPost).toList().stream()
                .allMatch(post -> post.asResource().hasProperty(org.apache.jena.vocabulary.RDFS.label)), "posts are named");
        assertTrue(r.headers().firstValue("Link").orElse("").contains("</" + AZIZ_PATH + ".jsonld>; rel=\"alternate\""));
    }

    @Test
    void jsonLdParsesWithJenaAndHoldsTheSameTriples() {
        Model turtle = Http.parse(get(AZIZ_PATH, "text/turtle"));
        HttpResponse<String> r = get(AZIZ_PATH, "application/ld+json");
        assertEquals(200, r.statusCode());
        assertTrue(Http.contentType(r).startsWith("application/ld+json"));
        assertTrue(r.body().contains("\"name\": \"Sijal Aziz\""), "compacted with MigKG's context");
        assertTrue(Http.parse(r).isIsomorphicWith(turtle));
    }

    @ParameterizedTest
    @ValueSource(strings = {".nt", ".rdf", ".ttl", ".jsonld"})
    void aSuffixChoosesTheFormWhateverTheAcceptHeader(String suffix) {
        Model turtle = Http.parse(get(AZIZ_PATH, "text/turtle"));
        HttpResponse<String> r = get(AZIZ_PATH + suffix, BROWSER);
        assertEquals(200, r.statusCode());
        assertEquals(Representation.ofSuffix(suffix).orElseThrow().mediaType(), Http.contentType(r).split(";")[0]);
        assertTrue(Http.parse(r).isIsomorphicWith(turtle), suffix);
    }

    @Test
    void qValuesAreHonoured() {
        HttpResponse<String> r = get(AZIZ_PATH, "text/html;q=0.5, application/n-triples;q=0.9, text/turtle;q=0.7");
        assertTrue(Http.contentType(r).startsWith("application/n-triples"), Http.contentType(r));
        assertEquals("/" + AZIZ_PATH + ".nt", r.headers().firstValue("Content-Location").orElse(""));
    }

    @Test
    void browsersGetAPageWithItsJsonLdInTheHeadAndLinksToTheRdfForms() {
        HttpResponse<String> r = get(AZIZ_PATH, BROWSER);
        assertEquals(200, r.statusCode());
        assertTrue(Http.contentType(r).startsWith("text/html"));
        String head = r.body().substring(0, r.body().indexOf("</head>"));
        assertTrue(head.contains("<script type=\"application/ld+json\">") && head.contains("Sijal Aziz"), head);
        for (String suffix : new String[] {".ttl", ".jsonld", ".nt", ".rdf"}) {
            assertTrue(r.body().contains("href=\"/" + AZIZ_PATH + suffix + "\""), suffix);
        }
        assertEquals("Accept", r.headers().firstValue("Vary").orElse(""));
    }

    @Test
    void unknownIrisAnswer404AndUnofferedTypes406() {
        HttpResponse<String> r = get("id/person/nobody-at-all", "text/turtle");
        assertEquals(404, r.statusCode());
        assertEquals("Accept", r.headers().firstValue("Vary").orElse(""));
        assertEquals(404, get("id/person/nobody-at-all.ttl", "text/turtle").statusCode());
        assertEquals(404, get("gcm/objective/99", "text/turtle").statusCode());
        assertEquals(406, get(AZIZ_PATH, "image/png").statusCode());
    }

    @Test
    void everyKindOfMintedIriDereferences() {
        String event = "id/event/" + SeedData.GENDER;
        Model m = Http.parse(get(event, "text/turtle"));
        Resource e = m.createResource(IRIS.event(SeedData.GENDER));
        assertTrue(e.hasProperty(RDF.type, SchemaOrg.Event));
        var participations = m.listObjectsOfProperty(e, MK.participation).toList();
        assertFalse(participations.isEmpty());
        assertTrue(participations.stream().allMatch(p -> p.asResource().hasProperty(MK.role) && p.asResource().hasProperty(MK.order)),
                "its participations are described with it");
        Resource participation = e.getPropertyResourceValue(MK.participation);
        String participationPath = participation.getURI().substring(IRIS.base().length());
        Resource post = m.listObjectsOfProperty(MK.heldPost).next().asResource();
        Resource organizer = e.getPropertyResourceValue(SchemaOrg.organizer);
        Resource series = e.getPropertyResourceValue(MK.partOf);
        String[] paths = {participationPath, series.getURI().substring(IRIS.base().length()), post.getURI().substring(IRIS.base().length()),
                organizer.getURI().substring(IRIS.base().length()), "graph/event/" + SeedData.GENDER,
                "gcm/objective/21", "gcm/objectives", "gcm/principles", "role/speaker", "role/scheme", "event-type/webinar",
                "event-type/scheme", "ontology"};
        for (String path : paths) {
            HttpResponse<String> r = get(path, "text/turtle");
            assertEquals(200, r.statusCode(), path);
            assertFalse(Http.parse(r).isEmpty(), path);
        }
        Model relations = Http.parse(get(event, "text/turtle"));
        Resource relation = relations.listSubjectsWithProperty(MK.relates).nextOptional().orElseThrow();
        assertFalse(relation.listProperties(MK.reason).toList().isEmpty());
        assertTrue(relation.listProperties(MK.reason).toList().stream()
                .allMatch(r -> r.getResource().hasProperty(MK.reasonType)), "the reasons of a related event come with the event");
        assertEquals(200, get(relation.getURI().substring(IRIS.base().length()), "text/turtle").statusCode());
    }

    @Test
    void vocabularyIrisAreServedAtTheirFixedPathsWithTheirOutLinks() {
        Model objective = Http.parse(get("gcm/objective/21", "text/turtle"));
        Resource o21 = objective.createResource(Iris.objective(21));
        assertTrue(o21.hasProperty(SKOS.relatedMatch, objective.createResource(MK.SDG + "10.7")), "GCM objectives relate to SDG target 10.7");
        assertTrue(objective.contains(null, MK.addressesObjective, o21), "the events addressing it");
        Model ontology = Http.parse(get("ontology.ttl", "text/html"));
        assertTrue(ontology.contains(MK.Participation, RDF.type, org.apache.jena.vocabulary.OWL.Class));
        Model scheme = Http.parse(get("gcm/objectives", "text/turtle"));
        assertEquals(23, scheme.listSubjectsWithProperty(SKOS.inScheme).toList().size());
    }
}
