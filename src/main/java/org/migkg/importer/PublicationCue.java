package org.migkg.importer;

import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Whether a date is the page's publication date: a word such as "Date posted:", "Posted in ... on", "Published",
 * "Veröffentlicht am" or "Publié le" stands before it in its sentence on its line, or its line is a
 * {@code date 2021-03-05} header.
 */
final class PublicationCue {
    private PublicationCue() {}

    private static final Pattern CUE = Pattern.compile("(?<![\\p{L}])(?:" + DateLanguage.ALL.stream()
            .flatMap(l -> l.publication().stream()).collect(Collectors.joining("|")) + ")(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern HEADER = Pattern.compile("^\\s*date\\s*$");

    static boolean marks(String text, int at) {
        String prefix = DateSpans.linePrefix(text, at);
        if (HEADER.matcher(prefix).matches()) {
            return true;
        }
        String sentence = prefix.replaceFirst("^.*[.!?]\\s+(?=\\p{Lu})", "");
        return CUE.matcher(sentence).find();
    }
}
