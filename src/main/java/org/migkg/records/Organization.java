package org.migkg.records;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** An organization as declared in {@code data/organizations.json}. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"id", "name", "acronyms", "otherNames", "kind", "country", "parent", "homepage", "replaces"})
public record Organization(String id, String name, List<String> acronyms, List<String> otherNames, String kind,
                           String country, String parent, String homepage, List<String> replaces) {
    public Organization {
        acronyms = ImmutableLists.orEmpty(acronyms);
        otherNames = ImmutableLists.orEmpty(otherNames);
        replaces = ImmutableLists.orEmpty(replaces);
    }
}
