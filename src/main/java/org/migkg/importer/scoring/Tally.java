package org.migkg.importer.scoring;

/**
 * The counts of one page or of all: judged fields and how they fared, people, events, stated dates, review items.
 *
 * @param wrongFlagged wrong fields the draft's review list points at
 * @param wrongSilent  wrong fields nothing points at
 * @param reviewHits   review items that point at a wrong field or name a missed person
 */
public record Tally(int judged, int right, int wrongFlagged, int wrongSilent,
                    int people, int found, int missed, int missedFlagged, int invented,
                    int events, int eventsMissed, int eventsInvented,
                    int datesStated, int datesRead,
                    int reviewItems, int reviewHits) {

    public static final Tally ZERO = new Tally(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    public Tally plus(Tally o) {
        return new Tally(judged + o.judged, right + o.right, wrongFlagged + o.wrongFlagged, wrongSilent + o.wrongSilent,
                people + o.people, found + o.found, missed + o.missed, missedFlagged + o.missedFlagged, invented + o.invented,
                events + o.events, eventsMissed + o.eventsMissed, eventsInvented + o.eventsInvented,
                datesStated + o.datesStated, datesRead + o.datesRead, reviewItems + o.reviewItems, reviewHits + o.reviewHits);
    }

    /** Wrong fields nothing points at, and people dropped without a review item. */
    public int silentErrors() {
        return wrongSilent + missed - missedFlagged;
    }
}
