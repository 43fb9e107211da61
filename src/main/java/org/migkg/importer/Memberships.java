package org.migkg.importer;

import org.migkg.text.Slugs;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.migkg.records.EventRecord.PartOf;

/**
 * The sentences that say what an event belongs to: "This webinar is part of a research partnership between MPI and
 * the German Development Cooperation Agency (GIZ), supported by the German Federal Ministry ... (BMZ)." and "During
 * Migration Week hosted by the United Nations Network on Migration, ...".
 */
final class Memberships {

    private static final Pattern PARTNERSHIP = Pattern.compile(
            "^This (?:[\\w-]+ ){0,3}?(webinar|event|conference|workshop|meeting|teleconference|briefing|discussion|session|dialogue) "
                    + "is (?:part of|held as part of|organized as part of) (?:an? |the )?(.+?) between (.+?)"
                    + "(?:, (?:supported|funded|sponsored) by (?:the )?(.+?))?\\.$");
    private static final Pattern HOSTED_SERIES = Pattern.compile("^During (?:the )?([A-Z][\\w’' -]+?) hosted by (?:the )?(.+?),");
    private static final Pattern PARTY_SEPARATOR = Pattern.compile(",\\s+and\\s+|,\\s+|\\s+and\\s+");
    private static final Pattern ACRONYM_IN_PARENS = Pattern.compile("\\(([^()]+)\\)\\s*$");

    /** A membership read from a paragraph, with what it says about the event's own partners and funders. */
    record Found(PartOf partOf, boolean wholeParagraph, List<String> parties, List<String> funders, List<String> doubts,
                 List<String> unknown) {}

    private final OrganizationLookup organizations;

    Memberships(OrganizationLookup organizations) {
        this.organizations = organizations;
    }

    Optional<Found> in(String paragraph, int year) {
        Matcher m = PARTNERSHIP.matcher(paragraph);
        if (m.matches()) {
            List<String> unknown = new ArrayList<>();
            List<String> partyNames = splitParties(m.group(3));
            List<String> parties = ids(partyNames, unknown);
            List<String> funders = m.group(4) == null ? List.of() : ids(splitParties(m.group(4)), unknown);
            String what = m.group(2);
            String kind = what.contains("series") ? "series" : what.matches(".*\\b(initiative|project|programme|program)\\b.*") ? "initiative" : "partnership";
            List<String> shortNames = partyNames.stream().map(Memberships::shortName).toList();
            String name = capitalize(what) + " between " + String.join(" and ", shortNames);
            String id = Slugs.of(String.join(" ", shortNames) + " " + what);
            PartOf partOf = new PartOf(id, name, kind, paragraph, parties, funders);
            return Optional.of(new Found(partOf, true, parties, funders, List.of(
                    "name and id are made from the sentence; give the " + kind + " the name it is known by"), unknown));
        }
        m = HOSTED_SERIES.matcher(paragraph);
        if (m.find()) {
            List<String> unknown = new ArrayList<>();
            List<String> hosts = ids(List.of(m.group(2)), unknown);
            String name = m.group(1).strip() + " " + year;
            String id = Slugs.of((hosts.isEmpty() ? "" : hosts.get(0) + " ") + name);
            PartOf partOf = new PartOf(id, name, "series", paragraph, hosts, List.of());
            return Optional.of(new Found(partOf, false, List.of(), List.of(), List.of(
                    "the page names \"" + m.group(1).strip() + "\"; the edition year " + year + " is the event's"), unknown));
        }
        return Optional.empty();
    }

    private List<String> ids(List<String> names, List<String> unknown) {
        Set<String> ids = new LinkedHashSet<>();
        for (String n : names) {
            Optional<String> id = organizations.exactIdOf(n);
            if (id.isPresent()) {
                ids.add(id.get());
            } else {
                unknown.add(n);
            }
        }
        return List.copyOf(ids);
    }

    /**
     * "MPI and the German Development Cooperation Agency (GIZ)": split where the part before is a known name (tried
     * before the whole, which would otherwise resolve through its trailing acronym alone).
     */
    private List<String> splitParties(String text) {
        String t = text.strip().replaceFirst("^(?:and |the )", "").strip();
        Matcher m = PARTY_SEPARATOR.matcher(t);
        while (m.find()) {
            String left = t.substring(0, m.start()).strip();
            if (organizations.exactIdOf(left).isPresent()) {
                List<String> parts = new ArrayList<>(List.of(left));
                parts.addAll(splitParties(t.substring(m.end())));
                return parts;
            }
        }
        return List.of(t);
    }

    /** "the German Development Cooperation Agency (GIZ)" is GIZ; "MPI" is MPI. */
    private static String shortName(String name) {
        Matcher m = ACRONYM_IN_PARENS.matcher(name);
        return m.find() ? m.group(1) : name;
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
