package org.migkg.records;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Curated identity decisions about people, from {@code data/aliases.json}. They always win over automatic matching.
 * A mention is written {@code <event-id>#<position in the participant list, from 1>}.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Aliases(List<SamePerson> samePerson, List<DifferentPeople> differentPeople) {
    public static final Aliases NONE = new Aliases(List.of(), List.of());

    public Aliases {
        samePerson = Lists.orEmpty(samePerson);
        differentPeople = Lists.orEmpty(differentPeople);
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record SamePerson(String person, List<String> mentions, List<String> replaces, String note) {
        public SamePerson {
            mentions = Lists.orEmpty(mentions);
            replaces = Lists.orEmpty(replaces);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record DifferentPeople(List<String> mentions, String note) {
        public DifferentPeople {
            mentions = Lists.orEmpty(mentions);
        }
    }
}
