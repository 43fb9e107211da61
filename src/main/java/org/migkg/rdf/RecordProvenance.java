package org.migkg.rdf;

import static org.migkg.rdf.StatedText.add;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.migkg.records.EventRecord;
import org.migkg.records.SourceRecord;

/** A record graph described in itself: its topic, its file, and the page it was read from. */
final class RecordProvenance {
    private static final Resource PROV_ENTITY = ResourceFactory.createResource("http://www.w3.org/ns/prov#Entity");
    private static final Property PROV_DERIVED_FROM = ResourceFactory.createProperty("http://www.w3.org/ns/prov#wasDerivedFrom");

    private final Iris iris;

    RecordProvenance(Iris iris) {
        this.iris = iris;
    }

    void write(Model m, Resource event, SourceRecord source) {
        EventRecord.Source s = source.event().source();
        Resource graph = m.createResource(iris.eventGraph(source.event().id()), MK.RecordGraph);
        graph.addProperty(RDF.type, PROV_ENTITY);
        graph.addProperty(FOAF.primaryTopic, event);
        graph.addProperty(MK.recordFile, source.name());
        graph.addProperty(MK.sha256, source.sha256());
        if (s.url() != null) {
            graph.addProperty(DCTerms.source, m.createResource(s.url()));
            graph.addProperty(PROV_DERIVED_FROM, m.createResource(s.url()));
        }
        add(graph, MK.sourceDocument, s.document());
        add(graph, DCTerms.title, s.title());
        if (s.retrieved() != null) {
            graph.addLiteral(MK.retrieved, m.createTypedLiteral(s.retrieved(), XSDDatatype.XSDdate));
        }
        if (s.publisher() != null) {
            graph.addProperty(DCTerms.publisher, m.createResource(iris.organization(s.publisher())));
        }
        if (Boolean.TRUE.equals(s.truncated())) {
            graph.addLiteral(MK.truncatedSource, true);
        }
    }
}
