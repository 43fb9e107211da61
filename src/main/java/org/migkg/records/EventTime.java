package org.migkg.records;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * A record's start or end: a calendar date, a date-time with the offset the page implies, or only a year-month or a
 * year when that is all the page gives ({@code precision} says which; {@code date} is then the period's first day, for
 * ordering only).
 */
public record EventTime(LocalDate date, OffsetDateTime dateTime, LocalDateTime localDateTime, Precision precision) {
    /** TIME has the offset the page implies; LOCAL_TIME is a time the page gives without any zone. */
    public enum Precision { YEAR, MONTH, DAY, TIME, LOCAL_TIME }

    private static final DateTimeFormatter LOCAL_LEXICAL = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    private static final DateTimeFormatter STRICT_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    /** Parses strictly: 2023-02-30 and 25:00 are errors, not silently rolled over. */
    public static EventTime parse(String text) {
        switch (text.length()) {
            case 4 -> {
                return new EventTime(java.time.Year.parse(text).atDay(1), null, null, Precision.YEAR);
            }
            case 7 -> {
                return new EventTime(java.time.YearMonth.parse(text).atDay(1), null, null, Precision.MONTH);
            }
            case 10 -> {
                return new EventTime(LocalDate.parse(text, STRICT_DATE), null, null, Precision.DAY);
            }
            case 16, 19 -> {
                LocalDateTime local = LocalDateTime.parse(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME.withResolverStyle(ResolverStyle.STRICT));
                return new EventTime(local.toLocalDate(), null, local, Precision.LOCAL_TIME);
            }
            default -> {
                OffsetDateTime odt = OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME.withResolverStyle(ResolverStyle.STRICT));
                return new EventTime(odt.toLocalDate(), odt, null, Precision.TIME);
            }
        }
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
        return dateTime != null || localDateTime != null;
    }

    /** The lexical form for {@link #xsdDatatype()}. */
    public String lexical() {
        return switch (precision) {
            case YEAR -> Integer.toString(date.getYear());
            case MONTH -> java.time.YearMonth.from(date).toString();
            case DAY -> date.toString();
            case TIME -> dateTime.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            case LOCAL_TIME -> localDateTime.format(LOCAL_LEXICAL);
        };
    }

    /** The local name of the XML Schema datatype: date, dateTime, gYearMonth or gYear. */
    public String xsdDatatype() {
        return switch (precision) {
            case YEAR -> "gYear";
            case MONTH -> "gYearMonth";
            case DAY -> "date";
            case TIME, LOCAL_TIME -> "dateTime";
        };
    }

    public int year() {
        return date.getYear();
    }
}
