package org.migkg.serve.html;

import org.migkg.rdf.Iris;
import org.migkg.serve.IriPaths;

/**
 * Where a page links an IRI: to this server's page for the IRIs it serves, to the IRI itself otherwise. Every link
 * built from the data goes through here, so only local paths and http(s) addresses become links.
 */
final class Links {
    private final IriPaths paths;

    Links(Iris iris) {
        this.paths = new IriPaths(iris);
    }

    String href(String iri) {
        return paths.pathOf(iri).orElse(iri);
    }

    /** A link to the entity, showing its label (or the IRI when it has none). */
    Link to(String iri, String label) {
        if (iri == null) {
            return Link.text(label);
        }
        return Link.guarded(href(iri), label == null || label.isBlank() ? iri : label);
    }

    /** A link to an address stated in the data, such as an event's page or an organization's homepage. */
    static Link web(String url, String text) {
        return Link.guarded(url, text);
    }
}
