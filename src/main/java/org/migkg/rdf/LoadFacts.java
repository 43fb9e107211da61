package org.migkg.rdf;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.migkg.records.DataReader;
import org.migkg.records.SourceRecord;

/** The facts for the loads graph, which change from load to load: when each graph was written, and from what. */
final class LoadFacts {
    private static final Property PROV_GENERATED_AT = ResourceFactory.createProperty("http://www.w3.org/ns/prov#generatedAtTime");

    private final Node loadTime;
    private final ContentSignature signature;

    LoadFacts(Node loadTime, ContentSignature signature) {
        this.loadTime = loadTime;
        this.signature = signature;
    }

    /** A record graph's load time, the record as JSON, its file, its bytes' hash and its content signature. */
    List<Triple> ofRecord(String graphIri, SourceRecord source) {
        Node graph = NodeFactory.createURI(graphIri);
        return List.of(
                Triple.create(graph, PROV_GENERATED_AT.asNode(), loadTime),
                Triple.create(graph, MK.recordJson.asNode(), NodeFactory.createLiteralString(recordJson(source))),
                Triple.create(graph, MK.recordFile.asNode(), NodeFactory.createLiteralString(source.name())),
                Triple.create(graph, MK.sha256.asNode(), NodeFactory.createLiteralString(source.sha256())),
                Triple.create(graph, MK.contentSignature.asNode(), NodeFactory.createLiteralString(signature.of(source))));
    }

    List<Triple> ofDataset(String datasetIri) {
        return List.of(Triple.create(NodeFactory.createURI(datasetIri), DCTerms.modified.asNode(), loadTime));
    }

    private static String recordJson(SourceRecord source) {
        try {
            return DataReader.JSON.writeValueAsString(source.event());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
