package org.migkg.link;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.migkg.records.Aliases;
import org.migkg.records.Register;

/**
 * Decides which mentions are one person.
 *
 * <p>Mentions with the same normalised name and the same stated organizations are first grouped into profiles. Profiles
 * are then compared only within blocks (same surname and first initial, same words in any order, the surname with one
 * letter dropped), never all against all. Each compared pair gets a rule from how its names agree and whether its
 * organizations (with their parents) overlap, are unknown or differ; pairs are merged strongest rule first, and a merge
 * is refused when the two groups appeared in one event, were kept apart by a curator, carry names that conflict, or
 * both state organizations and none in common (shared co-speakers do not outweigh that: prolific speakers share many).
 * Rules that rest on a partial name or on a missing affiliation merge only when they point to exactly one group;
 * otherwise, and whenever the same name comes with different organizations and nothing else, the pair is reported as
 * uncertain. Curated decisions come first and always win.
 *
 * <p>Ids already published keep their mentions: mentions the register gives two different ids are never merged by a
 * rule (the pair is reported as uncertain), and mentions it gives one id that no rule joined this time are joined
 * anyway. Only a curated decision moves a published mention to another person.
 */
public final class PeopleLinker {
    private final List<PersonProfile> profiles;
    private final PersonUnion union;
    /** What {@link #ambiguous(PersonProfile, Map)} found for a profile, among which groups, after how many merges. */
    private final Map<Integer, Ambiguity> ambiguity = new HashMap<>();

    private PeopleLinker(List<PersonProfile> profiles) {
        this.profiles = List.copyOf(profiles);
        this.union = new PersonUnion(profiles);
    }

    public static LinkedPeople link(List<PersonMention> mentions, Aliases aliases) {
        return link(mentions, aliases, Register.EMPTY);
    }

    public static LinkedPeople link(List<PersonMention> mentions, Aliases aliases, Register register) {
        PersonRegister published = new PersonRegister(register);
        Survivors survivors = new Survivors(aliases);
        PersonCuration curation = PersonCuration.of(aliases, mentions, published, survivors);
        List<PersonProfile> profiles = PersonProfile.group(mentions, curation, published);
        PeopleLinker linker = new PeopleLinker(profiles);
        List<PersonMerge> merges = new ArrayList<>();
        linker.applyCurated(merges);
        Map<PersonRule, List<PersonCandidate>> byRule = new EnumMap<>(PersonRule.class);
        List<PersonCandidate> noRule = new ArrayList<>();
        for (PersonCandidate c : PersonBlocking.candidates(profiles)) {
            PersonRule rule = c.rule();
            if (rule != null) {
                byRule.computeIfAbsent(rule, k -> new ArrayList<>()).add(c);
            } else if (c.worthReview()) {
                noRule.add(c);
            }
        }
        List<PersonCandidate> uncertain = new ArrayList<>();
        for (PersonRule rule : PersonRule.values()) {
            linker.applyRule(rule, byRule.getOrDefault(rule, List.of()), merges, uncertain);
        }
        uncertain.addAll(noRule);
        linker.applyRegistered(merges);
        return LinkedPeople.of(profiles, linker.union, merges, uncertain, survivors, published);
    }

    // ---- curated and published decisions --------------------------------------------------------------------------

    private void applyCurated(List<PersonMerge> merges) {
        Map<String, Integer> firstOfPerson = new TreeMap<>();
        for (PersonProfile p : profiles) {
            if (p.pinned() == null) {
                continue;
            }
            Integer first = firstOfPerson.putIfAbsent(p.pinned(), p.index());
            if (first != null && union.union(first, p.index(), true)) {
                merges.add(new PersonMerge(PersonRule.CURATED, profiles.get(first), p, "curated in aliases.json or the record as " + p.pinned()));
            }
        }
    }

    /** Joins what no rule joined this time but a load published as one person (or a curator pinned to that id). */
    private void applyRegistered(List<PersonMerge> merges) {
        Map<String, Integer> firstOfPerson = new TreeMap<>();
        for (PersonProfile p : profiles) {
            String id = p.pinned() != null ? p.pinned() : p.registered();
            if (id == null) {
                continue;
            }
            Integer first = firstOfPerson.putIfAbsent(id, p.index());
            if (first != null && union.union(first, p.index(), true)) {
                merges.add(new PersonMerge(PersonRule.REGISTERED, profiles.get(first), p, "published as " + id + " in register.json"));
            }
        }
    }

    // ---- rules ----------------------------------------------------------------------------------------------------

    /** Merges the pairs that satisfy {@code rule} ({@code matching}, in candidate order). */
    private void applyRule(PersonRule rule, List<PersonCandidate> matching, List<PersonMerge> merges, List<PersonCandidate> uncertain) {
        Map<Integer, List<PersonCandidate>> byProfile = new HashMap<>();
        ambiguity.clear();
        if (rule.needsUniqueTarget) {
            for (PersonCandidate c : matching) {
                byProfile.computeIfAbsent(c.a().index(), k -> new ArrayList<>()).add(c);
                byProfile.computeIfAbsent(c.b().index(), k -> new ArrayList<>()).add(c);
            }
        }
        for (PersonCandidate c : matching) {
            if (union.find(c.a().index()) == union.find(c.b().index())) {
                continue;
            }
            if (rule.needsUniqueTarget && ambiguous(c, byProfile)) {
                uncertain.add(c);
                continue;
            }
            if (union.union(c.a().index(), c.b().index(), false, rule == PersonRule.CAREER_MOVE)) {
                merges.add(new PersonMerge(rule, c.a(), c.b(), c.explain()));
            } else if (c.worthReview()) {
                uncertain.add(c);
            }
        }
    }

    /**
     * Whether the smaller side of a pair (the variant, such as "S. Aziz" or a typo) could as well be someone else: a
     * well-attested person with several variants around is not ambiguous, a variant between two people is.
     */
    private boolean ambiguous(PersonCandidate c, Map<Integer, List<PersonCandidate>> byProfile) {
        int sizeA = union.groupOf(c.a().index()).events.size();
        int sizeB = union.groupOf(c.b().index()).events.size();
        return sizeA <= sizeB && ambiguous(c.a(), byProfile) || sizeB <= sizeA && ambiguous(c.b(), byProfile);
    }

    /**
     * Whether a profile's candidates under one rule lead to two groups that cannot be one person: then the profile is
     * ambiguous ("S. Aziz" next to both "Sijal Aziz" and "Sara Aziz") and is not merged by that rule.
     */
    private boolean ambiguous(PersonProfile p, Map<Integer, List<PersonCandidate>> byProfile) {
        int own = union.find(p.index());
        List<Integer> roots = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (PersonCandidate c : byProfile.getOrDefault(p.index(), List.of())) {
            int other = union.find(c.a() == p ? c.b().index() : c.a().index());
            if (other != own && seen.add(other)) {
                roots.add(other);
            }
        }
        // the answer holds while the same groups are around it and none of them has absorbed another since
        Ambiguity known = ambiguity.get(p.index());
        if (known != null && known.roots().equals(roots) && roots.stream().allMatch(r -> union.changedAt(r) <= known.atUnion())) {
            return known.ambiguous();
        }
        boolean answer = conflictAmong(roots);
        ambiguity.put(p.index(), new Ambiguity(roots, union.unions(), answer));
        return answer;
    }

    private record Ambiguity(List<Integer> roots, int atUnion, boolean ambiguous) {}

    private boolean conflictAmong(List<Integer> roots) {
        for (int i = 0; i < roots.size(); i++) {
            for (int j = i + 1; j < roots.size(); j++) {
                if (union.group(roots.get(i)).conflictWith(union.group(roots.get(j)), false) != null) {
                    return true;
                }
            }
        }
        return false;
    }
}
