package org.migkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migkg.SeedData;
import org.migkg.rdf.Iris;
import org.migkg.records.DataReader;
import org.migkg.serve.html.WebFront;
import org.migkg.store.KnowledgeStore;
import org.migkg.pipeline.Loader;

/**
 * Entity pages are rendered once per load and then served as kept: with an ETag that a conditional GET can name to
 * get 304, and never after a load has changed what they say.
 */
class EntityCacheTest {
    private static final String EVENT_PATH = "/id/event/" + SeedData.GENDER;
    private static final String TITLE = "Working Towards a More Gender-Responsive Reintegration Process for Returned Migrants";
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @TempDir
    Path dir;
    Path data;
    KnowledgeStore store;

    @BeforeEach
    void load() {
        data = SeedData.copyTo(dir.resolve("data"));
        store = KnowledgeStore.open(dir.resolve("store"), Iris.DEFAULT);
        loadData();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aConditionalGetNamingTheCurrentETagGets304WithoutABody() throws Exception {
        try (KgServer server = started(WebFront.install(KgServer.builder(store).port(0), store))) {
            String url = server.url() + EVENT_PATH.substring(1);
            HttpResponse<String> first = get(url, "text/html", null);
            assertEquals(200, first.statusCode());
            String etag = first.headers().firstValue("ETag").orElseThrow();
            assertTrue(first.headers().firstValue("Cache-Control").orElseThrow().contains("no-cache"), "clients must revalidate");
            assertTrue(first.headers().firstValue("Last-Modified").isPresent(), "Last-Modified is the store's last load");

            HttpResponse<String> again = get(url, "text/html", etag);
            assertEquals(304, again.statusCode());
            assertEquals("", again.body());
            assertEquals(Optional.of(etag), again.headers().firstValue("ETag"));

            HttpResponse<String> other = get(url, "text/html", "\"something-else\"");
            assertEquals(200, other.statusCode());
            assertEquals(first.body(), other.body());

            HttpResponse<String> turtle = get(url, "text/turtle", etag);
            assertEquals(200, turtle.statusCode(), "the HTML page's tag does not name the Turtle");
            assertNotEquals(etag, turtle.headers().firstValue("ETag").orElseThrow());
            assertEquals(304, get(url, "text/turtle", turtle.headers().firstValue("ETag").orElseThrow()).statusCode());
        }
    }

    @Test
    void aLoadThatChangesTheDataChangesWhatIsServed() throws Exception {
        try (KgServer server = started(WebFront.install(KgServer.builder(store).port(0), store))) {
            String url = server.url() + EVENT_PATH.substring(1);
            HttpResponse<String> html = get(url, "text/html", null);
            HttpResponse<String> turtle = get(url + ".ttl", null, null);
            assertTrue(html.body().contains(TITLE) && turtle.body().contains(TITLE));
            assertEquals(html.body(), get(url, "text/html", null).body(), "served again as kept");

            retitle(TITLE + " (revised)");
            loadData();

            HttpResponse<String> newHtml = get(url, "text/html", html.headers().firstValue("ETag").orElseThrow());
            assertEquals(200, newHtml.statusCode(), "the old tag no longer names what is served");
            assertTrue(newHtml.body().contains(TITLE + " (revised)"), "the page shows the new title");
            HttpResponse<String> newTurtle = get(url + ".ttl", null, null);
            assertTrue(newTurtle.body().contains(TITLE + " (revised)"));
            assertFalse(newTurtle.body().contains("\"" + TITLE + "\""), "the old title is gone from the Turtle");
            assertNotEquals(turtle.headers().firstValue("ETag"), newTurtle.headers().firstValue("ETag"));
        }
    }

    @Test
    void eachRepresentationIsRenderedOncePerLoad() throws Exception {
        AtomicInteger renders = new AtomicInteger();
        PlainHtmlView plain = new PlainHtmlView();
        HtmlView counting = (iri, description, s) -> {
            renders.incrementAndGet();
            return plain.render(iri, description, s);
        };
        try (KgServer server = started(KgServer.builder(store).port(0).htmlView(counting))) {
            String url = server.url() + EVENT_PATH.substring(1);
            for (int i = 0; i < 3; i++) {
                assertEquals(200, get(url, "text/html", null).statusCode());
            }
            assertEquals(1, renders.get());

            loadData();
            assertEquals(200, get(url, "text/html", null).statusCode());
            assertEquals(2, renders.get(), "a load, even one that changes nothing, starts over");
        }
    }

    @Test
    void withoutRoomEveryRequestIsRendered() throws Exception {
        AtomicInteger renders = new AtomicInteger();
        PlainHtmlView plain = new PlainHtmlView();
        HtmlView counting = (iri, description, s) -> {
            renders.incrementAndGet();
            return plain.render(iri, description, s);
        };
        try (KgServer server = started(KgServer.builder(store).port(0).htmlView(counting).entityCacheBytes(0))) {
            String url = server.url() + EVENT_PATH.substring(1);
            get(url, "text/html", null);
            get(url, "text/html", null);
            assertEquals(2, renders.get());
        }
    }

    /** Started, with the dumps it publishes at start written, so none is being written when the store closes. */
    private static KgServer started(KgServer.Builder builder) throws InterruptedException {
        KgServer server = builder.build().start();
        for (int i = 0; i < 600 && server.publishing(); i++) {
            Thread.sleep(100);
        }
        return server;
    }

    private void loadData() {
        new Loader(store, dir).load(List.of(data), data, false);
    }

    private void retitle(String title) throws IOException {
        Path file = data.resolve("events").resolve(SeedData.GENDER + ".json");
        ObjectNode record = (ObjectNode) DataReader.JSON.readTree(file.toFile());
        record.put("title", title);
        DataReader.JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), record);
    }

    private static HttpResponse<String> get(String url, String accept, String ifNoneMatch) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).GET();
        if (accept != null) {
            b.header("Accept", accept);
        }
        if (ifNoneMatch != null) {
            b.header("If-None-Match", ifNoneMatch);
        }
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
