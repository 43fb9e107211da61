package org.migkg.importer;

import java.util.ArrayList;
import java.util.List;

/** Small text helpers shared by the page readers and the position parser. */
final class Text {
    private Text() {}

    /** Splits on a separator that is not inside parentheses (an unclosed parenthesis runs to the end). */
    static List<String> splitOutsideParentheses(String text, char separator) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
            } else if (c == separator && depth == 0) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        return parts;
    }

    /** Where a parenthetical that runs to the end of the text opens, or -1. */
    static int trailingParenthesisStart(String text) {
        String t = text.strip();
        if (!t.endsWith(")")) {
            return -1;
        }
        return t.indexOf('(');
    }

    static String withoutTrailingParenthetical(String text) {
        int open = trailingParenthesisStart(text);
        return open > 0 ? text.substring(0, open).strip() : text.strip();
    }

    /** "BMZ", "Fedasil", "MPI Europe", "IMI/OSF": short, capitalized, no sentence. */
    static boolean looksLikeAcronym(String text) {
        String[] words = text.strip().split("\\s+");
        if (words.length > 3) {
            return false;
        }
        for (String w : words) {
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    static String collapseSpaces(String text) {
        return text.replace('\u00a0', ' ').replaceAll("[ \\t]+", " ").strip();
    }
}
