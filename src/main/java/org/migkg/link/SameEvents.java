package org.migkg.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.migkg.link.SameEventScorer.Match;
import org.migkg.records.Aliases;
import org.migkg.records.EventRecord;
import org.migkg.records.Organization;

/**
 * Decides which records describe one real event. Curated decisions come first and always win. Then candidate pairs,
 * found without comparing all pairs (records that can mean a common day and share a title word, a person, an
 * organization or a series), are scored ({@link SameEventScorer}) and merged best first; a merge is refused when it
 * would join records a curator kept apart, two events with different curated ids, records whose days have none in
 * common, records that conflict, or records that do not look alike themselves (each record of an event must be worth
 * a look beside each other one, so a chain of likenesses does not join two events). Pairs worth a look that stay
 * apart are listed for review.
 *
 * <p>The event keeps the curated id if there is one, else the id of its first record by id: derived from the records
 * alone, so loading them in any order gives the same event, and a register of person and organization ids does not
 * enter it. Its title and dates come from its most detailed record.
 */
final class SameEvents {
    static final String CURATED = "curated-same-event";
    static final String SCORED = "same-event-score";

    private final List<EventRecord> records;
    private final List<EventProfile> profiles;
    private final Map<String, Integer> indexOf = new HashMap<>();
    private final EventMatches matches;
    private final EventUnion union;

    private SameEvents(List<EventRecord> records, Map<Mention, String> personOf, List<Organization> organizations) {
        this.records = records;
        List<EventProfile> list = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            list.add(EventProfile.of(i, records.get(i), personOf));
            indexOf.put(records.get(i).id(), i);
        }
        profiles = List.copyOf(list);
        matches = new EventMatches(profiles, organizations);
        union = new EventUnion(records, profiles, matches);
    }

    static EventIdentity link(List<EventRecord> records, Map<Mention, String> personOf, Aliases aliases,
                              List<Organization> organizations) {
        SameEvents linker = new SameEvents(records, personOf, organizations);
        List<Merge> merges = new ArrayList<>();
        linker.applyCurated(aliases, merges);
        List<Pending> uncertain = new ArrayList<>();
        linker.applyScores(SameEventBlocking.candidates(linker.profiles), merges, uncertain);
        return MergedEvents.of(records, linker.profiles, linker.union, merges, uncertain, personOf);
    }

    /** Two records joined, by a curator or by their score. */
    record Merge(String rule, int a, int b, Match match) {}

    /** A scored pair still to be decided, or left for review. */
    record Pending(int a, int b, Match match, String why) {}

    // ---- curated decisions ----------------------------------------------------------------------------------------

    private void applyCurated(Aliases aliases, List<Merge> merges) {
        for (Aliases.DifferentEvents different : aliases.differentEvents()) {
            List<Integer> present = present(different.records());
            for (int i = 0; i < present.size(); i++) {
                for (int j = i + 1; j < present.size(); j++) {
                    union.keepApart(present.get(i), present.get(j));
                }
            }
        }
        for (Aliases.SameEvent same : aliases.sameEvent()) {
            List<Integer> present = present(same.records());
            if (present.isEmpty()) {
                continue;
            }
            int first = present.get(0);
            union.groupOf(first).pinned = same.event();
            union.groupOf(first).replaces.addAll(same.replaces());
            for (int other : present.subList(1, present.size())) {
                if (union.union(first, other, true)) {
                    merges.add(new Merge(CURATED, first, other, matches.match(first, other)));
                }
            }
        }
    }

    private List<Integer> present(List<String> ids) {
        return ids.stream().map(indexOf::get).filter(Objects::nonNull).sorted().toList();
    }

    // ---- scores ---------------------------------------------------------------------------------------------------

    private void applyScores(long[] candidates, List<Merge> merges, List<Pending> uncertain) {
        List<Pending> scored = new ArrayList<>();
        for (long c : candidates) {
            int a = (int) (c >>> 32);
            int b = (int) c;
            Match estimate = matches.estimate(a, b);
            if (estimate.mergeable() || estimate.reviewable()) {
                scored.add(new Pending(a, b, matches.match(a, b), null));
            }
        }
        scored.sort(Comparator.comparing((Pending p) -> p.match().score()).reversed()
                .thenComparing(p -> records.get(p.a()).id()).thenComparing(p -> records.get(p.b()).id()));
        for (Pending p : scored) {
            if (union.keptApart(p.a(), p.b())) {
                continue;
            }
            if (union.find(p.a()) == union.find(p.b())) {
                continue;
            }
            if (p.match().mergeable()) {
                String why = union.conflict(p.a(), p.b(), false);
                if (why == null && union.union(p.a(), p.b(), false)) {
                    merges.add(new Merge(SCORED, p.a(), p.b(), p.match()));
                    continue;
                }
                uncertain.add(new Pending(p.a(), p.b(), p.match(), why));
            } else {
                uncertain.add(new Pending(p.a(), p.b(), p.match(), p.match().whyNot()));
            }
        }
    }
}
