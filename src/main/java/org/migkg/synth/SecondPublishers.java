package org.migkg.synth;

import static org.migkg.synth.SyntheticCorpus.JSON;
import static org.migkg.synth.RandomDraws.capitalize;
import static org.migkg.synth.RandomDraws.pick;
import static org.migkg.synth.RandomDraws.sentence;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.migkg.synth.DrawnEvent;
import org.migkg.synth.GeneratedOrganization;
import org.migkg.synth.GeneratedPerson;
import org.migkg.text.Slugs;

/**
 * Records that make deduplication hard. A second publisher's record of an event (a partner's news post, a recording
 * page) has the same day, or only the month, another title, its own description, some of the speakers with their names
 * and positions written its own way, and a publisher of its own. A sibling is another event on the same day: the same
 * organizer and series, the moderator again with other speakers, a title on the same topic.
 */
final class SecondPublishers {
    static final double KEEP_SPEAKER = 0.7;
    static final double MONTH_ONLY = 0.25;

    private final SyntheticCorpus corpus;

    SecondPublishers(SyntheticCorpus corpus) {
        this.corpus = corpus;
    }

    SyntheticCorpus.GeneratedEvent copy(DrawnEvent original, Random random) {
        ObjectNode source = original.generated().record();
        String title = retitle(source.get("title").asText(), source, random);
        String start = random.nextDouble() < MONTH_ONLY ? YearMonth.from(original.date()).toString() : original.date().toString();
        String id = start + "-" + Slugs.of(title) + "-" + (original.number() + 1) + "-b";
        ObjectNode e = JSON.objectNode();
        e.put("id", id).put("title", title).put("eventType", pick(random, SyntheticCorpus.TYPES)).put("start", start);
        ArrayNode paragraphs = e.putArray("description");
        paragraphs.add(sentence(random, original.topic(), 12));
        e.put("language", "en");
        e.set("organizers", source.get("organizers").deepCopy());
        if (source.has("partOf") && random.nextBoolean()) {
            e.set("partOf", source.get("partOf").deepCopy());
        }
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < original.people().size(); i++) {
            if (random.nextDouble() < KEEP_SPEAKER) {
                kept.add(i);
            }
        }
        if (kept.isEmpty()) {
            kept.add(0);
        }
        ArrayNode participants = e.putArray("participants");
        List<Truth.MentionTruth> truth = new ArrayList<>();
        for (int i : kept) {
            GeneratedPerson person = original.people().get(i);
            String role = random.nextDouble() < 0.85 ? original.roles().get(i) : "speaker";
            truth.add(participant(participants, id, person, role, original.date(), random, random.nextDouble() < 0.6));
        }
        if (source.has("gcmObjectives") && random.nextBoolean()) {
            e.set("gcmObjectives", source.get("gcmObjectives").deepCopy());
        }
        e.putObject("source").put("title", title).put("document", "synthetic/" + id + ".txt")
                .put("publisher", corpus.pickOrganization(random, true).id());
        return new SyntheticCorpus.GeneratedEvent(id, e, truth, original.generated().id());
    }

    SyntheticCorpus.GeneratedEvent sibling(DrawnEvent original, Random random, List<GeneratedPerson> people) {
        ObjectNode source = original.generated().record();
        String head = source.get("title").asText().split(":")[0];
        List<String> topic = original.topic();
        String title = (random.nextBoolean() ? head : capitalize(pick(random, topic)) + " and " + pick(random, topic))
                + ": " + capitalize(pick(random, NamePools.FILLER)) + " for " + pick(random, topic) + " " + pick(random, NamePools.FILLER);
        String id = original.date() + "-" + Slugs.of(title) + "-" + (original.number() + 1) + "-s";
        ObjectNode e = JSON.objectNode();
        e.put("id", id).put("title", title).put("eventType", pick(random, SyntheticCorpus.TYPES)).put("start", original.date().toString());
        e.putArray("description").add(sentence(random, topic, 14)).add(sentence(random, topic, 16));
        e.put("language", "en");
        e.set("organizers", source.get("organizers").deepCopy());
        if (source.has("partOf") && random.nextDouble() < 0.7) {
            e.set("partOf", source.get("partOf").deepCopy());
        }
        ArrayNode participants = e.putArray("participants");
        List<Truth.MentionTruth> truth = new ArrayList<>();
        GeneratedPerson moderator = original.people().get(0);
        Set<String> present = new HashSet<>(List.of(moderator.fullName()));
        truth.add(participant(participants, id, moderator, "moderator", original.date(), random, true));
        int others = 2 + random.nextInt(3);
        for (int attempt = 0; attempt < 20 && participants.size() <= others; attempt++) {
            GeneratedPerson p = people.get(RandomDraws.zipfIndex(random, people.size()));
            if (present.add(p.fullName())) {
                truth.add(participant(participants, id, p, pick(random, SyntheticCorpus.ROLES), original.date(), random, true));
            }
        }
        e.putObject("source").put("title", title).put("document", "synthetic/" + id + ".txt");
        return new SyntheticCorpus.GeneratedEvent(id, e, truth, id);
    }

    private static Truth.MentionTruth participant(ArrayNode participants, String id, GeneratedPerson person, String role, LocalDate on,
                                                  Random random, boolean withPosition) {
        ObjectNode p = participants.addObject().put("name", WrittenForms.writtenName(random, person)).put("role", role)
                .put("roleBasis", "stated");
        List<String> orgTruth = new ArrayList<>();
        if (withPosition) {
            List<String> parts = new ArrayList<>();
            ArrayNode posts = JSON.arrayNode();
            for (GeneratedOrganization org : WrittenForms.statedOrganizations(random, person, on)) {
                String written = WrittenForms.writtenOrganization(random, org);
                String post = pick(random, NamePools.POSTS);
                posts.addObject().put("title", post).put("organization", written);
                parts.add(post + ", " + written);
                orgTruth.add(org.declared() ? org.id() : "unreviewed:" + org.id());
            }
            p.put("statedPosition", String.join("; ", parts));
            p.set("posts", posts);
        }
        return new Truth.MentionTruth(id + "#" + participants.size(), person.id(), orgTruth);
    }

    /** The title as another publisher writes it. */
    private String retitle(String title, ObjectNode source, Random random) {
        String[] halves = title.split(": ", 2);
        return switch (random.nextInt(5)) {
            case 0 -> "Recording: " + title;
            case 1 -> halves[0];
            case 2 -> halves.length > 1 ? capitalize(halves[1]) + ": " + halves[0] : title;
            case 3 -> organizerName(source) + " hosts a webinar on " + halves[0].toLowerCase(java.util.Locale.ROOT);
            default -> "Webinar: " + halves[0] + (halves.length > 1 ? " and " + halves[1].toLowerCase(java.util.Locale.ROOT) : "");
        };
    }

    private String organizerName(ObjectNode source) {
        return corpus.organizationName(source.get("organizers").get(0).asText());
    }
}
