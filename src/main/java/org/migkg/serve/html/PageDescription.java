package org.migkg.serve.html;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;

/**
 * The few triples a page that is not an entity says about itself (the landing page, search, the query library), as
 * schema.org, so its embedded JSON-LD is written from triples the same way as an entity's.
 */
final class PageDescription {
    static final String SCHEMA = "https://schema.org/";

    private final Model model = ModelFactory.createDefaultModel();
    private final String iri;
    private final Resource self;

    PageDescription(String type, String iri, String name) {
        this.iri = iri;
        this.self = model.createResource(iri).addProperty(RDF.type, model.createResource(SCHEMA + type));
        add("name", name);
    }

    PageDescription add(String property, String value) {
        return add(self, property, value);
    }

    PageDescription link(String property, String target) {
        self.addProperty(p(property), model.createResource(target));
        return this;
    }

    /** A node of its own (such as a download) that this page's entity links to. */
    Resource part(String property, String partIri, String type) {
        Resource part = model.createResource(partIri).addProperty(RDF.type, model.createResource(SCHEMA + type));
        self.addProperty(p(property), part);
        return part;
    }

    PageDescription add(Resource subject, String property, String value) {
        if (value != null && !value.isBlank()) {
            subject.addProperty(p(property), value);
        }
        return this;
    }

    String jsonLd() {
        return EmbeddedJsonLd.of(iri, model.getGraph());
    }

    private Property p(String local) {
        return model.createProperty(SCHEMA + local);
    }
}
