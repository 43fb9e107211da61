package org.migkg.importer;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.migkg.records.EventTime;

/**
 * When the event starts and ends, as the draft states them, with the times as the page writes them, the date its id
 * begins with ({@code undated} when there is none) and its year (0 when unknown). The page's schema.org data first,
 * then the dates its lines state, then the curator's --start, then the year the page names most (flagged).
 */
record EventStart(String start, String end, List<String> statedTimes, String idPrefix, int year) {

    static EventStart read(SavedPage page, List<String> texts, ImportOptions options, ReviewList review) {
        DateHints hints = DateHints.forPage(page.url(), texts, null).withPageText(String.join("\n", page.wholePage()));
        Optional<EventDate> date = EventDates.of(texts, hints);
        StructuredEvent data = page.structured();
        if (data != null && data.startDate() != null && EventTime.isValid(data.startDate())) {
            String end = data.endDate() != null && EventTime.isValid(data.endDate()) ? data.endDate() : null;
            EventTime t = EventTime.parse(data.startDate());
            return new EventStart(data.startDate(), end, List.of(), t.date().toString(), t.year());
        }
        if (date.isPresent()) {
            EventDate d = date.get();
            d.doubts().forEach(doubt -> review.flag("/start", doubt));
            return new EventStart(d.isoStart(), d.isoEnd(), d.statedTimes(), d.start().toString(), d.start().getYear());
        }
        LocalDate given = options.startWhenUnstated();
        if (given != null) {
            review.flag("/start", "the page states no date; " + given + " was given on the command line");
            return new EventStart(given.toString(), null, List.of(), given.toString(), given.getYear());
        }
        Optional<Integer> mentioned = YearHint.of(page.url(), texts);
        review.flag("/start", mentioned.map(y -> "the page states no date; " + y + " is the year it names most: give the "
                        + "event's date (import --start) or keep only the year")
                .orElse("the page states no date and no year: give the event's date (import --start) before loading"));
        return new EventStart(mentioned.map(String::valueOf).orElse(null), null, List.of(),
                mentioned.map(String::valueOf).orElse("undated"), mentioned.orElse(0));
    }
}
