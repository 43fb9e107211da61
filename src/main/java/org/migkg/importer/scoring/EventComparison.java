package org.migkg.importer.scoring;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.migkg.records.EventRecord;
import org.migkg.records.EventRecord.Participant;
import org.migkg.records.EventRecord.Post;

/**
 * Judges a draft against the reading of the event it was paired with: title, start, end, type, organizers, GCM
 * objectives, and each person (found, missed or invented; for those found, role and organizations).
 */
final class EventComparison {
    private final OrganizationKeys organizations;

    EventComparison(OrganizationKeys organizations) {
        this.organizations = organizations;
    }

    EventScore compare(Reading.Event reading, EventRecord draft) {
        Judging j = new Judging(reading.title(), new ReviewFlags(draft.review()));
        boolean startRight = Moment.agree(draft.start(), reading.start());
        j.field("/title", TitleOverlap.agree(draft.title(), reading.title()), draft.title(), reading.title());
        j.field("/start", startRight, draft.start(), reading.start());
        if (draft.end() != null || reading.end() != null) {
            j.field("/end", Moment.agree(draft.end(), reading.end()), draft.end(), reading.end());
        }
        j.field("/eventType", Objects.equals(draft.eventType(), reading.eventType()), draft.eventType(), reading.eventType());
        j.field("/organizers", keys(draft.organizers(), organizations::ofId).equals(keys(reading.organizers(), organizations::ofName)),
                String.join(", ", draft.organizers()), String.join(", ", reading.organizers()));
        j.field("/gcmObjectives", new HashSet<>(draft.gcmObjectives()).equals(new HashSet<>(reading.gcmObjectives())),
                joined(draft.gcmObjectives()), joined(reading.gcmObjectives()));
        j.readingEvent(reading.dateStated() != null, startRight);
        people(j, reading.people(), draft);
        return j.score();
    }

    /** A draft paired with no reading event: the page describes no such event, and everyone in it is invented. */
    EventScore invented(EventRecord draft) {
        Judging j = new Judging(draft.title(), new ReviewFlags(draft.review()));
        for (int i = 0; i < draft.participants().size(); i++) {
            j.invented(i, draft.participants().get(i).name());
        }
        return j.score();
    }

    /** A reading event no draft describes: its people are missed, flagged when a review item names them. */
    static EventScore missed(Reading.Event reading, ReviewFlags pageReview, boolean refused) {
        Judging j = new Judging(reading.title(), pageReview);
        j.readingEvent(reading.dateStated() != null, false);
        reading.people().forEach(p -> j.missed(p.name(), refused || pageReview.namesPerson(p.name())));
        return j.score();
    }

    private void people(Judging j, List<Reading.Person> people, EventRecord draft) {
        List<Participant> participants = draft.participants();
        Pairing pairing = Pairing.best(people.size(), participants.size(),
                (r, d) -> NameMatch.score(people.get(r).name(), participants.get(d).name()));
        ReviewFlags review = new ReviewFlags(draft.review());
        for (int r = 0; r < people.size(); r++) {
            Reading.Person person = people.get(r);
            if (pairing.draftOf(r).isEmpty()) {
                j.missed(person.name(), review.namesPerson(person.name()));
                continue;
            }
            int d = pairing.draftOf(r).getAsInt();
            Participant participant = participants.get(d);
            j.found();
            j.field("/participants/" + d + "/role", Objects.equals(participant.role(), person.role()),
                    participant.role(), person.role());
            if (!person.organizations().isEmpty()) {
                boolean named = person.organizations().stream()
                        .allMatch(o -> participant.posts().stream().anyMatch(p -> organizations.names(p, o)));
                j.field("/participants/" + d + "/posts", named, posts(participant), String.join("; ", person.organizations()));
            }
        }
        for (int d : pairing.unpairedDrafts()) {
            j.invented(d, participants.get(d).name());
        }
    }

    private static String posts(Participant participant) {
        return participant.posts().stream().map(EventComparison::organizationOf).collect(Collectors.joining("; "));
    }

    private static String organizationOf(Post post) {
        if (post.organization() != null) {
            return post.organization();
        }
        return post.organizationId() != null ? post.organizationId() : "(no organization; title \"" + post.title() + "\")";
    }

    private static Set<String> keys(List<String> names, Function<String, String> key) {
        return names.stream().map(key).collect(Collectors.toSet());
    }

    private static String joined(List<Integer> numbers) {
        return numbers.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
