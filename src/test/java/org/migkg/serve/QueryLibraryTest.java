package org.migkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped library: what the jar holds is the queries/ folder, and every query is fit to offer to users. */
class QueryLibraryTest {
    static final QueryLibrary FOLDER = QueryLibrary.load(Path.of("queries"));

    @Test
    void theClassPathLibraryIsTheQueriesFolder() {
        assertEquals(FOLDER.queries(), QueryLibrary.load().queries());
    }

    @Test
    void holdsTheQueriesResearchersAskFor() {
        List<String> names = FOLDER.queries().stream().map(LibraryQuery::name).toList();
        assertTrue(names.containsAll(List.of("recurring-speakers", "person-timeline", "co-speakers", "organizations-by-presence",
                "events-by-objective", "objectives-never-addressed", "events-by-theme", "events-per-year-per-objective",
                "related-events", "moderators", "event-card")), names::toString);
        assertEquals(names.stream().sorted().toList(), names, "listed by name");
    }

    @Test
    void everyQueryParsesOnItsOwnPrefixesWithNamedColumnsAndAFixedOrder() {
        for (LibraryQuery q : FOLDER.queries()) {
            Query query = QueryFactory.create(q.text());
            assertTrue(query.isSelectType(), q.name());
            assertFalse(query.isQueryResultStar(), q.name() + " names its columns");
            assertTrue(query.hasOrderBy(), q.name() + " orders its rows");
            for (LibraryQuery.Parameter p : q.parameters()) {
                assertFalse(query.getResultVars().contains(p.name()), q.name() + ": parameter " + p.name() + " is also a column");
            }
        }
    }

    @Test
    void everyParameterBindsToAnIriOrAStringAndTheQueryStillParses() {
        for (LibraryQuery q : FOLDER.queries()) {
            for (LibraryQuery.Parameter p : q.parameters()) {
                for (String value : List.of("https://w3id.org/migkg/id/x", "a \"quoted\" name")) {
                    Map<String, String> values = new java.util.HashMap<>(q.example());
                    values.put(p.name(), value);
                    String bound = q.bind(values);
                    QueryFactory.create(bound);
                    assertFalse(java.util.regex.Pattern.compile("\\?" + p.name() + "\\b").matcher(bound).find(), q.name() + ": ?" + p.name() + " left unbound");
                }
            }
        }
    }

    @Test
    void everyRequiredParameterHasAnExampleValue() {
        for (LibraryQuery q : FOLDER.queries()) {
            q.parameters().stream().filter(LibraryQuery.Parameter::required)
                    .forEach(p -> assertTrue(q.example().containsKey(p.name()), q.name() + " has no example for " + p.name()));
        }
    }

    @Test
    void aFolderWithABadHeaderIsRefusedNamingTheFile(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("good.rq"), "# title: t\n# description: d\nSELECT ?x WHERE {} ORDER BY ?x\n");
        Files.writeString(dir.resolve("bad.rq"), "SELECT ?x WHERE {}\n");
        Files.writeString(dir.resolve("notes.txt"), "not a query");
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> QueryLibrary.load(dir));
        assertEquals("bad.rq: the header has no '# title:' line", e.getMessage());
        Files.delete(dir.resolve("bad.rq"));
        assertEquals(List.of("good"), QueryLibrary.load(dir).queries().stream().map(LibraryQuery::name).toList());
    }
}
