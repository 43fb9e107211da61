package org.migkg.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.system.Txn;
import org.migkg.SeedData;
import org.migkg.store.KnowledgeStore;

/**
 * The runs of the library's queries that the tests check on the two seed records, each with its exact expected rows
 * in a CSV file under {@code src/test/resources/query-rows/}.
 * <p>
 * Every query has a run with the values of its header's example; {@link #EXTRA} adds runs for other ways of giving a
 * parameter. Expected rows of the queries whose answers come from the linker (its person identities, co-speaking
 * pairs and event-relation scores) are kept apart in {@code linker-dependent/}, so a change to linking updates just
 * those files. To rewrite the expected files from the current answers, run the tests with
 * {@code -Dqueries.rewrite=true} and review the difference before committing it.
 */
final class LibraryCases {
    static final Path EXPECTED = Path.of("src/test/resources/query-rows/expected");
    static final Path LINKER_DEPENDENT = Path.of("src/test/resources/query-rows/linker-dependent");
    static final Set<String> LINKER_DEPENDENT_QUERIES = Set.of("co-speakers", "related-events");
    static final boolean REWRITE = Boolean.getBoolean("queries.rewrite");

    static final String SIJAL_AZIZ = "https://w3id.org/migkg/id/person/sijal-aziz";

    /** One run of a library query: the parameter values, and the file holding the rows it must give. */
    record Case(String query, Map<String, String> params, String expectedFile) {
        Path expected() {
            return (LINKER_DEPENDENT_QUERIES.contains(query) ? LINKER_DEPENDENT : EXPECTED).resolve(expectedFile + ".csv");
        }

        @Override
        public String toString() {
            return query + (params.isEmpty() ? "" : " " + params);
        }
    }

    static final List<Case> EXTRA = List.of(
            new Case("person-timeline", Map.of("person", SIJAL_AZIZ), "person-timeline"),
            new Case("person-timeline", Map.of("person", "<" + SIJAL_AZIZ + ">"), "person-timeline"),
            new Case("person-timeline", Map.of("person", "SIJAL AZIZ"), "person-timeline"),
            new Case("person-timeline", Map.of("person", "Camille Le Coz"), "person-timeline@camille-le-coz"),
            new Case("person-timeline", Map.of("person", "Nobody Known"), "no-rows@person-timeline"),
            new Case("person-timeline", Map.of("person", "Sijal Aziz\" || true) } #"), "no-rows@person-timeline"),
            new Case("co-speakers", Map.of(), "co-speakers@all"),
            new Case("co-speakers", Map.of("person", "https://w3id.org/migkg/id/person/camille-le-coz"), "co-speakers"),
            new Case("events-by-objective", Map.of(), "events-by-objective@all"),
            new Case("events-by-objective", Map.of("objective", "https://w3id.org/migkg/gcm/objective/21"), "events-by-objective"),
            new Case("events-by-objective", Map.of("objective", "2"), "no-rows@events-by-objective"),
            new Case("events-by-theme", Map.of(), "events-by-theme"),
            new Case("events-by-theme", Map.of("theme", "Gender-responsive"), "no-rows@events-by-theme"),
            new Case("related-events", Map.of("event", "Improving Communications in the Voluntary Return and Reintegration Network"),
                    "related-events@2023-07-25"),
            new Case("event-card", Map.of("event", "https://w3id.org/migkg/id/event/" + SeedData.COMMUNICATIONS), "event-card@2023-07-25"));

    private LibraryCases() {}

    /** The example run of every query in the library, then the extra runs. */
    static List<Case> all(QueryLibrary library) {
        List<Case> cases = new ArrayList<>();
        for (LibraryQuery q : library.queries()) {
            cases.add(new Case(q.name(), new LinkedHashMap<>(q.example()), q.name()));
        }
        cases.addAll(EXTRA);
        return cases;
    }

    static String boundText(QueryLibrary library, Case c) {
        return library.find(c.query()).orElseThrow(() -> new AssertionError("no query " + c.query() + " in the library")).bind(c.params());
    }

    /** Runs a query on the store and gives its rows as CSV, with line ends as in the expected files. */
    static String csv(KnowledgeStore store, String queryText) {
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(store.dataset())).query(queryText).build()) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ResultSetFormatter.outputAsCSV(out, qe.execSelect());
                return normalise(out.toString(StandardCharsets.UTF_8));
            }
        });
    }

    static String normalise(String csv) {
        return csv.replace("\r\n", "\n");
    }

    /** The expected rows of a run, or (when rewriting) the actual rows, written to the expected file. */
    static String expected(Case c, String actual) {
        try {
            if (REWRITE) {
                Files.createDirectories(c.expected().getParent());
                Files.writeString(c.expected(), actual, StandardCharsets.UTF_8);
            }
            if (!Files.exists(c.expected())) {
                throw new AssertionError("no expected rows for " + c + ": write them to " + c.expected()
                        + " (running the tests with -Dqueries.rewrite=true writes the current answer there for review)");
            }
            return Files.readString(c.expected(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
