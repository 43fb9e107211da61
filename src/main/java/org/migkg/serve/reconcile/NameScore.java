package org.migkg.serve.reconcile;

/** How well a candidate's name agrees with the query's, 0..1, and how far that goes on its own. */
record NameScore(double score, NameStrength strength) {
    NameScore better(NameScore other) {
        if (other == null) {
            return this;
        }
        return other.score > score || other.score == score && other.strength.compareTo(strength) < 0 ? other : this;
    }
}
