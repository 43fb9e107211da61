package org.migkg.text;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Acronyms of organization names: whether a written name is only an acronym ("MFA", "UNHCR"), and the acronym a full
 * name spells with the initials of its significant words ("Migrant Forum in Asia" spells "MFA").
 */
public final class Acronyms {
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}[\\p{Lu}\\p{Nd}&]{1,9}");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{Nd}]+");
    /** Words that acronyms usually leave out, in the languages of the records. */
    private static final Set<String> SKIPPED = Set.of("of", "for", "in", "on", "the", "and", "to", "at", "a", "an", "l", "d",
            "de", "des", "du", "la", "le", "les", "et", "pour", "en", "der", "die", "das", "und", "fur", "fuer", "von", "y", "del");

    private Acronyms() {}

    /** Whether the text is a single word of capitals (and digits or '&'), as acronyms are written. */
    public static boolean isAcronym(String text) {
        return text != null && ACRONYM.matcher(text.strip()).matches();
    }

    /** The folded, upper-case initials of the name's significant words; empty for a name of one word. */
    public static String initialsOf(String name) {
        StringBuilder initials = new StringBuilder();
        int words = 0;
        var m = WORD.matcher(Folding.toAscii(name));
        while (m.find()) {
            String word = m.group();
            words++;
            if (!SKIPPED.contains(word.toLowerCase(Locale.ROOT))) {
                initials.append(Character.toUpperCase(word.charAt(0)));
            }
        }
        return words < 2 ? "" : initials.toString();
    }

    /** Whether the acronym is the initials of the name (case and diacritics aside). */
    public static boolean spells(String acronym, String name) {
        return isAcronym(acronym) && Folding.toAscii(acronym.strip()).toUpperCase(Locale.ROOT).equals(initialsOf(name));
    }
}
