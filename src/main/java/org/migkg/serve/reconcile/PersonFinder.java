package org.migkg.serve.reconcile;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.migkg.link.NameAgreement;
import org.migkg.text.PersonName;

/**
 * People by the linker's reading of names ({@link PersonName}, {@link NameAgreement}): the same name case, accents,
 * honorifics, spacing and order aside ("Camille LeCoz" is Camille Le Coz: their surname keys agree), a given name
 * with a middle name dropped, an initial for the given name ("S. Aziz"), one typing slip; failing those, shared words.
 */
final class PersonFinder implements NameFinder {
    private final Catalogue catalogue;

    PersonFinder(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public Map<Entry, NameScore> find(String text) {
        PersonName query = PersonName.parse(text);
        Map<Entry, NameScore> out = new LinkedHashMap<>();
        catalogue.peopleLike(query).forEach((entry, names) -> {
            NameScore best = null;
            for (PersonName n : names) {
                NameScore s = score(query, n);
                best = s == null ? best : s.better(best);
            }
            if (best != null) {
                out.put(entry, best);
            }
        });
        return out;
    }

    static NameScore score(PersonName query, PersonName name) {
        return switch (NameAgreement.of(query, name)) {
            case SAME -> new NameScore(0.95, NameStrength.FULL);
            case SWAPPED -> new NameScore(0.88, NameStrength.FULL);
            case VARIANT -> !query.givenIsInitial() && !name.givenIsInitial() && query.given().equals(name.given())
                    ? new NameScore(0.85, NameStrength.FULL) : new NameScore(0.75, NameStrength.PARTIAL);
            case TYPO -> new NameScore(0.68, NameStrength.PARTIAL);
            case NONE -> sharedWords(query, name);
        };
    }

    /** A surname alone scores as one; otherwise the share of words in common, at most half marks. */
    private static NameScore sharedWords(PersonName query, PersonName name) {
        if (!query.hasGiven() && name.surnameKeys().contains(query.surnameKey())) {
            return new NameScore(0.6, NameStrength.WEAK);
        }
        Set<String> a = words(query);
        Set<String> b = words(name);
        int shared = Words.shared(a, b);
        return shared == 0 ? null : new NameScore(0.5 * shared / Math.max(a.size(), b.size()), NameStrength.WEAK);
    }

    private static Set<String> words(PersonName n) {
        Set<String> out = new HashSet<>(List.of(n.sortedWords().split(" ")));
        out.removeIf(w -> w.length() < 2);
        return out;
    }
}
