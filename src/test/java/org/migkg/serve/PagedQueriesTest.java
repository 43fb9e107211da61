package org.migkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.migkg.SeedData;
import org.migkg.pipeline.Loader;
import org.migkg.rdf.Iris;
import org.migkg.store.KnowledgeStore;

/**
 * On the shipped data, the pages of every paged query, read one after another, give exactly the rows of one page big
 * enough for all of them, in the same order: no row lost, doubled or moved by paging.
 */
class PagedQueriesTest {
    @TempDir
    static Path dir;
    static KnowledgeStore store;
    static final QueryLibrary LIBRARY = QueryLibrary.load(Path.of("queries"));

    @BeforeAll
    static void load() {
        store = KnowledgeStore.open(dir.resolve("store"), Iris.DEFAULT);
        new Loader(store, Path.of("")).load(List.of(SeedData.SHIPPED), SeedData.SHIPPED, new Loader.Options(false, false, false));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @TestFactory
    Stream<DynamicTest> pagesReadInTurnGiveTheWholeAnswer() {
        return LIBRARY.queries().stream().filter(LibraryQuery::paged).flatMap(q -> Stream.of(1, 7).map(size ->
                DynamicTest.dynamicTest(q.name() + " in pages of " + size, () -> {
                    List<String> whole = rows(q, Integer.toString(LibraryQuery.MAX_LIMIT), "0");
                    assertTrue(whole.size() > 1, q.name() + " has too few rows on the shipped data to test paging: " + whole.size());
                    List<String> paged = new ArrayList<>();
                    for (int offset = 0; ; offset += size) {
                        List<String> page = rows(q, Integer.toString(size), Integer.toString(offset));
                        paged.addAll(page);
                        if (page.size() < size) {
                            break;
                        }
                    }
                    assertEquals(whole, paged, q.name());
                })));
    }

    /** The rows of one page, without the header line. */
    private static List<String> rows(LibraryQuery q, String limit, String offset) {
        Map<String, String> values = new HashMap<>(q.example());
        if (q.name().equals("person-timeline")) {
            values.put("person", "Kathleen Newland");
        } else if (q.name().startsWith("events-by-") || q.name().equals("co-speakers")) {
            values.clear();
        }
        values.put(LibraryQuery.LIMIT, limit);
        values.put(LibraryQuery.OFFSET, offset);
        List<String> lines = LibraryCases.csv(store, q.bind(values)).lines().toList();
        return lines.subList(1, lines.size());
    }
}
