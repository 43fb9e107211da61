package org.migkg.link;

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
import org.migkg.records.EventRecord;

/**
 * The events the final groups of records make: each event's id, records, facts and evidence, every mention's
 * participation, and the pairs of records left for review.
 */
final class MergedEvents {
    private MergedEvents() {}

    static EventIdentity of(List<EventRecord> records, List<EventProfile> profiles, EventUnion union, List<SameEvents.Merge> merges,
                            List<SameEvents.Pending> pending, Map<Mention, String> personOf) {
        Map<Integer, List<Integer>> members = new TreeMap<>();
        for (int i = 0; i < records.size(); i++) {
            members.computeIfAbsent(union.find(i), k -> new ArrayList<>()).add(i);
        }
        Map<Integer, List<Evidence>> evidence = new HashMap<>();
        for (SameEvents.Merge m : merges) {
            evidence.computeIfAbsent(union.find(m.a()), k -> new ArrayList<>()).add(new Evidence(m.rule(), records.get(m.a()).id(),
                    records.get(m.b()).id(), m.match().score(), m.match().reasons()));
        }
        Map<String, Event> events = new TreeMap<>();
        Map<String, String> eventOfRecord = new TreeMap<>();
        Map<Mention, Participation> participationOf = new TreeMap<>();
        members.forEach((root, list) -> {
            List<Integer> ordered = new ArrayList<>(list);
            ordered.sort(Comparator.comparingInt((Integer i) -> -profiles.get(i).detail()).thenComparing(i -> records.get(i).id()));
            String firstById = list.stream().map(i -> records.get(i).id()).min(Comparator.naturalOrder()).orElseThrow();
            EventUnion.Group g = union.groupOf(root);
            String id = g.pinned != null ? g.pinned : firstById;
            List<String> ids = ordered.stream().map(i -> records.get(i).id()).toList();
            TreeSet<String> retired = new TreeSet<>(ids);
            retired.addAll(g.replaces);
            retired.remove(id);
            Map<EventFact, String> statedBy = EventFact.owners(ordered.stream().map(records::get).toList());
            events.put(id, new Event(id, ids, statedBy, List.copyOf(evidence.getOrDefault(root, List.of())), List.copyOf(retired)));
            ids.forEach(r -> eventOfRecord.put(r, id));
            participations(records, ordered, personOf, participationOf);
        });
        Map<String, UncertainEvents> uncertain = new TreeMap<>();
        for (SameEvents.Pending p : pending) {
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
    private static void participations(List<EventRecord> records, List<Integer> ordered, Map<Mention, String> personOf, Map<Mention, Participation> out) {
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
