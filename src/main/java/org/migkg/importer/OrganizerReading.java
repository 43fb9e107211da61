package org.migkg.importer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The organizers' ids, from the first source that names any: the page's schema.org data, the hub's organizer facet,
 * the labels ("MPI Webinar"), the running text (flagged), and last the organization whose site publishes the page
 * (flagged).
 */
final class OrganizerReading {
    private final OrganizationLookup organizations;
    private final ProseOrganizers proseOrganizers;

    OrganizerReading(OrganizationLookup organizations) {
        this.organizations = organizations;
        this.proseOrganizers = new ProseOrganizers(organizations);
    }

    List<String> of(SavedPage page, PageLayout layout, String statedType, HubFacetList facets, boolean hasFacets,
                    String publisher, ReviewList review) {
        Set<String> ids = new LinkedHashSet<>();
        if (page.structured() != null) {
            for (String name : page.structured().organizers()) {
                Optional<String> id = organizations.exactIdOf(name).or(() -> organizations.idOf(name, null));
                if (id.isPresent()) {
                    ids.add(id.get());
                } else {
                    review.flag("/organizers", "\"" + name + "\", the organizer the page's structured data names, is not in data/organizations.json");
                }
            }
            if (!ids.isEmpty()) {
                return List.copyOf(ids);
            }
        }
        for (String value : facets.get("Main organizer/s")) {
            Optional<String> id = organizations.exactIdOf(value);
            for (String part : value.split("\\s+-\\s+")) {
                id = id.or(() -> organizations.exactIdOf(part));
            }
            if (id.isPresent()) {
                ids.add(id.get());
            } else {
                review.flag("/organizers", "\"" + value + "\" is not in data/organizations.json");
            }
        }
        if (ids.isEmpty()) {
            for (String label : labelsNamingOrganizers(layout, statedType)) {
                ids.addAll(organizationsIn(label));
            }
        }
        if (ids.isEmpty() && !hasFacets) {
            List<String> fromText = proseOrganizers.organizers(layout.prose());
            if (!fromText.isEmpty()) {
                ids.addAll(fromText);
                review.flag("/organizers", "read from running text (\"... hosted\", \"... organises\")");
            }
        }
        if (ids.isEmpty() && publisher != null) {
            ids.add(publisher);
            review.flag("/organizers", "the page names no organizer; " + publisher + ", whose site publishes the page, is taken for it");
        } else if (ids.isEmpty()) {
            review.flag("/organizers", "the page names no organizer the importer could read");
        }
        return List.copyOf(ids);
    }

    /** "MPI Webinar" → [MPI]; "MPI Europe" → [MPI Europe]; "MPI-IOM Webinar" → [MPI, IOM]. */
    private static List<String> labelsNamingOrganizers(PageLayout layout, String statedType) {
        List<String> out = new ArrayList<>();
        List<String> candidates = new ArrayList<>(layout.labels());
        if (statedType == null && layout.venue() != null) {
            candidates.add(layout.venue());
        }
        for (String label : candidates) {
            String word = EventTypes.wordIn(label).orElse(null);
            String owner = word == null ? label : label.substring(0, label.toLowerCase(Locale.ROOT).indexOf(word)).strip();
            if (!owner.isEmpty()) {
                out.add(owner);
            }
        }
        return out;
    }

    private List<String> organizationsIn(String owner) {
        Optional<String> whole = organizations.exactIdOf(owner);
        if (whole.isPresent()) {
            return List.of(whole.get());
        }
        List<String> ids = new ArrayList<>();
        for (String part : owner.split("\\s*[-/&]\\s*|\\s+and\\s+")) {
            organizations.exactIdOf(part).ifPresent(ids::add);
        }
        return ids;
    }
}
