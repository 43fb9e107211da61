package org.migkg.synth;

import org.migkg.text.Slugs;
import static org.migkg.synth.RandomDraws.capitalize;
import static org.migkg.synth.RandomDraws.pick;
import static org.migkg.synth.RandomDraws.sentence;
import static org.migkg.synth.RandomDraws.zipfIndex;
import static org.migkg.synth.WrittenForms.statedOrganizations;
import static org.migkg.synth.WrittenForms.writtenName;
import static org.migkg.synth.WrittenForms.writtenOrganization;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    private final OrganizationPopulation organizations;
    private final List<Series> series = new ArrayList<>();

    /** One generated record, the true identity of each of its mentions, and the real event it describes. */
    public record GeneratedEvent(String id, ObjectNode record, List<Truth.MentionTruth> truth, String event) {}

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
        this.organizations = OrganizationPopulation.create(random, Math.min(MAX_ORGANIZATIONS, Math.max(40, eventCount / 8)));
        int seriesCount = Math.max(3, eventCount / 25);
        for (int i = 0; i < seriesCount; i++) {
            GeneratedOrganization organizer = pickOrganization(random, true);
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
        return organizations.nameOf(id);
    }

    /** The organizations the catalogue declares (the others appear only in stated positions). */
    public List<ObjectNode> declaredOrganizations() {
        return organizations.declared();
    }

    GeneratedOrganization pickOrganization(Random random, boolean declaredOnly) {
        return organizations.draw(random, declaredOnly);
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
            private final List<GeneratedPerson> people = new ArrayList<>();
            private final Set<String> fullNames = new HashSet<>();
            private final Map<String, List<GeneratedPerson>> circles = new HashMap<>();
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
                DrawnEvent drawn = event(next++, random, people, fullNames, circles);
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
    private DrawnEvent event(int number, Random random, List<GeneratedPerson> people, Set<String> fullNames, Map<String, List<GeneratedPerson>> circles) {
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
        List<GeneratedPerson> drawnPeople = new ArrayList<>();
        List<String> roles = new ArrayList<>();
        Set<String> present = new HashSet<>();
        for (int slot = 0; slot < slots; slot++) {
            GeneratedPerson person = null;
            for (int attempt = 0; attempt < 20 && person == null; attempt++) {
                List<GeneratedPerson> circle = drawnPeople.isEmpty() ? List.of() : circles.getOrDefault(drawnPeople.get(0).id(), List.of());
                GeneratedPerson candidate = !circle.isEmpty() && random.nextDouble() < CIRCLE ? circle.get(random.nextInt(circle.size()))
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
                for (GeneratedOrganization org : statedOrganizations(random, person, date)) {
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
        for (GeneratedPerson a : drawnPeople) {
            List<GeneratedPerson> circle = circles.computeIfAbsent(a.id(), k -> new ArrayList<>());
            for (GeneratedPerson b : drawnPeople) {
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
        return new DrawnEvent(new GeneratedEvent(id, e, truth, id), number, date, topic, List.copyOf(drawnPeople), List.copyOf(roles));
    }

    static void strings(ArrayNode array, java.util.Collection<String> values) {
        values.forEach(array::add);
    }

    static final List<String> THEMES = List.of("people-centred", "international-cooperation", "human-rights",
            "gender-responsive", "child-sensitive", "sustainable-development", "whole-of-government-approach", "whole-of-society-approach");
    static final List<String> ROLES = List.of("speaker", "speaker", "speaker", "panelist", "discussant", "keynote");
    static final List<String> TYPES = List.of("webinar", "webinar", "conference", "workshop", "meeting", "side-event", "dialogue");

    private GeneratedPerson newPerson(Random random, List<GeneratedPerson> people, Set<String> fullNames) {
        String id = "p" + (people.size() + 1);
        if (!people.isEmpty() && random.nextDouble() < NAMESAKE) {
            GeneratedPerson twin = people.get(random.nextInt(people.size()));
            GeneratedOrganization org = pickOrganization(random, false);
            if (twin.orgs().stream().noneMatch(org::relatedTo)) {
                GeneratedPerson namesake = new GeneratedPerson(id, twin.given(), null, twin.surname(), List.of(org));
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
        List<GeneratedOrganization> orgs = new ArrayList<>(List.of(pickOrganization(random, false)));
        if (random.nextDouble() < SECOND_ORG) {
            GeneratedOrganization second = pickOrganization(random, false);
            if (second != orgs.get(0)) {
                orgs.add(second);
            }
        }
        LocalDate moved = orgs.size() == 2 && random.nextDouble() < MOVER ? FIRST_DAY.plusDays(365 + random.nextInt(365 * 7)) : null;
        GeneratedPerson person = new GeneratedPerson(id, given, middle, surname, List.copyOf(orgs), moved);
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


}
