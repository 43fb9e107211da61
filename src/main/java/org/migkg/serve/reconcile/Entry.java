package org.migkg.serve.reconcile;

import java.util.List;
import java.util.Set;

/**
 * One entity as the service matches it: its names, and the evidence a query's properties are checked against.
 *
 * @param id            the IRI after {@code <base>id/}: "person/sijal-aziz"
 * @param names         the preferred name first, then the other names it is known by
 * @param organizations IRIs of a person's organizations (memberships and posts) or of an event's organizers,
 *                      partners and funders; an organization's own IRI
 * @param countries     country keys ({@link Evidence#countryKey}): of a person's posts and organizations, of an
 *                      organization, of an event's location
 * @param dates         an event's run; the runs of a person's events
 * @param facts         short lines for descriptions and previews, most telling first
 */
record Entry(ReconType type, String id, String iri, List<String> names, Set<String> organizations,
             Set<String> countries, List<DateSpan> dates, List<String> facts) {
    String name() {
        return names.get(0);
    }

    String description() {
        return String.join(" · ", facts.subList(0, Math.min(3, facts.size())));
    }
}
