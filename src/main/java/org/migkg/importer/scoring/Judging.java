package org.migkg.importer.scoring;

import java.util.ArrayList;
import java.util.List;

/** Collects the judgements of one event: each judged field right or wrong, each person found, missed or invented. */
final class Judging {
    private final String event;
    private final ReviewFlags review;
    private final List<WrongField> wrong = new ArrayList<>();
    private final List<MissedPerson> missed = new ArrayList<>();
    private int judged;
    private int right;
    private int people;
    private int found;
    private int invented;
    private int events;
    private int datesStated;
    private int datesRead;

    Judging(String event, ReviewFlags review) {
        this.event = event;
        this.review = review;
    }

    void field(String field, boolean isRight, String draft, String reading) {
        judged++;
        if (isRight) {
            right++;
        } else {
            wrong.add(new WrongField(event, field, shown(draft), shown(reading), review.flags(field)));
        }
    }

    void found() {
        people++;
        found++;
    }

    void missed(String name, boolean flagged) {
        people++;
        missed.add(new MissedPerson(event, name, flagged));
    }

    void invented(int index, String name) {
        invented++;
        field("/participants/" + index, false, name, null);
    }

    void readingEvent(boolean dateStated, boolean dateRead) {
        events++;
        if (dateStated) {
            datesStated++;
            if (dateRead) {
                datesRead++;
            }
        }
    }

    EventScore score() {
        int flagged = (int) wrong.stream().filter(WrongField::flagged).count();
        int missedFlagged = (int) missed.stream().filter(MissedPerson::flagged).count();
        Tally tally = new Tally(judged, right, flagged, wrong.size() - flagged, people, found, missed.size(), missedFlagged,
                invented, events, 0, 0, datesStated, datesRead, 0, 0);
        return new EventScore(tally, wrong, missed);
    }

    private static String shown(String value) {
        return value == null || value.isEmpty() ? "(none)" : value;
    }
}
