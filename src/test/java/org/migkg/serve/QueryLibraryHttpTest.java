package org.migkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.migkg.ServedStore;
import org.migkg.store.KnowledgeStore;

/** The library's queries run unchanged on the HTTP endpoint and give the same rows there as on the store. */
@ServedStore
class QueryLibraryHttpTest {
    static KnowledgeStore store;
    static KgServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final QueryLibrary LIBRARY = QueryLibrary.load();

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
