package org.migkg.synth;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.migkg.link.Linked;
import org.migkg.link.Mention;
import org.migkg.link.PostRef;

/**
 * Pairwise precision, recall and F1 of identity decisions against the truth: over every pair of mentions, a pair is
 * predicted together when linking gave both the same person (or organization), and truly together when the truth
 * does; over every pair of records, the same for the event they describe. Counted from the contingency table of
 * predicted and true clusters, so it costs linear time. A truth without events gives event scores over no records.
 */
public record IdentityEvaluation(Scores people, Scores organizations, Scores events) {

    public record Scores(long mentions, long predictedPairs, long truePairs, long correctPairs) {
        public double precision() {
            return predictedPairs == 0 ? 1.0 : (double) correctPairs / predictedPairs;
        }

        public double recall() {
            return truePairs == 0 ? 1.0 : (double) correctPairs / truePairs;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    public static IdentityEvaluation of(Linked linked, Truth truth) {
        Map<String, String> predictedPerson = new HashMap<>();
        linked.personOf().forEach((m, p) -> predictedPerson.put(m.toString(), p));
        Counter people = new Counter();
        Counter orgs = new Counter();
        for (Truth.MentionTruth t : truth.mentions()) {
            String person = predictedPerson.get(t.mention());
            people.add(person == null ? "missing " + t.mention() : person, t.person());
            Mention mention = Mention.parse(t.mention());
            List<String> trueOrgs = t.organizations();
            for (int j = 0; j < trueOrgs.size(); j++) {
                String org = linked.organizationOfPost().get(new PostRef(mention, j));
                orgs.add(org == null ? "missing " + t.mention() + "/" + j : org, trueOrgs.get(j));
            }
        }
        Counter events = new Counter();
        for (Truth.EventTruth t : truth.events()) {
            String event = linked.events().eventOfRecord().get(t.record());
            events.add(event == null ? "missing " + t.record() : event, t.event());
        }
        return new IdentityEvaluation(people.scores(), orgs.scores(), events.scores());
    }

    private static final class Counter {
        private final Map<String, Long> predicted = new HashMap<>();
        private final Map<String, Long> actual = new HashMap<>();
        private final Map<String, Long> both = new HashMap<>();
        private long mentions;

        void add(String predictedId, String trueId) {
            mentions++;
            predicted.merge(predictedId, 1L, Long::sum);
            actual.merge(trueId, 1L, Long::sum);
            both.merge(predictedId + "\n" + trueId, 1L, Long::sum);
        }

        Scores scores() {
            return new Scores(mentions, pairs(predicted), pairs(actual), pairs(both));
        }

        private static long pairs(Map<String, Long> counts) {
            return counts.values().stream().mapToLong(n -> n * (n - 1) / 2).sum();
        }
    }
}
