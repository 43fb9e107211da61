package org.migkg.cli;

import static org.migkg.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migkg.SeedData;
import org.migkg.serve.LibraryQuery;
import org.migkg.serve.QueryLibrary;

/** 'migkg query' and 'migkg queries' as a user runs them on the seed store. */
class QueryCommandTest {
    @TempDir
    static Path dir;
    static String store;


    @BeforeAll
    static void load() {
        SeedData.loadedStore(dir).close();
        store = dir.resolve("store").toString();
    }


    @Test
    void aLibraryQueryByNameWithANameParameterPrintsAReadableTable() {
        CliRun r = run("query", "person-timeline", "--param", "person=Sijal Aziz", "--store", store);
        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(1).matches("\\| date +\\| title +\\| role +\\| posts +\\| name +\\| personIri +\\| event +\\|"), lines.get(1));
        assertTrue(lines.get(3).startsWith("| 2022-02-15 | Working Towards a More Gender-Responsive Reintegration | speaker | "), lines.get(3));
        assertTrue(r.out().contains("| 2023-07-25 | Improving Communications in the Voluntary Return and   | speaker | Director, Women Empowerment"), r.out());
        assertTrue(lines.get(3).contains("| Sijal Aziz | person:sijal-aziz | event:2022-02-15-gender-responsive-reintegration-returned-migrants "),
                "IRIs shortened, never wrapped: " + lines.get(3));
        assertTrue(r.out().indexOf("2022-02-15") < r.out().indexOf("2023-07-25"), "in date order");
        assertEquals("2 rows", lines.get(lines.size() - 1));
        assertTrue(lines.stream().allMatch(l -> !l.contains("\"") && !l.contains("@en")), "plain text, no quotes or language tags");
    }

    @Test
    void tableIrisFollowTheStoreBaseAndUnknownOnesStayWhole() {
        CliRun r = run("query", "--query", "SELECT ?e ?x WHERE { ?e a schema:Event BIND (<https://example.org/other> AS ?x) } ORDER BY ?e", "--store", store);
        assertTrue(r.out().contains("| event:2023-07-25-improving-communications-voluntary-return-reintegration | <https://example.org/other> |"), r.out());
    }

    @Test
    void csvByNameAndByFileGiveTheExpectedRows() throws Exception {
        String expected = Files.readString(Path.of("src/test/resources/query-rows/expected/person-timeline.csv"));
        CliRun byName = run("query", "person-timeline", "--param", "person=Sijal Aziz", "--format", "csv", "--store", store);
        assertEquals(expected, byName.out().replace("\r\n", "\n"));
        CliRun byFile = run("query", "queries/person-timeline.rq", "--param", "person=https://w3id.org/migkg/id/person/sijal-aziz",
                "--format", "csv", "--store", store);
        assertEquals(expected, byFile.out().replace("\r\n", "\n"));
    }

    @Test
    void printQueryGivesTheBoundTextWithoutTouchingTheStore() {
        CliRun r = run("query", "person-timeline", "--param", "person=Sijal Aziz", "--print-query", "--store", dir.resolve("no-store-here").toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("# title: A person's timeline\n"), r.out());
        assertTrue(r.out().contains("BIND (\"Sijal Aziz\" AS ?wantedName) FILTER (isLiteral(?wantedName))"), r.out());
        assertTrue(!Files.exists(dir.resolve("no-store-here")), "no store was opened");
    }

    @Test
    void tsvAndJsonOnRequest() throws Exception {
        CliRun tsv = run("query", "moderators", "--format", "tsv", "--store", store);
        List<String> rows = tsv.out().lines().toList();
        assertEquals(3, rows.size(), tsv.out());
        assertEquals("?name\t?moderated\t?date\t?title\t?posts\t?person\t?event", rows.get(0));
        assertTrue(rows.get(1).startsWith("\"Camille Le Coz\"\t2\t\"2022-02-15\"\t"), rows.get(1));
        CliRun json = run("query", "moderators", "--format", "json", "--store", store);
        JsonNode bindings = new ObjectMapper().readTree(json.out()).path("results").path("bindings");
        assertEquals(2, bindings.size(), json.out());
        assertEquals("Camille Le Coz", bindings.get(0).path("name").path("value").asText());
        assertEquals("2023-07-25", bindings.get(1).path("date").path("value").asText());
    }

    @Test
    void aMissingRequiredParameterIsAnErrorNamingIt() {
        CliRun r = run("query", "event-card", "--store", store);
        assertEquals(2, r.exit(), "a usage error exits 2");
        assertTrue(r.err().startsWith("error: the query event-card needs the parameter 'event': an event's IRI"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void anUnknownParameterOrQueryNameIsAnError() {
        CliRun param = run("query", "person-timeline", "--param", "who=Sijal Aziz", "--store", store);
        assertEquals(2, param.exit());
        assertTrue(param.err().contains("has no parameter 'who'; its parameters are: person"), param.err());
        CliRun name = run("query", "people-who-know-everything", "--store", store);
        assertEquals(2, name.exit());
        assertTrue(name.err().contains("no query named 'people-who-know-everything' in the library"), name.err());
    }

    @Test
    void queriesAndListShowEveryQueryWithTitleDescriptionAndParameters() {
        CliRun queries = run("queries");
        assertEquals(0, queries.exit(), queries.err());
        for (LibraryQuery q : QueryLibrary.load().queries()) {
            assertTrue(queries.out().contains(q.name() + " - " + q.title() + "\n    " + q.description() + "\n"), q.name());
        }
        assertTrue(queries.out().contains("    --param person=...  (required) a person's IRI, or a name"), queries.out());
        assertEquals(queries.out(), run("query", "--list").out());
    }

    @Test
    void adHocQueryTextStillHasTheProjectPrefixes() {
        CliRun r = run("query", "--query", "SELECT ?n WHERE { ?p a schema:Person ; schema:name ?n } ORDER BY ?n", "--format", "csv", "--store", store);
        assertEquals(0, r.exit(), r.err());
        assertEquals(List.of("n", "Camille Le Coz", "Catherine Rombauts", "Elke Löbel", "Haldeng Nkomba Frank Ulrich", "Mariana Meshi", "Sijal Aziz"),
                r.out().lines().toList());
    }

    @Test
    void queriesRunGivesTheAskedPageAndSaysHowToGetTheNext() throws Exception {
        List<String> all = Files.readString(Path.of("src/test/resources/query-rows/expected/recurring-speakers.csv")).lines().toList();
        CliRun second = run("queries", "run", "recurring-speakers", "--limit", "1", "--offset", "1", "--format", "csv", "--store", store);
        assertEquals(0, second.exit(), second.err());
        assertEquals(List.of(all.get(0), all.get(2)), second.out().replace("\r\n", "\n").lines().toList());
        assertEquals("Page: rows 2 to 2 (page 2, 1 a page); next: --limit 1 --offset 2\n", second.err());

        CliRun last = run("queries", "run", "recurring-speakers", "--limit", "3", "--offset", "3", "--format", "csv", "--store", store);
        assertEquals(List.of(all.get(0), all.get(4)), last.out().replace("\r\n", "\n").lines().toList());
        assertEquals("Last page: rows 4 to 4 (page 2, 3 a page).\n", last.err());
    }

    @Test
    void pagingAQueryThatIsNotPagedIsAUsageError() {
        CliRun r = run("queries", "run", "objectives-never-addressed", "--limit", "5", "--store", store);
        assertEquals(2, r.exit());
        assertEquals("error: the query objectives-never-addressed is not paged: it always gives all its rows, so it takes no limit\n", r.err());
        CliRun own = run("query", "--query", "SELECT ?s WHERE { ?s ?p ?o }", "--offset", "5", "--store", store);
        assertEquals(2, own.exit());
        assertTrue(own.err().contains("write LIMIT and OFFSET"), own.err());
    }

    @Test
    void theLibraryListSaysWhichQueriesArePaged() {
        CliRun r = run("queries");
        assertTrue(r.out().contains("recurring-speakers - Recurring speakers\n    People who took part in two or more events"), r.out());
        assertTrue(r.out().contains("    --limit ROWS --offset ROWS  (paged) 100 rows a page by default; --offset 100 gives the second page\n"), r.out());
    }
}
