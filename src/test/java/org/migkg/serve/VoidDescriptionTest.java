package org.migkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.migkg.ServedStore;
import org.migkg.SeedData;
import org.migkg.rdf.Iris;
import org.migkg.store.KnowledgeStore;
import org.migkg.store.Release;
import org.migkg.store.StoreStats;

/** The dataset description at /.well-known/void agrees with the store, the release and the dumps it lists. */
@ServedStore(base = "http://example.org/kg/")
class VoidDescriptionTest {
    static final Iris IRIS = new Iris("http://example.org/kg/");

    static KnowledgeStore store;
    static KgServer server;
    static HttpResponse<String> response;
    static Model description;
    static Resource dataset;

    @BeforeAll
    static void start() {
        response = Http.get(server.url() + ".well-known/void", "text/turtle");
        description = Http.parse(response);
        dataset = description.createResource(IRIS.dataset());
    }

    static long integer(Resource r, org.apache.jena.rdf.model.Property p) {
        return r.getRequiredProperty(p).getLong();
    }

    @Test
    void describesTheDatasetWithItsLicenceEndpointAndLoadTime() {
        assertEquals(200, response.statusCode());
        assertTrue(dataset.hasProperty(RDF.type, VOID.Dataset) && dataset.hasProperty(RDF.type, DCAT.Dataset));
        assertTrue(dataset.hasProperty(DCTerms.license, description.createResource("https://creativecommons.org/licenses/by/4.0/")));
        assertTrue(dataset.hasProperty(DCTerms.title));
        assertEquals(IRIS.base() + "kg/sparql", dataset.getPropertyResourceValue(VOID.sparqlEndpoint).getURI());
        assertEquals(store.lastLoaded().orElseThrow(), Instant.parse(dataset.getProperty(DCTerms.modified).getString()));
    }

    @Test
    void theTripleCountAndPartitionsAreTheStoresOwn() {
        long distinctContentTriples = SeedData.select(store, """
                SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } FILTER(?g != <%s>) } }"""
                .formatted(IRIS.loadsGraph())).get(0).getLiteral("n").getLong();
        assertEquals(distinctContentTriples, integer(dataset, VOID.triples));
        long classes = SeedData.select(store, """
                SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { GRAPH ?g { ?s a ?c } FILTER(?g != <%s>) }""".formatted(IRIS.loadsGraph()))
                .get(0).getLiteral("n").getLong();
        assertEquals(classes, integer(dataset, VOID.classes));
        Resource people = description.listSubjectsWithProperty(VOID._class, description.createResource("https://schema.org/Person")).next();
        assertTrue(dataset.hasProperty(VOID.classPartition, people));
        assertEquals(StoreStats.of(store).people(), integer(people, VOID.entities));
        long partitioned = description.listObjectsOfProperty(dataset, VOID.propertyPartition).toList().stream()
                .mapToLong(p -> integer(p.asResource(), VOID.triples)).sum();
        assertEquals(integer(dataset, VOID.triples), partitioned, "the property partitions add up to the whole");
    }

    @Test
    void theReleaseIsStatedInTheDescriptionAndTheHeadersAndMatchesTheContent() {
        String release = dataset.getProperty(DCTerms.identifier).getString();
        String sha = Release.sha256(SeedData.dump(store).getBytes(StandardCharsets.UTF_8));
        assertEquals(sha.substring(0, 12), release);
        assertEquals(release, response.headers().firstValue("MigKG-Release").orElse(""));
        assertEquals(release, Http.get(server.url() + "id/person/sijal-aziz", "text/turtle").headers().firstValue("MigKG-Release").orElse(""));
    }

    @Test
    void everyListedDumpIsServedAtItsPathWithTheStatedSizeAndType() {
        var distributions = description.listObjectsOfProperty(dataset, DCAT.distribution).toList();
        assertEquals(3, distributions.size());
        for (RDFNode d : distributions) {
            Resource dist = d.asResource();
            String url = dist.getPropertyResourceValue(DCAT.downloadURL).getURI();
            assertTrue(dataset.hasProperty(VOID.dataDump, description.createResource(url)));
            assertTrue(url.startsWith(IRIS.base() + "dumps/"), url);
            HttpResponse<byte[]> r = Http.getBytes(server.url() + url.substring(IRIS.base().length()));
            assertEquals(200, r.statusCode(), url);
            assertEquals(integer(dist, DCAT.byteSize), r.body().length, url);
            assertEquals(Long.toString(r.body().length), r.headers().firstValue("Content-Length").orElse(""));
            assertTrue(dist.getPropertyResourceValue(DCAT.mediaType).getURI().endsWith(
                    Http.contentType(r).equals("application/gzip") ? "application/n-quads" : Http.contentType(r).split(";")[0]), url);
        }
    }

    @Test
    void theDatasetIriAndThePartitionsDereferenceToo() {
        Model viaIri = Http.parse(Http.get(server.url() + "dataset.jsonld", "text/html"));
        assertTrue(viaIri.isIsomorphicWith(description));
        Resource partition = description.listObjectsOfProperty(dataset, VOID.classPartition).next().asResource();
        HttpResponse<String> r = Http.get(server.url() + partition.getURI().substring(IRIS.base().length()), "text/turtle");
        assertEquals(200, r.statusCode());
        assertTrue(Http.parse(r).contains(partition, VOID._class));
        HttpResponse<String> html = Http.get(server.url() + ".well-known/void", "text/html");
        assertTrue(html.body().contains("application/ld+json") && Http.contentType(html).startsWith("text/html"));
    }
}
