package org.migkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migkg.SeedData;
import org.migkg.rdf.GraphValidation;

/** The facts of the two seed pages, asked of the loaded store through SPARQL as a user would. */
class SeedGraphTest {
    @TempDir
    static Path dir;
    static KnowledgeStore store;

    static final String GENDER = "<https://w3id.org/migkg/id/event/" + SeedData.GENDER + ">";
    static final String COMMS = "<https://w3id.org/migkg/id/event/" + SeedData.COMMUNICATIONS + ">";

    @BeforeAll
    static void load() {
        store = SeedData.loadedStore(dir);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static List<String> column(String query, String var) {
        return SeedData.select(store, query).stream().map(r -> r.get(var).toString()).toList();
    }

    @Test
    void eventsHaveNameAndTypedStartDate() {
        List<QuerySolution> rows = SeedData.select(store, """
                SELECT ?e ?name ?start WHERE { ?e a schema:Event ; schema:name ?name ; schema:startDate ?start }
                ORDER BY ?start""");
        assertEquals(2, rows.size());
        assertEquals("Working Towards a More Gender-Responsive Reintegration Process for Returned Migrants", rows.get(0).getLiteral("name").getString());
        assertEquals("http://www.w3.org/2001/XMLSchema#dateTime", rows.get(0).getLiteral("start").getDatatypeURI());
        OffsetDateTime start = OffsetDateTime.parse(rows.get(0).getLiteral("start").getLexicalForm());
        assertEquals(OffsetDateTime.of(2022, 2, 15, 14, 0, 0, 0, ZoneOffset.UTC).toInstant(), start.toInstant(), "9:00 ET is 14:00 UTC");
        assertEquals(ZoneOffset.ofHours(-5), start.getOffset());
        assertEquals("2023-07-25", rows.get(1).getLiteral("start").getLexicalForm());
        assertEquals("http://www.w3.org/2001/XMLSchema#date", rows.get(1).getLiteral("start").getDatatypeURI());
    }

    @Test
    void everyStatedTimeZoneIsKept() {
        assertEquals(List.of("3:00 P.M. CET (Berlin, Brussels)", "5:00 P.M. EAT (Addis Ababa, Nairobi)", "9:00 A.M. ET (New York, DC)"),
                column("SELECT ?t WHERE { " + GENDER + " mk:statedTime ?t } ORDER BY ?t", "t"));
    }

    @Test
    void bothEventsAreOnlineWebinars() {
        assertTrue(SeedData.ask(store, "ASK { " + GENDER + " schema:eventAttendanceMode schema:OnlineEventAttendanceMode ; "
                + "mk:eventType <https://w3id.org/migkg/event-type/webinar> ; mk:statedVenue \"MPI Webinar\" }"));
        assertTrue(SeedData.ask(store, "ASK { " + COMMS + " schema:eventAttendanceMode schema:OnlineEventAttendanceMode ; mk:statedType \"MPI Webinar\" }"));
    }

    @Test
    void participantsInPageOrderWithRoles() {
        List<QuerySolution> rows = SeedData.select(store, """
                SELECT ?name ?role WHERE {
                  ?p mk:event %s ; mk:order ?o ; mk:participant ?person ; mk:role ?r .
                  ?person schema:name ?name . ?r skos:prefLabel ?role
                } ORDER BY ?o""".formatted(GENDER));
        assertEquals(List.of("Elke Löbel", "Mariana Meshi", "Sijal Aziz", "Camille Le Coz"),
                rows.stream().map(r -> r.getLiteral("name").getString()).toList());
        assertEquals(List.of("speaker", "speaker", "speaker", "moderator"),
                rows.stream().map(r -> r.getLiteral("role").getString()).toList());
        assertEquals(List.of("Sijal Aziz", "Haldeng Nkomba Frank Ulrich", "Catherine Rombauts", "Camille Le Coz"),
                column("SELECT ?name WHERE { ?p mk:event " + COMMS + " ; mk:order ?o ; mk:participant/schema:name ?name } ORDER BY ?o", "name"));
    }

    @Test
    void camilleLeCozModeratesBothAndTheRoleSaysItWasReadFromLayout() {
        assertEquals(2, SeedData.select(store, """
                SELECT ?e WHERE { ?p mk:participant ?c ; mk:event ?e ; mk:role role:moderator ; mk:roleBasis "layout" .
                                  ?c schema:name "Camille Le Coz" }""").size());
    }

    @Test
    void statedPositionVerbatimAndParsedPosts() {
        List<QuerySolution> rows = SeedData.select(store, """
                SELECT ?stated ?title ?orgName WHERE {
                  ?p mk:event %s ; mk:participant/schema:name "Sijal Aziz" ; mk:statedPosition ?stated ; mk:heldPost ?post .
                  ?post rdfs:label ?title . OPTIONAL { ?post org:postIn/schema:name ?orgName }
                } ORDER BY ?title""".formatted(GENDER));
        assertEquals(2, rows.size());
        assertEquals("Director Returns and Reintegration, WELDO (Pakistan); and Commonwealth Gender Plan of Action Monitoring Group Civil Society Representative for Asia",
                rows.get(0).getLiteral("stated").getString());
        assertEquals("Commonwealth Gender Plan of Action Monitoring Group Civil Society Representative for Asia", rows.get(0).getLiteral("title").getString());
        assertFalse(rows.get(0).contains("orgName"));
        assertEquals("Director Returns and Reintegration", rows.get(1).getLiteral("title").getString());
        assertEquals("Women Empowerment Literacy and Development Organization", rows.get(1).getLiteral("orgName").getString());
    }

    @Test
    void sameFiveEntitiesInBothSeedsAreOneNodeEach() {
        for (String name : List.of("Sijal Aziz", "Camille Le Coz")) {
            assertEquals(2, SeedData.select(store, "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e schema:performer ?p . ?p schema:name \"" + name + "\" }")
                    .get(0).getLiteral("n").getInt(), name);
            assertEquals(1, SeedData.select(store, "SELECT DISTINCT ?p WHERE { ?p a schema:Person ; schema:name \"" + name + "\" }").size(), name);
        }
        for (String acronym : List.of("MPI", "GIZ", "BMZ")) {
            List<QuerySolution> rows = SeedData.select(store, """
                    SELECT DISTINCT ?e WHERE { ?e a schema:Event . ?o schema:alternateName "%s" . { ?e schema:organizer ?o } UNION { ?e schema:funder ?o } UNION { ?e mk:partner ?o } }"""
                    .formatted(acronym));
            assertEquals(2, rows.size(), acronym + " takes part in both seed events");
        }
    }

    @Test
    void organizersFundersAndPartnership() {
        assertEquals(List.of("Deutsche Gesellschaft für Internationale Zusammenarbeit", "Migration Policy Institute"),
                column("SELECT ?n WHERE { " + GENDER + " schema:organizer/schema:name ?n } ORDER BY ?n", "n"));
        assertEquals(List.of("Migration Policy Institute"), column("SELECT ?n WHERE { " + COMMS + " schema:organizer/schema:name ?n }", "n"));
        assertTrue(SeedData.ask(store, """
                ASK { %s mk:partOf ?p . %s mk:partOf ?p . ?p a mk:Partnership ; schema:funder/schema:alternateName "BMZ" ;
                      schema:member/schema:alternateName "MPI", "GIZ" }""".formatted(GENDER, COMMS)));
        assertTrue(SeedData.ask(store, """
                ASK { %s schema:superEvent ?w . ?w a schema:EventSeries ; schema:name "Migration Week 2022" ;
                      schema:organizer/schema:name "United Nations Network on Migration" }""".formatted(GENDER)));
        assertTrue(SeedData.ask(store, "ASK { <https://w3id.org/migkg/id/org/mpi-europe> org:subOrganizationOf <https://w3id.org/migkg/id/org/mpi> }"));
    }

    @Test
    void gcmObjectivesAndThemeFromTheHubFacets() {
        assertEquals(List.of("1", "21", "23"),
                column("SELECT ?n WHERE { " + GENDER + " mk:addressesObjective ?o . ?o skos:notation ?n } ORDER BY xsd:integer(?n)", "n"));
        assertEquals(List.of("Cooperate in facilitating safe and dignified return and readmission, as well as sustainable reintegration"),
                SeedData.select(store, "SELECT ?l WHERE { " + GENDER + " mk:addressesObjective ?o . ?o skos:notation \"21\" ; skos:prefLabel ?l }")
                        .stream().map(r -> r.getLiteral("l").getString()).toList());
        assertEquals(List.of("International cooperation"),
                SeedData.select(store, "SELECT ?l WHERE { " + GENDER + " mk:crossCuttingTheme/skos:prefLabel ?l }")
                        .stream().map(r -> r.getLiteral("l").getString()).toList());
    }

    @Test
    void nothingInvented() {
        assertFalse(SeedData.ask(store, "ASK { " + COMMS + " mk:addressesObjective ?o }"), "the 2023 page names no GCM objective");
        assertFalse(SeedData.ask(store, "ASK { " + GENDER + " mk:geographicScope ?g }"), "the hub names the facet without a value");
        assertFalse(SeedData.ask(store, "ASK { ?s ?p ?o FILTER(isLiteral(?o) && (CONTAINS(STR(?o), \"E.g.,\") || CONTAINS(STR(?o), \"Kosovo\"))) }"),
                "page furniture is not event data");
    }

    @Test
    void eachRecordIsANamedGraphWithProvenance() {
        List<QuerySolution> rows = SeedData.select(store, """
                SELECT ?g ?file ?sha ?doc WHERE { GRAPH ?g { ?g a mk:RecordGraph ; foaf:primaryTopic ?e ; mk:recordFile ?file ; mk:sha256 ?sha ; mk:sourceDocument ?doc } }
                ORDER BY ?g""");
        assertEquals(2, rows.size());
        assertEquals("https://w3id.org/migkg/graph/event/" + SeedData.GENDER, rows.get(0).getResource("g").getURI());
        assertEquals("events/" + SeedData.GENDER + ".json", rows.get(0).getLiteral("file").getString());
        assertTrue(rows.get(0).getLiteral("sha").getString().matches("[0-9a-f]{64}"));
        assertEquals("seeds/003_6382b3a922cba511.txt", rows.get(0).getLiteral("doc").getString());
        assertTrue(SeedData.ask(store, "ASK { GRAPH <https://w3id.org/migkg/graph/loads> { ?g prov:generatedAtTime ?t } }"));
    }

    @Test
    void loadedGraphConformsToTheShapes() {
        ValidationReport report = Txn.calculateRead(store.dataset(), () -> GraphValidation.validate(store.dataset().getUnionGraph()));
        assertTrue(report.conforms(), () -> report.getEntries().toString());
    }
}
