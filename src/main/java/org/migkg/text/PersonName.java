package org.migkg.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A person's name as written, read into given name, middle names and surname after normalisation: diacritics and case
 * aside, honorifics ("Dr.", "Prof.", "Ambassador", "H.E.") and suffixes ("PhD", "Jr.") dropped, "Last, First" turned
 * round, surname particles kept with the surname ("Le Coz", "van der Berg") and hyphenated parts kept together
 * ("Klein-Solomon" is one surname, also known without its hyphen).
 *
 * @param given   the first given name, normalised; a single letter when only the initial is written
 * @param middle  further given names or initials, normalised
 * @param surname the surname's words, normalised; a hyphenated surname is one word with its hyphen
 */
public record PersonName(String written, String given, List<String> middle, List<String> surname) {
    private static final Set<String> SUFFIXES = Set.of("phd", "jr", "sr", "ii", "iii", "iv", "md", "mba", "llm", "esq",
            "obe", "mbe", "cbe");
    private static final Pattern EXCELLENCY = Pattern.compile("(?i)\\b(H\\.\\s*E\\.|(his|her)\\s+excellency)\\s*");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    public static PersonName parse(String written) {
        String text = EXCELLENCY.matcher(written.trim()).replaceAll(" ").trim();
        int comma = text.indexOf(',');
        if (comma > 0) {
            String before = text.substring(0, comma).trim();
            String after = text.substring(comma + 1).trim();
            if (isSuffixText(after)) {
                text = before;
            } else if (!after.isEmpty() && !isSuffixText(before)) {
                text = after + " " + before;
            }
        }
        List<String> words = new ArrayList<>();
        for (String raw : SPACES.split(text)) {
            String word = word(raw);
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        while (words.size() > 1 && Honorifics.is(words.get(0))) {
            words.remove(0);
        }
        while (words.size() > 1 && SUFFIXES.contains(words.get(words.size() - 1).replace("-", ""))) {
            words.remove(words.size() - 1);
        }
        if (words.isEmpty()) {
            return new PersonName(written, "", List.of(), List.of(Folding.key(written)));
        }
        if (words.size() == 1) {
            return new PersonName(written, "", List.of(), List.of(words.get(0)));
        }
        int surnameStart = words.size() - 1;
        while (surnameStart > 1 && NameParticles.is(words.get(surnameStart - 1))) {
            surnameStart--;
        }
        return new PersonName(written, words.get(0), List.copyOf(words.subList(1, surnameStart)),
                List.copyOf(words.subList(surnameStart, words.size())));
    }

    private static boolean isSuffixText(String text) {
        return Arrays.stream(text.split("[\\s,]+")).map(PersonName::word).filter(w -> !w.isEmpty())
                .allMatch(w -> SUFFIXES.contains(w.replace("-", ""))) && !text.isBlank();
    }

    /** One written word normalised: letters and digits, hyphens inside the word kept, dots and other marks dropped. */
    private static String word(String raw) {
        String[] parts = raw.split("[-‐‑–]+");
        List<String> kept = new ArrayList<>();
        for (String part : parts) {
            String n = Folding.key(part).replace(" ", "");
            if (!n.isEmpty()) {
                kept.add(n);
            }
        }
        return String.join("-", kept);
    }

    /** The surname as one key: its words joined without spaces or hyphens ("le coz" and "lecoz" agree). */
    public String surnameKey() {
        return String.join("", surname).replace("-", "");
    }

    /**
     * Keys under which the surname may also be written: a hyphenated surname is also known by its last part
     * ("Klein-Solomon" as "Solomon"), and a name whose last middle name is a full word may have a double surname
     * written without its hyphen ("Michele Klein Solomon").
     */
    public List<String> surnameKeys() {
        List<String> keys = new ArrayList<>(List.of(surnameKey()));
        String last = surname.get(surname.size() - 1);
        if (last.contains("-")) {
            keys.add(last.substring(last.lastIndexOf('-') + 1));
        }
        if (!middle.isEmpty() && !isInitial(middle.get(middle.size() - 1))) {
            keys.add(middle.get(middle.size() - 1) + surnameKey());
        }
        return keys;
    }

    public boolean hasGiven() {
        return !given.isEmpty();
    }

    public boolean givenIsInitial() {
        return isInitial(given);
    }

    public char initial() {
        return given.isEmpty() ? '?' : given.charAt(0);
    }

    /** Every word of the name, sorted: the same for "Sijal Aziz" and "Aziz Sijal". */
    public String sortedWords() {
        List<String> all = new ArrayList<>();
        if (hasGiven()) {
            all.add(given);
        }
        all.addAll(middle);
        all.addAll(surname);
        List<String> split = new ArrayList<>();
        all.forEach(w -> split.addAll(Arrays.asList(w.split("-"))));
        split.sort(null);
        return String.join(" ", split);
    }

    /** The normalised full form, middle names included: "camille le coz". */
    public String normalForm() {
        List<String> all = new ArrayList<>();
        if (hasGiven()) {
            all.add(given);
        }
        all.addAll(middle);
        all.addAll(surname);
        return String.join(" ", all);
    }

    /** Given name and surname, without middle names: the basis of a person's IRI. */
    public String givenAndSurname() {
        return (hasGiven() ? given + " " : "") + String.join(" ", surname);
    }

    /** How many letters of the name are written out (initials count one): more means more complete. */
    public int completeness() {
        return normalForm().replace(" ", "").replace("-", "").length();
    }

    /** Words read as honorifics, suffixes or surname particles rather than as names. */
    public static boolean reserved(String word) {
        String w = Folding.key(word).replace(" ", "");
        return Honorifics.is(w) || SUFFIXES.contains(w) || NameParticles.is(w);
    }

    public static boolean isInitial(String word) {
        return word.length() == 1;
    }

    @Override
    public String toString() {
        return written + " -> " + normalForm().toLowerCase(Locale.ROOT);
    }
}
