package org.migkg.importer.scoring;

import java.util.Optional;
import org.migkg.text.PersonName;

/**
 * Whether a draft's participant is a reading's person, by given name and surname after {@link PersonName#parse}
 * (honorifics, case and diacritics aside): the same surname, and given names that agree, one of them an initial of
 * the other, or missing.
 */
final class NameMatch {
    private NameMatch() {}

    /** 3 for the same names, 2 for an initial, 1 for a surname alone; empty for another person. */
    static Optional<Double> score(String reading, String draft) {
        if (reading == null || draft == null) {
            return Optional.empty();
        }
        PersonName r = PersonName.parse(reading);
        PersonName d = PersonName.parse(draft);
        if (r.sortedWords().equals(d.sortedWords())) {
            return Optional.of(3.0);
        }
        if (r.surnameKeys().stream().noneMatch(d.surnameKeys()::contains)) {
            return Optional.empty();
        }
        if (!r.hasGiven() || !d.hasGiven()) {
            return Optional.of(1.0);
        }
        if (r.given().equals(d.given())) {
            return Optional.of(3.0);
        }
        if ((r.givenIsInitial() || d.givenIsInitial()) && r.initial() == d.initial()) {
            return Optional.of(2.0);
        }
        return Optional.empty();
    }
}
