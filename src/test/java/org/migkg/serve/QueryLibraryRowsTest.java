package org.migkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.migkg.SeedData;
import org.migkg.store.KnowledgeStore;

/** Every query of the library, run on the loaded seed store, gives exactly its expected rows. */
class QueryLibraryRowsTest {
    @TempDir
    static Path dir;
    static KnowledgeStore store;
    static final QueryLibrary LIBRARY = QueryLibrary.load(Path.of("queries"));

    @BeforeAll
    static void load() {
        store = SeedData.loadedStore(dir);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @TestFactory
    Stream<DynamicTest> everyRunGivesItsExpectedRows() {
        return LibraryCases.all(LIBRARY).stream().map(c -> DynamicTest.dynamicTest(c.toString(), () -> {
            String actual = LibraryCases.csv(store, LibraryCases.boundText(LIBRARY, c));
            assertEquals(LibraryCases.expected(c, actual), actual, c.toString());
        }));
    }

    @Test
    void everyQueryInTheFolderHasExpectedRows() {
        List<String> uncovered = LIBRARY.queries().stream()
                .map(q -> new LibraryCases.Case(q.name(), q.example(), q.name()))
                .filter(c -> !c.expected().toFile().isFile())
                .map(LibraryCases.Case::query).toList();
        assertEquals(List.of(), uncovered, "queries without expected rows");
    }

    @Test
    void everyQueryGivesRowsOnTheSeedsWithItsExample() {
        for (LibraryQuery q : LIBRARY.queries()) {
            String csv = LibraryCases.csv(store, q.bind(q.example()));
            assertTrue(csv.lines().count() > 1, q.name() + " gives no rows with its example " + q.example());
        }
    }
}
