package org.migkg.link;

import org.migkg.text.PersonName;

/**
 * Whether two names cannot belong to one person: different written-out given names (not a slip apart), different
 * initials, or surnames that neither agree nor are a slip apart. Used to refuse a merge that would join, through a
 * partial name, two people who are plainly different ("S. Aziz" must not join "Sijal Aziz" and "Sara Aziz").
 */
final class NameConflict {
    private NameConflict() {}

    static boolean between(PersonName a, PersonName b) {
        if (a.sortedWords().equals(b.sortedWords())) {
            return false;
        }
        if (!a.hasGiven() || !b.hasGiven()) {
            return !a.normalForm().equals(b.normalForm());
        }
        boolean givenConflict = a.givenIsInitial() || b.givenIsInitial()
                ? a.initial() != b.initial()
                : !a.given().equals(b.given()) && !NameAgreement.oneSlipApart(a.given(), b.given());
        boolean surnameConflict = a.surnameKeys().stream().noneMatch(b.surnameKeys()::contains)
                && !NameAgreement.oneSlipApart(a.surnameKey(), b.surnameKey());
        return givenConflict || surnameConflict;
    }
}
