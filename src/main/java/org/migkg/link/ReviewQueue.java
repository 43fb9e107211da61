package org.migkg.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.migkg.records.Corpus;
import org.migkg.records.EventRecord;
import org.migkg.records.Organization;
import org.migkg.records.SourceRecord;

/**
 * Every open question of the graph in one list, most consequential first: people who might be one (a wrong call
 * splits or merges every count they appear in), records that might describe one event (a wrong call doubles or
 * halves every count of their people), organizations found in positions but not yet in the catalogue, and the open
 * review items of records. Each question says what it rests on and the command that closes it by writing the
 * decision to {@code data/}.
 */
public final class ReviewQueue {
    private ReviewQueue() {}

    public enum Kind { PEOPLE, EVENTS, ORGANIZATION, RECORD }

    /** One open question: what it is about, how much rides on it, its evidence, and the commands that settle it. */
    public record Question(String key, Kind kind, int weight, String summary, List<String> evidence, List<String> closedBy) {}

    public static List<Question> of(Corpus corpus, Linked linked) {
        List<Question> questions = new ArrayList<>();
        Map<String, Integer> mentionsOf = new HashMap<>();
        linked.people().values().forEach(p -> mentionsOf.put(p.id(), p.mentions().size()));
        for (Linked.UncertainPair u : linked.uncertain()) {
            String a = linked.personOf().get(u.a());
            String b = linked.personOf().get(u.b());
            int weight = 3 * (mentionsOf.getOrDefault(a, 1) + mentionsOf.getOrDefault(b, 1));
            questions.add(new Question("people " + u.a() + " " + u.b(), Kind.PEOPLE, weight,
                    "\"" + u.nameA() + "\" (" + a + ", " + u.a() + ") and \"" + u.nameB() + "\" (" + b + ", " + u.b()
                            + ") might be one person",
                    List.of("score " + u.score().toPlainString() + "; not merged because " + u.why()),
                    List.of("migkg review same " + u.a() + " " + u.b(), "migkg review different " + u.a() + " " + u.b())));
        }
        Map<String, Integer> peopleOf = new HashMap<>();
        corpus.events().forEach(r -> peopleOf.put(r.event().id(), r.event().participants().size()));
        for (EventIdentity.UncertainEvents u : linked.events().uncertain()) {
            int weight = 3 * Math.max(1, peopleOf.getOrDefault(u.recordA(), 0) + peopleOf.getOrDefault(u.recordB(), 0));
            questions.add(new Question("events " + u.recordA() + " " + u.recordB(), Kind.EVENTS, weight,
                    u.recordA() + " and " + u.recordB() + " might describe one event",
                    List.of("score " + u.score().toPlainString() + "; not merged because " + u.why(),
                            "reasons: " + EventReport.reasons(u.reasons())),
                    List.of("migkg review same-event " + u.recordA() + " " + u.recordB(),
                            "migkg review different-events " + u.recordA() + " " + u.recordB())));
        }
        Map<String, Integer> postsNaming = new HashMap<>();
        linked.organizationOfPost().values().forEach(id -> postsNaming.merge(id, 1, Integer::sum));
        Map<String, Organization> byId = new HashMap<>();
        linked.organizations().forEach(o -> byId.put(o.id(), o));
        for (String id : linked.unreviewedOrganizations()) {
            Organization o = byId.get(id);
            int posts = postsNaming.getOrDefault(id, 0);
            questions.add(new Question("organization " + id, Kind.ORGANIZATION, 2 * Math.max(1, posts),
                    "\"" + (o == null ? id : o.name()) + "\" (" + id + ") is named in " + posts + " post(s) but is not in organizations.json",
                    o == null ? List.of() : List.of("written as: " + String.join(", ", o.otherNames().isEmpty() ? List.of(o.name()) : o.otherNames())),
                    List.of("migkg review confirm-organization " + id + " --kind KIND",
                            "or add it to data/organizations.json by hand (with `replaces` if it is an existing entry)")));
        }
        for (SourceRecord r : corpus.events()) {
            EventRecord e = r.event();
            for (EventRecord.ReviewItem item : e.review()) {
                int weight = item.field().startsWith("/participants") || item.field().equals("/start") || item.field().equals("/title") ? 2 : 1;
                questions.add(new Question("record " + e.id() + " " + item.field(), Kind.RECORD, weight,
                        e.id() + " " + item.field() + ": " + item.reason(), List.of("record " + r.name()),
                        List.of("edit the field in " + r.name() + " if it is wrong, then: migkg review confirm " + e.id() + " " + item.field())));
            }
        }
        questions.sort(Comparator.comparingInt(Question::weight).reversed().thenComparing(Question::key));
        return questions;
    }
}
