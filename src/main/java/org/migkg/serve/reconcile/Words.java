package org.migkg.serve.reconcile;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.migkg.text.Folding;

/**
 * The words a title or an organization's name is compared by: folded, without single letters and the little words of
 * English, German and French, in American spelling ("Organisation", "Centre" and "Labour" as "organization", "center",
 * "labor").
 */
final class Words {
    private static final Set<String> LITTLE = Set.of("a", "an", "the", "of", "for", "and", "on", "in", "to", "at", "by",
            "with", "from", "or", "is", "are", "what", "how", "de", "la", "le", "les", "des", "du", "et", "en", "und",
            "der", "die", "das", "fur", "zur", "zum", "im", "am", "von", "mit");

    private static final Map<String, String> SPELLING = Map.of("centre", "center", "centres", "centers", "labour", "labor",
            "programme", "program", "programmes", "programs", "defence", "defense");

    private Words() {}

    static Set<String> of(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : Folding.key(text).split(" ")) {
            if (w.length() > 1 && !LITTLE.contains(w)) {
                out.add(american(w));
            }
        }
        return out;
    }

    private static String american(String word) {
        if (word.endsWith("isation") || word.endsWith("isations")) {
            return word.replace("isation", "ization");
        }
        return SPELLING.getOrDefault(word, word);
    }

    /** Dice's coefficient of two word sets: 1 for the same words, 0 for none shared. */
    static double dice(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        return 2.0 * shared(a, b) / (a.size() + b.size());
    }

    /** The share of {@code query}'s words found in {@code name}. */
    static double covered(Set<String> query, Set<String> name) {
        return query.isEmpty() ? 0 : (double) shared(query, name) / query.size();
    }

    static int shared(Set<String> a, Set<String> b) {
        int n = 0;
        for (String w : a) {
            if (b.contains(w)) {
                n++;
            }
        }
        return n;
    }
}
