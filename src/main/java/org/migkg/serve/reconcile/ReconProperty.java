package org.migkg.serve.reconcile;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The properties a query may carry as further evidence, by id ({@code pid}) and the other names clients use. */
enum ReconProperty {
    AFFILIATION("affiliation", "Affiliation",
            "An organization by name, acronym or reconciled id: a person's organization, an event's organizer, partner or funder",
            List.of("organization", "organizer", "memberof", "org")),
    DATE("date", "Date", "A date (2022-02-15, 2022-02, 15 February 2022): when an event ran, or an event a person spoke at",
            List.of("startdate", "eventdate")),
    YEAR("year", "Year", "A year: of an event, or of an event a person spoke at", List.of()),
    COUNTRY("country", "Country",
            "A country: of a person's post or organization, of an organization, of an event's location", List.of("location"));

    final String id;
    final String label;
    final String description;
    private final List<String> aliases;

    ReconProperty(String id, String label, String description, List<String> aliases) {
        this.id = id;
        this.label = label;
        this.description = description;
        this.aliases = aliases;
    }

    static Optional<ReconProperty> named(String pid) {
        if (pid == null) {
            return Optional.empty();
        }
        String p = pid.strip().toLowerCase(Locale.ROOT);
        p = p.substring(Math.max(p.lastIndexOf('/'), Math.max(p.lastIndexOf('#'), p.lastIndexOf(':'))) + 1);
        for (ReconProperty r : values()) {
            if (r.id.equals(p) || r.aliases.contains(p)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    ObjectNode json() {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("id", id);
        n.put("name", label);
        n.put("description", description);
        return n;
    }
}
