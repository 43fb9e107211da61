package org.migkg.serve.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migkg.SeedData;
import org.migkg.serve.KgServer;
import org.migkg.serve.html.WebFront;
import org.migkg.store.KnowledgeStore;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A reader's path through the seed data in a real browser: landing page, search, a person, an event, the pictures. */
class WebFrontBrowserTest {
    @TempDir
    static Path dir;
    static KnowledgeStore store;
    static KgServer server;
    static Browser browser;

    @BeforeAll
    static void start() {
        store = SeedData.loadedStore(dir);
        server = WebFront.install(KgServer.builder(store).port(0), store).build().start();
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        server.close();
        store.close();
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
}
