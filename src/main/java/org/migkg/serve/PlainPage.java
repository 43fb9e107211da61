package org.migkg.serve;

import java.util.List;

/**
 * What the plain fallback page of an entity shows: its label and IRI, links to the RDF forms, its description as
 * JSON-LD (already safe inside a script element) and as a table of subject, property and value.
 */
public record PlainPage(String title, String iri, List<Form> forms, String jsonLd, List<TableRow> statements) {

    public record Form(String mediaType, String href, String label) {}

    public record TableRow(Cell subject, Cell property, Cell value) {}

    /** A term as the table shows it: a link when {@code href} is set, and a literal's language when it has one. */
    public record Cell(String text, String href, String language) {}
}
