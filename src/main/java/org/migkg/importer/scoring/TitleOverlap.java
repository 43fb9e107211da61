package org.migkg.importer.scoring;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.migkg.text.Folding;

/** How close two titles are, compared word by word after {@link Folding#key}. */
final class TitleOverlap {
    private static final Set<String> SMALL_WORDS = Set.of("a", "an", "the", "of", "and", "in", "on", "for", "to",
            "at", "with", "de", "la", "le", "les", "des", "du", "et", "der", "die", "das", "und", "im", "zur", "zum");

    private TitleOverlap() {}

    /** The draft names the event the reading names: the same words, the reading's title within it, or Jaccard ≥ 0.8. */
    static boolean agree(String draft, String reading) {
        if (draft == null || reading == null) {
            return draft == null && reading == null;
        }
        String d = Folding.key(draft);
        String r = Folding.key(reading);
        return d.equals(r) || (!r.isEmpty() && (" " + d + " ").contains(" " + r + " "))
                || jaccard(words(d), words(r)) >= 0.8;
    }

    /** Shared words over all words, small words aside; what pairs a listing's drafts with its readings. */
    static double overlap(String a, String b) {
        if (a == null || b == null) {
            return 0;
        }
        Set<String> x = words(Folding.key(a));
        Set<String> y = words(Folding.key(b));
        x.removeAll(SMALL_WORDS);
        y.removeAll(SMALL_WORDS);
        return x.isEmpty() || y.isEmpty() ? 0 : jaccard(x, y);
    }

    private static Set<String> words(String key) {
        return Arrays.stream(key.split(" ")).filter(w -> !w.isEmpty()).collect(Collectors.toCollection(HashSet::new));
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        Set<String> shared = new HashSet<>(a);
        shared.retainAll(b);
        return (double) shared.size() / union.size();
    }
}
