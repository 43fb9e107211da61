package org.migkg.store;

import java.util.List;

/** Full-text search over names, titles, descriptions and posts. */
public interface TextSearch {
    /** Up to {@code limit} entities matching {@code query}, best first. */
    List<Hit> search(String query, int limit);

    /** One matching entity: its IRI, a label to show, its kind (event, person, organization, post), the score. */
    record Hit(String iri, String label, String kind, double score) {}
}
