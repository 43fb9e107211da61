package org.migkg.serve.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.migkg.ServedStore;
import org.migkg.serve.KgServer;
import org.migkg.serve.LibraryQuery;
import org.migkg.serve.QueryLibrary;
import org.migkg.store.KnowledgeStore;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A reader's path through the seed data in a real browser: landing page, search, a person, an event, the pictures. */
@ServedStore(webFront = true)
class WebFrontBrowserTest {
    static KnowledgeStore store;
    static KgServer server;
    static Browser browser;

    @BeforeAll
    static void start() {
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void fromTheLandingPageThroughSearchToAzizAndOnToARelatedEvent() throws Exception {
        browser.open(server.url());
        assertEquals("MigKG", browser.waitFor(By.tagName("h1")).getText());
        String counts = browser.driver.findElement(By.cssSelector("dl.counts")).getText();
        assertTrue(counts.contains("2") && counts.contains("events") && counts.contains("people"), counts);
        browser.waitFor(By.cssSelector("canvas#objectives-over-time[data-drawn=true]"));
        Path landing = browser.screenshot("landing", 1280);
        assertTrue(Files.size(landing) > 10_000, "the landing screenshot has content");

        WebElement box = browser.driver.findElement(By.id("q"));
        box.sendKeys("Aziz");
        box.submit();
        browser.waitFor(By.linkText("Sijal Aziz")).click();

        assertEquals("Sijal Aziz", browser.waitFor(By.tagName("h1")).getText());
        List<WebElement> events = browser.driver.findElements(By.cssSelector("ol.timeline > li"));
        assertEquals(2, events.size(), "both of her events");
        WebElement in2022 = events.stream().filter(e -> e.getText().contains("2022-02-15")).findFirst().orElseThrow();
        WebElement in2023 = events.stream().filter(e -> e.getText().contains("2023-07-25")).findFirst().orElseThrow();
        assertTrue(in2022.getText().contains("Director Returns and Reintegration"), in2022.getText());
        assertTrue(in2023.getText().contains("Director, Women Empowerment Literacy and Development Organization"), in2023.getText());
        assertTrue(!in2022.getText().contains("Women Empowerment Literacy and Development Organization\n")
                && !in2023.getText().contains("Director Returns"), "each event shows the post she held at that event");

        browser.waitFor(By.cssSelector("#network[data-drawn=true]"));
        assertTrue(browser.driver.findElements(By.cssSelector("#network canvas")).size() > 0, "the network is drawn on a canvas");
        @SuppressWarnings("unchecked")
        Map<String, Object> network = (Map<String, Object>) browser.js("return window.migkgPictures.networks.network");
        @SuppressWarnings("unchecked")
        List<String> nodes = (List<String>) network.get("nodes");
        assertTrue(nodes.containsAll(List.of("Sijal Aziz", "Camille Le Coz", "Mariana Meshi", "Elke Löbel",
                "Catherine Rombauts", "Haldeng Nkomba Frank Ulrich")), nodes::toString);
        assertTrue(((Number) network.get("edges")).intValue() >= 5, "an edge to each co-speaker at least");
        assertTrue((Boolean) browser.js("""
                const canvases = document.querySelectorAll('#network canvas');
                for (const c of canvases) {
                  const px = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
                  for (let i = 3; i < px.length; i += 4) { if (px[i] !== 0) return true; }
                }
                return false;"""), "something is painted on the network canvas");
        browser.screenshot("person", 1280);
        browser.screenshot("person-phone", 390);

        in2022 = browser.driver.findElements(By.cssSelector("ol.timeline > li")).stream()
                .filter(e -> e.getText().contains("2022-02-15")).findFirst().orElseThrow();
        in2022.findElement(By.partialLinkText("Gender-Responsive Reintegration")).click();
        assertTrue(browser.waitFor(By.tagName("h1")).getText().startsWith("Working Towards a More Gender-Responsive"));
        String related = browser.driver.findElement(By.id("related")).getText();
        assertTrue(related.contains("Improving Communications in the Voluntary Return and Reintegration Network"), related);
        assertTrue(related.contains("Shared people") && related.contains("Sijal Aziz") && related.contains("Camille Le Coz"), related);
        assertTrue(related.contains("Same series") && related.contains("Shared organizations"), related);
        String participants = browser.driver.findElement(By.id("participants")).getText();
        assertTrue(participants.indexOf("Elke Löbel") < participants.indexOf("Camille Le Coz"), "participants in page order");
    }

    @Test
    void theQueryEditorOpensWithTheQueryAndRunsItOnTheEndpoint() {
        browser.open(server.url() + "editor");
        browser.waitFor(By.cssSelector("#yasgui .CodeMirror"));
        String query = (String) browser.js("return window.migkgEditor.getTab().getQuery()");
        assertTrue(query.contains("schema:startDate"), query);
        browser.driver.findElement(By.cssSelector("#yasgui .yasqe_queryButton")).click();
        String results = browser.waitFor(By.cssSelector("#yasgui .yasr .dataTable")).getText();
        assertTrue(results.contains("Improving Communications in the Voluntary Return and Reintegration Network"), results);
        browser.screenshot("editor", 1280);
    }

    /** Each test starts without work kept from another. */
    @AfterEach
    void forgetEditorWork() {
        browser.open(server.url() + "static/migkg.css");
        browser.js("window.localStorage.clear()");
    }

    /** A query with the characters a link most easily loses: newlines, '#', '&', '+', '%', quotes and non-ASCII text. */
    static final String AWKWARD_QUERY = """
            # Events & people: 100% of them, "quoted" + 'single' — Löbel, 移民, ½
            PREFIX schema: <https://schema.org/>
            SELECT ?title WHERE {
              ?event a schema:Event ; schema:name ?title .   # a comment after a # mark
              FILTER (CONTAINS(?title, "&") || STRLEN(?title) > 0)
            }
            ORDER BY ?title""";

    private static String decoded(String link) {
        return java.net.URLDecoder.decode(link, java.nio.charset.StandardCharsets.UTF_8);
    }

    private String editorQuery() {
        return (String) browser.js("return window.migkgEditor.getTab().getYasqe().getValue()");
    }

    private void openEditor(String url) {
        browser.open(url);
        browser.waitFor(By.cssSelector("#yasgui .CodeMirror"));
    }

    @Test
    void theEndpointsAddressAndEveryPagesEndpointLinkOpenTheEditor() {
        openEditor(server.sparqlUrl());
        assertEquals(server.url() + "editor", browser.driver.getCurrentUrl());
        browser.open(server.url());
        browser.driver.findElement(By.cssSelector("footer a[href='/kg/sparql']")).click();
        browser.waitFor(By.cssSelector("#yasgui .CodeMirror"));
        assertEquals(server.url() + "editor", browser.driver.getCurrentUrl());
    }

    @Test
    void theShareLinkReproducesTheQueryExactly() {
        openEditor(server.url() + "editor");
        browser.js("window.migkgEditor.getTab().getYasqe().setValue(arguments[0])", AWKWARD_QUERY);
        String pageLink = browser.driver.findElement(By.id("share-link")).getAttribute("href");
        browser.driver.findElement(By.cssSelector("#yasgui .yasqe_share")).click();
        String yasqeLink = browser.waitFor(By.cssSelector(".yasqe_sharePopup input")).getAttribute("value");
        assertEquals(decoded(pageLink), decoded(yasqeLink), "the editor's share button and the page give the same link");
        assertTrue(pageLink.startsWith(server.url() + "editor?query="), pageLink);

        forgetEditorWork();
        openEditor(pageLink);
        assertEquals(AWKWARD_QUERY, editorQuery(), "the share link opens exactly the query it was made from");
        browser.driver.findElement(By.cssSelector("#yasgui .yasqe_queryButton")).click();
        String results = browser.waitFor(By.cssSelector("#yasgui .yasr .dataTable")).getText();
        assertTrue(results.contains("Improving Communications in the Voluntary Return and Reintegration Network"), results);
    }

    @Test
    void typedWorkSurvivesAReloadAndAShareLinkWinsOverIt() {
        openEditor(server.url() + "editor");
        WebElement input = browser.driver.findElement(By.cssSelector("#yasgui .CodeMirror textarea"));
        browser.js("var y = window.migkgEditor.getTab().getYasqe(); y.focus(); y.setCursor(y.lineCount(), 0);");
        input.sendKeys("\n# my own note, typed");
        String typed = editorQuery();
        assertTrue(typed.endsWith("# my own note, typed"), typed);

        browser.driver.navigate().refresh();
        browser.waitFor(By.cssSelector("#yasgui .CodeMirror"));
        assertEquals(typed, editorQuery(), "typed work comes back after a reload");

        String shared = "SELECT ?s WHERE { ?s ?p ?o } LIMIT 3";
        openEditor(server.url() + "editor?query=" + java.net.URLEncoder.encode(shared, java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(shared, editorQuery(), "a share link's query wins over the work kept in the browser");
        openEditor(server.url() + "editor");
        assertEquals(typed, editorQuery(), "and the kept work is still there on the next plain visit");
    }

    @Test
    void theExamplesOfferedAreTheQueryLibrarys() {
        QueryLibrary library = QueryLibrary.load();
        openEditor(server.url() + "editor");
        List<WebElement> offered = browser.driver.findElements(By.cssSelector("#examples li a"));
        assertEquals(library.queries().stream().map(LibraryQuery::title).toList(), offered.stream().map(WebElement::getText).toList());
        LibraryQuery coSpeakers = library.find("co-speakers").orElseThrow();
        offered.stream().filter(a -> a.getText().equals(coSpeakers.title())).findFirst().orElseThrow().click();
        browser.waitFor(By.cssSelector("#yasgui .CodeMirror"));
        assertEquals(coSpeakers.bind(coSpeakers.example()), editorQuery());
    }
}
