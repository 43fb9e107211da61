package org.migkg.importer.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.migkg.importer.PageImport;
import org.migkg.records.EventRecord;
import org.migkg.records.EventRecord.ReviewItem;

/**
 * Scores what the importer made of one page against the page's reading: whether the page was rightly imported or
 * refused, then each reading event against the draft paired with it (the same start date first, then the most title
 * words in common), drafts paired with nothing as invented events, and how many review items point at real mistakes.
 */
public final class PageScorer {
    private final EventComparison comparison;

    public PageScorer(OrganizationKeys organizations) {
        this.comparison = new EventComparison(organizations);
    }

    public PageScore score(Reading reading, PageImport result) {
        List<EventRecord> drafts = result instanceof PageImport.Drafts d ? d.drafts() : List.of();
        return score(reading, Outcome.of(result), drafts);
    }

    /** A page the importer threw on instead of answering. */
    public PageScore crashed(Reading reading, Throwable e) {
        return score(reading, Outcome.crashed(e), List.of());
    }

    private PageScore score(Reading reading, Outcome outcome, List<EventRecord> drafts) {
        List<Reading.Event> events = reading.events();
        boolean onePair = events.size() == 1 && drafts.size() == 1;
        Pairing pairing = Pairing.best(events.size(), drafts.size(), (r, d) -> pairScore(events.get(r), drafts.get(d), onePair));
        ReviewFlags pageReview = new ReviewFlags(drafts.stream().flatMap(d -> d.review().stream()).toList());
        Map<Integer, EventScore> byDraft = new HashMap<>();
        List<EventScore> scores = new ArrayList<>();
        List<String> missedEverywhere = new ArrayList<>();
        int eventsMissed = 0;
        for (int r = 0; r < events.size(); r++) {
            if (pairing.draftOf(r).isPresent()) {
                int d = pairing.draftOf(r).getAsInt();
                EventScore s = comparison.compare(events.get(r), drafts.get(d));
                byDraft.put(d, s);
                scores.add(s);
            } else {
                eventsMissed++;
                EventScore s = EventComparison.missed(events.get(r), pageReview, outcome.status() != Outcome.Status.DRAFTS);
                s.missed().forEach(m -> missedEverywhere.add(m.name()));
                scores.add(s);
            }
        }
        List<Integer> invented = pairing.unpairedDrafts();
        for (int d : invented) {
            EventScore s = comparison.invented(drafts.get(d));
            byDraft.put(d, s);
            scores.add(s);
        }
        int items = 0;
        int hits = 0;
        for (int d = 0; d < drafts.size(); d++) {
            EventScore s = byDraft.get(d);
            List<String> missedNames = new ArrayList<>(missedEverywhere);
            s.missed().forEach(m -> missedNames.add(m.name()));
            for (ReviewItem item : drafts.get(d).review()) {
                items++;
                if (pointsAtMistake(item, s, missedNames)) {
                    hits++;
                }
            }
        }
        Tally tally = scores.stream().map(EventScore::tally).reduce(Tally.ZERO, Tally::plus)
                .plus(new Tally(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, eventsMissed, invented.size(), 0, 0, items, hits));
        boolean pageRight = reading.kind().describesEvents()
                ? outcome.status() == Outcome.Status.DRAFTS && !drafts.isEmpty()
                : outcome.refusedAsNotAnEvent();
        return new PageScore(reading.page(), reading.kind(), outcome, pageRight, tally,
                scores.stream().flatMap(s -> s.wrong().stream()).toList(),
                scores.stream().flatMap(s -> s.missed().stream()).toList());
    }

    /**
     * The same start date counts most, then the share of title words in common; on a page of one event and one
     * draft the two are paired whatever they say, so a wrong date or title is a wrong field, not a new event.
     */
    private static Optional<Double> pairScore(Reading.Event reading, EventRecord draft, boolean onlyPair) {
        double overlap = TitleOverlap.overlap(reading.title(), draft.title());
        boolean sameDate = Moment.sameDate(reading.start(), draft.start());
        java.util.Set<String> stated = new java.util.HashSet<>();
        draft.participants().forEach(p -> stated.add(org.migkg.text.Folding.key(p.name())));
        long sharedPeople = reading.people().stream().filter(p -> stated.contains(org.migkg.text.Folding.key(p.name()))).count();
        if (!sameDate && overlap == 0 && sharedPeople == 0 && !onlyPair) {
            return Optional.empty();
        }
        return Optional.of((sameDate ? 2 : 0) + overlap + sharedPeople);
    }

    private static boolean pointsAtMistake(ReviewItem item, EventScore score, List<String> missedNames) {
        return score.wrong().stream().anyMatch(w -> ReviewFlags.related(item.field(), w.field()))
                || missedNames.stream().anyMatch(name -> ReviewFlags.names(item, name));
    }
}
