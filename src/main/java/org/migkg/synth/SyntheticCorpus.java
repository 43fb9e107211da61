package org.migkg.synth;

import org.migkg.text.Folding;
import org.migkg.text.Slugs;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.Set;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A synthetic corpus of event records with known true identities, for measuring linking. It is generated one event at a
 * time ({@link #events()}), so a corpus of any size streams to disk; only the population (people and organizations)
 * is held.
 *
 * <p>What makes it realistic: a few people speak often and most once (a person is either new or drawn from those seen
 * before with a probability falling as 1/rank); names are written with dropped diacritics, initials, middle names,
 * "Last, First" order, honorifics, capitals and, rarely, a typo; organizations are written by name, acronym, "Name
 * (ACR)", "ACR (Country)", "Name, Country", former names and another word order, some organizations are sub-units of
 * others and some are missing from the catalogue; and some people share a name with another person who works for an
 * unrelated organization and never appears at the same event. Some events are written twice, by a second publisher
 * in other words ({@link SecondPublishers}: another title, a partial list of speakers, sometimes only the month), and
 * some have a sibling on the same day (same organizer, the moderator again, a title on the same topic) that is
 * another event.
 *
 * <p>Records are produced as JSON trees in the shape of {@code data/schema/event.schema.json}: the generator comes before
 * the records stage and does not depend on it.
 */
public final class SyntheticCorpus {
    /** The shares of the variations, in one place so a benchmark can state what it ran. */
    static final double NEW_PERSON = 0.45;
    static final double NAMESAKE = 0.02;
    static final double HAS_MIDDLE = 0.3;
    static final double SECOND_ORG = 0.15;
    /** Share of people with a second organization who moved from the first to it (a career) rather than hold both. */
    static final double MOVER = 0.4;
    /** Chance that a further speaker comes from the first speaker's circle; how many people a circle remembers. */
    static final double CIRCLE = 0.3;
    static final int CIRCLE_SIZE = 12;
    static final LocalDate FIRST_DAY = LocalDate.of(2016, 1, 1);
    static final double NO_POSITION = 0.05;
    static final double TYPO = 0.02;
    /** Shares of events a second publisher writes again, and of events with a different event on the same day. */
    static final double DUPLICATE = 0.05;
    static final double SIBLING = 0.03;
    /** The organization name patterns give about 1,900 distinct names; large corpora share them, as real ones do. */
    static final int MAX_ORGANIZATIONS = 1500;

    private final int eventCount;
    private final long seed;
    private final double duplicates;
    private final List<Org> organizations = new ArrayList<>();
    private final List<Series> series = new ArrayList<>();

    /**
     * One person of the population, with the parts of the name every mention is written from. A person who
     * {@code moved} (not null) worked for the first organization before that day and for the second from it on.
     */
    record Person(String id, String given, String middle, String surname, List<Org> orgs, LocalDate moved) {
        Person(String id, String given, String middle, String surname, List<Org> orgs) {
            this(id, given, middle, surname, orgs, null);
        }

        String fullName() {
            return given + " " + surname;
        }
    }

    /** One organization of the population; {@code declared} ones are written to organizations.json. */
    record Org(String id, String name, String acronym, String formerName, String country, Org parent, boolean declared) {
        ObjectNode toJson() {
            ObjectNode o = JSON.objectNode().put("id", id).put("name", name);
            if (acronym != null) {
                o.putArray("acronyms").add(acronym);
            }
            if (formerName != null) {
                o.putArray("otherNames").add(formerName);
            }
            o.put("country", country);
            if (parent != null) {
                o.put("parent", parent.id());
            }
            return o;
        }

        boolean relatedTo(Org other) {
            return root() == other.root();
        }

        Org root() {
            return parent == null ? this : parent.root();
        }
    }

    record Series(String id, String name, String kind, List<String> organizers) {}

    /** One generated record, the true identity of each of its mentions, and the real event it describes. */
    public record GeneratedEvent(String id, ObjectNode record, List<Truth.MentionTruth> truth, String event) {}

    /** An original event with what writing it again needs: its topic, its people and their roles. */
    record Drawn(GeneratedEvent generated, int number, LocalDate date, List<String> topic, List<Person> people, List<String> roles) {}

    static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    public SyntheticCorpus(int eventCount, long seed) {
        this(eventCount, seed, DUPLICATE);
    }

    /**
     * @param duplicates the share of events a second publisher writes again (their records count among the
     *                   {@code eventCount}); 0 gives every event one record and no same-day siblings, the corpus of
     *                   earlier versions
     */
    public SyntheticCorpus(int eventCount, long seed, double duplicates) {
        if (eventCount < 1) {
            throw new IllegalArgumentException("the number of events must be at least 1, not " + eventCount);
        }
        if (duplicates < 0 || duplicates > 1) {
            throw new IllegalArgumentException("the share of duplicated events must be between 0 and 1, not " + duplicates);
        }
        this.eventCount = eventCount;
        this.seed = seed;
        this.duplicates = duplicates;
        Random random = new Random(seed);
        createOrganizations(random, Math.min(MAX_ORGANIZATIONS, Math.max(40, eventCount / 8)));
        int seriesCount = Math.max(3, eventCount / 25);
        for (int i = 0; i < seriesCount; i++) {
            Org organizer = pickOrganization(random, true);
            String topic = pick(random, NamePools.ORG_TOPICS);
            boolean partnership = random.nextDouble() < 0.3;
            String name = partnership ? "Partnership on " + topic + " between " + organizer.name() + " and others " + (i + 1)
                    : topic + " Dialogue Series " + (i + 1);
            series.add(new Series((partnership ? "partnership-" : "series-") + (i + 1) + "-" + Slugs.of(topic), name, partnership ? "partnership" : "series", List.of(organizer.id())));
        }
    }

    public int eventCount() {
        return eventCount;
    }

    /** An organization's name by its id. */
    String organizationName(String id) {
        return organizations.stream().filter(o -> o.id().equals(id)).map(Org::name).findFirst().orElse("The organizers");
    }

    /** The organizations the catalogue declares (the others appear only in stated positions). */
    public List<ObjectNode> declaredOrganizations() {
        return organizations.stream().filter(Org::declared).map(Org::toJson).toList();
    }

    // ---- organizations --------------------------------------------------------------------------------------------

    private void createOrganizations(Random random, int count) {
        Set<String> names = new HashSet<>();
        Set<String> acronyms = new HashSet<>();
        Set<String> ids = new HashSet<>();
        int attempts = 0;
        while (organizations.size() < count) {
            if (++attempts > count * 200) {
                throw new IllegalStateException("cannot make " + count + " distinct organization names");
            }
            String country = pick(random, NamePools.COUNTRIES);
            String name = switch (random.nextInt(7)) {
                case 0 -> "Institute for " + pick(random, NamePools.ORG_TOPICS) + " Studies";
                case 1 -> "Ministry of " + pick(random, NamePools.PORTFOLIOS) + " of " + country;
                case 2 -> pick(random, NamePools.ORG_ADJECTIVES) + " Council for " + pick(random, NamePools.ORG_TOPICS);
                case 3 -> "Centre for " + pick(random, NamePools.ORG_TOPICS) + " and " + pick(random, NamePools.ORG_TOPICS);
                case 4 -> pick(random, NamePools.ORG_ADJECTIVES) + " " + pick(random, NamePools.ORG_TOPICS) + " Network";
                case 5 -> "Foundation for " + pick(random, NamePools.ORG_TOPICS) + " in " + country;
                default -> pick(random, NamePools.ORG_ADJECTIVES) + " Organization for " + pick(random, NamePools.ORG_TOPICS);
            };
            // "Centre for Return and Migration" and "Centre for Migration and Return" would be one organization to a reader
            if (!names.add(wordSet(name))) {
                continue;
            }
            String acronym = acronym(name);
            if (acronym.length() < 3 || !acronyms.add(acronym)) {
                acronym = null;
            }
            String id = Slugs.of(acronym != null && random.nextBoolean() ? acronym : name);
            if (!ids.add(id)) {
                continue;
            }
            String former = random.nextDouble() < 0.1 ? "Former " + name.replaceFirst("^(\\S+)", "$1 Agency") : null;
            if (former != null && !names.add(wordSet(former))) {
                former = null;
            }
            boolean declared = random.nextDouble() >= 0.15;
            Org org = new Org(id, name, acronym, former, country, null, declared);
            organizations.add(org);
            if (declared && acronym != null && random.nextDouble() < 0.08) {
                String region = pick(random, List.of("Europe", "Africa", "Asia", "Americas"));
                String subName = name + " " + region;
                String subAcronym = acronym + " " + region;
                if (names.add(wordSet(subName)) && acronyms.add(subAcronym) && ids.add(Slugs.of(subAcronym))) {
                    organizations.add(new Org(Slugs.of(subAcronym), subName, subAcronym, null, country, org, true));
                }
            }
        }
    }

    private static String wordSet(String name) {
        return new java.util.TreeSet<>(List.of(Folding.toAscii(name).toLowerCase(Locale.ROOT).split("[^a-z0-9]+"))).toString();
    }

    private static String acronym(String name) {
        StringBuilder out = new StringBuilder();
        for (String word : name.split(" ")) {
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                out.append(word.charAt(0));
            }
        }
        return out.toString();
    }

    /** Organizations by a falling 1/rank probability: a few organize and employ a lot. */
    Org pickOrganization(Random random, boolean declaredOnly) {
        while (true) {
            Org org = organizations.get(zipfIndex(random, organizations.size()));
            if (!declaredOnly || org.declared()) {
                return org;
            }
        }
    }

    // ---- events ---------------------------------------------------------------------------------------------------

    /**
     * The records, one at a time, in a fixed order for a given seed. Second publishers' records and siblings come from a
     * random source of their own, so the original events are the same whatever their share.
     */
    public Iterator<GeneratedEvent> events() {
        return new Iterator<>() {
            private final Random random = new Random(seed * 31 + 7);
            private final Random again = new Random(seed * 31 + 11);
            private final List<Person> people = new ArrayList<>();
            private final Set<String> fullNames = new HashSet<>();
            private final Map<String, List<Person>> circles = new HashMap<>();
            private final java.util.ArrayDeque<GeneratedEvent> pending = new java.util.ArrayDeque<>();
            private final SecondPublishers publishers = new SecondPublishers(SyntheticCorpus.this);
            private int next;
            private int emitted;

            @Override
            public boolean hasNext() {
                return emitted < eventCount;
            }

            @Override
            public GeneratedEvent next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                emitted++;
                if (!pending.isEmpty()) {
                    return pending.poll();
                }
                Drawn drawn = event(next++, random, people, fullNames, circles);
                if (again.nextDouble() < duplicates && emitted + pending.size() < eventCount) {
                    pending.add(publishers.copy(drawn, again));
                }
                if (duplicates > 0 && again.nextDouble() < SIBLING && emitted + pending.size() < eventCount) {
                    pending.add(publishers.sibling(drawn, again, people));
                }
                return drawn.generated();
            }
        };
    }

    /**
     * @param circles for each person, the last people they spoke with: later co-speakers are partly drawn from the
     *                circle of an event's first speaker, as people in one field keep meeting
     */
    private Drawn event(int number, Random random, List<Person> people, Set<String> fullNames, Map<String, List<Person>> circles) {
        LocalDate date = FIRST_DAY.plusDays(random.nextInt(365 * 9));
        List<String> topic = NamePools.TOPIC_WORDS.get(random.nextInt(NamePools.TOPIC_WORDS.size()));
        String title = capitalize(pick(random, topic)) + " and " + pick(random, topic) + ": "
                + capitalize(pick(random, NamePools.FILLER)) + " for " + pick(random, topic) + " " + pick(random, NamePools.FILLER);
        String id = date + "-" + Slugs.of(title) + "-" + (number + 1);
        List<String> description = List.of(sentence(random, topic, 14), sentence(random, topic, 18));

        Set<String> organizers = new LinkedHashSet<>();
        organizers.add(pickOrganization(random, true).id());
        if (random.nextDouble() < 0.3) {
            organizers.add(pickOrganization(random, true).id());
        }
        ObjectNode e = JSON.objectNode();
        e.put("id", id).put("title", title).put("eventType", pick(random, TYPES)).put("start", date.toString())
                .put("attendance", random.nextBoolean() ? "online" : "in-person");
        ArrayNode paragraphs = e.putArray("description");
        description.forEach(paragraphs::add);
        e.put("language", "en");
        strings(e.putArray("organizers"), organizers);
        if (random.nextDouble() < 0.2) {
            e.putArray("partners").add(pickOrganization(random, true).id());
        }
        if (random.nextDouble() < 0.25) {
            e.putArray("funders").add(pickOrganization(random, true).id());
        }
        if (random.nextDouble() < 0.3) {
            Series s = series.get(zipfIndex(random, series.size()));
            ObjectNode part = e.putArray("partOf").addObject().put("id", s.id()).put("name", s.name()).put("kind", s.kind());
            strings(part.putArray("organizers"), s.organizers());
        }

        int slots = 2 + random.nextInt(6);
        ArrayNode participants = e.putArray("participants");
        List<Truth.MentionTruth> truth = new ArrayList<>();
        List<Person> drawnPeople = new ArrayList<>();
        List<String> roles = new ArrayList<>();
        Set<String> present = new HashSet<>();
        for (int slot = 0; slot < slots; slot++) {
            Person person = null;
            for (int attempt = 0; attempt < 20 && person == null; attempt++) {
                List<Person> circle = drawnPeople.isEmpty() ? List.of() : circles.getOrDefault(drawnPeople.get(0).id(), List.of());
                Person candidate = !circle.isEmpty() && random.nextDouble() < CIRCLE ? circle.get(random.nextInt(circle.size()))
                        : random.nextDouble() < NEW_PERSON || people.isEmpty() ? newPerson(random, people, fullNames)
                        : people.get(zipfIndex(random, people.size()));
                // one person appears once per event, and namesakes never meet
                if (present.add(candidate.fullName())) {
                    person = candidate;
                }
            }
            if (person == null) {
                break;
            }
            ObjectNode participant = participants.addObject().put("name", writtenName(random, person))
                    .put("role", slot == 0 && random.nextDouble() < 0.6 ? "moderator" : pick(random, ROLES))
                    .put("roleBasis", "stated");
            drawnPeople.add(person);
            roles.add(participant.get("role").asText());
            List<String> orgTruth = new ArrayList<>();
            if (random.nextDouble() >= NO_POSITION) {
                List<String> parts = new ArrayList<>();
                ArrayNode posts = JSON.arrayNode();
                for (Org org : statedOrganizations(random, person, date)) {
                    String written = writtenOrganization(random, org);
                    String title2 = pick(random, NamePools.POSTS);
                    posts.addObject().put("title", title2).put("organization", written);
                    parts.add(title2 + ", " + written);
                    orgTruth.add(org.declared() ? org.id() : "unreviewed:" + org.id());
                }
                participant.put("statedPosition", String.join("; ", parts));
                participant.set("posts", posts);
            }
            truth.add(new Truth.MentionTruth(id + "#" + participants.size(), person.id(), orgTruth));
        }
        for (Person a : drawnPeople) {
            List<Person> circle = circles.computeIfAbsent(a.id(), k -> new ArrayList<>());
            for (Person b : drawnPeople) {
                if (b != a && !circle.contains(b)) {
                    if (circle.size() == CIRCLE_SIZE) {
                        circle.remove(0);
                    }
                    circle.add(b);
                }
            }
        }
        Set<Integer> objectives = new java.util.TreeSet<>();
        int objectiveCount = random.nextInt(4);
        for (int i = 0; i < objectiveCount; i++) {
            objectives.add(1 + random.nextInt(23));
        }
        if (!objectives.isEmpty()) {
            ArrayNode gcm = e.putArray("gcmObjectives");
            objectives.forEach(gcm::add);
        }
        if (random.nextDouble() < 0.4) {
            e.putArray("themes").add(pick(random, THEMES));
        }
        e.putObject("source").put("title", title).put("document", "synthetic/" + id + ".txt");
        return new Drawn(new GeneratedEvent(id, e, truth, id), number, date, topic, List.copyOf(drawnPeople), List.copyOf(roles));
    }

    static void strings(ArrayNode array, java.util.Collection<String> values) {
        values.forEach(array::add);
    }

    static final List<String> THEMES = List.of("people-centred", "international-cooperation", "human-rights",
            "gender-responsive", "child-sensitive", "sustainable-development", "whole-of-government-approach", "whole-of-society-approach");
    static final List<String> ROLES = List.of("speaker", "speaker", "speaker", "panelist", "discussant", "keynote");
    static final List<String> TYPES = List.of("webinar", "webinar", "conference", "workshop", "meeting", "side-event", "dialogue");

    private Person newPerson(Random random, List<Person> people, Set<String> fullNames) {
        String id = "p" + (people.size() + 1);
        if (!people.isEmpty() && random.nextDouble() < NAMESAKE) {
            Person twin = people.get(random.nextInt(people.size()));
            Org org = pickOrganization(random, false);
            if (twin.orgs().stream().noneMatch(org::relatedTo)) {
                Person namesake = new Person(id, twin.given(), null, twin.surname(), List.of(org));
                people.add(namesake);
                return namesake;
            }
        }
        String given;
        String surname;
        do {
            given = pick(random, NamePools.GIVEN);
            surname = random.nextDouble() < 0.75 ? pick(random, NamePools.SURNAMES) : inventedSurname(random);
        } while (!fullNames.add(given + " " + surname));
        String middle = random.nextDouble() < HAS_MIDDLE ? pick(random, NamePools.MIDDLE) : null;
        List<Org> orgs = new ArrayList<>(List.of(pickOrganization(random, false)));
        if (random.nextDouble() < SECOND_ORG) {
            Org second = pickOrganization(random, false);
            if (second != orgs.get(0)) {
                orgs.add(second);
            }
        }
        LocalDate moved = orgs.size() == 2 && random.nextDouble() < MOVER ? FIRST_DAY.plusDays(365 + random.nextInt(365 * 7)) : null;
        Person person = new Person(id, given, middle, surname, List.copyOf(orgs), moved);
        people.add(person);
        return person;
    }

    private static String inventedSurname(Random random) {
        StringBuilder s = new StringBuilder();
        int syllables = 2 + random.nextInt(2);
        for (int i = 0; i < syllables; i++) {
            s.append(pick(random, NamePools.SYLLABLES));
        }
        return capitalize(s.toString());
    }

    static List<Org> statedOrganizations(Random random, Person person, LocalDate on) {
        if (person.moved() != null) {
            return List.of(person.orgs().get(on.isBefore(person.moved()) ? 0 : 1));
        }
        if (person.orgs().size() == 1) {
            return person.orgs();
        }
        double r = random.nextDouble();
        return r < 0.5 ? person.orgs() : r < 0.9 ? List.of(person.orgs().get(0)) : List.of(person.orgs().get(1));
    }

    /** The name as one page writes it. */
    static String writtenName(Random random, Person p) {
        String given = p.given();
        String surname = p.surname();
        String middle = p.middle() != null && random.nextDouble() < 0.4 ? p.middle() : null;
        if (middle != null && random.nextDouble() < 0.25) {
            middle = middle.charAt(0) + ".";
        }
        if (random.nextDouble() < 0.03) {
            given = given.charAt(0) + ".";
        } else if (p.middle() != null && random.nextDouble() < 0.05) {
            // known by the second given name: "Belen Zanzuchi" for "Maria Belen Zanzuchi"
            given = p.middle();
            middle = null;
        }
        if (random.nextDouble() < TYPO) {
            if (random.nextBoolean() && given.length() > 2) {
                given = typo(random, given);
            } else {
                surname = typo(random, surname);
            }
        }
        if (random.nextDouble() < 0.02) {
            surname = surname.toUpperCase(Locale.ROOT);
        }
        String name = random.nextDouble() < 0.03
                ? surname + ", " + given + (middle == null ? "" : " " + middle)
                : given + (middle == null ? "" : " " + middle) + " " + surname;
        if (random.nextDouble() < 0.3) {
            name = Folding.toAscii(name);
        }
        if (random.nextDouble() < 0.05) {
            name = pick(random, NamePools.HONORIFICS) + " " + name;
        }
        return name;
    }

    private static String typo(Random random, String word) {
        int i = 1 + random.nextInt(word.length() - 1);
        return switch (random.nextInt(3)) {
            case 0 -> word.substring(0, i) + word.substring(Math.min(word.length(), i + 1));
            case 1 -> i + 1 < word.length() ? word.substring(0, i) + word.charAt(i + 1) + word.charAt(i) + word.substring(i + 2)
                    : word + word.charAt(i);
            default -> word.substring(0, i) + (char) ('a' + random.nextInt(26)) + word.substring(i + 1);
        };
    }

    /** The organization as one stated position writes it. */
    static String writtenOrganization(Random random, Org org) {
        double r = random.nextDouble();
        if (!org.declared()) {
            return r < 0.7 ? org.name() : r < 0.9 ? org.name() + ", " + org.country() : org.name().toUpperCase(Locale.ROOT);
        }
        String acronym = org.acronym();
        if (r < 0.45 || acronym == null && r < 0.65) {
            return org.name();
        }
        if (r < 0.65) {
            return acronym;
        }
        if (r < 0.75) {
            return org.name() + " (" + acronym + ")";
        }
        if (r < 0.80) {
            return (acronym != null ? acronym : org.name()) + " (" + org.country() + ")";
        }
        if (r < 0.88) {
            return org.name() + ", " + org.country();
        }
        if (r < 0.92) {
            String reordered = org.name().replaceFirst("^(\\S+) (for|of) (.+)$", "$3 $1");
            return reordered;
        }
        if (r < 0.97 && org.formerName() != null) {
            return org.formerName();
        }
        return Folding.toAscii(org.name()).toLowerCase(Locale.ROOT);
    }

    // ---- helpers --------------------------------------------------------------------------------------------------

    /** An index in [0, size) with probability falling as 1/(index+1). */
    static int zipfIndex(Random random, int size) {
        double r = Math.exp(random.nextDouble() * Math.log(size + 1.0)) - 1.0;
        return Math.min(size - 1, (int) r);
    }

    static String sentence(Random random, List<String> topic, int words) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < words; i++) {
            String w = random.nextDouble() < 0.55 ? pick(random, topic) : pick(random, NamePools.FILLER);
            s.append(i == 0 ? capitalize(w) : w).append(i == words - 1 ? "." : " ");
        }
        return s.toString();
    }

    static <T> T pick(Random random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

}
