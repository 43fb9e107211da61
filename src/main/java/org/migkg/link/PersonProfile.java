package org.migkg.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.migkg.text.PersonName;

/** Mentions with one normalised name and one set of organizations; curated or organization-less mentions stand alone. */
record PersonProfile(int index, PersonName name, SortedSet<String> organizations, List<PersonMention> mentions,
                     Set<String> events, Set<String> coSpeakers, String pinned, String registered, Map<Integer, Integer> keptApart,
                     PostPeriod period) {

    /**
     * Mentions of one name and organizations that the register gives two ids are split by id; mentions it does
     * not know join the one id when there is one.
     */
    static List<PersonProfile> group(List<PersonMention> mentions, PersonCuration curation, PersonRegister published) {
        Map<String, List<PersonMention>> byEvent = new HashMap<>();
        mentions.forEach(m -> byEvent.computeIfAbsent(m.mention().eventId(), k -> new ArrayList<>()).add(m));
        Map<String, List<PersonMention>> byKey = new LinkedHashMap<>();
        Map<Mention, PersonName> names = new HashMap<>();
        Map<Mention, String> normal = new HashMap<>();
        List<PersonMention> sorted = new ArrayList<>(mentions);
        sorted.sort(Comparator.comparing(PersonMention::mention));
        Map<Mention, String> keyOf = new HashMap<>();
        Map<String, Set<String>> idsOfKey = new HashMap<>();
        for (PersonMention m : sorted) {
            PersonName name = m.name();
            names.put(m.mention(), name);
            normal.put(m.mention(), name.normalForm());
            String pinned = curation.pinned(m);
            boolean alone = m.organizations().isEmpty() || curation.keptApart(m.mention()) != null;
            String key = alone ? "mention " + m.mention()
                    : (pinned == null ? "" : "pinned " + pinned + " ") + name.normalForm() + " @ " + m.organizations();
            keyOf.put(m.mention(), key);
            String id = published.idOf(m);
            if (pinned == null && id != null) {
                idsOfKey.computeIfAbsent(key, k -> new TreeSet<>()).add(id);
            }
        }
        for (PersonMention m : sorted) {
            String key = keyOf.get(m.mention());
            if (idsOfKey.getOrDefault(key, Set.of()).size() > 1) {
                String id = published.idOf(m);
                key = key + " registered " + (id == null ? "-" : id);
            }
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(m);
        }
        List<PersonProfile> out = new ArrayList<>();
        for (List<PersonMention> list : byKey.values()) {
            PersonMention first = list.get(0);
            Set<String> events = new HashSet<>();
            Set<String> coSpeakers = new HashSet<>();
            for (PersonMention m : list) {
                events.add(m.mention().eventId());
                for (PersonMention other : byEvent.get(m.mention().eventId())) {
                    if (!other.mention().equals(m.mention())) {
                        coSpeakers.add(normal.get(other.mention()));
                    }
                }
            }
            Map<Integer, Integer> apart = new HashMap<>();
            list.forEach(m -> {
                int[] decision = curation.keptApart(m.mention());
                if (decision != null) {
                    apart.put(decision[0], decision[1]);
                }
            });
            String pinned = curation.pinned(first);
            String registered = pinned != null ? null
                    : list.stream().map(published::idOf).filter(Objects::nonNull).findFirst().orElse(null);
            out.add(new PersonProfile(out.size(), names.get(first.mention()), first.organizations(), List.copyOf(list),
                    events, coSpeakers, pinned, registered, apart, PostPeriod.of(list)));
        }
        return out;
    }

    Mention firstMention() {
        return mentions.get(0).mention();
    }
}
