package org.migkg.importer;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The year of a date stated without one, and the doubt that says how it was chosen: the year in which the stated
 * weekday fits (near the page's other years, else the latest up to the reference year), else the year that puts the
 * date nearest the page's posting date, else the year of the nearest date the text states in full, else the year
 * the page's dates state most often, else the year the page names most often, else the latest year in which the day
 * is not after the reference date.
 */
final class YearGuess {
    private YearGuess() {}

    record Guess(int year, String doubt) {}

    /** What the page says about years: its posting date, the nearest full date's year, its most stated year (each nullable). */
    record Context(LocalDate posted, Integer nearbyYear, Integer pageYear, Integer bareYear, LocalDate reference) {
        Integer year() {
            return posted != null ? Integer.valueOf(posted.getYear()) : nearbyYear != null ? nearbyYear : pageYear != null ? pageYear : bareYear;
        }
    }

    static Guess of(int day, int month, DayOfWeek weekday, String words, Context c) {
        String said = "the page states \"" + words + "\" without a year; ";
        String dayMonth = day + " " + DateNames.english(java.time.Month.of(month));
        if (weekday != null) {
            Integer near = c.year();
            if (near != null) {
                for (int y : new int[] {near, near - 1, near + 1}) {
                    if (fits(y, month, day, weekday)) {
                        return new Guess(y, said + y + " is the year near the page's other dates in which " + dayMonth + " is a "
                                + DateNames.english(weekday) + ": confirm the year");
                    }
                }
            }
            for (int y = c.reference().getYear(); y > c.reference().getYear() - 50; y--) {
                if (fits(y, month, day, weekday)) {
                    return new Guess(y, said + y + " is the latest year up to " + c.reference().getYear() + " in which " + dayMonth
                            + " is a " + DateNames.english(weekday) + ": confirm the year");
                }
            }
        }
        if (c.posted() != null) {
            int best = c.posted().getYear();
            long distance = Long.MAX_VALUE;
            for (int y = best - 1; y <= c.posted().getYear() + 1; y++) {
                try {
                    long d = Math.abs(ChronoUnit.DAYS.between(c.posted(), LocalDate.of(y, month, day)));
                    if (d < distance) {
                        distance = d;
                        best = y;
                    }
                } catch (DateTimeException e) {
                    // 29 February outside a leap year
                }
            }
            return new Guess(best, said + "read as " + best + ", which puts it nearest the page's posting date " + c.posted() + ": confirm the year");
        }
        if (c.nearbyYear() != null) {
            return new Guess(c.nearbyYear(), said + "read as " + c.nearbyYear() + ", the year of the nearest date stated in full: confirm the year");
        }
        if (c.pageYear() != null) {
            return new Guess(c.pageYear(), said + "read as " + c.pageYear() + ", the year the page's dates state most often: confirm the year");
        }
        if (c.bareYear() != null) {
            return new Guess(c.bareYear(), said + "read as " + c.bareYear() + ", the year the page names most often: confirm the year");
        }
        LocalDate reference = c.reference();
        int y = month < reference.getMonthValue() || month == reference.getMonthValue() && day <= reference.getDayOfMonth()
                ? reference.getYear() : reference.getYear() - 1;
        return new Guess(y, said + "the page states no year, so it is read as " + y + ", the latest year up to " + reference
                + " that has it: confirm the year");
    }

    private static boolean fits(int year, int month, int day, DayOfWeek weekday) {
        try {
            return LocalDate.of(year, month, day).getDayOfWeek() == weekday;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
