package org.migkg.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.migkg.link.SameEventScorer.Match;
import org.migkg.records.EventRecord;

/**
 * Union-find over records: which event each record is in so far, with what each group needs to refuse a merge (the
 * days all its records can mean, a curated id, the pairs a curator kept apart).
 */
final class EventUnion {
    /** Records merged so far: who they are, the days all of them can mean, the curated id and retired ids if any. */
    static final class Group {
        final List<Integer> members = new ArrayList<>();
        final List<String> replaces = new ArrayList<>();
        LocalDate from;
        LocalDate to;
        String pinned;

        Group(int index, EventProfile p) {
            members.add(index);
            from = p.span().from();
            to = p.span().to();
        }
    }

    private final List<EventRecord> records;
    private final EventMatches matches;
    private final DisjointSets sets;
    private final Group[] groups;
    private final Set<Long> apart = new HashSet<>();

    EventUnion(List<EventRecord> records, List<EventProfile> profiles, EventMatches matches) {
        this.records = records;
        this.matches = matches;
        sets = new DisjointSets(records.size());
        groups = new Group[records.size()];
        for (int i = 0; i < records.size(); i++) {
            groups[i] = new Group(i, profiles.get(i));
        }
    }

    int find(int i) {
        return sets.find(i);
    }

    /** The group record {@code i} is in. */
    Group groupOf(int i) {
        return groups[find(i)];
    }

    /** A curator said these two records are different events. */
    void keepApart(int a, int b) {
        apart.add(EventMatches.pair(a, b));
    }

    boolean keptApart(int a, int b) {
        return apart.contains(EventMatches.pair(a, b));
    }

    /** Why the groups of two records cannot be one event, or null. */
    String conflict(int a, int b, boolean curated) {
        Group ga = groups[find(a)];
        Group gb = groups[find(b)];
        for (int x : ga.members) {
            for (int y : gb.members) {
                if (keptApart(x, y)) {
                    return "curated as different events: " + records.get(x).id() + " / " + records.get(y).id();
                }
            }
        }
        if (ga.pinned != null && gb.pinned != null && !ga.pinned.equals(gb.pinned)) {
            return "curated as two events: " + ga.pinned + " / " + gb.pinned;
        }
        if (curated) {
            return null;
        }
        if (ga.from.isAfter(gb.to) || gb.from.isAfter(ga.to)) {
            return "no day that all their records can mean";
        }
        for (int x : ga.members) {
            for (int y : gb.members) {
                Match m = matches.match(x, y);
                if (m.conflict() != null) {
                    return records.get(x).id() + " / " + records.get(y).id() + ": " + m.conflict().why();
                }
                if (!m.reviewable()) {
                    return records.get(x).id() + " and " + records.get(y).id() + " do not look alike (score "
                            + m.score().toPlainString() + "), so their records are not all one event";
                }
            }
        }
        return null;
    }

    boolean union(int a, int b, boolean curated) {
        int ra = find(a);
        int rb = find(b);
        if (ra == rb || conflict(a, b, curated) != null) {
            return false;
        }
        int root = sets.join(ra, rb);
        int child = root == ra ? rb : ra;
        Group g = groups[root];
        Group other = groups[child];
        g.members.addAll(other.members);
        g.from = g.from.isAfter(other.from) ? g.from : other.from;
        g.to = g.to.isBefore(other.to) ? g.to : other.to;
        if (g.pinned == null) {
            g.pinned = other.pinned;
        }
        g.replaces.addAll(other.replaces);
        groups[child] = null;
        return true;
    }
}
