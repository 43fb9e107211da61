package org.migkg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.query.QuerySolution;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migkg.SeedData;
import org.migkg.store.KnowledgeStore;

/** What linking puts in the graph for the two seed events, asked through SPARQL as an analyst would. */
class SeedLinkingTest {
    @TempDir
    static Path dir;
    static KnowledgeStore store;

    static final String ID = "https://w3id.org/migkg/id/";
    static final String GENDER = "<" + ID + "event/" + SeedData.GENDER + ">";
    static final String COMMS = "<" + ID + "event/" + SeedData.COMMUNICATIONS + ">";

    @BeforeAll
    static void load() {
        store = SeedData.loadedStore(dir);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static List<QuerySolution> select(String query) {
        return SeedData.select(store, query);
    }

    @Test
    void exactlySijalAzizAndCamilleLeCozRecur() {
        List<QuerySolution> rows = select("""
                SELECT ?person ?name (COUNT(DISTINCT ?e) AS ?events) WHERE {
                  ?e a schema:Event ; schema:performer ?person . ?person schema:name ?name
                } GROUP BY ?person ?name HAVING (COUNT(DISTINCT ?e) > 1) ORDER BY ?name""");
        assertEquals(List.of("Camille Le Coz", "Sijal Aziz"), rows.stream().map(r -> r.getLiteral("name").getString()).toList());
        assertEquals(List.of(ID + "person/camille-le-coz", ID + "person/sijal-aziz"),
                rows.stream().map(r -> r.getResource("person").getURI()).toList());
        assertTrue(rows.stream().allMatch(r -> r.getLiteral("events").getInt() == 2));
    }

    @Test
    void eachRecurringPersonKeepsTheStatedPostsOfEachEvent() {
        Map<String, Set<String>> sijal = postsByEvent("sijal-aziz");
        assertEquals(Set.of("Director Returns and Reintegration @ weldo",
                "Commonwealth Gender Plan of Action Monitoring Group Civil Society Representative for Asia"), sijal.get(SeedData.GENDER));
        assertEquals(Set.of("Director @ weldo"), sijal.get(SeedData.COMMUNICATIONS));
        Map<String, Set<String>> camille = postsByEvent("camille-le-coz");
        assertEquals(Set.of("Senior Policy Analyst @ mpi", "Senior Policy Analyst @ mpi-europe"), camille.get(SeedData.GENDER));
        assertEquals(Set.of("Associate Director @ mpi-europe", "Senior Policy Analyst @ mpi"), camille.get(SeedData.COMMUNICATIONS));
    }

    private static Map<String, Set<String>> postsByEvent(String person) {
        Map<String, Set<String>> out = new TreeMap<>();
        for (QuerySolution r : select("""
                SELECT ?e ?label ?org WHERE {
                  ?p mk:participant <%sperson/%s> ; mk:event ?e ; mk:heldPost ?post .
                  ?post rdfs:label ?label . OPTIONAL { ?post org:postIn ?org }
                }""".formatted(ID, person))) {
            String event = r.getResource("e").getURI().substring((ID + "event/").length());
            String org = r.contains("org") ? " @ " + r.getResource("org").getURI().substring((ID + "org/").length()) : "";
            out.computeIfAbsent(event, k -> new TreeSet<>()).add(r.getLiteral("label").getString() + org);
        }
        return out;
    }

    @Test
    void mpiGizAndBmzAreInBothEvents() {
        List<String> orgs = select("""
                SELECT DISTINCT ?org WHERE {
                  %s schema:organizer|mk:partner|schema:funder ?org . %s schema:organizer|mk:partner|schema:funder ?org
                } ORDER BY ?org""".formatted(GENDER, COMMS)).stream().map(r -> r.getResource("org").getURI()).toList();
        assertEquals(List.of(ID + "org/bmz", ID + "org/giz", ID + "org/mpi"), orgs);
    }

    @Test
    void theTwoSeedEventsAreRelatedWithTheirReasons() {
        assertTrue(SeedData.ask(store, "ASK { " + GENDER + " mk:relatedEvent " + COMMS + " . " + COMMS + " mk:relatedEvent " + GENDER + " }"));
        List<QuerySolution> rows = select("""
                SELECT ?score ?type ?weight ?shared WHERE {
                  ?r a mk:EventRelation ; mk:relates %s, %s ; mk:score ?score ; mk:reason ?reason .
                  ?reason mk:reasonType ?type ; mk:weight ?weight . OPTIONAL { ?reason mk:sharedEntity ?shared }
                }""".formatted(GENDER, COMMS));
        Map<String, Set<String>> shared = rows.stream().filter(r -> r.contains("shared")).collect(Collectors.groupingBy(
                r -> r.getLiteral("type").getString(), TreeMap::new,
                Collectors.mapping(r -> r.getResource("shared").getURI().substring(ID.length()), Collectors.toCollection(TreeSet::new))));
        assertEquals(Set.of("person/camille-le-coz", "person/sijal-aziz"), shared.get("shared-people"));
        assertEquals(Set.of("org/bmz", "org/giz", "org/mpi"), shared.get("shared-organizations"));
        assertEquals(Set.of("series/mpi-giz-return-reintegration-partnership"), shared.get("same-series-or-partnership"));

        Map<String, BigDecimal> weights = new TreeMap<>();
        rows.forEach(r -> weights.put(r.getLiteral("type").getString(), new BigDecimal(r.getLiteral("weight").getLexicalForm())));
        assertEquals(0, new BigDecimal("6").compareTo(weights.get("shared-people")), "3 for each shared person");
        assertEquals(0, new BigDecimal("3").compareTo(weights.get("shared-organizations")), "1 for each shared organization");
        assertTrue(weights.containsKey("similar-text"), "both are about voluntary return and reintegration: " + weights);
        BigDecimal score = new BigDecimal(rows.get(0).getLiteral("score").getLexicalForm());
        assertEquals(0, weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add).compareTo(score));
        assertEquals("http://www.w3.org/2001/XMLSchema#decimal", rows.get(0).getLiteral("score").getDatatypeURI());
    }

    @Test
    void askingWhyTwoMentionsAreOnePersonReturnsTheEvidence() {
        List<QuerySolution> rows = select("""
                SELECT ?rule ?score ?name ?event WHERE {
                  ?person mk:identityEvidence ?evidence .
                  ?evidence mk:rule ?rule ; mk:score ?score ; mk:mention ?m .
                  ?m mk:participant ?person ; mk:statedName ?name ; mk:event ?event .
                  FILTER (?person = <%sperson/sijal-aziz>)
                } ORDER BY ?event""".formatted(ID));
        assertEquals(2, rows.size());
        assertTrue(rows.stream().allMatch(r -> r.getLiteral("rule").getString().equals("same-name-shared-organization")));
        assertEquals(0, BigDecimal.ONE.compareTo(new BigDecimal(rows.get(0).getLiteral("score").getLexicalForm())));
        assertEquals(List.of(ID + "event/" + SeedData.GENDER, ID + "event/" + SeedData.COMMUNICATIONS),
                rows.stream().map(r -> r.getResource("event").getURI()).toList());
    }

    @Test
    void coSpeakersAreThePeopleWhoSharedAPanel() {
        List<String> coSpeakers = select("""
                SELECT ?other WHERE { <%sperson/sijal-aziz> mk:coSpeaker ?other } ORDER BY ?other""".formatted(ID))
                .stream().map(r -> r.getResource("other").getURI().substring((ID + "person/").length())).toList();
        assertEquals(List.of("camille-le-coz", "catherine-rombauts", "elke-lobel", "haldeng-ulrich", "mariana-meshi"), coSpeakers);
        assertTrue(SeedData.ask(store, """
                ASK { ?c a mk:CoSpeaking ; mk:coSpeakerPerson <%1$sperson/sijal-aziz>, <%1$sperson/camille-le-coz> ;
                      mk:sharedEvent %2$s, %3$s }""".formatted(ID, GENDER, COMMS)));
    }
}
