package org.migkg.importer.scoring;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Locale;

/**
 * A careful person's reading of one saved page ({@code src/test/resources/importer/readings/FORMAT.md}): only what the
 * scorer compares is kept, the rest of the file is ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Reading(String page, Kind kind, String why, List<Event> events) {

    public Reading {
        events = orEmpty(events);
    }

    public enum Kind {
        @JsonProperty("event") EVENT,
        @JsonProperty("listing") LISTING,
        @JsonProperty("not-event") NOT_EVENT;

        public boolean describesEvents() {
            return this != NOT_EVENT;
        }

        public String label() {
            return this == NOT_EVENT ? "not-event" : name().toLowerCase(Locale.ROOT);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Event(String title, String start, String end, String dateStated, String eventType,
                        List<String> organizers, List<Integer> gcmObjectives, List<Person> people) {
        public Event {
            organizers = orEmpty(organizers);
            gcmObjectives = orEmpty(gcmObjectives);
            people = orEmpty(people);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Person(String name, String honorific, String role, List<String> organizations) {
        public Person {
            organizations = orEmpty(organizations);
        }
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
