package org.migkg.serve;

import java.util.List;
import java.util.Optional;
import org.migkg.rdf.Iris;
import org.migkg.rdf.MK;

/**
 * Where each minted IRI is served: instance IRIs ({@code <base>id/...}, {@code <base>graph/...}) at their path below
 * the base, vocabulary IRIs ({@code https://w3id.org/migkg/ontology}, {@code gcm/}, {@code role/}, {@code event-type/})
 * at their path below the fixed vocabulary namespace. So the server answers for its IRIs whatever base it was loaded
 * with and whatever host it runs on.
 */
public record IriPaths(Iris iris) {
    private static final List<String> VOCABULARY_PATHS = List.of("/ontology", "/gcm/", "/role/", "/event-type/");

    /** The IRI a request path (starting with '/') stands for. */
    public String iriOf(String path) {
        boolean vocabulary = VOCABULARY_PATHS.stream().anyMatch(p -> path.equals(p) || path.startsWith(p.endsWith("/") ? p : p + "/")
                || path.startsWith(p + "#"));
        return (vocabulary ? MK.VOCAB : iris.base()) + path.substring(1);
    }

    /** The server path (with any fragment) where an IRI is served, if it is one the server serves. */
    public Optional<String> pathOf(String iri) {
        String base = iris.base();
        if (iri.startsWith(base)) {
            String path = "/" + iri.substring(base.length());
            if (iriOf(withoutFragment(path)).equals(withoutFragment(iri))) {
                return Optional.of(path);
            }
        }
        if (iri.startsWith(MK.VOCAB)) {
            String path = "/" + iri.substring(MK.VOCAB.length());
            if (iriOf(withoutFragment(path)).equals(withoutFragment(iri))) {
                return Optional.of(path);
            }
        }
        return Optional.empty();
    }

    private static String withoutFragment(String s) {
        int hash = s.indexOf('#');
        return hash < 0 ? s : s.substring(0, hash);
    }
}
