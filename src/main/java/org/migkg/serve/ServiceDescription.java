package org.migkg.serve;

import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.VOID;
import org.migkg.store.StoreReader;

/**
 * The SPARQL 1.1 Service Description of the endpoint (https://www.w3.org/TR/sparql11-service-description/): the
 * language it answers, the result formats it writes, that its default graph is the union of the named graphs, and
 * every named graph the store holds. Its dataset is the VoID dataset of {@code /.well-known/void}.
 */
final class ServiceDescription {
    static final String NS = "http://www.w3.org/ns/sparql-service-description#";
    private static final String FORMATS = "http://www.w3.org/ns/formats/";
    static final Resource SERVICE = type("Service");
    static final Resource DATASET = type("Dataset");
    static final Resource GRAPH = type("Graph");
    static final Resource NAMED_GRAPH = type("NamedGraph");
    static final Resource SPARQL11_QUERY = type("SPARQL11Query");
    static final Resource UNION_DEFAULT_GRAPH = type("UnionDefaultGraph");
    static final Property endpoint = property("endpoint");
    static final Property supportedLanguage = property("supportedLanguage");
    static final Property resultFormat = property("resultFormat");
    static final Property feature = property("feature");
    static final Property defaultDataset = property("defaultDataset");
    static final Property defaultGraph = property("defaultGraph");
    static final Property namedGraph = property("namedGraph");
    static final Property name = property("name");

    /** The formats {@link WholeResultsQuery} writes: SELECT and ASK results, then graphs (CONSTRUCT, DESCRIBE). */
    static final List<String> RESULT_FORMATS = List.of("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV",
            "SPARQL_Results_TSV", "Turtle", "N-Triples", "JSON-LD", "RDF_XML", "N-Quads", "TriG");

    private ServiceDescription() {}

    /** The description of the endpoint at {@code endpointIri}, naming the store's named graphs as they are now. */
    static Model of(StoreReader store, String endpointIri) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("sd", NS);
        m.setNsPrefix("rdf", RDF.getURI());
        m.setNsPrefix("rdfs", RDFS.getURI());
        m.setNsPrefix("dcterms", DCTerms.getURI());
        m.setNsPrefix("void", VOID.NS);
        m.setNsPrefix("formats", FORMATS);
        Resource service = m.createResource(endpointIri + "#service", SERVICE)
                .addProperty(endpoint, m.createResource(endpointIri))
                .addProperty(supportedLanguage, SPARQL11_QUERY)
                .addProperty(feature, UNION_DEFAULT_GRAPH)
                .addProperty(DCTerms.title, m.createLiteral("MigKG SPARQL endpoint (read-only)", "en"));
        RESULT_FORMATS.forEach(f -> service.addProperty(resultFormat, m.createResource(FORMATS + f)));
        Resource dataset = m.createResource(store.iris().dataset(), DATASET).addProperty(RDF.type, VOID.Dataset);
        service.addProperty(defaultDataset, dataset);
        dataset.addProperty(defaultGraph, m.createResource(endpointIri + "#default-graph", GRAPH)
                .addProperty(RDFS.comment, m.createLiteral("The union of all the named graphs.", "en")));
        store.graphIris().stream().sorted().forEach(g -> dataset.addProperty(namedGraph, m.createResource(NAMED_GRAPH)
                .addProperty(name, m.createResource(g))));
        return m;
    }

    private static Resource type(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }
}
