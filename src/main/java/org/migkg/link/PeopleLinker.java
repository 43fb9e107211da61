package org.migkg.link;

import org.migkg.text.PersonName;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.migkg.link.Linked.Evidence;
import org.migkg.link.Linked.UncertainPair;
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

    /** Merging rules, strongest first; the score is recorded with the evidence. */
    enum Rule {
        CURATED("curated-same-person", "1.000", false),
        REGISTERED("registered-same-person", "1.000", false),
        SAME_NAME_SHARED_ORG("same-name-shared-organization", "1.000", false),
        SWAPPED_SHARED_ORG("name-order-swapped-shared-organization", "0.950", false),
        VARIANT_SHARED_ORG("name-variant-shared-organization", "0.900", true),
        TYPO_SHARED_ORG("name-typo-shared-organization", "0.850", true),
        NAME_SHARED_CO_SPEAKERS("name-agrees-shared-co-speakers-no-conflicting-affiliation", "0.800", true),
        SAME_NAME_NO_CONFLICT("same-name-no-conflicting-affiliation", "0.750", true),
        CAREER_MOVE("same-name-career-move-shared-co-speakers", "0.720", true),
        SWAPPED_NO_CONFLICT("name-order-swapped-no-conflicting-affiliation", "0.700", true),
        VARIANT_NO_CONFLICT("full-name-variant-no-conflicting-affiliation", "0.650", true),
        INITIAL_NO_CONFLICT("initial-variant-no-conflicting-affiliation", "0.600", true);

        final String code;
        final BigDecimal score;
        /** Whether the rule may merge only when it points to a single group. */
        final boolean needsUniqueTarget;

        Rule(String code, String score, boolean needsUniqueTarget) {
            this.code = code;
            this.score = new BigDecimal(score);
            this.needsUniqueTarget = needsUniqueTarget;
        }
    }

    static final BigDecimal UNCERTAIN_SCORE = new BigDecimal("0.500");
    private static final int MIN_SHARED_CO_SPEAKERS = 2;
    /** A career move (one name at one organization, later at another) needs more people around it in common. */
    private static final int MIN_CAREER_CO_SPEAKERS = 2;

    public record Result(Map<Mention, String> personOf, Map<String, Linked.Person> people, List<UncertainPair> uncertain) {}

    private final List<Profile> profiles = new ArrayList<>();
    private final int[] parent;
    private final Group[] groups;
    /** Merges so far, and what {@link #ambiguous(Profile, Map)} found for a profile after how many. */
    private int unions;
    private final Map<Integer, Ambiguity> ambiguity = new HashMap<>();

    private PeopleLinker(List<Profile> profiles) {
        this.profiles.addAll(profiles);
        parent = new int[profiles.size()];
        groups = new Group[profiles.size()];
        for (int i = 0; i < profiles.size(); i++) {
            parent[i] = i;
            groups[i] = new Group(profiles.get(i));
        }
    }

    public static Result link(List<PersonMention> mentions, Aliases aliases) {
        return link(mentions, aliases, Register.EMPTY);
    }

    public static Result link(List<PersonMention> mentions, Aliases aliases, Register register) {
        PersonRegister published = new PersonRegister(register);
        Survivors survivors = new Survivors(aliases);
        Curation curation = Curation.of(aliases, mentions, published, survivors);
        List<Profile> profiles = Profile.group(mentions, curation, published);
        PeopleLinker linker = new PeopleLinker(profiles);
        List<Merge> merges = new ArrayList<>();
        linker.applyCurated(merges);
        Map<Rule, List<Candidate>> byRule = new EnumMap<>(Rule.class);
        List<Candidate> noRule = new ArrayList<>();
        for (Candidate c : linker.candidates()) {
            Rule rule = ruleOf(c);
            if (rule != null) {
                byRule.computeIfAbsent(rule, k -> new ArrayList<>()).add(c);
            } else if (worthReview(c)) {
                noRule.add(c);
            }
        }
        List<Candidate> uncertain = new ArrayList<>();
        for (Rule rule : Rule.values()) {
            linker.applyRule(rule, byRule.getOrDefault(rule, List.of()), merges, uncertain);
        }
        uncertain.addAll(noRule);
        linker.applyRegistered(merges);
        return linker.result(merges, uncertain, survivors, published);
    }

    // ---- profiles -------------------------------------------------------------------------------------------------

    /** Mentions with one normalised name and one set of organizations; curated or organization-less mentions stand alone. */
    record Profile(int index, PersonName name, SortedSet<String> organizations, List<PersonMention> mentions,
                   Set<String> events, Set<String> coSpeakers, String pinned, String registered, Map<Integer, Integer> keptApart,
                   Period period) {

        /**
         * Mentions of one name and organizations that the register gives two ids are split by id; mentions it does
         * not know join the one id when there is one.
         */
        static List<Profile> group(List<PersonMention> mentions, Curation curation, PersonRegister published) {
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
            List<Profile> out = new ArrayList<>();
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
                out.add(new Profile(out.size(), names.get(first.mention()), first.organizations(), List.copyOf(list),
                        events, coSpeakers, pinned, registered, apart, Period.of(list)));
            }
            return out;
        }

        Mention firstMention() {
            return mentions.get(0).mention();
        }
    }

    /**
     * The first and last day (ISO dates) a group of mentions is seen at its organizations; mentions that state none
     * (or whose event is undated) do not count, so a mention without affiliation never makes two posts overlap.
     */
    record Period(String first, String last) {
        static final Period UNKNOWN = new Period(null, null);

        static Period of(List<PersonMention> mentions) {
            String first = null;
            String last = null;
            for (PersonMention m : mentions) {
                if (m.organizations().isEmpty() || m.eventStart() == null || m.eventStart().length() < 4) {
                    continue;
                }
                String day = m.eventStart().substring(0, Math.min(10, m.eventStart().length()));
                first = first == null || day.compareTo(first) < 0 ? day : first;
                last = last == null || day.compareTo(last) > 0 ? day : last;
            }
            return first == null ? UNKNOWN : new Period(first, last);
        }

        boolean known() {
            return first != null;
        }

        /** Whether one period ends before the other begins, as a move from one post to the next would. */
        boolean apartFrom(Period other) {
            return known() && other.known() && (last.compareTo(other.first) < 0 || other.last.compareTo(first) < 0);
        }

        Period span(Period other) {
            if (!known()) {
                return other;
            }
            if (!other.known()) {
                return this;
            }
            return new Period(first.compareTo(other.first) <= 0 ? first : other.first, last.compareTo(other.last) >= 0 ? last : other.last);
        }

        @Override
        public String toString() {
            return !known() ? "undated" : first.equals(last) ? first : first + " to " + last;
        }
    }

    /** Curated decisions, indexed by mention. */
    record Curation(Map<Mention, String> pinnedTo, Map<Mention, int[]> apart) {
        /**
         * A pin to a retired id is a pin to its survivor, and a published id that a samePerson {@code replaces} brings
         * all its mentions along, unless they are pinned elsewhere.
         */
        static Curation of(Aliases aliases, List<PersonMention> mentions, PersonRegister published, Survivors survivors) {
            Map<Mention, String> pinned = new HashMap<>();
            mentions.stream().filter(m -> m.pinned() != null).forEach(m -> pinned.put(m.mention(), survivors.of(m.pinned())));
            aliases.samePerson().forEach(s -> s.mentions().forEach(m -> pinned.put(Mention.parse(m), survivors.of(s.person()))));
            for (PersonMention m : mentions) {
                String id = published.idOf(m);
                if (id != null && survivors.isRetired(id)) {
                    pinned.putIfAbsent(m.mention(), survivors.of(id));
                }
            }
            Map<Mention, int[]> apart = new HashMap<>();
            for (int i = 0; i < aliases.differentPeople().size(); i++) {
                List<String> ms = aliases.differentPeople().get(i).mentions();
                for (int k = 0; k < ms.size(); k++) {
                    apart.put(Mention.parse(ms.get(k)), new int[] {i, k});
                }
            }
            return new Curation(pinned, apart);
        }

        String pinned(PersonMention m) {
            return pinnedTo.get(m.mention());
        }

        int[] keptApart(Mention m) {
            return apart.get(m);
        }
    }

    /** What a group of merged profiles has, to check a further merge against. */
    static final class Group {
        final Set<String> events;
        final Set<String> organizations;
        /** Each written form's mentions, to know the name the group is mostly known by. */
        final Map<String, Integer> nameCounts = new HashMap<>();
        final Map<String, PersonName> names = new HashMap<>();
        final Map<Integer, Integer> keptApart;
        String pinned;
        String registered;
        Period period;
        /** {@link #principalName()}, until the group absorbs another. */
        private PersonName principal;

        Group(Profile p) {
            events = new HashSet<>(p.events());
            organizations = new HashSet<>(p.organizations());
            names.put(p.name().normalForm(), p.name());
            nameCounts.put(p.name().normalForm(), p.mentions().size());
            keptApart = new HashMap<>(p.keptApart());
            pinned = p.pinned();
            registered = p.registered();
            period = p.period();
        }

        /** The id this group is already known by: a curated one, else a published one. */
        String identity() {
            return pinned != null ? pinned : registered;
        }

        /** Why these two groups cannot be one person, or null. */
        String conflictWith(Group other, boolean curated) {
            return conflictWith(other, curated, false);
        }

        /**
         * As {@link #conflictWith(Group, boolean)}; a career move may join groups at different organizations when one
         * group's period ends before the other's begins.
         */
        String conflictWith(Group other, boolean curated, boolean careerMove) {
            if (pinned != null && other.pinned != null && !pinned.equals(other.pinned)) {
                return "curated as different people";
            }
            for (Map.Entry<Integer, Integer> e : keptApart.entrySet()) {
                Integer k = other.keptApart.get(e.getKey());
                if (k != null && !k.equals(e.getValue())) {
                    return "curated as different people";
                }
            }
            if (curated) {
                return null;
            }
            Set<String> small = events.size() <= other.events.size() ? events : other.events;
            Set<String> large = small == events ? other.events : events;
            for (String e : small) {
                if (large.contains(e)) {
                    return "both appear in " + e;
                }
            }
            if (!organizations.isEmpty() && !other.organizations.isEmpty()
                    && organizations.stream().noneMatch(other.organizations::contains)
                    && !(careerMove && period.apartFrom(other.period))) {
                return "organizations differ: " + new TreeSet<>(organizations) + " (" + period + ") / "
                        + new TreeSet<>(other.organizations) + " (" + other.period + ")"
                        + (period.apartFrom(other.period) ? ", one period ending before the other begins" : "");
            }
            PersonName a = principalName();
            PersonName b = other.principalName();
            if (NameConflict.between(a, b) && !knownWithoutFirstGiven(b) && !other.knownWithoutFirstGiven(a)) {
                return "names conflict: " + a.written() + " / " + b.written();
            }
            if (identity() != null && other.identity() != null && !identity().equals(other.identity())) {
                return "already published as two people: " + identity() + " / " + other.identity()
                        + "; merge them with samePerson in aliases.json";
            }
            return null;
        }

        /**
         * Whether the name is one of this group's full names without its first given name ("Lee Nielsen" for a group
         * that includes "Ljubica Lee Nielsen"), which does not conflict with the name the group is mostly known by.
         */
        boolean knownWithoutFirstGiven(PersonName name) {
            return names.values().stream().anyMatch(n -> n.surnameKey().equals(name.surnameKey())
                    && NameAgreement.dropsFirstGiven(n, name));
        }

        /**
         * The name the group is mostly known by: the written-out form with the most mentions. Conflicts are judged on
         * it rather than on every variant, so one typo already in a group does not keep out the next.
         */
        PersonName principalName() {
            if (principal == null) {
                // names are keyed by their normal form
                principal = names.entrySet().stream().max(Comparator
                        .comparing((Map.Entry<String, PersonName> e) -> e.getValue().hasGiven() && !e.getValue().givenIsInitial())
                        .thenComparingInt(e -> nameCounts.get(e.getKey()))
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder())).orElseThrow().getValue();
            }
            return principal;
        }

        void absorb(Group other) {
            principal = null;
            events.addAll(other.events);
            organizations.addAll(other.organizations);
            other.names.forEach(names::putIfAbsent);
            other.nameCounts.forEach((n, count) -> nameCounts.merge(n, count, Integer::sum));
            keptApart.putAll(other.keptApart);
            period = period.span(other.period);
            if (pinned == null) {
                pinned = other.pinned;
            }
            if (registered == null) {
                registered = other.registered;
            }
        }
    }

    // ---- union-find -----------------------------------------------------------------------------------------------

    private int find(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private boolean union(int a, int b, boolean curated) {
        return union(a, b, curated, false);
    }

    private boolean union(int a, int b, boolean curated, boolean careerMove) {
        int ra = find(a);
        int rb = find(b);
        if (ra == rb) {
            return false;
        }
        if (groups[ra].conflictWith(groups[rb], curated, careerMove) != null) {
            return false;
        }
        // the lower index stays root, so the outcome does not depend on group sizes
        int root = Math.min(ra, rb);
        int child = Math.max(ra, rb);
        parent[child] = root;
        groups[root].absorb(groups[child]);
        groups[child] = null;
        unions++;
        return true;
    }

    // ---- curated decisions ----------------------------------------------------------------------------------------

    private void applyCurated(List<Merge> merges) {
        Map<String, Integer> firstOfPerson = new TreeMap<>();
        for (Profile p : profiles) {
            if (p.pinned() == null) {
                continue;
            }
            Integer first = firstOfPerson.putIfAbsent(p.pinned(), p.index());
            if (first != null && union(first, p.index(), true)) {
                merges.add(new Merge(Rule.CURATED, profiles.get(first), p, "curated in aliases.json or the record as " + p.pinned()));
            }
        }
    }

    /** Joins what no rule joined this time but a load published as one person (or a curator pinned to that id). */
    private void applyRegistered(List<Merge> merges) {
        Map<String, Integer> firstOfPerson = new TreeMap<>();
        for (Profile p : profiles) {
            String id = p.pinned() != null ? p.pinned() : p.registered();
            if (id == null) {
                continue;
            }
            Integer first = firstOfPerson.putIfAbsent(id, p.index());
            if (first != null && union(first, p.index(), true)) {
                merges.add(new Merge(Rule.REGISTERED, profiles.get(first), p, "published as " + id + " in register.json"));
            }
        }
    }

    // ---- blocking and candidate pairs -----------------------------------------------------------------------------

    enum Affiliation { SHARED, UNKNOWN, DIFFERENT }

    record Candidate(Profile a, Profile b, NameAgreement names, Affiliation affiliation, int sharedCoSpeakers) {}

    private List<Candidate> candidates() {
        Map<String, List<Integer>> blocks = new HashMap<>();
        for (Profile p : profiles) {
            for (String key : blockingKeys(p.name())) {
                blocks.computeIfAbsent(key, k -> new ArrayList<>()).add(p.index());
            }
        }
        // pairs as (a << 32 | b), sorted and distinct: the order of the result, without hashing boxed pairs
        long[] pairs = new long[1024];
        int count = 0;
        for (List<Integer> block : blocks.values()) {
            for (int i = 0; i < block.size(); i++) {
                for (int j = i + 1; j < block.size(); j++) {
                    int a = Math.min(block.get(i), block.get(j));
                    int b = Math.max(block.get(i), block.get(j));
                    if (a == b) {
                        continue;
                    }
                    if (count == pairs.length) {
                        pairs = Arrays.copyOf(pairs, pairs.length * 2);
                    }
                    pairs[count++] = ((long) a << 32) | b;
                }
            }
        }
        Arrays.sort(pairs, 0, count);
        List<Candidate> out = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            if (k > 0 && pairs[k] == pairs[k - 1]) {
                continue;
            }
            Candidate c = compare(profiles.get((int) (pairs[k] >>> 32)), profiles.get((int) pairs[k]));
            if (c != null) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * Surname key with first initial (for each way the surname may be written; also with the second given name's
     * initial), all words sorted (for swapped order), and the surname with one letter deleted (for a slip in the surname).
     */
    static Set<String> blockingKeys(PersonName name) {
        Set<String> keys = new HashSet<>();
        keys.add("w " + name.sortedWords());
        for (String surname : name.surnameKeys()) {
            keys.add("s " + surname + " " + name.initial());
            if (!name.middle().isEmpty() && !PersonName.isInitial(name.middle().get(0))) {
                // meets the name without its first given name: "Grace Linmo" for "Camille Grace Linmo"
                keys.add("s " + surname + " " + name.middle().get(0).charAt(0));
            }
        }
        String surname = name.surnameKey();
        if (surname.length() >= 4 && name.hasGiven() && !name.givenIsInitial()) {
            keys.add("d " + name.given() + " " + surname);
            for (int i = 0; i < surname.length(); i++) {
                keys.add("d " + name.given() + " " + surname.substring(0, i) + surname.substring(i + 1));
            }
        }
        return keys;
    }

    private static Candidate compare(Profile a, Profile b) {
        NameAgreement names = NameAgreement.of(a.name(), b.name());
        if (names == NameAgreement.NONE) {
            return null;
        }
        Affiliation affiliation = a.organizations().isEmpty() || b.organizations().isEmpty() ? Affiliation.UNKNOWN
                : a.organizations().stream().anyMatch(b.organizations()::contains) ? Affiliation.SHARED : Affiliation.DIFFERENT;
        Set<String> small = a.coSpeakers().size() <= b.coSpeakers().size() ? a.coSpeakers() : b.coSpeakers();
        Set<String> large = small == a.coSpeakers() ? b.coSpeakers() : a.coSpeakers();
        int shared = (int) small.stream().filter(large::contains).count();
        return new Candidate(a, b, names, affiliation, shared);
    }

    /** The rule a candidate pair satisfies, if any. */
    static Rule ruleOf(Candidate c) {
        boolean fullNames = !c.a().name().givenIsInitial() && !c.b().name().givenIsInitial();
        switch (c.affiliation()) {
            case SHARED -> {
                return switch (c.names()) {
                    case SAME -> Rule.SAME_NAME_SHARED_ORG;
                    case SWAPPED -> Rule.SWAPPED_SHARED_ORG;
                    case VARIANT -> Rule.VARIANT_SHARED_ORG;
                    case TYPO -> Rule.TYPO_SHARED_ORG;
                    case NONE -> null;
                };
            }
            case UNKNOWN -> {
                if (c.sharedCoSpeakers() >= MIN_SHARED_CO_SPEAKERS && c.names() != NameAgreement.TYPO) {
                    return Rule.NAME_SHARED_CO_SPEAKERS;
                }
                return switch (c.names()) {
                    case SAME -> Rule.SAME_NAME_NO_CONFLICT;
                    case SWAPPED -> Rule.SWAPPED_NO_CONFLICT;
                    case VARIANT -> fullNames ? Rule.VARIANT_NO_CONFLICT : Rule.INITIAL_NO_CONFLICT;
                    default -> null;
                };
            }
            default -> {
                // Shared co-speakers alone do not outweigh different organizations (prolific speakers share many);
                // with the full name and one post ending before the other begins, they are a career.
                boolean sameName = c.names() == NameAgreement.SAME || c.names() == NameAgreement.SWAPPED;
                return sameName && fullNames && c.a().period().apartFrom(c.b().period())
                        && c.sharedCoSpeakers() >= MIN_CAREER_CO_SPEAKERS ? Rule.CAREER_MOVE : null;
            }
        }
    }

    /** Pairs worth a reviewer's look when they end up apart: the same (or swapped, or fully written) name. */
    private static boolean worthReview(Candidate c) {
        return c.names() == NameAgreement.SAME || c.names() == NameAgreement.SWAPPED
                || c.names() == NameAgreement.VARIANT && !c.a().name().givenIsInitial() && !c.b().name().givenIsInitial();
    }

    private record Merge(Rule rule, Profile a, Profile b, String detail) {}

    /** Merges the pairs that satisfy {@code rule} ({@code matching}, in candidate order). */
    private void applyRule(Rule rule, List<Candidate> matching, List<Merge> merges, List<Candidate> uncertain) {
        Map<Integer, List<Candidate>> byProfile = new HashMap<>();
        ambiguity.clear();
        if (rule.needsUniqueTarget) {
            for (Candidate c : matching) {
                byProfile.computeIfAbsent(c.a().index(), k -> new ArrayList<>()).add(c);
                byProfile.computeIfAbsent(c.b().index(), k -> new ArrayList<>()).add(c);
            }
        }
        for (Candidate c : matching) {
            if (find(c.a().index()) == find(c.b().index())) {
                continue;
            }
            if (rule.needsUniqueTarget && ambiguous(c, byProfile)) {
                uncertain.add(c);
                continue;
            }
            if (union(c.a().index(), c.b().index(), false, rule == Rule.CAREER_MOVE)) {
                merges.add(new Merge(rule, c.a(), c.b(), explain(c)));
            } else if (worthReview(c)) {
                uncertain.add(c);
            }
        }
    }

    /**
     * Whether the smaller side of a pair (the variant, such as "S. Aziz" or a typo) could as well be someone else: a
     * well-attested person with several variants around is not ambiguous, a variant between two people is.
     */
    private boolean ambiguous(Candidate c, Map<Integer, List<Candidate>> byProfile) {
        int sizeA = groups[find(c.a().index())].events.size();
        int sizeB = groups[find(c.b().index())].events.size();
        return sizeA <= sizeB && ambiguous(c.a(), byProfile) || sizeB <= sizeA && ambiguous(c.b(), byProfile);
    }

    /**
     * Whether a profile's candidates under one rule lead to two groups that cannot be one person: then the profile is
     * ambiguous ("S. Aziz" next to both "Sijal Aziz" and "Sara Aziz") and is not merged by that rule.
     */
    private boolean ambiguous(Profile p, Map<Integer, List<Candidate>> byProfile) {
        // the answer changes only with a merge, so it is kept until the next one
        Ambiguity known = ambiguity.get(p.index());
        if (known != null && known.atUnion() == unions) {
            return known.ambiguous();
        }
        boolean answer = ambiguousNow(p, byProfile);
        ambiguity.put(p.index(), new Ambiguity(unions, answer));
        return answer;
    }

    private record Ambiguity(int atUnion, boolean ambiguous) {}

    private boolean ambiguousNow(Profile p, Map<Integer, List<Candidate>> byProfile) {
        int own = find(p.index());
        List<Integer> roots = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (Candidate c : byProfile.getOrDefault(p.index(), List.of())) {
            int other = find(c.a() == p ? c.b().index() : c.a().index());
            if (other != own && seen.add(other)) {
                roots.add(other);
            }
        }
        for (int i = 0; i < roots.size(); i++) {
            for (int j = i + 1; j < roots.size(); j++) {
                if (groups[roots.get(i)].conflictWith(groups[roots.get(j)], false) != null) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String explain(Candidate c) {
        String orgs = switch (c.affiliation()) {
            case SHARED -> "shared organization " + intersection(c.a().organizations(), c.b().organizations());
            case UNKNOWN -> "no stated organization on one side";
            case DIFFERENT -> "one organization " + c.a().organizations() + " (" + c.a().period() + "), later another "
                    + c.b().organizations() + " (" + c.b().period() + ")";
        };
        return "'" + c.a().name().written() + "' and '" + c.b().name().written() + "': names "
                + c.names().name().toLowerCase(java.util.Locale.ROOT) + ", " + orgs
                + (c.sharedCoSpeakers() > 0 ? ", " + c.sharedCoSpeakers() + " shared co-speaker(s)" : "");
    }

    private static Set<String> intersection(Set<String> a, Set<String> b) {
        Set<String> out = new TreeSet<>(a);
        out.retainAll(b);
        return out;
    }

    // ---- result ---------------------------------------------------------------------------------------------------

    private Result result(List<Merge> merges, List<Candidate> uncertainCandidates, Survivors survivors, PersonRegister published) {
        Map<Integer, List<Profile>> members = new TreeMap<>();
        for (Profile p : profiles) {
            members.computeIfAbsent(find(p.index()), k -> new ArrayList<>()).add(p);
        }
        Map<Integer, List<Evidence>> evidence = new HashMap<>();
        for (Profile p : profiles) {
            if (p.mentions().size() > 1) {
                evidence.computeIfAbsent(find(p.index()), k -> new ArrayList<>()).add(new Evidence(
                        p.pinned() != null ? Rule.CURATED.code : Rule.SAME_NAME_SHARED_ORG.code,
                        Rule.SAME_NAME_SHARED_ORG.score, p.mentions().stream().map(PersonMention::mention).toList(),
                        p.mentions().size() + " mentions named '" + p.name().normalForm() + "' with organizations " + p.organizations()));
            }
        }
        for (Merge m : merges) {
            evidence.computeIfAbsent(find(m.a().index()), k -> new ArrayList<>()).add(new Evidence(m.rule().code, m.rule().score,
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
        for (Candidate c : uncertainCandidates) {
            String a = personOf.get(c.a().firstMention());
            String b = personOf.get(c.b().firstMention());
            if (a.equals(b)) {
                continue;
            }
            String key = a.compareTo(b) < 0 ? a + " " + b : b + " " + a;
            uncertain.putIfAbsent(key, new UncertainPair(c.a().firstMention(), c.b().firstMention(), c.a().name().written(),
                    c.b().name().written(), UNCERTAIN_SCORE, why(c)));
        }
        return new Result(personOf, people, List.copyOf(uncertain.values()));
    }

    private String why(Candidate c) {
        String conflict = groups[find(c.a().index())].conflictWith(groups[find(c.b().index())], false);
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
            case SHARED -> "partial name shared by more than one person of " + intersection(c.a().organizations(), c.b().organizations());
        };
    }
}
