package org.migkg.link;

import org.migkg.text.PersonName;
import org.migkg.text.Slugs;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Person ids (the last segment of a person's IRI), chosen so they do not move when later records name the person
 * differently.
 *
 * <p>The rule: a curated id (from aliases.json or a record's {@code person} field) wins. Otherwise the id is the slug of
 * the person's <em>given name and surname</em>, without middle names, initials, honorifics, diacritics or order, as
 * written out in full in the most mentions (ties: the longer form, then the alphabetically first). A later mention as
 * "S. Aziz", "Aziz, Sijal", "Dr. Sijal A. Aziz" or "Sijal Aziz" with a typo does not change {@code sijal-aziz}.
 * People who end up with the same slug are ordered by their first appearance (event start, event id, position); the
 * first keeps the plain slug and each later one gets the id of the organization it is most often stated with
 * appended ({@code maria-garcia-iom}), then a number if that is taken too.
 *
 * <p>All of that applies only to people no load has published. A person whose mentions the register knows keeps the
 * id it gives them, and a new id is never one the register or a curator's {@code replaces} already holds, so a
 * namesake who turns up later, or earlier in time, gets an id of their own and the published one keeps its meaning.
 */
final class PersonIds {
    private PersonIds() {}

    static Map<Integer, String> assign(Map<Integer, List<PersonProfile>> groups, PersonRegister published, Set<String> retired) {
        Map<Integer, String> ids = new HashMap<>();
        Set<String> taken = new HashSet<>(published.ids());
        taken.addAll(retired);
        groups.forEach((root, members) -> members.stream().map(PersonProfile::pinned).filter(p -> p != null).sorted().findFirst()
                .ifPresent(pinned -> {
                    ids.put(root, pinned);
                    taken.add(pinned);
                }));
        keepPublished(groups, published, ids);
        Map<String, List<Integer>> byBase = new TreeMap<>();
        Map<Integer, PersonMention> firstOf = new HashMap<>();
        groups.forEach((root, members) -> {
            if (ids.containsKey(root)) {
                return;
            }
            List<PersonMention> mentions = mentions(members);
            firstOf.put(root, mentions.stream().min(FIRST_APPEARANCE).orElseThrow());
            byBase.computeIfAbsent(Slugs.of(baseName(mentions)), k -> new ArrayList<>()).add(root);
        });
        byBase.forEach((base, roots) -> {
            roots.sort(Comparator.comparing(firstOf::get, FIRST_APPEARANCE));
            for (int i = 0; i < roots.size(); i++) {
                int root = roots.get(i);
                String id = base;
                if (i > 0 || taken.contains(id)) {
                    String org = mostFrequentOrganization(mentions(groups.get(root)));
                    id = org == null ? base : base + "-" + org;
                }
                String candidate = id;
                for (int n = 2; taken.contains(candidate); n++) {
                    candidate = id + "-" + n;
                }
                taken.add(candidate);
                ids.put(root, candidate);
            }
        });
        return ids;
    }

    /**
     * Each person takes the published id most of its mentions carry; when two people claim one id (only after a
     * curator split it), the one with more of its mentions keeps it, then the one mentioned first.
     */
    private static void keepPublished(Map<Integer, List<PersonProfile>> groups, PersonRegister published, Map<Integer, String> ids) {
        Map<Integer, List<Map.Entry<String, Integer>>> claims = new TreeMap<>();
        Map<Integer, Mention> firstMention = new HashMap<>();
        groups.forEach((root, members) -> {
            if (ids.containsKey(root)) {
                return;
            }
            Map<String, Integer> counts = new TreeMap<>();
            List<PersonMention> mentions = mentions(members);
            mentions.forEach(m -> {
                String id = published.idOf(m);
                if (id != null) {
                    counts.merge(id, 1, Integer::sum);
                }
            });
            if (!counts.isEmpty()) {
                List<Map.Entry<String, Integer>> ranked = new ArrayList<>(counts.entrySet());
                ranked.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
                claims.put(root, ranked);
                firstMention.put(root, mentions.stream().map(PersonMention::mention).min(Comparator.naturalOrder()).orElseThrow());
            }
        });
        List<Integer> order = new ArrayList<>(claims.keySet());
        order.sort(Comparator.comparing((Integer root) -> -claims.get(root).get(0).getValue()).thenComparing(firstMention::get));
        Set<String> held = new HashSet<>(ids.values());
        for (int root : order) {
            claims.get(root).stream().map(Map.Entry::getKey).filter(held::add).findFirst().ifPresent(id -> ids.put(root, id));
        }
    }

    /**
     * Published ids no person holds any more, each with the person most of its mentions now belong to: a curator
     * merged them, and the old IRI answers with {@code owl:sameAs} to that person.
     */
    static Map<String, String> retired(Map<Integer, List<PersonProfile>> groups, Map<Integer, String> ids, PersonRegister published) {
        Map<String, Map<String, Integer>> holders = new TreeMap<>();
        groups.forEach((root, members) -> mentions(members).forEach(m -> {
            String old = published.idOf(m);
            if (old != null) {
                holders.computeIfAbsent(old, k -> new TreeMap<>()).merge(ids.get(root), 1, Integer::sum);
            }
        }));
        Set<String> held = new HashSet<>(ids.values());
        Map<String, String> out = new TreeMap<>();
        holders.forEach((old, counts) -> {
            if (!held.contains(old)) {
                out.put(old, counts.entrySet().stream()
                        .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                        .orElseThrow().getKey());
            }
        });
        return out;
    }

    private static final Comparator<PersonMention> FIRST_APPEARANCE = Comparator
            .comparing((PersonMention m) -> m.eventStart() == null ? "" : m.eventStart().substring(0, Math.min(10, m.eventStart().length())))
            .thenComparing(PersonMention::mention);

    private static List<PersonMention> mentions(List<PersonProfile> members) {
        List<PersonMention> out = new ArrayList<>();
        members.forEach(p -> out.addAll(p.mentions()));
        return out;
    }

    /** The given name and surname written out in the most mentions. */
    static String baseName(List<PersonMention> mentions) {
        Map<String, Integer> counts = new TreeMap<>();
        for (PersonMention m : mentions) {
            PersonName name = m.name();
            if (name.hasGiven() && !name.givenIsInitial()) {
                counts.merge(name.givenAndSurname(), 1, Integer::sum);
            }
        }
        if (counts.isEmpty()) {
            return mentions.stream().map(m -> m.name().normalForm())
                    .max(Comparator.comparingInt(String::length).thenComparing(Comparator.reverseOrder())).orElseThrow();
        }
        return counts.entrySet().stream()
                .max(Comparator.comparingInt((Map.Entry<String, Integer> e) -> e.getValue())
                        .thenComparingInt(e -> e.getKey().length())
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .orElseThrow().getKey();
    }

    /**
     * The name to show: the written form of the chosen given name and surname (diacritics as written, no honorific or
     * middle name) used most, preferring the form that keeps diacritics; failing that, the most used written form.
     */
    static String displayName(List<PersonMention> mentions) {
        String base = baseName(mentions);
        Map<String, Integer> counts = new TreeMap<>();
        String folded = base.replace("-", " ");
        mentions.stream().filter(m -> m.key().name().equals(folded))
                .forEach(m -> counts.merge(m.written().trim(), 1, Integer::sum));
        if (counts.isEmpty()) {
            mentions.forEach(m -> counts.merge(m.written().trim(), 1, Integer::sum));
        }
        return counts.entrySet().stream()
                .max(Comparator.comparingInt((Map.Entry<String, Integer> e) -> e.getValue())
                        .thenComparingInt(e -> nonAscii(e.getKey()))
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .orElseThrow().getKey();
    }

    private static int nonAscii(String s) {
        return (int) s.chars().filter(c -> c > 127).count();
    }

    private static String mostFrequentOrganization(List<PersonMention> mentions) {
        Map<String, Integer> counts = new TreeMap<>();
        mentions.forEach(m -> m.organizations().forEach(o -> counts.merge(o, 1, Integer::sum)));
        return counts.entrySet().stream()
                .max(Comparator.comparingInt((Map.Entry<String, Integer> e) -> e.getValue())
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElse(null);
    }
}
