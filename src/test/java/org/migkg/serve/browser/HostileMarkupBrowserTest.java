package org.migkg.serve.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migkg.rdf.Iris;
import org.migkg.serve.KgServer;
import org.migkg.serve.html.WebFront;
import org.migkg.store.KnowledgeStore;
import org.migkg.pipeline.Loader;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;

/**
 * A record whose title, description, participant name, post and organization carry {@code <script>} elements and
 * {@code "><img onerror=...>} breakouts: every page shows them as text, and none of them runs.
 */
class HostileMarkupBrowserTest {
    static final String TITLE = "<script>window.xssFired = 1</script> Evil webinar \"><img src=x onerror=\"window.xssFired=2\">";
    static final String PERSON = "Eve <script>window.xssFired = 5</script> Mallory";

    @TempDir
    static Path dir;
    static KnowledgeStore store;
    static KgServer server;
    static Browser browser;

    @BeforeAll
    static void start() throws IOException {
        Path data = dir.resolve("data");
        Path source = Path.of("src/test/resources/hostile");
        try (var files = Files.walk(source)) {
            for (Path f : files.toList()) {
                Path target = data.resolve(source.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
        store = KnowledgeStore.open(dir.resolve("store"), Iris.DEFAULT);
        new Loader(store, dir).load(List.of(data), data, false);
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

    void assertNothingRan() {
        assertNull(browser.js("return window.xssFired === undefined ? null : window.xssFired"), "injected script ran");
        assertThrows(NoAlertPresentException.class, () -> browser.driver.switchTo().alert());
        assertEquals(0, browser.driver.findElements(By.cssSelector("main img, main script:not([type])")).size(),
                "no element came from the data");
    }

    @Test
    void hostileNamesAndDescriptionsAreShownAsTextOnEveryPage() {
        browser.open(server.url());
        assertTrue(browser.waitFor(By.id("events")).getText().contains(TITLE), "the landing page lists the title as text");
        assertNothingRan();

        browser.open(server.url() + "search?q=Evil");
        browser.waitFor(By.cssSelector("ol.hits"));
        assertTrue(browser.driver.findElement(By.cssSelector("ol.hits")).getText().contains(TITLE));
        assertNothingRan();

        browser.driver.findElement(By.partialLinkText("Evil webinar")).click();
        assertEquals(TITLE, browser.waitFor(By.tagName("h1")).getText());
        String participants = browser.driver.findElement(By.id("participants")).getText();
        assertTrue(participants.contains(PERSON), participants);
        assertTrue(participants.contains("Director \"><img src=x onerror=\"window.xssFired=6\">, Evil Org <b>bold</b>"), participants);
        assertTrue(browser.driver.findElement(By.id("description")).getText().contains("<script>window.xssFired = 3</script>"));
        assertTrue(browser.driver.getTitle().startsWith(TITLE), "the document title too");
        assertNothingRan();

        browser.driver.findElement(By.partialLinkText("Mallory")).click();
        assertEquals(PERSON, browser.waitFor(By.tagName("h1")).getText());
        browser.waitFor(By.cssSelector("#network[data-drawn=true]"));
        assertNothingRan();

        browser.driver.findElement(By.partialLinkText("Evil Org")).click();
        assertEquals("Evil Org <b>bold</b>", browser.waitFor(By.tagName("h1")).getText());
        assertNothingRan();
    }
}
