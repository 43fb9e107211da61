package org.migkg.records;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The ids loads have minted, from {@code data/register.json}: each person id with the mentions that carry it, each
 * unreviewed organization id with the written forms that carry it. Loads only add to it, so an id, once published,
 * keeps denoting what it was minted for.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"people", "organizations"})
public record Register(List<RegisteredPerson> people, List<RegisteredOrganization> organizations) {
    public static final Register EMPTY = new Register(List.of(), List.of());

    public Register {
        people = ImmutableLists.orEmpty(people);
        organizations = ImmutableLists.orEmpty(organizations);
    }

    @JsonPropertyOrder({"id", "name", "mentions"})
    public record RegisteredPerson(String id, String name, List<RegisteredMention> mentions) {
        public RegisteredPerson {
            mentions = ImmutableLists.orEmpty(mentions);
        }
    }

    /** A participant by event and stated name; {@code occurrence} (from 2) tells apart one name listed twice. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"event", "name", "occurrence"})
    public record RegisteredMention(String event, String name, Integer occurrence) {
        public int occurrenceOrFirst() {
            return occurrence == null ? 1 : occurrence;
        }
    }

    @JsonPropertyOrder({"id", "name", "forms"})
    public record RegisteredOrganization(String id, String name, List<String> forms) {
        public RegisteredOrganization {
            forms = ImmutableLists.orEmpty(forms);
        }
    }
}
