package org.migkg.records;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/** A record's start or end: a calendar date, or a date-time with the offset the page implies. */
public record EventTime(LocalDate date, OffsetDateTime dateTime) {

    private static final DateTimeFormatter STRICT_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    /** Parses strictly: 2023-02-30 and 25:00 are errors, not silently rolled over. */
    public static EventTime parse(String text) {
        if (text.length() == 10) {
            return new EventTime(LocalDate.parse(text, STRICT_DATE), null);
        }
        OffsetDateTime odt = OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME.withResolverStyle(ResolverStyle.STRICT));
        return new EventTime(odt.toLocalDate(), odt);
    }

    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    public boolean hasTime() {
        return dateTime != null;
    }

    /** The lexical form for xsd:date or xsd:dateTime. */
    public String lexical() {
        return hasTime() ? dateTime.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) : date.toString();
    }

    public int year() {
        return date.getYear();
    }
}
