package org.migkg.link;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.migkg.link.Linked.Evidence;
import org.migkg.link.Linked.UncertainPair;

/**
 * Who is who, as people linking decided: each mention's person id, each person with their names, mentions and the
 * evidence of each merge, and the pairs left for a curator.
 */
public record LinkedPeople(Map<Mention, String> personOf, Map<String, Linked.Person> people, List<UncertainPair> uncertain) {
    static final BigDecimal UNCERTAIN_SCORE = new BigDecimal("0.500");

    /** The people the final groups make, with ids that stay (see {@link PersonIds}). */
    static LinkedPeople of(List<PersonProfile> profiles, PersonUnion union, List<PersonMerge> merges, List<PersonCandidate> uncertainCandidates,
                           Survivors survivors, PersonRegister published) {
        Map<Integer, List<PersonProfile>> members = new TreeMap<>();
        for (PersonProfile p : profiles) {
            members.computeIfAbsent(union.find(p.index()), k -> new ArrayList<>()).add(p);
        }
        Map<Integer, List<Evidence>> evidence = new HashMap<>();
        for (PersonProfile p : profiles) {
            if (p.mentions().size() > 1) {
                evidence.computeIfAbsent(union.find(p.index()), k -> new ArrayList<>()).add(new Evidence(
                        p.pinned() != null ? PersonRule.CURATED.code : PersonRule.SAME_NAME_SHARED_ORG.code,
                        PersonRule.SAME_NAME_SHARED_ORG.score, p.mentions().stream().map(PersonMention::mention).toList(),
                        p.mentions().size() + " mentions named '" + p.name().normalForm() + "' with organizations " + p.organizations()));
            }
        }
        for (PersonMerge m : merges) {
            evidence.computeIfAbsent(union.find(m.a().index()), k -> new ArrayList<>()).add(new Evidence(m.rule().code, m.rule().score,
                    List.of(m.a().firstMention(), m.b().firstMention()), m.detail()));
        }
        Map<String, List<String>> replaces = new HashMap<>();
        survivors.retired().stream().filter(old -> !survivors.of(old).equals(old))
                .forEach(old -> replaces.computeIfAbsent(survivors.of(old), k -> new ArrayList<>()).add(old));

        Map<Integer, String> ids = PersonIds.assign(members, published, survivors.retired());
        PersonIds.retired(members, ids, published).forEach((old, survivor) ->
                replaces.computeIfAbsent(survivor, k -> new ArrayList<>()).add(old));
        Map<Mention, String> personOf = new TreeMap<>();
        Map<String, Linked.Person> people = new TreeMap<>();
        members.forEach((root, list) -> {
            String id = ids.get(root);
            List<PersonMention> all = new ArrayList<>();
            list.forEach(p -> all.addAll(p.mentions()));
            all.sort(Comparator.comparing(PersonMention::mention));
            all.forEach(m -> personOf.put(m.mention(), id));
            String name = PersonIds.displayName(all);
            TreeSet<String> alternates = new TreeSet<>();
            all.forEach(m -> alternates.add(m.written()));
            alternates.remove(name);
            people.put(id, new Linked.Person(id, name, alternates, all.stream().map(PersonMention::mention).toList(),
                    List.copyOf(new TreeSet<>(replaces.getOrDefault(id, List.of()))), evidence.getOrDefault(root, List.of())));
        });

        Map<String, UncertainPair> uncertain = new TreeMap<>();
        for (PersonCandidate c : uncertainCandidates) {
            String a = personOf.get(c.a().firstMention());
            String b = personOf.get(c.b().firstMention());
            if (a.equals(b)) {
                continue;
            }
            String key = a.compareTo(b) < 0 ? a + " " + b : b + " " + a;
            uncertain.putIfAbsent(key, new UncertainPair(c.a().firstMention(), c.b().firstMention(), c.a().name().written(),
                    c.b().name().written(), UNCERTAIN_SCORE, why(c, union)));
        }
        return new LinkedPeople(personOf, people, List.copyOf(uncertain.values()));
    }

    private static String why(PersonCandidate c, PersonUnion union) {
        String conflict = union.groupOf(c.a().index()).conflictWith(union.groupOf(c.b().index()), false);
        if (conflict != null) {
            return conflict;
        }
        return switch (c.affiliation()) {
            case DIFFERENT -> "names " + c.names().name().toLowerCase(java.util.Locale.ROOT) + " but organizations differ: "
                    + c.a().organizations() + " (" + c.a().period() + ") / " + c.b().organizations() + " (" + c.b().period() + ")"
                    + (c.a().period().apartFrom(c.b().period()) ? ", one period ending before the other begins (a career move?), "
                    + c.sharedCoSpeakers() + " shared co-speaker(s)" : ", in overlapping periods");
            case UNKNOWN -> "names " + c.names().name().toLowerCase(java.util.Locale.ROOT)
                    + ", no stated organization, and more than one person it could be";
            case SHARED -> "partial name shared by more than one person of " + PersonCandidate.intersection(c.a().organizations(), c.b().organizations());
        };
    }
}
