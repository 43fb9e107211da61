package org.migkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.migkg.ServedStore;
import org.migkg.SeedData;
import org.migkg.rdf.Iris;
import org.migkg.store.KnowledgeStore;

/**
 * The endpoint's own address: a SPARQL 1.1 Service Description for machines, the query editor for browsers, and
 * with a query the endpoint as before.
 */
@ServedStore(base = "http://example.org/kg/", webFront = true)
class ServiceDescriptionTest {
    static final Iris IRIS = new Iris("http://example.org/kg/");
    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";
    /** What each declared result format is asked for with, and whether a SELECT (else a CONSTRUCT) gives it. */
    static final Map<String, String> MEDIA_TYPES = Map.of(
            "SPARQL_Results_JSON", "application/sparql-results+json", "SPARQL_Results_XML", "application/sparql-results+xml",
            "SPARQL_Results_CSV", "text/csv", "SPARQL_Results_TSV", "text/tab-separated-values",
            "Turtle", "text/turtle", "N-Triples", "application/n-triples", "JSON-LD", "application/ld+json",
            "RDF_XML", "application/rdf+xml", "N-Quads", "application/n-quads", "TriG", "application/trig");

    static KnowledgeStore store;
    static KgServer server;

    static Resource service(Model m) {
        var services = m.listSubjectsWithProperty(RDF.type, m.createResource(SD + "Service")).toList();
        assertEquals(1, services.size(), "one sd:Service");
        return services.get(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/turtle", "application/ld+json", "application/rdf+xml", "application/n-triples", "*/*", ""})
    void aMachineGetsTheServiceDescriptionOfTheEndpointAtTheDeploymentsBase(String accept) {
        HttpResponse<String> r = Http.get(server.sparqlUrl(), accept.isEmpty() ? null : accept);
        assertEquals(200, r.statusCode(), r.body());
        String expected = accept.isEmpty() || accept.equals("*/*") ? "text/turtle" : accept;
        assertTrue(Http.contentType(r).startsWith(expected), Http.contentType(r));
        Model m = Http.parse(r);
        Resource service = service(m);
        assertEquals(IRIS.base() + "kg/sparql", service.getPropertyResourceValue(m.createProperty(SD + "endpoint")).getURI());
        assertEquals(SD + "SPARQL11Query", service.getPropertyResourceValue(m.createProperty(SD + "supportedLanguage")).getURI());
        assertTrue(service.hasProperty(m.createProperty(SD + "feature"), m.createResource(SD + "UnionDefaultGraph")));
    }

    @Test
    void itsDatasetIsTheVoidDatasetWithEveryNamedGraphTheStoreHolds() {
        Model m = Http.parse(Http.get(server.sparqlUrl(), "text/turtle"));
        Resource dataset = service(m).getPropertyResourceValue(m.createProperty(SD + "defaultDataset"));
        assertEquals(IRIS.dataset(), dataset.getURI());
        assertTrue(dataset.hasProperty(m.createProperty(SD + "defaultGraph")));
        Set<String> described = new TreeSet<>();
        for (RDFNode g : m.listObjectsOfProperty(dataset, m.createProperty(SD + "namedGraph")).toList()) {
            described.add(g.asResource().getPropertyResourceValue(m.createProperty(SD + "name")).getURI());
        }
        Set<String> stored = Txn.calculateRead(store.dataset(), () -> {
            Set<String> names = new TreeSet<>();
            store.dataset().listGraphNodes().forEachRemaining(n -> names.add(n.getURI()));
            return names;
        });
        assertEquals(stored, described);
        assertTrue(described.contains(IRIS.eventGraph(SeedData.GENDER)), described::toString);
    }

    @Test
    void everyResultFormatItDeclaresIsOneTheEndpointAnswersIn() {
        Model m = Http.parse(Http.get(server.sparqlUrl(), "text/turtle"));
        Set<String> declared = new HashSet<>();
        m.listObjectsOfProperty(service(m), m.createProperty(SD + "resultFormat"))
                .forEachRemaining(f -> declared.add(f.asResource().getURI().replace("http://www.w3.org/ns/formats/", "")));
        assertEquals(MEDIA_TYPES.keySet(), declared);
        for (String format : declared) {
            boolean results = format.startsWith("SPARQL_Results");
            String query = results ? "SELECT ?s WHERE { ?s a <https://schema.org/Event> } LIMIT 1"
                    : "CONSTRUCT { ?s a <https://schema.org/Event> } WHERE { ?s a <https://schema.org/Event> } LIMIT 1";
            HttpResponse<String> r = Http.get(server.sparqlUrl() + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8), MEDIA_TYPES.get(format));
            assertEquals(200, r.statusCode(), format + ": " + r.body());
            assertTrue(Http.contentType(r).startsWith(MEDIA_TYPES.get(format)), format + " came as " + Http.contentType(r));
        }
    }

    @Test
    void theQueryAddressDescribesItself() {
        Model m = Http.parse(Http.get(server.url() + "kg/query", "text/turtle"));
        assertEquals(IRIS.base() + "kg/query", service(m).getPropertyResourceValue(m.createProperty(SD + "endpoint")).getURI());
    }

    @Test
    void aBrowserIsSentToTheQueryEditor() {
        for (String path : new String[] {"kg/sparql", "kg/query"}) {
            HttpResponse<String> r = Http.get(server.url() + path, BROWSER);
            assertEquals(303, r.statusCode(), path);
            assertEquals("/editor", r.headers().firstValue("Location").orElse(""), path);
        }
    }

    @Test
    void withAQueryTheEndpointAnswersAsBefore() {
        String query = URLEncoder.encode("SELECT (COUNT(*) AS ?n) WHERE { ?e a <https://schema.org/Event> }", StandardCharsets.UTF_8);
        HttpResponse<String> r = Http.get(server.sparqlUrl() + "?query=" + query, BROWSER);
        assertEquals(200, r.statusCode(), r.body());
        HttpResponse<String> csv = Http.get(server.sparqlUrl() + "?format=csv&query=" + query, null);
        assertEquals("n\r\n2\r\n", csv.body());
    }

    @Test
    void anyOtherParameterLeavesTheRequestToTheEndpoint() {
        String update = URLEncoder.encode("INSERT DATA { <urn:x:s> <urn:x:p> <urn:x:o> }", StandardCharsets.UTF_8);
        for (String accept : new String[] {BROWSER, "text/turtle"}) {
            HttpResponse<String> r = Http.get(server.sparqlUrl() + "?update=" + update, accept);
            assertTrue(r.statusCode() >= 400, accept + " answered " + r.statusCode());
        }
    }
}
