package org.migkg.importer;

import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Whether a date is the page's publication date: a word such as "Date posted:", "Posted in ... on", "Published",
 * "Veröffentlicht am" or "Publié le" stands before it in its sentence on its line, or its line is a
 * {@code date 2021-03-05} header, or it opens the line after one that holds only such a word ("Press Release").
 */
final class PublicationCue {
    private PublicationCue() {}

    private static final Pattern CUE = Pattern.compile("(?<![\\p{L}])(?:" + DateLanguage.ALL.stream()
            .flatMap(l -> l.publication().stream()).collect(Collectors.joining("|")) + ")(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern HEADER = Pattern.compile("^\\s*date\\s*$");
    private static final Pattern CUE_ALONE = Pattern.compile("^\\W*(?:" + DateLanguage.ALL.stream()
            .flatMap(l -> l.publication().stream()).collect(Collectors.joining("|")) + ")\\W*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    static boolean marks(String text, int at) {
        String prefix = DateSpans.linePrefix(text, at);
        if (HEADER.matcher(prefix).matches() || prefix.isBlank() && CUE_ALONE.matcher(lineBefore(text, at)).matches()) {
            return true;
        }
        String sentence = prefix.replaceFirst("^.*[.!?]\\s+(?=\\p{Lu})", "");
        return CUE.matcher(sentence).find();
    }

    private static String lineBefore(String text, int at) {
        int lineStart = text.lastIndexOf('\n', at - 1);
        if (lineStart <= 0) {
            return "";
        }
        String before = text.substring(0, lineStart).stripTrailing();
        return before.substring(before.lastIndexOf('\n') + 1);
    }
}
