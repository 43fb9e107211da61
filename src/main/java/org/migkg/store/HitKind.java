package org.migkg.store;

import java.util.List;
import java.util.Map;

/** The kind of entity a search hit is, named the way a page names it. */
final class HitKind {
    private static final Map<String, String> BY_TYPE = Map.of(
            "https://schema.org/Event", "event",
            "https://schema.org/EventSeries", "series",
            "https://schema.org/Person", "person",
            "https://schema.org/Organization", "organization",
            "http://www.w3.org/ns/org#Post", "post",
            "http://www.w3.org/2004/02/skos/core#Concept", "concept");
    private static final List<String> ORDER = List.of("series", "event", "person", "organization", "post", "concept", "other");

    private HitKind() {}

    static String of(String typeIri) {
        return typeIri == null ? "other" : BY_TYPE.getOrDefault(typeIri, "other");
    }

    /** Lower is more specific: an event series is also typed schema:Event, and should be called a series. */
    static int rank(String kind) {
        return ORDER.indexOf(kind);
    }
}
