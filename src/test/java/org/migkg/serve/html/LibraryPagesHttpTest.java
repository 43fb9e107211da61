package org.migkg.serve.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.migkg.ServedStore;
import org.migkg.serve.KgServer;
import org.migkg.store.KnowledgeStore;

/** /library/NAME of a paged query: the page asked for, which page it is, and the links to the pages around it. */
@ServedStore(webFront = true)
class LibraryPagesHttpTest {
    static KnowledgeStore store;
    static KgServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    static String get(String path) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), path);
        return r.body();
    }

    @Test
    void aMiddlePageSaysWhichItIsAndLinksBothWays() throws Exception {
        String html = get("library/recurring-speakers?limit=1&offset=1");
        assertTrue(html.contains("rows 2 to 2 (page 2, 1 a page)."), html);
        assertTrue(html.contains("href=\"/library/recurring-speakers?limit=1&amp;offset=0\""), html);
        assertTrue(html.contains("href=\"/library/recurring-speakers?limit=1&amp;offset=2\""), html);
        assertTrue(html.contains("<td>Camille Le Coz</td><td>2</td><td>2023-07-25</td>"), html);
        assertFalse(html.contains("<td>2022-02-15</td>"), "only the second row: " + html);
    }

    @Test
    void theLastPageHasNoNextLinkAndParametersAreKept() throws Exception {
        String html = get("library/person-timeline?person=Sijal+Aziz&limit=5");
        assertTrue(html.contains("rows 1 to 2 (page 1, 5 a page), the last page."), html);
        assertFalse(html.contains("Next page"), html);
        String second = get("library/person-timeline?person=Sijal+Aziz&limit=1");
        assertTrue(second.contains("href=\"/library/person-timeline?person=Sijal+Aziz&amp;limit=1&amp;offset=1\""), second);
    }

    @Test
    void aBadPageIsExplainedNotRun() throws Exception {
        String html = get("library/events?limit=0");
        assertTrue(html.contains("This query cannot be run: the query events takes a limit from 1 to 10,000, not "), html);
        assertFalse(html.contains("<table class=\"results\">"), html);
    }
}
