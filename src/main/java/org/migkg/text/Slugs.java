package org.migkg.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The one rule for ids that become IRIs: the folded key's ASCII letters and digits, joined by hyphens. */
public final class Slugs {
    private static final int MAX = 80;
    private static final Set<String> STOP_WORDS = Set.of("a", "an", "the", "of", "in", "on", "for", "and", "to", "at",
            "by", "with", "from", "into", "towards", "toward", "more", "what", "how", "are", "is", "we", "s", "its", "their",
            "der", "die", "das", "und", "im", "am", "zum", "zur", "le", "la", "les", "des", "du", "et", "en", "au", "aux");

    private Slugs() {}

    /** "Straße & Co" → {@code strasse-and-co}, "O'Neill Łódź" → {@code o-neill-lodz}; never empty. */
    public static String of(String text) {
        String key = Folding.key(text);
        String ascii = key.replaceAll("[^a-z0-9 ]", "").strip().replaceAll(" +", "-");
        if (ascii.length() > MAX) {
            ascii = ascii.substring(0, MAX).replaceAll("-[^-]*$", "");
        }
        return ascii.isEmpty() ? "x" + Integer.toHexString(key.hashCode()) : ascii;
    }

    /** {@code <yyyy-mm-dd>-<up to six significant words of the title>}; a page with only a year gives {@code <yyyy>-…}. */
    public static String eventId(String datePrefix, String title) {
        List<String> words = new ArrayList<>();
        for (String w : of(title).split("-")) {
            if (!w.isEmpty() && !STOP_WORDS.contains(w) && words.size() < 6) {
                words.add(w);
            }
        }
        return datePrefix + "-" + String.join("-", words);
    }

    public static String eventId(LocalDate date, String title) {
        return eventId(date.toString(), title);
    }
}
