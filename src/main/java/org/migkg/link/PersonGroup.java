package org.migkg.link;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.migkg.text.PersonName;

/** What a group of merged profiles has, to check a further merge against. */
final class PersonGroup {
    final Set<String> events;
    final Set<String> organizations;
    /** Each written form's mentions, to know the name the group is mostly known by. */
    final Map<String, Integer> nameCounts = new HashMap<>();
    final Map<String, PersonName> names = new HashMap<>();
    final Map<Integer, Integer> keptApart;
    String pinned;
    String registered;
    PostPeriod period;
    /** {@link #principalName()}, until the group absorbs another. */
    private PersonName principal;

    PersonGroup(PersonProfile p) {
        events = new HashSet<>(p.events());
        organizations = new HashSet<>(p.organizations());
        names.put(p.name().normalForm(), p.name());
        nameCounts.put(p.name().normalForm(), p.mentions().size());
        keptApart = new HashMap<>(p.keptApart());
        pinned = p.pinned();
        registered = p.registered();
        period = p.period();
    }

    /** The id this group is already known by: a curated one, else a published one. */
    String identity() {
        return pinned != null ? pinned : registered;
    }

    /** Why these two groups cannot be one person, or null. */
    String conflictWith(PersonGroup other, boolean curated) {
        return conflictWith(other, curated, false);
    }

    /**
     * As {@link #conflictWith(PersonGroup, boolean)}; a career move may join groups at different organizations when one
     * group's period ends before the other's begins.
     */
    String conflictWith(PersonGroup other, boolean curated, boolean careerMove) {
        if (pinned != null && other.pinned != null && !pinned.equals(other.pinned)) {
            return "curated as different people";
        }
        for (Map.Entry<Integer, Integer> e : keptApart.entrySet()) {
            Integer k = other.keptApart.get(e.getKey());
            if (k != null && !k.equals(e.getValue())) {
                return "curated as different people";
            }
        }
        if (curated) {
            return null;
        }
        Set<String> small = events.size() <= other.events.size() ? events : other.events;
        Set<String> large = small == events ? other.events : events;
        for (String e : small) {
            if (large.contains(e)) {
                return "both appear in " + e;
            }
        }
        if (!organizations.isEmpty() && !other.organizations.isEmpty()
                && organizations.stream().noneMatch(other.organizations::contains)
                && !(careerMove && period.apartFrom(other.period))) {
            return "organizations differ: " + new TreeSet<>(organizations) + " (" + period + ") / "
                    + new TreeSet<>(other.organizations) + " (" + other.period + ")"
                    + (period.apartFrom(other.period) ? ", one period ending before the other begins" : "");
        }
        PersonName a = principalName();
        PersonName b = other.principalName();
        if (NameConflict.between(a, b) && !knownWithoutFirstGiven(b) && !other.knownWithoutFirstGiven(a)) {
            return "names conflict: " + a.written() + " / " + b.written();
        }
        if (identity() != null && other.identity() != null && !identity().equals(other.identity())) {
            return "already published as two people: " + identity() + " / " + other.identity()
                    + "; merge them with samePerson in aliases.json";
        }
        return null;
    }

    /**
     * Whether the name is one of this group's full names without its first given name ("Lee Nielsen" for a group
     * that includes "Ljubica Lee Nielsen"), which does not conflict with the name the group is mostly known by.
     */
    boolean knownWithoutFirstGiven(PersonName name) {
        return names.values().stream().anyMatch(n -> n.surnameKey().equals(name.surnameKey())
                && NameAgreement.dropsFirstGiven(n, name));
    }

    /**
     * The name the group is mostly known by: the written-out form with the most mentions. Conflicts are judged on
     * it rather than on every variant, so one typo already in a group does not keep out the next.
     */
    PersonName principalName() {
        if (principal == null) {
            // names are keyed by their normal form
            principal = names.entrySet().stream().max(Comparator
                    .comparing((Map.Entry<String, PersonName> e) -> e.getValue().hasGiven() && !e.getValue().givenIsInitial())
                    .thenComparingInt(e -> nameCounts.get(e.getKey()))
                    .thenComparing(Map.Entry::getKey, Comparator.reverseOrder())).orElseThrow().getValue();
        }
        return principal;
    }

    void absorb(PersonGroup other) {
        principal = null;
        events.addAll(other.events);
        organizations.addAll(other.organizations);
        other.names.forEach(names::putIfAbsent);
        other.nameCounts.forEach((n, count) -> nameCounts.merge(n, count, Integer::sum));
        keptApart.putAll(other.keptApart);
        period = period.span(other.period);
        if (pinned == null) {
            pinned = other.pinned;
        }
        if (registered == null) {
            registered = other.registered;
        }
    }
}
