package org.migkg.records;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Curated identity decisions, from {@code data/aliases.json}: which mentions are one person or different people, and
 * which records describe one event or different events. They always win over automatic matching. A mention is written
 * {@code <event-id>#<position in the participant list, from 1>}; a record is named by its id.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Aliases(List<SamePerson> samePerson, List<DifferentPeople> differentPeople,
                      List<SameEvent> sameEvent, List<DifferentEvents> differentEvents) {
    public static final Aliases NONE = new Aliases(List.of(), List.of(), List.of(), List.of());

    public Aliases {
        samePerson = ImmutableLists.orEmpty(samePerson);
        differentPeople = ImmutableLists.orEmpty(differentPeople);
        sameEvent = ImmutableLists.orEmpty(sameEvent);
        differentEvents = ImmutableLists.orEmpty(differentEvents);
    }

    public Aliases(List<SamePerson> samePerson, List<DifferentPeople> differentPeople) {
        this(samePerson, differentPeople, List.of(), List.of());
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record SamePerson(String person, List<String> mentions, List<String> replaces, String note) {
        public SamePerson {
            mentions = ImmutableLists.orEmpty(mentions);
            replaces = ImmutableLists.orEmpty(replaces);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record DifferentPeople(List<String> mentions, String note) {
        public DifferentPeople {
            mentions = ImmutableLists.orEmpty(mentions);
        }
    }

    /**
     * Records that describe one real event. {@code event} is the event's id (its IRI), by default the survivor the
     * linker would choose; {@code replaces} are retired event ids whose records are gone, which redirect to it.
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record SameEvent(String event, List<String> records, List<String> replaces, String note) {
        public SameEvent {
            records = ImmutableLists.orEmpty(records);
            replaces = ImmutableLists.orEmpty(replaces);
        }
    }

    /** Records that describe different events, however alike they look: no two of them are merged. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record DifferentEvents(List<String> records, String note) {
        public DifferentEvents {
            records = ImmutableLists.orEmpty(records);
        }
    }
}
