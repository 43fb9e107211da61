package org.migkg.importer;

import java.time.DayOfWeek;
import java.time.temporal.ChronoUnit;

/**
 * A date as the words state it, before the reader settles the order of a numeric date's day and month, the missing
 * year, and whether it is a publication date. {@code until} is a second date the words join to this one as its end
 * ("19/05/2021 – 21/05/2021").
 */
record RawDate(int from, int to, String words, DayOfWeek weekday, String weekdayWord, Part start, Part end,
        boolean separateDays, Relative relative, RawDate until) {

    /**
     * Day, month and year as written. A numeric date keeps its two numbers in the order written ({@code numeric}),
     * with its separator, until the reader decides which is the day; any other date has day and month in place.
     */
    record Part(int day, int month, Integer year, boolean numeric, char separator) {
        static Part named(int day, int month, Integer year) {
            return new Part(day, month, year, false, ' ');
        }

        Part withYear(Integer y) {
            return new Part(day, month, y, numeric, separator);
        }
    }

    /** "today" is 0 days, "yesterday" -1 days, "5 days ago" -5 days. */
    record Relative(long amount, ChronoUnit unit) {}

    static RawDate relative(int from, int to, String words, Relative relative) {
        return new RawDate(from, to, words, null, null, null, null, false, relative, null);
    }

    RawDate joinedTo(RawDate last, String text) {
        return new RawDate(from, last.to, text.substring(from, last.to), weekday, weekdayWord, start, end, separateDays, relative, last);
    }

    boolean isRelative() {
        return relative != null;
    }

    boolean statesYear() {
        return start != null && (start.year() != null || end != null && end.year() != null || until != null && until.statesYear());
    }
}
