package org.migkg.serve.html;

import java.util.List;

/**
 * The ontology page: what the ontology is, an index of its terms, and each class and property under an anchor named
 * for it (so {@code …/ontology#Participation} opens at Participation), then the terms it reuses.
 */
public record OntologyView(Head head, Heading heading, List<String> description, String version, String namespace, Link licence,
                           List<Link> classIndex, List<Link> propertyIndex, List<String> layout, List<Term> classes,
                           List<Term> properties, List<Reused> reused) {

    /** One class or property: its anchor, local name, kind, IRI, label, comment and facts (domain, range…). */
    public record Term(String id, String name, String kind, String iri, String label, List<String> comment, List<Fact> facts) {}

    public record Fact(String name, List<Link> values) {}

    public record Reused(String id, Link link, String kind) {}
}
