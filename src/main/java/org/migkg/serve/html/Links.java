package org.migkg.serve.html;

import org.migkg.rdf.Iris;
import org.migkg.serve.IriPaths;

/** Where a page links an IRI: to this server's page for the IRIs it serves, to the IRI itself otherwise. */
final class Links {
    private final IriPaths paths;

    Links(Iris iris) {
        this.paths = new IriPaths(iris);
    }

    String href(String iri) {
        return paths.pathOf(iri).orElse(iri);
    }

    /** A link to the entity, showing its label (or the IRI when it has none). */
    String to(String iri, String label) {
        if (iri == null) {
            return Html.text(label);
        }
        return Html.link(href(iri), label == null || label.isBlank() ? iri : label);
    }
}
