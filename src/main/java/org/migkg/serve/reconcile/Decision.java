package org.migkg.serve.reconcile;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether the best candidate is decisive, the way the linker decides a merge: no evidence may conflict, and no other
 * candidate may remain that fits the name as well and the evidence as far. A full name must be the only full
 * agreement left; a partial one (an initial, a slip, most of a title) must also have a property agreeing, and be the
 * only candidate left whose name agrees at all. Shared words alone never decide.
 */
final class Decision {
    private Decision() {}

    /** The candidates, best first, with the first marked as the match when it is decisive. */
    static List<Candidate> decide(List<Candidate> ranked) {
        if (ranked.isEmpty() || !decisive(ranked)) {
            return ranked;
        }
        List<Candidate> out = new ArrayList<>(ranked);
        out.set(0, ranked.get(0).matched());
        return out;
    }

    private static boolean decisive(List<Candidate> ranked) {
        Candidate best = ranked.get(0);
        if (best.conflicts() || best.strength() == NameStrength.WEAK) {
            return false;
        }
        List<Candidate> rivals = ranked.subList(1, ranked.size()).stream()
                .filter(c -> !c.conflicts() && c.strength() != NameStrength.WEAK).toList();
        if (best.strength() == NameStrength.FULL) {
            return rivals.stream().noneMatch(c -> c.strength() == NameStrength.FULL);
        }
        return best.supported() && rivals.isEmpty();
    }
}
