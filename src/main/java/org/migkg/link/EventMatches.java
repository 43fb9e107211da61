package org.migkg.link;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.migkg.link.SameEventScorer.Match;
import org.migkg.records.Organization;

/** How alike two records are ({@link SameEventScorer}), scored once per pair and kept. */
final class EventMatches {
    private final List<EventProfile> profiles;
    private final Map<String, Set<String>> nameWords = new HashMap<>();
    private final Map<Long, Match> matches = new HashMap<>();

    EventMatches(List<EventProfile> profiles, List<Organization> organizations) {
        this.profiles = profiles;
        for (Organization o : organizations) {
            Set<String> words = new HashSet<>(TitleWords.of(o.name()).words());
            o.acronyms().forEach(a -> words.addAll(TitleWords.of(a).words()));
            o.otherNames().forEach(n -> words.addAll(TitleWords.of(n).words()));
            nameWords.put(o.id(), Set.copyOf(words));
        }
    }

    Match match(int a, int b) {
        return matches.computeIfAbsent(pair(a, b), k -> SameEventScorer.score(profiles.get(Math.min(a, b)), profiles.get(Math.max(a, b)), nameWords));
    }

    /** A cheaper first look, enough to tell a pair that can be neither merged nor reviewed. */
    Match estimate(int a, int b) {
        return SameEventScorer.estimate(profiles.get(a), profiles.get(b), nameWords);
    }

    static long pair(int a, int b) {
        return ((long) Math.min(a, b) << 32) | Math.max(a, b);
    }
}
