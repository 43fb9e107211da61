package org.migkg.serve.html;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Dates as a reader expects them: "15 February 2022, 09:00 (UTC-05:00)", "25 July 2023", "May 2013" or "2013", as
 * precise as the page was; the stated times are shown beside.
 */
final class Dates {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private Dates() {}

    static String readable(String lexical) {
        if (lexical == null) {
            return "";
        }
        try {
            if (lexical.length() > 10) {
                OffsetDateTime t = OffsetDateTime.parse(lexical);
                String offset = t.getOffset().getTotalSeconds() == 0 ? "UTC" : "UTC" + t.getOffset().getId();
                return t.format(DAY) + ", " + t.format(TIME) + " (" + offset + ")";
            }
            if (lexical.length() == 7) {
                return YearMonth.parse(lexical).format(MONTH);
            }
            return lexical.length() == 4 ? lexical : LocalDate.parse(lexical).format(DAY);
        } catch (DateTimeParseException e) {
            return lexical;
        }
    }

    /** The ISO date part, for machine-readable time elements and sorting. */
    static String isoDay(String lexical) {
        return lexical == null || lexical.length() < 10 ? lexical : lexical.substring(0, 10);
    }

    static String year(String lexical) {
        return lexical == null || lexical.length() < 4 ? "" : lexical.substring(0, 4);
    }
}
