package org.migkg.serve.html;

/** An entity page's heading block: what kind of thing it is, its name, its IRI. */
public record Heading(String kind, String name, String iri) {}
