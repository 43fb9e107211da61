package org.migkg.importer.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BiFunction;

/** Pairs each reading item with at most one draft item, the best-scoring pairs first, ties in page order. */
final class Pairing {
    private final int[] draftOf;
    private final boolean[] taken;

    private Pairing(int[] draftOf, boolean[] taken) {
        this.draftOf = draftOf;
        this.taken = taken;
    }

    /** {@code score(r, d)} is empty when reading item r and draft item d cannot be the same thing. */
    static Pairing best(int readings, int drafts, BiFunction<Integer, Integer, Optional<Double>> score) {
        record Candidate(int reading, int draft, double score) {}
        List<Candidate> candidates = new ArrayList<>();
        for (int r = 0; r < readings; r++) {
            for (int d = 0; d < drafts; d++) {
                int reading = r;
                int draft = d;
                score.apply(r, d).ifPresent(s -> candidates.add(new Candidate(reading, draft, s)));
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed()
                .thenComparingInt(Candidate::reading).thenComparingInt(Candidate::draft));
        int[] draftOf = new int[readings];
        Arrays.fill(draftOf, -1);
        boolean[] taken = new boolean[drafts];
        for (Candidate c : candidates) {
            if (draftOf[c.reading()] < 0 && !taken[c.draft()]) {
                draftOf[c.reading()] = c.draft();
                taken[c.draft()] = true;
            }
        }
        return new Pairing(draftOf, taken);
    }

    OptionalInt draftOf(int reading) {
        return draftOf[reading] < 0 ? OptionalInt.empty() : OptionalInt.of(draftOf[reading]);
    }

    /** Draft items paired with nothing, in order. */
    List<Integer> unpairedDrafts() {
        List<Integer> out = new ArrayList<>();
        for (int d = 0; d < taken.length; d++) {
            if (!taken[d]) {
                out.add(d);
            }
        }
        return out;
    }
}
