package org.migkg.serve.reconcile;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.migkg.records.EventTime;

/** The days a date stands for: one day, a month, a year, or an event's run from its start to its end. */
record DateSpan(LocalDate from, LocalDate to, Precision precision) {
    /** How exactly a date is known; when two dates agree, the coarser of the two says how much that tells. */
    enum Precision { YEAR, MONTH, DAY }

    private static final Pattern ISO = Pattern.compile("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?(?:[T ].*)?$");
    private static final Pattern YEAR = Pattern.compile("\\b(1[89]\\d\\d|2\\d\\d\\d)\\b");
    private static final List<DateTimeFormatter> DAYS = List.of(
            english("d MMMM uuuu"), english("d MMM uuuu"), english("MMMM d, uuuu"), english("MMM d, uuuu"),
            english("MMMM d uuuu"), english("d.M.uuuu"));
    private static final List<DateTimeFormatter> MONTHS = List.of(english("MMMM uuuu"), english("MMM uuuu"));

    private static DateTimeFormatter english(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(Locale.ENGLISH);
    }

    static DateSpan day(LocalDate d) {
        return new DateSpan(d, d, Precision.DAY);
    }

    static DateSpan of(EventTime t) {
        return switch (t.precision()) {
            case YEAR -> year(t.year());
            case MONTH -> {
                YearMonth ym = YearMonth.from(t.date());
                yield new DateSpan(ym.atDay(1), ym.atEndOfMonth(), Precision.MONTH);
            }
            default -> day(t.date());
        };
    }

    static DateSpan year(int year) {
        Year y = Year.of(year);
        return new DateSpan(y.atDay(1), y.atMonth(12).atEndOfMonth(), Precision.YEAR);
    }

    /** A stored start or end (xsd:date, dateTime, gYearMonth or gYear lexical form). */
    static Optional<DateSpan> stored(String lexical) {
        try {
            return Optional.of(of(EventTime.parse(lexical)));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            return written(lexical);
        }
    }

    /**
     * A date as a table cell may hold it: ISO ("2022-02-15", "2022-02", "2022", "2022-02-15T00:00:00Z"), English
     * ("15 February 2022", "February 15, 2022", "Feb 2022"), else the first year in the text.
     */
    static Optional<DateSpan> written(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        Matcher iso = ISO.matcher(t);
        if (iso.matches()) {
            try {
                int y = Integer.parseInt(iso.group(1));
                if (iso.group(2) == null) {
                    return Optional.of(year(y));
                }
                YearMonth ym = YearMonth.of(y, Integer.parseInt(iso.group(2)));
                if (iso.group(3) == null) {
                    return Optional.of(new DateSpan(ym.atDay(1), ym.atEndOfMonth(), Precision.MONTH));
                }
                return Optional.of(day(ym.atDay(Integer.parseInt(iso.group(3)))));
            } catch (java.time.DateTimeException e) {
                return Optional.empty();
            }
        }
        for (DateTimeFormatter f : DAYS) {
            Optional<TemporalAccessor> parsed = tryParse(f, t);
            if (parsed.isPresent()) {
                return Optional.of(day(LocalDate.from(parsed.get())));
            }
        }
        for (DateTimeFormatter f : MONTHS) {
            Optional<TemporalAccessor> parsed = tryParse(f, t);
            if (parsed.isPresent()) {
                YearMonth ym = YearMonth.of(parsed.get().get(ChronoField.YEAR), parsed.get().get(ChronoField.MONTH_OF_YEAR));
                return Optional.of(new DateSpan(ym.atDay(1), ym.atEndOfMonth(), Precision.MONTH));
            }
        }
        Matcher y = YEAR.matcher(t);
        return y.find() ? Optional.of(year(Integer.parseInt(y.group(1)))) : Optional.empty();
    }

    private static Optional<TemporalAccessor> tryParse(DateTimeFormatter f, String text) {
        try {
            return Optional.of(f.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** From this span's start to the end of {@code end}, as precise as the less precise of the two. */
    DateSpan through(DateSpan end) {
        if (end.to.isBefore(from)) {
            return this;
        }
        return new DateSpan(from, end.to, coarser(precision, end.precision));
    }

    boolean overlaps(DateSpan other) {
        return !from.isAfter(other.to) && !other.from.isAfter(to);
    }

    static Precision coarser(Precision a, Precision b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** "2022-02-15", "2022-02", "2022", or the start and the last day of a longer run: "2022-02-15 – 2022-02-17". */
    @Override
    public String toString() {
        String start = switch (precision) {
            case YEAR -> Integer.toString(from.getYear());
            case MONTH -> YearMonth.from(from).toString();
            case DAY -> from.toString();
        };
        LocalDate end = switch (precision) {
            case YEAR -> Year.of(from.getYear()).atMonth(12).atEndOfMonth();
            case MONTH -> YearMonth.from(from).atEndOfMonth();
            case DAY -> from;
        };
        return to.equals(end) ? start : start + " – " + to;
    }
}
