package org.migkg.link;

import org.migkg.text.PersonName;
import java.util.List;

/** How closely two written names agree, from the same normalised name down to a likely typing slip. */
public enum NameAgreement {
    /** Same given name, middle names and surname once diacritics, case, honorifics and "Last, First" order are aside. */
    SAME,
    /** The same words in another order ("Aziz Sijal"). */
    SWAPPED,
    /** Same surname, and given and middle names that agree where both are written (initials, a missing middle name). */
    VARIANT,
    /** Same apart from one slip of the keyboard (one letter added, dropped, changed or two swapped) in a long word. */
    TYPO,
    /** Names that do not agree. */
    NONE;

    public static NameAgreement of(PersonName a, PersonName b) {
        if (!a.hasGiven() || !b.hasGiven()) {
            return a.normalForm().equals(b.normalForm()) ? SAME : NONE;
        }
        boolean sameSurname = a.surnameKey().equals(b.surnameKey());
        if (sameSurname && a.given().equals(b.given()) && a.middle().equals(b.middle())) {
            return SAME;
        }
        if (a.sortedWords().equals(b.sortedWords())) {
            return SWAPPED;
        }
        boolean surnamesAgree = sameSurname || shareAny(a.surnameKeys(), b.surnameKeys());
        if (surnamesAgree && givenAgree(a.given(), b.given()) && middleAgree(a.middle(), b.middle())) {
            return VARIANT;
        }
        if (sameSurname && (dropsFirstGiven(a, b) || dropsFirstGiven(b, a))) {
            return VARIANT; // "Belen Zanzuchi" is "Maria Belen Zanzuchi" without her first given name
        }
        if (!a.givenIsInitial() && !b.givenIsInitial() && middleAgree(a.middle(), b.middle())) {
            if (sameSurname && oneSlipApart(a.given(), b.given())
                    || a.given().equals(b.given()) && oneSlipApart(a.surnameKey(), b.surnameKey())) {
                return TYPO;
            }
        }
        return NONE;
    }

    /** {@code shorter}'s given names are {@code longer}'s without its first one, written out in full. */
    static boolean dropsFirstGiven(PersonName longer, PersonName shorter) {
        List<String> full = new java.util.ArrayList<>(List.of(longer.given()));
        full.addAll(longer.middle());
        List<String> rest = new java.util.ArrayList<>(List.of(shorter.given()));
        rest.addAll(shorter.middle());
        return full.size() == rest.size() + 1 && !shorter.givenIsInitial() && full.subList(1, full.size()).equals(rest);
    }

    private static boolean shareAny(List<String> a, List<String> b) {
        return a.stream().anyMatch(b::contains);
    }

    private static boolean givenAgree(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        boolean initial = PersonName.isInitial(a) || PersonName.isInitial(b);
        return initial && a.charAt(0) == b.charAt(0);
    }

    /** The shorter list of middle names fits into the longer in order, an initial fitting any word it begins. */
    private static boolean middleAgree(List<String> a, List<String> b) {
        List<String> shorter = a.size() <= b.size() ? a : b;
        List<String> longer = a.size() <= b.size() ? b : a;
        int j = 0;
        for (String word : shorter) {
            while (j < longer.size() && !givenAgree(word, longer.get(j))) {
                j++;
            }
            if (j == longer.size()) {
                return false;
            }
            j++;
        }
        return true;
    }

    /**
     * True when two words of at least four letters differ by one edit (insertion, deletion, substitution or transposition
     * of neighbours); shorter words are too easily other real names to forgive a slip.
     */
    static boolean oneSlipApart(String a, String b) {
        if (a.equals(b) || Math.min(a.length(), b.length()) < 4 || Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (a.length() == b.length()) {
            if (a.substring(i + 1).equals(b.substring(i + 1))) {
                return true;
            }
            return i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.substring(i + 2).equals(b.substring(i + 2));
        }
        String longer = a.length() > b.length() ? a : b;
        String shorter = a.length() > b.length() ? b : a;
        return longer.substring(i + 1).equals(shorter.substring(i));
    }
}
