package org.migkg.link;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Normal forms of names: diacritics, case, punctuation and spacing aside. */
public final class Names {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Names() {}

    /** "Elke Löbel" and "ELKE LOBEL" both give "elke lobel". */
    public static String normalize(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKD);
        folded = MARKS.matcher(folded).replaceAll("")
                .replace("ß", "ss").replace("ø", "o").replace("Ø", "o").replace("ł", "l").replace("Ł", "l")
                .replace("đ", "d").replace("Đ", "d").replace("þ", "th").replace("Þ", "th").replace("ð", "d").replace("Ð", "d")
                .replace("ı", "i").replace("æ", "ae").replace("œ", "oe").replace("&", " and ");
        return NON_ALNUM.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    /** An IRI-safe slug: lower-case ASCII letters and digits joined by hyphens, never empty. */
    public static String slug(String name) {
        String normal = normalize(name);
        String ascii = normal.replaceAll("[^a-z0-9 ]", "").trim().replaceAll(" +", "-");
        if (ascii.length() > 80) {
            ascii = ascii.substring(0, 80).replaceAll("-[^-]*$", "");
        }
        return ascii.isEmpty() ? "x" + Integer.toHexString(normal.hashCode()) : ascii;
    }
}
