package org.migkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.migkg.SeedData;
import org.migkg.store.KnowledgeStore;

/** The library's queries run unchanged on the HTTP endpoint and give the same rows there as on the store. */
class QueryLibraryHttpTest {
    @TempDir
    static Path dir;
    static KnowledgeStore store;
    static KgServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final QueryLibrary LIBRARY = QueryLibrary.load();

    @BeforeAll
    static void start() {
        store = SeedData.loadedStore(dir);
        server = KgServer.builder(store).port(0).build().start();
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    @TestFactory
    Stream<DynamicTest> everyRunGivesItsExpectedRowsOverHttp() {
        return LibraryCases.all(LIBRARY).stream().map(c -> DynamicTest.dynamicTest(c.toString(), () -> {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                    .header("Content-Type", "application/sparql-query")
                    .header("Accept", "text/csv")
                    .POST(HttpRequest.BodyPublishers.ofString(LibraryCases.boundText(LIBRARY, c))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), r::body);
            String actual = LibraryCases.normalise(r.body());
            assertEquals(LibraryCases.expected(c, actual), actual, c.toString());
        }));
    }
}
