package org.migkg.serve.reconcile;

import java.util.List;

/**
 * A scored candidate for one query.
 *
 * @param nameScore how well the name agrees, 0..1, before any evidence
 * @param strength  how much the name alone settles: {@link NameStrength}
 * @param checks    the properties weighed, with what each said
 * @param score     0..100, what the result shows
 * @param match     true only when the evidence is decisive (set by {@link Decision})
 */
record Candidate(Entry entry, double nameScore, NameStrength strength, List<Check> checks, double score, boolean match) {
    boolean conflicts() {
        return checks.stream().anyMatch(c -> c.support() == Support.CONFLICTS);
    }

    boolean supported() {
        return checks.stream().anyMatch(c -> c.support() == Support.AGREES);
    }

    Candidate matched() {
        return new Candidate(entry, nameScore, strength, checks, score, true);
    }
}
