package org.migkg.serve.reconcile;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Weighs a query's properties against a candidate. Affiliations are resolved as the linker resolves organizations, and
 * agree along the line of parents either way: a person at IOM's Global Data Institute is at IOM, and one known only at
 * IOM may be at its institute; two parts of the EU are not one another. A property the candidate has no values for
 * says nothing. What agreement or
 * conflict is worth depends on the kind of entity: a person speaks at many events, so a date that is none of theirs
 * counts for little, while an event on another day is another event.
 */
final class EvidenceWeigher {
    private final Catalogue catalogue;

    EvidenceWeigher(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    List<Check> weigh(Entry e, Evidence evidence) {
        List<Check> checks = new ArrayList<>();
        if (!evidence.affiliations().isEmpty() && e.type() != ReconType.ORGANIZATION) {
            checks.add(affiliation(e, evidence.affiliations()));
        }
        if (!evidence.dates().isEmpty() && e.type() != ReconType.ORGANIZATION) {
            checks.add(date(e, evidence.dates()));
        }
        if (!evidence.countries().isEmpty()) {
            checks.add(country(e, evidence.countries()));
        }
        return checks;
    }

    private Check affiliation(Entry e, List<String> affiliations) {
        Set<String> named = new java.util.LinkedHashSet<>();
        affiliations.forEach(a -> catalogue.organizationOf(a).ifPresent(named::add));
        if (named.isEmpty() || e.organizations().isEmpty()) {
            return new Check(ReconProperty.AFFILIATION, Support.UNKNOWN, 0);
        }
        Set<String> ownAndAbove = catalogue.withParents(e.organizations());
        boolean agrees = named.stream().anyMatch(n -> ownAndAbove.contains(n)
                || catalogue.withParents(Set.of(n)).stream().anyMatch(e.organizations()::contains));
        boolean person = e.type() == ReconType.PERSON;
        return agrees ? new Check(ReconProperty.AFFILIATION, Support.AGREES, person ? 10 : 8)
                : new Check(ReconProperty.AFFILIATION, Support.CONFLICTS, person ? -20 : -8);
    }

    private static Check date(Entry e, List<DateSpan> dates) {
        if (e.dates().isEmpty()) {
            return new Check(ReconProperty.DATE, Support.UNKNOWN, 0);
        }
        DateSpan.Precision best = null;
        for (DateSpan q : dates) {
            for (DateSpan d : e.dates()) {
                if (q.overlaps(d)) {
                    DateSpan.Precision p = DateSpan.coarser(q.precision(), d.precision());
                    best = best == null || p.compareTo(best) > 0 ? p : best;
                }
            }
        }
        boolean event = e.type() == ReconType.EVENT;
        if (best == null) {
            return new Check(ReconProperty.DATE, Support.CONFLICTS, event ? -30 : -5);
        }
        double points = !event ? 5 : switch (best) {
            case DAY -> 15;
            case MONTH -> 8;
            case YEAR -> 4;
        };
        return new Check(ReconProperty.DATE, Support.AGREES, points);
    }

    private static Check country(Entry e, List<String> countries) {
        if (e.countries().isEmpty()) {
            return new Check(ReconProperty.COUNTRY, Support.UNKNOWN, 0);
        }
        boolean agrees = countries.stream().anyMatch(e.countries()::contains);
        double conflict = e.type() == ReconType.ORGANIZATION ? -20 : -10;
        return agrees ? new Check(ReconProperty.COUNTRY, Support.AGREES, 5) : new Check(ReconProperty.COUNTRY, Support.CONFLICTS, conflict);
    }
}
