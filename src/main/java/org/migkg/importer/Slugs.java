package org.migkg.importer;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Slugs for ids: lower case ASCII words joined by hyphens. */
final class Slugs {
    private Slugs() {}

    private static final Set<String> STOP_WORDS = Set.of("a", "an", "the", "of", "in", "on", "for", "and", "to", "at",
            "by", "with", "from", "into", "towards", "toward", "more", "what", "how", "are", "is", "we", "s", "its", "their");

    static String of(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[’']", "").replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.length() > 120 ? slug.substring(0, 120).replaceAll("-+$", "") : slug;
    }

    /** {@code <yyyy-mm-dd>-<up to six significant words of the title>}. */
    static String eventId(LocalDate date, String title) {
        List<String> words = new ArrayList<>();
        for (String w : of(title).split("-")) {
            if (!w.isEmpty() && !STOP_WORDS.contains(w) && words.size() < 6) {
                words.add(w);
            }
        }
        return date + "-" + String.join("-", words);
    }
}
