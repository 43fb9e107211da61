package org.migkg.importer;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/**
 * Which of a numeric date's numbers is the day. A number above 12 settles it; otherwise, in this order: a numeric
 * date elsewhere on the page whose order is plain (one number above 12), the weekday stated with it, and the
 * publisher's convention ({@link DateConvention}). Only when none tells is the date read day first and flagged.
 */
final class NumericOrder {
    private NumericOrder() {}

    /** The day and month of a numeric date, and the doubt left when the order stays open (else null). */
    record Reading(int day, int month, String doubt) {}

    static Reading of(RawDate.Part part, DayOfWeek weekday, String words, DateHints hints, List<RawDate> pageDates) {
        int a = part.day();
        int b = part.month();
        if (a > 12 || b > 12 || a == b) {
            return b > 12 && a <= 12 ? new Reading(b, a, null) : new Reading(a, b, null);
        }
        Boolean dayFirst = fromPage(part.separator(), pageDates);
        if (dayFirst == null && weekday != null) {
            boolean asDayFirst = is(part.year(), b, a, weekday);
            boolean asMonthFirst = is(part.year(), a, b, weekday);
            dayFirst = asDayFirst == asMonthFirst ? null : asDayFirst;
        }
        if (dayFirst == null) {
            dayFirst = DateConvention.dayFirst(hints, part.separator());
        }
        if (dayFirst != null) {
            return dayFirst ? new Reading(a, b, null) : new Reading(b, a, null);
        }
        return new Reading(a, b, "\"" + words + "\" is read day first (" + LocalDate.of(part.year(), b, a)
                + "); month first it would be " + LocalDate.of(part.year(), a, b));
    }

    /** True when the page's plain numeric dates put the day first, false when the month, null when they do not tell. */
    private static Boolean fromPage(char separator, List<RawDate> pageDates) {
        Boolean same = plainOrder(pageDates, separator, true);
        return same != null ? same : plainOrder(pageDates, separator, false);
    }

    private static Boolean plainOrder(List<RawDate> pageDates, char separator, boolean sameSeparator) {
        boolean dayFirst = false;
        boolean monthFirst = false;
        for (RawDate r : pageDates) {
            for (RawDate.Part p : new RawDate.Part[] {r.start(), r.until() == null ? null : r.until().start()}) {
                if (p == null || !p.numeric() || sameSeparator && p.separator() != separator) {
                    continue;
                }
                dayFirst |= p.day() > 12 && p.month() <= 12;
                monthFirst |= p.month() > 12 && p.day() <= 12;
            }
        }
        return dayFirst == monthFirst ? null : dayFirst;
    }

    private static boolean is(int year, int month, int day, DayOfWeek weekday) {
        try {
            return LocalDate.of(year, month, day).getDayOfWeek() == weekday;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
