package org.migkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migkg.SeedData;
import org.migkg.pipeline.Loader;
import org.migkg.rdf.Prefixes;
import org.migkg.records.DataReader;
import org.migkg.synth.CorpusFiles;
import org.migkg.synth.SyntheticCorpus;

/**
 * The counts graph holds what aggregating the graph gives (SPARQL over the store, and a recount of its statements), and
 * follows the data when a load changes it.
 */
class CountsGraphTest {
    @TempDir
    Path dir;

    static final String STORED_PERSON_COUNTS = "SELECT ?who ?n WHERE { GRAPH <https://w3id.org/migkg/graph/counts> { ?who mk:eventCount ?n } ?who a schema:Person }";
    static final String AGGREGATED_PERSON_COUNTS = "SELECT ?who (COUNT(DISTINCT ?e) AS ?n) WHERE { ?p a mk:Participation ; mk:participant ?who ; mk:event ?e . ?e a schema:Event } GROUP BY ?who";
    static final String STORED_ORG_COUNTS = "SELECT ?who (CONCAT(STR(?n), ' ', STR(?o), ' ', STR(?pa), ' ', STR(?f), ' ', STR(?s), ' ', STR(?h)) AS ?c) WHERE { GRAPH <https://w3id.org/migkg/graph/counts> {"
            + " ?who mk:eventCount ?n ; mk:organizedEventCount ?o ; mk:partneredEventCount ?pa ; mk:fundedEventCount ?f ; mk:postEventCount ?s ; mk:postHolderCount ?h } }";
    static final String AGGREGATED_ORG_COUNTS = "SELECT ?who (CONCAT(STR(COUNT(DISTINCT ?event)), ' ', STR(COUNT(DISTINCT ?oe)), ' ', STR(COUNT(DISTINCT ?pe)), ' ',"
            + " STR(COUNT(DISTINCT ?fe)), ' ', STR(COUNT(DISTINCT ?se)), ' ', STR(COUNT(DISTINCT ?person))) AS ?c) WHERE { ?event a schema:Event ."
            + " { ?event schema:organizer ?who BIND (?event AS ?oe) } UNION { ?event mk:partner ?who BIND (?event AS ?pe) }"
            + " UNION { ?event schema:funder ?who BIND (?event AS ?fe) }"
            + " UNION { ?event mk:participation ?x . ?x mk:heldPost/org:postIn ?who ; mk:participant ?person BIND (?event AS ?se) } } GROUP BY ?who";

    static final String STORED_PAIR_COUNTS = "SELECT ?pair ?n WHERE { GRAPH <https://w3id.org/migkg/graph/counts> { ?pair mk:eventCount ?n } ?pair a mk:CoSpeaking }";
    static final String AGGREGATED_PAIR_COUNTS = "SELECT ?pair (COUNT(DISTINCT ?e) AS ?n) WHERE { ?pair a mk:CoSpeaking ; mk:sharedEvent ?e . ?e a schema:Event } GROUP BY ?pair";
    static final String STORED_PERSON_ORG_COUNTS = "SELECT ?key ?n WHERE { GRAPH <https://w3id.org/migkg/graph/counts> {"
            + " ?c a mk:PersonOrganizationCount ; mk:countedPerson ?who ; mk:countedOrganization ?org ; mk:eventCount ?n }"
            + " BIND (CONCAT(STR(?who), ' ', STR(?org)) AS ?key) }";
    static final String AGGREGATED_PERSON_ORG_COUNTS = "SELECT ?key (COUNT(DISTINCT ?e) AS ?n) WHERE {"
            + " ?x mk:participant ?who ; mk:event ?e ; mk:heldPost/org:postIn ?org . ?e a schema:Event"
            + " BIND (CONCAT(STR(?who), ' ', STR(?org)) AS ?key) } GROUP BY ?key";
    static final String STORED_OBJECTIVE_YEAR_COUNTS = "SELECT ?c ?n WHERE { GRAPH <https://w3id.org/migkg/graph/counts> {"
            + " { ?c a mk:ObjectiveYearCount ; mk:eventCount ?n } UNION { ?c a mk:YearCount ; mk:eventCount ?n } } }";
    static final String AGGREGATED_OBJECTIVE_YEAR_COUNTS = "SELECT ?c (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a schema:Event ; schema:startDate ?start ."
            + " { BIND ('' AS ?objective) } UNION { ?e mk:addressesObjective ?o"
            + " BIND (CONCAT('/objective/', STRAFTER(STR(?o), 'https://w3id.org/migkg/gcm/objective/')) AS ?objective) }"
            + " BIND (IRI(CONCAT('https://w3id.org/migkg/id/count/year/', SUBSTR(STR(?start), 1, 4), ?objective)) AS ?c) } GROUP BY ?c";

    @Test
    void storedCountsEqualWhatAggregatingTheShippedDataGives() {
        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("store"), org.migkg.rdf.Iris.DEFAULT)) {
            new Loader(store, Path.of("")).load(List.of(SeedData.SHIPPED), SeedData.SHIPPED, new Loader.Options(false, false, false));
            Map<String, String> people = select(store, STORED_PERSON_COUNTS);
            assertTrue(people.size() > 100, "people counted: " + people.size());
            assertEquals(select(store, AGGREGATED_PERSON_COUNTS), people);
            Map<String, String> orgs = select(store, STORED_ORG_COUNTS);
            assertEquals("17 9 0 0 15 12", orgs.get("https://w3id.org/migkg/id/org/mpi"), "as docs/queries.md shows for MPI");
            assertEquals(select(store, AGGREGATED_ORG_COUNTS), orgs);
            assertEquals(select(store, AGGREGATED_PAIR_COUNTS), select(store, STORED_PAIR_COUNTS));
            Map<String, String> personOrgs = select(store, STORED_PERSON_ORG_COUNTS);
            assertTrue(personOrgs.size() > 100, "people counted in organizations: " + personOrgs.size());
            assertEquals(select(store, AGGREGATED_PERSON_ORG_COUNTS), personOrgs);
            assertEquals(select(store, AGGREGATED_OBJECTIVE_YEAR_COUNTS), select(store, STORED_OBJECTIVE_YEAR_COUNTS));
            StoreRecount.assertCountsAreARecount(store);
        }
    }

    @Test
    void storedCountsEqualARecountOfAGeneratedCorpusAsItChanges() throws Exception {
        Path data = dir.resolve("generated");
        CorpusFiles.write(new SyntheticCorpus(80, 7), data);
        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("store"), org.migkg.rdf.Iris.DEFAULT)) {
            Loader loader = new Loader(store, dir);
            loader.load(List.of(data), data, false);
            StoreRecount.assertCountsAreARecount(store);
            assertEquals(select(store, AGGREGATED_ORG_COUNTS), select(store, STORED_ORG_COUNTS));
            assertEquals(select(store, AGGREGATED_PAIR_COUNTS), select(store, STORED_PAIR_COUNTS));
            assertEquals(select(store, AGGREGATED_OBJECTIVE_YEAR_COUNTS), select(store, STORED_OBJECTIVE_YEAR_COUNTS));

            List<Path> files;
            try (var s = Files.list(data.resolve("events"))) {
                files = s.sorted().toList();
            }
            Files.delete(files.get(0));
            ObjectNode edited = (ObjectNode) DataReader.JSON.readTree(files.get(1).toFile());
            edited.withArray("participants").removeAll();
            edited.withArray("gcmObjectives").removeAll().add(23);
            DataReader.JSON.writeValue(files.get(1).toFile(), edited);
            loader.load(List.of(data), data, false);
            StoreRecount.assertCountsAreARecount(store);
            assertEquals(select(store, AGGREGATED_PERSON_COUNTS), select(store, STORED_PERSON_COUNTS));
            assertEquals(select(store, AGGREGATED_OBJECTIVE_YEAR_COUNTS), select(store, STORED_OBJECTIVE_YEAR_COUNTS));
        }
    }

    @Test
    void countsFollowALoadThatRemovesARecord() throws Exception {
        Path data = SeedData.copyTo(dir.resolve("data"));
        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("store"), org.migkg.rdf.Iris.DEFAULT)) {
            Loader loader = new Loader(store, dir);
            loader.load(List.of(data), data, false);
            String sijal = "https://w3id.org/migkg/id/person/sijal-aziz";
            assertEquals("2", select(store, STORED_PERSON_COUNTS).get(sijal));

            Files.delete(data.resolve("events").resolve(SeedData.COMMUNICATIONS + ".json"));
            loader.load(List.of(data), data, false);
            assertEquals("1", select(store, STORED_PERSON_COUNTS).get(sijal));
            assertEquals(select(store, AGGREGATED_PERSON_COUNTS), select(store, STORED_PERSON_COUNTS));
            assertEquals(Map.of("https://w3id.org/migkg/id/count/year/2022", "1"),
                    select(store, "SELECT ?y ?n WHERE { ?y a mk:YearCount ; mk:eventCount ?n }"), "no year count left for 2023");
        }
    }

    private static Map<String, String> select(KnowledgeStore store, String query) {
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(store.dataset())).query(Prefixes.sparql() + query).build()) {
                Map<String, String> rows = new TreeMap<>();
                qe.execSelect().forEachRemaining(r -> rows.put(r.get(qe.getQuery().getResultVars().get(0)).toString(),
                        r.get(qe.getQuery().getResultVars().get(1)).asLiteral().getLexicalForm()));
                return rows;
            }
        });
    }
}
