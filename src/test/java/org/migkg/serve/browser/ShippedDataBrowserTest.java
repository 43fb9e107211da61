package org.migkg.serve.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migkg.SeedData;
import org.migkg.pipeline.Loader;
import org.migkg.rdf.Iris;
import org.migkg.rdf.Prefixes;
import org.migkg.serve.KgServer;
import org.migkg.serve.html.WebFront;
import org.migkg.store.KnowledgeStore;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The pages over the shipped records: the busiest co-speaker pictures, and the ontology with an anchor per term. */
class ShippedDataBrowserTest {
    /** Every pair of nodes whose boxes, label included, intersect in the drawn network. */
    static final String OVERLAPS = """
            const cy = window.migkgPictures.graphs.network;
            const nodes = cy.nodes().toArray();
            const boxes = nodes.map(n => n.boundingBox({ includeLabels: true, includeOverlays: false }));
            const overlaps = [];
            for (let i = 0; i < nodes.length; i++) {
              for (let j = i + 1; j < nodes.length; j++) {
                const a = boxes[i], b = boxes[j];
                if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) {
                  overlaps.push(nodes[i].data('label') + ' / ' + nodes[j].data('label'));
                }
              }
            }
            return overlaps;""";
    static final Set<Resource> TERM_TYPES = Set.of(OWL2.Class, RDFS.Class, RDF.Property, OWL2.ObjectProperty,
            OWL2.DatatypeProperty, OWL2.AnnotationProperty, OWL2.FunctionalProperty, OWL2.IrreflexiveProperty);

    @TempDir
    static Path dir;
    static KnowledgeStore store;
    static KgServer server;
    static Browser browser;

    @BeforeAll
    static void start() throws IOException {
        Path data = dir.resolve("data");
        try (var files = Files.walk(SeedData.SHIPPED)) {
            for (Path f : files.toList()) {
                Path target = data.resolve(SeedData.SHIPPED.relativize(f).toString());
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

    /** The page path of whoever has the most of {@code counted} in the query's single row. */
    private static String busiest(String query) {
        String iri = SeedData.select(store, query).get(0).getResource("who").getURI();
        return "/" + iri.substring(Iris.DEFAULT.base().length());
    }

    private List<String> drawnNetwork(String path, String screenshot) {
        browser.open(server.url() + path.substring(1));
        browser.screenshot(screenshot, browser.waitFor(By.cssSelector("#network[data-drawn=true]")));
        @SuppressWarnings("unchecked")
        List<String> overlaps = (List<String>) browser.js(OVERLAPS);
        return overlaps;
    }

    @Test
    void noTwoLabelsOverlapOnTheBusiestPersonsCoSpeakerPicture() {
        String person = busiest("""
                SELECT ?who (COUNT(DISTINCT ?other) AS ?n) WHERE {
                  ?pair a mk:CoSpeaking ; mk:coSpeakerPerson ?who, ?other . FILTER (?who != ?other)
                } GROUP BY ?who ORDER BY DESC(?n) ?who LIMIT 1""");
        assertEquals("/id/person/kathleen-newland", person, "the busiest person of the shipped records");
        List<String> overlaps = drawnNetwork(person, "network-busiest-person");
        long shown = ((Number) browser.js("return window.migkgPictures.graphs.network.nodes().length")).longValue();
        assertTrue(shown > 20, "a busy picture: " + shown + " people");
        assertEquals(List.of(), overlaps, "labels drawn over each other");
    }

    @Test
    void noTwoLabelsOverlapOnTheBusiestOrganizationsPicture() {
        String organization = busiest("""
                SELECT ?who (COUNT(DISTINCT ?person) AS ?n) WHERE {
                  ?p mk:participant ?person ; mk:heldPost/org:postIn ?who .
                } GROUP BY ?who ORDER BY DESC(?n) ?who LIMIT 1""");
        List<String> overlaps = drawnNetwork(organization, "network-busiest-organization");
        long shown = ((Number) browser.js("return window.migkgPictures.graphs.network.nodes().length")).longValue();
        assertTrue(shown > 20, "a busy picture: " + shown + " people");
        assertEquals(List.of(), overlaps, "labels drawn over each other");
    }

    @Test
    void everyClassAndPropertyOfTheOntologyFilesHasItsAnchorOnTheOntologyPage() throws IOException {
        Set<String> localNames = new TreeSet<>();
        try (var files = Files.list(Path.of("ontology"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".ttl")).toList()) {
                Model m = RDFDataMgr.loadModel(f.toString());
                for (Resource type : TERM_TYPES) {
                    m.listSubjectsWithProperty(RDF.type, type).forEachRemaining(t -> localNames.add(t.getLocalName()));
                }
            }
        }
        assertTrue(localNames.size() > 80, localNames::toString);
        browser.open(server.url() + "ontology");
        browser.waitFor(By.tagName("h1"));
        @SuppressWarnings("unchecked")
        List<String> missing = (List<String>) browser.js(
                "return arguments[0].filter(id => document.querySelectorAll('[id=\"' + id + '\"]').length !== 1)", new ArrayList<>(localNames));
        assertEquals(List.of(), missing, "terms without exactly one anchor");
    }

    @Test
    void anAnchorLinkOpensAtTheTermsDescription() {
        Model ontology = RDFDataMgr.loadModel("ontology/migkg.ttl");
        ontology.setNsPrefixes(Prefixes.MAP);
        Resource participation = ontology.createResource("https://w3id.org/migkg/ontology#Participation");
        browser.open(server.url() + "ontology#Participation");
        WebElement term = browser.waitFor(By.id("Participation"));
        assertEquals(Boolean.TRUE, browser.js("return document.querySelector(':target') === arguments[0]", term));
        long top = ((Number) browser.js("return Math.round(arguments[0].getBoundingClientRect().top)", term)).longValue();
        assertTrue(top >= 0 && top < 100, "the description is at the top of the window: " + top);
        String text = term.getText();
        assertTrue(text.contains(participation.getProperty(RDFS.label).getString()), text);
        String comment = participation.getProperty(RDFS.comment).getString();
        assertTrue(text.contains(comment.substring(0, 80)), text);
        browser.screenshot("ontology-participation", term);

        // Each property's description states its domain and range as the ontology gives them.
        Resource event = ontology.createResource("https://w3id.org/migkg/ontology#event");
        browser.open(server.url() + "ontology#event");
        String eventText = browser.waitFor(By.id("event")).getText();
        for (var p : List.of(RDFS.domain, RDFS.range)) {
            String expected = ontology.shortForm(event.getPropertyResourceValue(p).getURI());
            assertTrue(eventText.contains(expected), p.getLocalName() + " " + expected + " in " + eventText);
        }
    }
}
