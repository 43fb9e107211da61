package org.migkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migkg.SeedData;
import org.migkg.rdf.Iris;
import org.migkg.serve.html.WebFront;
import org.migkg.store.KnowledgeStore;

/**
 * A deployment loaded with its own --base is self-contained: the description's endpoint, dumps and landing page, the
 * JSON-LD dump's context and the pages' links all point at that base or at the server, never at w3id.org's instances.
 */
class OwnBaseDeploymentTest {
    static final Iris IRIS = new Iris("http://example.org/kg/");
    static final String W3ID_INSTANCES = "https://w3id.org/migkg/id/";
    private static final Pattern LINK = Pattern.compile("(?:href|src|action)=\"([^\"]*)\"");

    @TempDir
    static Path dir;
    static KnowledgeStore store;
    static KgServer server;
    static Model description;
    static Resource dataset;

    @BeforeAll
    static void start() {
        store = SeedData.loadedStore(dir, IRIS);
        server = WebFront.install(KgServer.builder(store).port(0), store).build().start();
        description = Http.parse(Http.get(server.url() + ".well-known/void", "text/turtle"));
        dataset = description.createResource(IRIS.dataset());
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    @Test
    void theDescriptionsEndpointDumpsAndLandingPageAreAtTheBase() {
        List<Resource> links = new java.util.ArrayList<>();
        links.add(dataset.getPropertyResourceValue(VOID.sparqlEndpoint));
        links.add(dataset.getPropertyResourceValue(DCAT.landingPage));
        description.listObjectsOfProperty(dataset, VOID.dataDump).forEachRemaining(d -> links.add(d.asResource()));
        for (RDFNode dist : description.listObjectsOfProperty(dataset, DCAT.distribution).toList()) {
            links.add(dist.asResource().getPropertyResourceValue(DCAT.downloadURL));
            links.add(dist.asResource().getPropertyResourceValue(DCAT.accessURL));
        }
        assertEquals(2 + 3 + 3 * 2, links.size(), links.toString());
        for (Resource link : links) {
            assertTrue(link.getURI().startsWith(IRIS.base()), link.getURI());
            assertFalse(link.getURI().startsWith("https://w3id.org/migkg/"), link.getURI());
        }
        assertEquals(IRIS.base() + "id/", dataset.getProperty(VOID.uriSpace).getString());
    }

    @Test
    void theJsonLdDumpRefersToTheDeploymentsCopyOfTheContextWhichTheServerServes() throws Exception {
        HttpResponse<String> dump = Http.get(server.url() + "dumps/migkg.jsonld", null);
        assertEquals(200, dump.statusCode());
        JsonNode context = new ObjectMapper().readTree(dump.body()).get("@context");
        assertEquals(IRIS.base() + "context.jsonld", context.asText());
        assertFalse(context.asText().startsWith(W3ID_INSTANCES));
        HttpResponse<String> served = Http.get(server.url() + context.asText().substring(IRIS.base().length()), null);
        assertEquals(200, served.statusCode());
        assertTrue(new ObjectMapper().readTree(served.body()).has("@context"));
    }

    @Test
    void pagesLinkToThisServerNotToW3id() {
        for (String path : List.of("", "id/person/sijal-aziz", "id/event/" + SeedData.GENDER, "search?q=Aziz", "sitemap.xml")) {
            HttpResponse<String> page = Http.get(server.url() + path, "text/html");
            assertEquals(200, page.statusCode(), path);
            assertFalse(page.body().contains(W3ID_INSTANCES), path);
            Matcher m = LINK.matcher(page.body());
            while (m.find()) {
                String href = m.group(1);
                assertFalse(href.contains("w3id.org/migkg/"), path + ": " + href);
            }
        }
    }
}
