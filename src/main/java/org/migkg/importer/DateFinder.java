package org.migkg.importer;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a stated date in a line: "July 25, 2023", "Tuesday, February 15, 2022", "22 April 2021", "19 and 20 March
 * 2024", "25/04/2024", "12.01.2021", and "Tuesday, 6 July" (no year: the year is inferred from the weekday and
 * flagged). Numeric dates whose day and month could be swapped are flagged.
 */
final class DateFinder {
    private DateFinder() {}

    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December)";
    private static final String WEEKDAY = "(?:(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\\s+)?";
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(WEEKDAY + MONTH + "\\s+(\\d{1,2})(?:\\s*(?:-|–|and)\\s*(\\d{1,2}))?,\\s*(\\d{4})");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(WEEKDAY + "(\\d{1,2})(?:\\s*(?:-|–|and)\\s*(\\d{1,2}))?\\s+" + MONTH + ",?\\s+(\\d{4})");
    private static final Pattern DAY_MONTH_NO_YEAR = Pattern.compile(WEEKDAY + "(\\d{1,2})\\s+" + MONTH + "\\b(?!,?\\s+\\d{4})");
    private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})([./])(\\d{1,2})\\2(\\d{4})\\b");

    static Optional<StatedDate> in(String line) {
        Matcher m = MONTH_DAY_YEAR.matcher(line);
        if (m.find()) {
            int year = Integer.parseInt(m.group(5));
            Month month = month(m.group(2));
            return Optional.of(date(m.group(0), LocalDate.of(year, month, Integer.parseInt(m.group(3))),
                    m.group(4) == null ? null : LocalDate.of(year, month, Integer.parseInt(m.group(4))), m.group(1)));
        }
        m = DAY_MONTH_YEAR.matcher(line);
        if (m.find()) {
            int year = Integer.parseInt(m.group(5));
            Month month = month(m.group(4));
            return Optional.of(date(m.group(0), LocalDate.of(year, month, Integer.parseInt(m.group(2))),
                    m.group(3) == null ? null : LocalDate.of(year, month, Integer.parseInt(m.group(3))), m.group(1)));
        }
        m = NUMERIC.matcher(line);
        if (m.find()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(3));
            int year = Integer.parseInt(m.group(4));
            List<String> doubts = new ArrayList<>();
            LocalDate d;
            if (a > 12) {
                d = LocalDate.of(year, b, a);
            } else if (b > 12) {
                d = LocalDate.of(year, a, b);
            } else {
                d = LocalDate.of(year, b, a);
                if (a != b) {
                    doubts.add("\"" + m.group(0) + "\" is read day first (" + d + "); month first it would be " + LocalDate.of(year, a, b));
                }
            }
            return Optional.of(new StatedDate(d, null, m.group(0), doubts));
        }
        m = DAY_MONTH_NO_YEAR.matcher(line);
        if (m.find() && m.group(1) != null) {
            DayOfWeek weekday = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
            Month month = month(m.group(3));
            int day = Integer.parseInt(m.group(2));
            for (int year = Year.now().getValue(); year > 1990; year--) {
                if (day <= month.length(Year.isLeap(year)) && LocalDate.of(year, month, day).getDayOfWeek() == weekday) {
                    return Optional.of(new StatedDate(LocalDate.of(year, month, day), null, m.group(0), List.of(
                            "the page states \"" + m.group(0) + "\" without a year; " + year + " is the latest year in which "
                                    + day + " " + month.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " is a "
                                    + m.group(1) + ": confirm the year")));
                }
            }
        }
        return Optional.empty();
    }

    private static StatedDate date(String stated, LocalDate start, LocalDate end, String weekday) {
        List<String> doubts = new ArrayList<>();
        if (weekday != null && start.getDayOfWeek() != DayOfWeek.valueOf(weekday.toUpperCase(Locale.ROOT))) {
            doubts.add("the page says " + weekday + " but " + start + " is a "
                    + start.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
        }
        return new StatedDate(start, end, stated, doubts);
    }

    private static Month month(String name) {
        return Month.valueOf(name.toUpperCase(Locale.ROOT));
    }
}
