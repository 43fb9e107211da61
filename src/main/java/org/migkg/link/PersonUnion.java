package org.migkg.link;

import java.util.List;

/**
 * Union-find over profiles: which group each profile is in so far, and what each group has, so a merge that would
 * join people who cannot be one is refused.
 */
final class PersonUnion {
    private final DisjointSets sets;
    private final PersonGroup[] groups;
    private int unions;
    /** For each root, the merge that last changed its group (0: none yet). */
    private final int[] changedAt;

    PersonUnion(List<PersonProfile> profiles) {
        sets = new DisjointSets(profiles.size());
        groups = new PersonGroup[profiles.size()];
        changedAt = new int[profiles.size()];
        for (int i = 0; i < profiles.size(); i++) {
            groups[i] = new PersonGroup(profiles.get(i));
        }
    }

    int find(int i) {
        return sets.find(i);
    }

    /** The group profile {@code i} is in. */
    PersonGroup groupOf(int i) {
        return groups[find(i)];
    }

    /** The group whose root is {@code root}. */
    PersonGroup group(int root) {
        return groups[root];
    }

    /** How many merges were made so far: what is known of the groups holds until the next one. */
    int unions() {
        return unions;
    }

    /** The merge that last changed the group whose root is {@code root}. */
    int changedAt(int root) {
        return changedAt[root];
    }

    boolean union(int a, int b, boolean curated) {
        return union(a, b, curated, false);
    }

    boolean union(int a, int b, boolean curated, boolean careerMove) {
        int ra = find(a);
        int rb = find(b);
        if (ra == rb) {
            return false;
        }
        if (groups[ra].conflictWith(groups[rb], curated, careerMove) != null) {
            return false;
        }
        int root = sets.join(ra, rb);
        int child = root == ra ? rb : ra;
        groups[root].absorb(groups[child]);
        groups[child] = null;
        changedAt[root] = ++unions;
        return true;
    }
}
