package org.migkg.importer;

import java.util.ArrayList;
import java.util.List;

/** Text and its parenthetical parts: "Director (IOM), Fellow (MPI)". */
final class Parentheses {
    private Parentheses() {}

    /** Splits on a separator that is not inside parentheses (an unclosed parenthesis runs to the end). */
    static List<String> splitOutside(String text, char separator) {
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
    static int trailingStart(String text) {
        String t = text.strip();
        if (!t.endsWith(")")) {
            return -1;
        }
        return t.indexOf('(');
    }

    static String withoutTrailing(String text) {
        int open = trailingStart(text);
        return open > 0 ? text.substring(0, open).strip() : text.strip();
    }
}
