package org.migkg.link;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.migkg.records.EventRecord;

/**
 * The facts an event has only one of, and which of its records states each: title, type and dates come from the
 * event's most detailed record (its first), every other one from the first record, in the event's order, that states
 * it. Facts an event may have many of (organizers, people, objectives, topics...) come from every record.
 */
public enum EventFact {
    TITLE(e -> true), TYPE(e -> true), DATES(e -> true),
    ATTENDANCE(e -> e.attendance() != null),
    VENUE(e -> present(e.venue())),
    LOCATION(e -> present(e.location())),
    DESCRIPTION(e -> !e.description().isEmpty()),
    URL(e -> e.url() != null),
    LANGUAGE(e -> present(e.language())),
    HUB_FACETS(e -> e.hubFacets() != null);

    private final Predicate<EventRecord> stated;

    EventFact(Predicate<EventRecord> stated) {
        this.stated = stated;
    }

    /** The record stating each fact, from an event's records in its order; a fact none states is absent. */
    static Map<EventFact, String> owners(List<EventRecord> records) {
        Map<EventFact, String> out = new EnumMap<>(EventFact.class);
        for (EventFact f : values()) {
            records.stream().filter(f.stated).findFirst().ifPresent(r -> out.put(f, r.id()));
        }
        return out;
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
