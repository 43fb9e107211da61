package org.migkg.link;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.Temporal;
import org.migkg.records.EventRecord;
import org.migkg.records.EventTime;
import org.migkg.records.EventTime.Precision;

/**
 * The days an event record can mean: from its start to its end, or the whole month or year when the page gives only
 * that; and, when both ends are stated to the minute in the same way (with offsets, or both without), its hours.
 */
record EventSpan(LocalDate from, LocalDate to, Precision precision, Temporal startTime, Temporal endTime) {
    /** Dates a record may span and still be compared; longer spans are treated as their first year. */
    static final int MAX_DAYS = 366;

    static EventSpan of(EventRecord e) {
        EventTime start = EventTime.parse(e.start());
        EventTime end = e.end() == null ? null : EventTime.parse(e.end());
        LocalDate from = start.date();
        LocalDate to = lastDay(end == null ? start : end);
        if (to.isBefore(from)) {
            to = from;
        }
        if (to.isAfter(from.plusDays(MAX_DAYS))) {
            to = from.plusDays(MAX_DAYS);
        }
        Temporal startTime = time(start);
        Temporal endTime = end == null ? null : time(end);
        if (startTime != null && endTime != null && startTime.getClass() != endTime.getClass()) {
            endTime = null;
        }
        return new EventSpan(from, to, start.precision(), startTime, endTime);
    }

    private static LocalDate lastDay(EventTime t) {
        return switch (t.precision()) {
            case YEAR -> t.date().withDayOfYear(t.date().lengthOfYear());
            case MONTH -> YearMonth.from(t.date()).atEndOfMonth();
            default -> t.date();
        };
    }

    private static Temporal time(EventTime t) {
        return t.dateTime() != null ? t.dateTime().toInstant() : t.localDateTime();
    }

    /** Whether the page names the day (or the hour), not only a month or year. */
    boolean dayKnown() {
        return precision == Precision.DAY || precision == Precision.TIME || precision == Precision.LOCAL_TIME;
    }

    boolean overlaps(EventSpan other) {
        return !from.isAfter(other.to) && !other.from.isAfter(to);
    }

    boolean singleDay() {
        return from.equals(to);
    }

    /** Whether both are stated to the minute in a comparable way. */
    boolean timesComparable(EventSpan other) {
        return startTime != null && other.startTime != null && startTime.getClass() == other.startTime.getClass();
    }

    /** Whether the stated hours meet, allowing {@code slack} between one's end and the other's start. */
    boolean hoursMeet(EventSpan other, Duration slack) {
        Temporal aEnd = endTime == null ? startTime : endTime;
        Temporal bEnd = other.endTime == null ? other.startTime : other.endTime;
        return !after(startTime, bEnd.plus(slack)) && !after(other.startTime, aEnd.plus(slack));
    }

    private static boolean after(Temporal a, Temporal b) {
        return a instanceof LocalDateTime la ? la.isAfter((LocalDateTime) b) : ((java.time.Instant) a).isAfter((java.time.Instant) b);
    }

    String describe() {
        return singleDay() ? from.toString() : from + " to " + to;
    }
}
