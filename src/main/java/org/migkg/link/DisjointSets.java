package org.migkg.link;

/**
 * Disjoint sets over the indexes 0..n-1 (union-find with path halving), joined so that the lower root stays root:
 * the outcome depends on the order of the joins, never on the sizes of the sets.
 */
final class DisjointSets {
    private final int[] parent;

    DisjointSets(int n) {
        parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
    }

    int find(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** Joins two distinct roots; returns the one that stays root (the lower), the other now points to it. */
    int join(int rootA, int rootB) {
        int root = Math.min(rootA, rootB);
        parent[Math.max(rootA, rootB)] = root;
        return root;
    }
}
