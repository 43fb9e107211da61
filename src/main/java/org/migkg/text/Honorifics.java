package org.migkg.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Honorifics and titles written before a name ("Mr", "Ms.", "Dr", "Prof. Dr.", "Professor", "H.E.", "Ambassador",
 * "Rev.", "Frau", "Mme") and the normal form each is recorded in. They belong in their own field, never in the name.
 */
public final class Honorifics {
    /** Folded word (dots and spaces aside) → the form a record keeps. */
    private static final Map<String, String> NORMAL = new TreeMap<>();
    private static final Pattern EXCELLENCY = Pattern.compile("^(?:H\\.\\s?E\\.|HE\\b|(?:His|Her)\\s+Excellency\\b|S\\.\\s?E\\.)\\s*");
    private static final Pattern WORD = Pattern.compile("^([\\p{L}.]+)\\s+");

    static {
        normal("Mr", "mr", "mister", "herr", "hr", "sig", "signor", "senor");
        normal("Ms", "ms", "frau", "sra", "senora", "sigra", "signora");
        normal("Mrs", "mrs");
        normal("Miss", "miss", "mlle", "mademoiselle");
        normal("Mx", "mx");
        normal("M.", "monsieur");
        normal("Mme", "mme", "madame");
        normal("Dr", "dr", "doctor", "dott", "dottssa", "dra");
        normal("Prof", "prof", "professor", "professeur", "professeure", "pr", "profin", "professorin");
        normal("Ambassador", "ambassador", "amb", "botschafter", "botschafterin", "ambassadeur", "ambassadrice");
        normal("Rev", "rev", "reverend", "revd");
        normal("Fr", "fr", "father");
        normal("Sr", "sr", "sister");
        normal("Sir", "sir");
        normal("Dame", "dame");
        normal("Hon", "hon", "honorable", "honourable");
        normal("H.E.", "excellency");
        normal("Judge", "judge");
        normal("Minister", "minister");
        normal("Senator", "senator");
        normal("Me", "maitre");
    }

    private static void normal(String form, String... words) {
        for (String w : words) {
            NORMAL.put(w, form);
        }
    }

    private Honorifics() {}

    /** A name with the honorifics written before it taken apart: "H.E. Mr. Kairat Abdrakhmanov". */
    public record Split(String honorific, String name) {
        public Optional<String> honorificIfAny() {
            return Optional.ofNullable(honorific);
        }
    }

    /** The honorifics at the start of a name, each in its normal form ("H.E. Mr", "Prof Dr"), and the name after them. */
    public static Split split(String written) {
        String rest = written.strip();
        List<String> found = new ArrayList<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            Matcher e = EXCELLENCY.matcher(rest);
            if (e.find() && e.end() < rest.length()) {
                found.add("H.E.");
                rest = rest.substring(e.end()).strip();
                changed = true;
                continue;
            }
            Matcher w = WORD.matcher(rest);
            if (w.find()) {
                String form = formOf(w.group(1));
                if (form != null && w.end() < rest.length()) {
                    found.add(form);
                    rest = rest.substring(w.end()).strip();
                    changed = true;
                }
            }
        }
        return new Split(found.isEmpty() ? null : String.join(" ", found), rest);
    }

    /** The normal form of one written honorific word, or null: "Prof." → "Prof", "Ms." → "Ms". */
    public static String formOf(String word) {
        String key = Folding.key(word.replace(".", "")).replace(" ", "");
        if (key.isEmpty()) {
            return null;
        }
        return NORMAL.get(key);
    }

    public static boolean is(String word) {
        return formOf(word) != null;
    }

}
