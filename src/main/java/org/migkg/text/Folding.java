package org.migkg.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/**
 * Folding through Lucene's {@link ASCIIFoldingFilter}: "Elke Löbel", "ELKE LOBEL" and "Elke Lo\u0308bel" agree, and so do
 * "Ærø" and "aero", "Straße" and "strasse", "Łódź" and "lodz".
 */
public final class Folding {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Folding() {}

    /** Letters as plain ASCII where Unicode has an ASCII equivalent, case kept: "Łódź" → "Lodz". */
    public static String toAscii(String text) {
        String bare = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        char[] in = bare.toCharArray();
        char[] out = new char[in.length * 4];
        int length = ASCIIFoldingFilter.foldToASCII(in, 0, out, 0, in.length);
        return new String(out, 0, length);
    }

    /** The key a name is compared by: folded, lower case, "&" read as "and", punctuation and spacing aside. */
    public static String key(String text) {
        String folded = toAscii(text).replace("&", " and ").toLowerCase(Locale.ROOT);
        return NON_ALNUM.matcher(folded).replaceAll(" ").strip();
    }

    /** Lower case without the default locale's rules (no Turkish dotless i). */
    public static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
