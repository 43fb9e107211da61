package org.migkg.serve.reconcile;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.migkg.text.Countries;
import org.migkg.text.Folding;

/**
 * What a query's properties say beside the name. Affiliations are kept as written (a name, an acronym, an entity id
 * or IRI) and resolved against the catalogue; years are date spans of a year.
 */
record Evidence(List<String> affiliations, List<DateSpan> dates, List<String> countries) {
    static final Evidence NONE = new Evidence(List.of(), List.of(), List.of());

    /** Reads {@code [{"pid": ..., "v": ...}]}; a value may be a string, a number, {@code {"id", "name"}} or an array of them. */
    static Evidence of(JsonNode properties) {
        if (properties == null || !properties.isArray()) {
            return NONE;
        }
        List<String> affiliations = new ArrayList<>();
        List<DateSpan> dates = new ArrayList<>();
        List<String> countries = new ArrayList<>();
        for (JsonNode p : properties) {
            ReconProperty property = ReconProperty.named(p.path("pid").asText(null)).orElse(null);
            if (property == null) {
                continue;
            }
            for (String v : values(p.get("v"))) {
                switch (property) {
                    case AFFILIATION -> affiliations.add(v);
                    case DATE -> DateSpan.written(v).ifPresent(dates::add);
                    case YEAR -> DateSpan.written(v).map(d -> DateSpan.year(d.from().getYear())).ifPresent(dates::add);
                    case COUNTRY -> countries.add(countryKey(v));
                }
            }
        }
        return new Evidence(List.copyOf(affiliations), List.copyOf(dates), List.copyOf(countries));
    }

    private static List<String> values(JsonNode v) {
        List<String> out = new ArrayList<>();
        if (v == null || v.isNull()) {
            return out;
        }
        if (v.isArray()) {
            v.forEach(item -> out.addAll(values(item)));
        } else if (v.isObject()) {
            // A reconciled value: its id first, its name in case the id is another service's.
            for (String field : List.of("id", "name")) {
                if (v.hasNonNull(field) && !v.get(field).asText().isBlank()) {
                    out.add(v.get(field).asText().strip());
                }
            }
        } else if (!v.asText().isBlank()) {
            out.add(v.asText().strip());
        }
        return out;
    }

    static String countryKey(String text) {
        return Folding.key(Countries.named(text).orElse(text));
    }

    boolean isEmpty() {
        return affiliations.isEmpty() && dates.isEmpty() && countries.isEmpty();
    }
}
