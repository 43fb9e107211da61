package org.migkg.importer;

/** What a line's shape says: how many words, whether it closes a sentence, whether it is running text. */
final class LineShape {
    private LineShape() {}

    static int words(String text) {
        return text.strip().split("\\s+").length;
    }

    static boolean endsSentence(String text) {
        return text.strip().matches(".*[.!?:;)\"”’»…]$");
    }

    static boolean isProse(String text) {
        return words(text) >= 12 || endsSentence(text);
    }

    /** The copy ends inside a sentence: its last line is running text without a closing mark. */
    static boolean isTruncated(SavedPage page) {
        String last = page.lastLine();
        if (last == null || endsSentence(last) || PersonLine.parse(last).isPresent()) {
            return false;
        }
        long lowerWords = java.util.Arrays.stream(last.split("\\s+")).filter(w -> !w.isEmpty() && Character.isLowerCase(w.charAt(0))).count();
        return lowerWords >= 2;
    }
}
