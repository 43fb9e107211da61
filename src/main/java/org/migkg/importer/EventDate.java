package org.migkg.importer;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The date of an event as its page states it: first and last day (null for one day), start and end times (null when
 * the page states none) with their offset (null when it names no zone), whether the page gives the year, the words
 * the date and times were read from, and what a reviewer should check.
 */
record EventDate(LocalDate start, LocalDate end, LocalDateTime startTime, LocalDateTime endTime, ZoneOffset offset,
        boolean yearStated, String stated, List<String> statedTimes, List<String> doubts) {

    EventDate {
        statedTimes = List.copyOf(statedTimes);
        doubts = List.copyOf(doubts);
    }

    /** The start as a record writes it: a date, a local date-time, or a date-time with its offset. */
    String isoStart() {
        return startTime == null ? start.toString() : iso(startTime);
    }

    /** The end as a record writes it, or null: the last day, at the end time when the page states one. */
    String isoEnd() {
        if (endTime != null) {
            return iso(end != null ? LocalDateTime.of(end, endTime.toLocalTime()) : endTime);
        }
        return end == null ? null : end.toString();
    }

    private String iso(LocalDateTime time) {
        return offset == null ? time.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
                : time.atOffset(offset).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
