package org.migkg.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.migkg.link.EventIdentity.Event;
import org.migkg.link.EventIdentity.Evidence;
import org.migkg.link.EventIdentity.Participation;
import org.migkg.link.EventIdentity.UncertainEvents;
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
    /** A key shared by more records than this on the same days says nothing about a pair and makes no candidates. */
    static final int BLOCK_LIMIT = 50;

    static final String CURATED = "curated-same-event";
    static final String SCORED = "same-event-score";

    private final List<EventRecord> records;
    private final List<EventProfile> profiles;
    private final Map<String, Integer> indexOf = new HashMap<>();
    private final int[] parent;
    private final Group[] groups;
    private final Set<Long> apart = new HashSet<>();
    private final Map<Long, Match> matches = new HashMap<>();
    private final Map<String, Set<String>> nameWords = new HashMap<>();

    private SameEvents(List<EventRecord> records, Map<Mention, String> personOf, List<Organization> organizations) {
        this.records = records;
        for (Organization o : organizations) {
            Set<String> words = new HashSet<>(TitleWords.of(o.name()).words());
            o.acronyms().forEach(a -> words.addAll(TitleWords.of(a).words()));
            o.otherNames().forEach(n -> words.addAll(TitleWords.of(n).words()));
            nameWords.put(o.id(), Set.copyOf(words));
        }
        List<EventProfile> list = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            list.add(EventProfile.of(i, records.get(i), personOf));
            indexOf.put(records.get(i).id(), i);
        }
        profiles = List.copyOf(list);
        parent = new int[records.size()];
        groups = new Group[records.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
            groups[i] = new Group(i, profiles.get(i));
        }
    }

    static EventIdentity link(List<EventRecord> records, Map<Mention, String> personOf, Aliases aliases,
                              List<Organization> organizations) {
        SameEvents linker = new SameEvents(records, personOf, organizations);
        List<Merge> merges = new ArrayList<>();
        linker.applyCurated(aliases, merges);
        List<Pending> uncertain = new ArrayList<>();
        linker.applyScores(linker.candidates(), merges, uncertain);
        return linker.result(merges, uncertain, personOf);
    }

    // ---- groups ---------------------------------------------------------------------------------------------------

    /** Records merged so far: who they are, the days all of them can mean, the curated id and retired ids if any. */
    private static final class Group {
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

    private int find(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** Why the groups of two records cannot be one event, or null. */
    private String conflict(int a, int b, boolean curated) {
        Group ga = groups[find(a)];
        Group gb = groups[find(b)];
        for (int x : ga.members) {
            for (int y : gb.members) {
                if (apart.contains(pair(x, y))) {
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
                Match m = match(x, y);
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

    private boolean union(int a, int b, boolean curated) {
        int ra = find(a);
        int rb = find(b);
        if (ra == rb || conflict(a, b, curated) != null) {
            return false;
        }
        int root = Math.min(ra, rb);
        int child = Math.max(ra, rb);
        Group g = groups[root];
        Group other = groups[child];
        parent[child] = root;
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

    private Match match(int a, int b) {
        return matches.computeIfAbsent(pair(a, b), k -> SameEventScorer.score(profiles.get(Math.min(a, b)), profiles.get(Math.max(a, b)), nameWords));
    }

    private static long pair(int a, int b) {
        return ((long) Math.min(a, b) << 32) | Math.max(a, b);
    }

    // ---- curated decisions ----------------------------------------------------------------------------------------

    private record Merge(String rule, int a, int b, Match match) {}

    private void applyCurated(Aliases aliases, List<Merge> merges) {
        for (Aliases.DifferentEvents different : aliases.differentEvents()) {
            List<Integer> present = present(different.records());
            for (int i = 0; i < present.size(); i++) {
                for (int j = i + 1; j < present.size(); j++) {
                    apart.add(pair(present.get(i), present.get(j)));
                }
            }
        }
        for (Aliases.SameEvent same : aliases.sameEvent()) {
            List<Integer> present = present(same.records());
            if (present.isEmpty()) {
                continue;
            }
            int first = present.get(0);
            groups[find(first)].pinned = same.event();
            groups[find(first)].replaces.addAll(same.replaces());
            for (int other : present.subList(1, present.size())) {
                if (union(first, other, true)) {
                    merges.add(new Merge(CURATED, first, other, match(first, other)));
                }
            }
        }
    }

    private List<Integer> present(List<String> ids) {
        return ids.stream().map(indexOf::get).filter(java.util.Objects::nonNull).sorted().toList();
    }

    // ---- candidates and scores ------------------------------------------------------------------------------------

    /**
     * Pairs of records that can mean a common day and share a title word, a person, an organization or a series. Each
     * key's records are swept in date order, and a record is paired with the records of the key whose days it reaches;
     * a key shared by more than {@link #BLOCK_LIMIT} records at once says nothing and makes no pairs. Memory and time
     * follow the number of (record, key) entries and of pairs, not the days records span.
     */
    private long[] candidates() {
        Map<String, Integer> keyIds = new HashMap<>();
        List<int[]> postings = new ArrayList<>();
        int[] sizes = new int[16];
        for (EventProfile p : profiles) {
            for (String key : keys(p)) {
                int id = keyIds.computeIfAbsent(key, k -> keyIds.size());
                if (id == postings.size()) {
                    postings.add(new int[2]);
                    if (sizes.length <= id) {
                        sizes = java.util.Arrays.copyOf(sizes, sizes.length * 2);
                    }
                }
                int[] list = postings.get(id);
                if (sizes[id] == list.length) {
                    list = java.util.Arrays.copyOf(list, list.length * 2);
                    postings.set(id, list);
                }
                list[sizes[id]++] = p.index();
            }
        }
        long[] pairs = new long[1024];
        int count = 0;
        Comparator<Integer> byDate = Comparator.comparing((Integer i) -> profiles.get(i).span().from()).thenComparingInt(i -> i);
        List<Integer> active = new ArrayList<>();
        for (int k = 0; k < postings.size(); k++) {
            if (sizes[k] < 2) {
                continue;
            }
            List<Integer> list = new ArrayList<>(sizes[k]);
            for (int j = 0; j < sizes[k]; j++) {
                list.add(postings.get(k)[j]);
            }
            list.sort(byDate);
            active.clear();
            for (int r : list) {
                LocalDate from = profiles.get(r).span().from();
                active.removeIf(a -> profiles.get(a).span().to().isBefore(from));
                if (active.size() <= BLOCK_LIMIT) {
                    for (int a : active) {
                        if (count == pairs.length) {
                            pairs = java.util.Arrays.copyOf(pairs, pairs.length * 2);
                        }
                        pairs[count++] = pair(a, r);
                    }
                }
                active.add(r);
            }
        }
        return java.util.Arrays.stream(pairs, 0, count).sorted().distinct().toArray();
    }

    private static List<String> keys(EventProfile p) {
        List<String> keys = new ArrayList<>();
        p.title().words().forEach(w -> keys.add("w " + w));
        p.people().forEach(x -> keys.add("p " + x));
        p.organizations().forEach(x -> keys.add("o " + x));
        p.series().forEach(x -> keys.add("s " + x));
        return keys;
    }

    /** A scored pair still to be decided, or left for review. */
    private record Pending(int a, int b, Match match, String why) {}

    private void applyScores(long[] candidates, List<Merge> merges, List<Pending> uncertain) {
        List<Pending> scored = new ArrayList<>();
        for (long c : candidates) {
            int a = (int) (c >>> 32);
            int b = (int) c;
            Match estimate = SameEventScorer.estimate(profiles.get(a), profiles.get(b), nameWords);
            if (estimate.mergeable() || estimate.reviewable()) {
                scored.add(new Pending(a, b, match(a, b), null));
            }
        }
        scored.sort(Comparator.comparing((Pending p) -> p.match().score()).reversed()
                .thenComparing(p -> records.get(p.a()).id()).thenComparing(p -> records.get(p.b()).id()));
        for (Pending p : scored) {
            if (apart.contains(pair(p.a(), p.b()))) {
                continue;
            }
            if (find(p.a()) == find(p.b())) {
                continue;
            }
            if (p.match().mergeable()) {
                String why = conflict(p.a(), p.b(), false);
                if (why == null && union(p.a(), p.b(), false)) {
                    merges.add(new Merge(SCORED, p.a(), p.b(), p.match()));
                    continue;
                }
                uncertain.add(new Pending(p.a(), p.b(), p.match(), why));
            } else {
                uncertain.add(new Pending(p.a(), p.b(), p.match(), p.match().whyNot()));
            }
        }
    }

    // ---- result ---------------------------------------------------------------------------------------------------

    private EventIdentity result(List<Merge> merges, List<Pending> pending, Map<Mention, String> personOf) {
        Map<Integer, List<Integer>> members = new TreeMap<>();
        for (int i = 0; i < records.size(); i++) {
            members.computeIfAbsent(find(i), k -> new ArrayList<>()).add(i);
        }
        Map<Integer, List<Evidence>> evidence = new HashMap<>();
        for (Merge m : merges) {
            evidence.computeIfAbsent(find(m.a()), k -> new ArrayList<>()).add(new Evidence(m.rule(), records.get(m.a()).id(),
                    records.get(m.b()).id(), m.match().score(), m.match().reasons()));
        }
        Map<String, Event> events = new TreeMap<>();
        Map<String, String> eventOfRecord = new TreeMap<>();
        Map<Mention, Participation> participationOf = new TreeMap<>();
        members.forEach((root, list) -> {
            List<Integer> ordered = new ArrayList<>(list);
            ordered.sort(Comparator.comparingInt((Integer i) -> -profiles.get(i).detail()).thenComparing(i -> records.get(i).id()));
            String firstById = list.stream().map(i -> records.get(i).id()).min(Comparator.naturalOrder()).orElseThrow();
            Group g = groups[root];
            String id = g.pinned != null ? g.pinned : firstById;
            List<String> ids = ordered.stream().map(i -> records.get(i).id()).toList();
            TreeSet<String> retired = new TreeSet<>(ids);
            retired.addAll(g.replaces);
            retired.remove(id);
            Map<EventFact, String> statedBy = EventFact.owners(ordered.stream().map(records::get).toList());
            events.put(id, new Event(id, ids, statedBy, List.copyOf(evidence.getOrDefault(root, List.of())), List.copyOf(retired)));
            ids.forEach(r -> eventOfRecord.put(r, id));
            participations(ordered, personOf, participationOf);
        });
        Map<String, UncertainEvents> uncertain = new TreeMap<>();
        for (Pending p : pending) {
            String a = eventOfRecord.get(records.get(p.a()).id());
            String b = eventOfRecord.get(records.get(p.b()).id());
            if (a.equals(b)) {
                continue;
            }
            String ra = records.get(p.a()).id();
            String rb = records.get(p.b()).id();
            uncertain.putIfAbsent(a.compareTo(b) < 0 ? a + " " + b : b + " " + a, new UncertainEvents(ra, rb,
                    p.match().score(), p.match().reasons(), p.why() != null ? p.why() : p.match().whyNot()));
        }
        return new EventIdentity(events, eventOfRecord, participationOf, List.copyOf(uncertain.values()));
    }

    /**
     * One participation per person and event: the most detailed record's people first in its order, then each other
     * record's people not named before, in theirs. Two mentions in one record stay two participations.
     */
    private void participations(List<Integer> ordered, Map<Mention, String> personOf, Map<Mention, Participation> out) {
        Map<String, List<Mention>> byPerson = new LinkedHashMap<>();
        Map<String, Set<String>> recordsOf = new HashMap<>();
        List<List<Mention>> lists = new ArrayList<>();
        for (int index : ordered) {
            EventRecord e = records.get(index);
            for (int i = 0; i < e.participants().size(); i++) {
                Mention m = new Mention(e.id(), i + 1);
                String person = personOf.get(m);
                List<Mention> joined = byPerson.get(person);
                if (joined != null && recordsOf.get(person).add(e.id())) {
                    joined.add(m);
                    continue;
                }
                List<Mention> own = new ArrayList<>(List.of(m));
                if (joined == null) {
                    byPerson.put(person, own);
                    recordsOf.computeIfAbsent(person, k -> new HashSet<>()).add(e.id());
                }
                lists.add(own);
            }
        }
        for (int n = 0; n < lists.size(); n++) {
            List<Mention> ms = lists.get(n);
            Participation p = new Participation(personOf.get(ms.get(0)), ms.get(0), n + 1, List.copyOf(ms));
            ms.forEach(m -> out.put(m, p));
        }
    }
}
