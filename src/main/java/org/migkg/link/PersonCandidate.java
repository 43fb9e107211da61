package org.migkg.link;

import java.util.Set;
import java.util.TreeSet;

/** Two profiles worth comparing: how their names agree, whether their organizations do, the co-speakers they share. */
record PersonCandidate(PersonProfile a, PersonProfile b, NameAgreement names, Affiliation affiliation, int sharedCoSpeakers) {
    enum Affiliation { SHARED, UNKNOWN, DIFFERENT }

    private static final int MIN_SHARED_CO_SPEAKERS = 2;
    /** A career move (one name at one organization, later at another) needs more people around it in common. */
    private static final int MIN_CAREER_CO_SPEAKERS = 2;

    /** The pair, or null when the names do not agree at all. */
    static PersonCandidate of(PersonProfile a, PersonProfile b) {
        NameAgreement names = NameAgreement.of(a.name(), b.name());
        if (names == NameAgreement.NONE) {
            return null;
        }
        Affiliation affiliation = a.organizations().isEmpty() || b.organizations().isEmpty() ? Affiliation.UNKNOWN
                : a.organizations().stream().anyMatch(b.organizations()::contains) ? Affiliation.SHARED : Affiliation.DIFFERENT;
        Set<String> small = a.coSpeakers().size() <= b.coSpeakers().size() ? a.coSpeakers() : b.coSpeakers();
        Set<String> large = small == a.coSpeakers() ? b.coSpeakers() : a.coSpeakers();
        int shared = (int) small.stream().filter(large::contains).count();
        return new PersonCandidate(a, b, names, affiliation, shared);
    }

    /** The rule a candidate pair satisfies, if any. */
    PersonRule rule() {
        boolean fullNames = !a.name().givenIsInitial() && !b.name().givenIsInitial();
        switch (affiliation) {
            case SHARED -> {
                return switch (names) {
                    case SAME -> PersonRule.SAME_NAME_SHARED_ORG;
                    case SWAPPED -> PersonRule.SWAPPED_SHARED_ORG;
                    case VARIANT -> PersonRule.VARIANT_SHARED_ORG;
                    case TYPO -> PersonRule.TYPO_SHARED_ORG;
                    case NONE -> null;
                };
            }
            case UNKNOWN -> {
                if (sharedCoSpeakers >= MIN_SHARED_CO_SPEAKERS && names != NameAgreement.TYPO) {
                    return PersonRule.NAME_SHARED_CO_SPEAKERS;
                }
                return switch (names) {
                    case SAME -> PersonRule.SAME_NAME_NO_CONFLICT;
                    case SWAPPED -> PersonRule.SWAPPED_NO_CONFLICT;
                    case VARIANT -> fullNames ? PersonRule.VARIANT_NO_CONFLICT : PersonRule.INITIAL_NO_CONFLICT;
                    default -> null;
                };
            }
            default -> {
                // Shared co-speakers alone do not outweigh different organizations (prolific speakers share many);
                // with the full name and one post ending before the other begins, they are a career.
                boolean sameName = names == NameAgreement.SAME || names == NameAgreement.SWAPPED;
                return sameName && fullNames && a.period().apartFrom(b.period())
                        && sharedCoSpeakers >= MIN_CAREER_CO_SPEAKERS ? PersonRule.CAREER_MOVE : null;
            }
        }
    }

    /** Pairs worth a reviewer's look when they end up apart: the same (or swapped, or fully written) name. */
    boolean worthReview() {
        return names == NameAgreement.SAME || names == NameAgreement.SWAPPED
                || names == NameAgreement.VARIANT && !a.name().givenIsInitial() && !b.name().givenIsInitial();
    }

    /** The detail of the evidence when the pair is merged. */
    String explain() {
        String orgs = switch (affiliation) {
            case SHARED -> "shared organization " + intersection(a.organizations(), b.organizations());
            case UNKNOWN -> "no stated organization on one side";
            case DIFFERENT -> "one organization " + a.organizations() + " (" + a.period() + "), later another "
                    + b.organizations() + " (" + b.period() + ")";
        };
        return "'" + a.name().written() + "' and '" + b.name().written() + "': names "
                + names.name().toLowerCase(java.util.Locale.ROOT) + ", " + orgs
                + (sharedCoSpeakers > 0 ? ", " + sharedCoSpeakers + " shared co-speaker(s)" : "");
    }

    static Set<String> intersection(Set<String> a, Set<String> b) {
        Set<String> out = new TreeSet<>(a);
        out.retainAll(b);
        return out;
    }
}
