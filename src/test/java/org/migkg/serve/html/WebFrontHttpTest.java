package org.migkg.serve.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.migkg.ServedStore;
import org.migkg.serve.HtmlEscape;
import org.migkg.serve.KgServer;
import org.migkg.serve.LibraryQuery;
import org.migkg.serve.QueryLibrary;
import org.migkg.store.KnowledgeStore;
import org.migkg.store.StoreStats;

/** The web front's own paths over HTTP: the pages, their headers, and static files that stay inside their folders. */
@ServedStore(webFront = true)
class WebFrontHttpTest {
    static KnowledgeStore store;
    static KgServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theLandingPageStatesTheCountsAndLinksIntoTheData() throws Exception {
        HttpResponse<String> r = get("");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));
        String html = r.body();
        assertTrue(html.contains("<dt>events</dt><dd>2</dd>") && html.contains("<dt>people</dt><dd>6</dd>"), html);
        StoreStats stats = StoreStats.of(store);
        assertTrue(html.contains("<dt>organizations</dt><dd>" + stats.organizations() + "</dd>"), html);
        assertTrue(html.contains(String.format(java.util.Locale.ENGLISH, "<dt>triples</dt><dd>%,d</dd>", stats.triples())), html);
        for (String link : new String[] {"href=\"/kg/sparql\"", "href=\"/.well-known/void\"", "href=\"/dumps/migkg.nq.gz\"", "action=\"/search\""}) {
            assertTrue(html.contains(link), link);
        }
        assertTrue(html.contains("<script type=\"application/ld+json\">"));
        assertTrue(html.contains("<meta name=\"viewport\""));
    }

    @Test
    void theLandingPageStatesTheLicenceAndHowToCiteTheCurrentRelease() throws Exception {
        String html = get("").body();
        String release = new org.migkg.store.PublishedRelease(store).id().orElseThrow();
        assertTrue(release.matches("[0-9a-f]{12}"), release);
        assertTrue(html.contains("<a href=\"https://creativecommons.org/licenses/by/4.0/\">CC BY 4.0</a>"), html);
        assertTrue(html.contains("<cite class=\"citation\">MigKG developers. MigKG: a knowledge graph of migration-policy events (release "
                + release + "). " + store.iris().base() + "</cite>"), html);
        assertTrue(html.contains("\"version\" : \"" + release + "\""), html);
    }

    @Test
    void browsersGetTheRichEntityPageAndRdfClientsStillGetRdf() throws Exception {
        String browserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + "id/person/sijal-aziz"))
                .header("Accept", browserAccept).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<ol class=\"timeline\">"), page.body());
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));
        HttpResponse<String> turtle = HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + "id/person/sijal-aziz"))
                .header("Accept", "text/turtle").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, turtle.statusCode());
        assertTrue(turtle.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        assertTrue(turtle.body().contains("Sijal Aziz"));
    }

    @Test
    void searchFindsAPersonByPartOfHerName() throws Exception {
        String html = get("search?q=aziz").body();
        assertTrue(html.contains("<a href=\"/id/person/sijal-aziz\">Sijal Aziz</a>"), html);
        assertTrue(get("search?q=" + "%3Cscript%3E").body().contains("value=\"&lt;script&gt;\""), "the query echoed as text");
    }

    @Test
    void webjarsAndTheSiteFilesAreServedWithTheirTypes() throws Exception {
        HttpResponse<String> css = get("static/migkg.css");
        assertEquals(200, css.statusCode());
        assertTrue(css.headers().firstValue("Content-Type").orElse("").startsWith("text/css"));
        HttpResponse<String> lib = get(Webjars.CYTOSCAPE.substring(1));
        assertEquals(200, lib.statusCode());
        assertTrue(lib.headers().firstValue("Cache-Control").orElse("").contains("immutable"));
        assertEquals(200, get(Webjars.CHART.substring(1)).statusCode());
        assertEquals(200, get(Webjars.YASGUI.substring(1)).statusCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"static/..%2Flog4j2.properties", "static/webjars/..%2F..%2Flog4j2.properties", "static/log4j2.properties",
            "static/webjars/cytoscape/../../../org/migkg/serve/html/Links.class", "static/.hidden.css", "static/nothing.css",
            "static/webjars/cytoscape/3.33.1/package.json%00.js", "static/migkg.css/"})
    void nothingOutsideTheStaticFoldersIsServed(String path) throws Exception {
        int status = get(path).statusCode();
        assertTrue(status == 404 || status == 400, path + " answered " + status);
    }

    @Test
    void everyLibraryQueryIsListedAndRunsWithItsExampleAsATable() throws Exception {
        String landing = get("").body();
        QueryLibrary library = QueryLibrary.load();
        assertTrue(!library.queries().isEmpty());
        for (LibraryQuery q : library.queries()) {
            assertTrue(landing.contains(HtmlEscape.text(q.title())), q.name());
            assertTrue(landing.contains("href=\"/editor?name=" + q.name() + "\""), q.name());
            HttpResponse<String> r = get("library/" + q.name());
            assertEquals(200, r.statusCode(), q.name());
            assertTrue(r.body().contains("<table class=\"results\">"), q.name());
        }
        String timeline = get("library/person-timeline?person=Sijal+Aziz").body();
        assertTrue(timeline.contains("2 rows"), timeline);
        assertTrue(timeline.contains("Director Returns and Reintegration"), timeline);
        String camille = get("library/person-timeline?person=Camille+Le+Coz").body();
        assertTrue(camille.contains("value=\"Camille Le Coz\"") && camille.contains("Senior Policy Analyst"), camille);
    }

    @Test
    void aLibraryLinkRunsTheQueryOnTheEndpointAsCsv() throws Exception {
        String landing = get("").body();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("href=\"/(kg/sparql\\?query=[^\"]+&amp;format=csv)\"").matcher(landing);
        assertTrue(m.find(), "a CSV link");
        HttpResponse<String> csv = get(m.group(1).replace("&amp;", "&"));
        assertEquals(200, csv.statusCode(), csv::body);
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
    }

    @Test
    void anUnknownLibraryQueryIsNotFound() throws Exception {
        HttpResponse<String> r = get("library/no-such-query");
        assertEquals(404, r.statusCode());
        assertTrue(r.body().contains("no query named"));
    }
}
