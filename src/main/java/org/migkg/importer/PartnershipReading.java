package org.migkg.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.migkg.records.EventRecord.PartOf;

/**
 * What the event is part of and who joins its organizers: the partnerships, series and processes its running text
 * names ({@link Memberships}) with their parties as partners and their sponsors as funders; failing those, the
 * partners running text names ("in collaboration with", flagged).
 */
final class PartnershipReading {
    private static final Pattern LEADING_DATE = Pattern.compile("^\\d{1,2}[./]\\d{1,2}[./]\\d{4}\\s*[-–]\\s*");
    private static final List<String> MEMBERSHIP_ORDER = List.of("partnership", "initiative", "series", "conference", "process");

    /** The event's memberships, partners not among its organizers, and funders. */
    record Found(List<PartOf> partOf, List<String> partners, List<String> funders) {}

    private final Memberships memberships;
    private final ProseOrganizers proseOrganizers;

    PartnershipReading(OrganizationLookup organizations) {
        this.memberships = new Memberships(organizations);
        this.proseOrganizers = new ProseOrganizers(organizations);
    }

    Found of(List<String> prose, int year, List<String> organizers, boolean hasFacets, ReviewList review) {
        List<Memberships.Found> memberOf = new ArrayList<>();
        for (String p : prose) {
            memberships.in(LEADING_DATE.matcher(p).replaceFirst(""), year).ifPresent(memberOf::add);
        }
        // The event's own partnership or initiative first, then the series and wider processes it takes place in.
        memberOf.sort(Comparator.comparingInt(f -> MEMBERSHIP_ORDER.indexOf(f.partOf().kind())));
        List<PartOf> partOf = new ArrayList<>();
        Set<String> partners = new LinkedHashSet<>();
        Set<String> funders = new LinkedHashSet<>();
        for (Memberships.Found f : memberOf) {
            int at = partOf.size();
            partOf.add(f.partOf());
            f.doubts().forEach(d -> { review.flag("/partOf/" + at + "/id", d); review.flag("/partOf/" + at + "/name", d); });
            f.unknown().forEach(u -> review.flag("/partOf/" + at + "/organizers", "\"" + u + "\" is not in data/organizations.json"));
            f.parties().stream().filter(p -> !organizers.contains(p)).forEach(partners::add);
            funders.addAll(f.funders());
        }
        if (partners.isEmpty() && partOf.isEmpty() && !hasFacets) {
            List<String> named = proseOrganizers.partners(prose);
            if (!named.isEmpty()) {
                named.stream().filter(p -> !organizers.contains(p)).forEach(partners::add);
                review.flag("/partners", "read from running text (\"in collaboration with ...\")");
            }
        }
        return new Found(partOf, List.copyOf(partners), List.copyOf(funders));
    }
}
