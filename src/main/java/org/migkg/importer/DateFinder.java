package org.migkg.importer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the dates a text states, in English, German, French and Norwegian ({@link DateLanguage}): named months and
 * weekdays in any order and case, ordinals, numeric and ISO dates, spans and pairs of days, dates without a year
 * and relative words. What it cannot be sure of (a numeric date's order, a guessed year, a weekday that does not
 * fit) goes into the mention's doubts; words that are not a date ("31 February 2021") give a doubt, never an error.
 */
final class DateFinder {
    private DateFinder() {}

    /** Every date stated in the text, in order. */
    static List<DateMention> all(String text, DateHints hints) {
        List<RawDate> dates = DateScanner.scan(text, hints.language());
        Reading reading = new Reading(text, dates, hints, pageDates(text, dates, hints));
        return dates.stream().map(reading::mention).toList();
    }

    /**
     * The first date a line states with its year, or with a weekday that tells the year; what the page importer
     * reads a single line with when it knows nothing else of the page.
     */
    static Optional<StatedDate> in(String line) {
        List<RawDate> dates = DateScanner.scan(line, null);
        Reading reading = new Reading(line, dates, DateHints.none(), dates);
        for (RawDate raw : dates) {
            if (raw.isRelative() || !raw.statesYear() && raw.weekday() == null) {
                continue;
            }
            DateMention m = reading.mention(raw);
            if (m.isDate()) {
                return Optional.of(new StatedDate(m.start(), m.end(), m.stated(), m.doubts()));
            }
        }
        return Optional.empty();
    }

    private static List<RawDate> pageDates(String text, List<RawDate> dates, DateHints hints) {
        if (hints.pageText() == null || hints.pageText().equals(text)) {
            return dates;
        }
        List<RawDate> all = new ArrayList<>(dates);
        all.addAll(DateScanner.scan(hints.pageText(), hints.language()));
        return all;
    }

    /** The reading of one text: its dates, the hints, and the page's dates that settle orders and years. */
    private record Reading(String text, List<RawDate> dates, DateHints hints, List<RawDate> pageDates, LocalDate posted,
            Integer pageYear, Integer bareYear) {

        private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:19|20)\\d{2}(?!\\d)");

        Reading(String text, List<RawDate> dates, DateHints hints, List<RawDate> pageDates) {
            this(text, dates, hints, pageDates, null, null, null);
        }

        Reading {
            if (posted == null) {
                posted = hints.posted() != null ? hints.posted() : postedOnPage(text, dates, hints, pageDates);
            }
            if (pageYear == null) {
                pageYear = pageDates.stream().filter(r -> r.start() != null && r.start().year() != null)
                        .collect(Collectors.groupingBy(r -> r.start().year(), Collectors.counting())).entrySet().stream()
                        .max(Map.Entry.<Integer, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                        .map(Map.Entry::getKey).orElse(null);
            }
            if (bareYear == null) {
                bareYear = mostFrequentYear(hints.pageText() == null ? text : hints.pageText());
            }
        }

        private static Integer mostFrequentYear(String page) {
            Map<Integer, Long> counts = YEAR.matcher(page).results().collect(Collectors.groupingBy(r -> Integer.valueOf(r.group()), Collectors.counting()));
            return counts.entrySet().stream().max(Map.Entry.<Integer, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                    .map(Map.Entry::getKey).orElse(null);
        }

        private static LocalDate postedOnPage(String text, List<RawDate> dates, DateHints hints, List<RawDate> pageDates) {
            String page = hints.pageText() == null ? text : hints.pageText();
            List<RawDate> onPage = hints.pageText() == null || page.equals(text) ? dates : pageDates.subList(dates.size(), pageDates.size());
            for (RawDate r : onPage) {
                if (!r.isRelative() && r.start().year() != null && PublicationCue.marks(page, r.from())) {
                    NumericOrder.Reading order = order(r.start(), r, hints, pageDates);
                    try {
                        return LocalDate.of(r.start().year(), order.month(), order.day());
                    } catch (DateTimeException e) {
                        // not a date: look further
                    }
                }
            }
            return null;
        }

        DateMention mention(RawDate raw) {
            boolean published = PublicationCue.marks(text, raw.from());
            if (raw.isRelative()) {
                return relative(raw, published);
            }
            List<String> doubts = new ArrayList<>();
            DateMention last = raw.until() == null ? null : mention(raw.until());
            NumericOrder.Reading first = order(raw.start(), raw, hints, pageDates);
            if (first.doubt() != null) {
                doubts.add(first.doubt());
            }
            if (!possible(first.day(), first.month())) {
                return DateMention.notADate(raw, notADate(raw));
            }
            Integer endYear = raw.end() != null ? raw.end().year() : last != null && last.isDate() && last.yearStated() ? (Integer) lastDay(last).getYear() : null;
            Integer year = raw.start().year();
            if (year == null && endYear != null) {
                LocalDate endDay = raw.end() != null ? safe(endYear, raw.end().month(), raw.end().day()) : lastDay(last);
                year = endDay != null && (first.month() > endDay.getMonthValue() || first.month() == endDay.getMonthValue() && first.day() > endDay.getDayOfMonth()) ? endYear - 1 : endYear;
            }
            if (year == null) {
                YearGuess.Guess guess = YearGuess.of(first.day(), first.month(), raw.weekday(), raw.words(), yearContext(raw));
                year = guess.year();
                doubts.add(guess.doubt());
            }
            LocalDate start = safe(year, first.month(), first.day());
            if (start == null) {
                return DateMention.notADate(raw, notADate(raw));
            }
            LocalDate end = end(raw, last, start, doubts);
            if (raw.weekday() != null && start.getDayOfWeek() != raw.weekday()) {
                doubts.add("the page says \"" + raw.weekdayWord() + "\" (" + DateNames.english(raw.weekday()) + ") but " + start + " is a " + DateNames.english(start.getDayOfWeek()));
            }
            if (raw.separateDays()) {
                doubts.add("\"" + raw.words() + "\" names separate days, read as the span from " + start + " to " + end);
            }
            return new DateMention(start, end, raw.words(), raw.from(), raw.statesYear(), published, false, doubts);
        }

        private LocalDate end(RawDate raw, DateMention last, LocalDate start, List<String> doubts) {
            LocalDate end = null;
            if (raw.end() != null) {
                int y = raw.end().year() != null ? raw.end().year() : start.getYear();
                end = safe(y, raw.end().month(), raw.end().day());
                if (end != null && end.isBefore(start) && raw.end().year() == null) {
                    end = safe(y + 1, raw.end().month(), raw.end().day());
                }
                if (end == null) {
                    doubts.add(notADate(raw));
                }
            } else if (last != null) {
                doubts.addAll(last.doubts());
                end = last.isDate() ? lastDay(last) : null;
            }
            if (end != null && end.isBefore(start)) {
                doubts.add("\"" + raw.words() + "\" ends (" + end + ") before it starts (" + start + "); read as the first day only");
                return null;
            }
            return end == null || end.equals(start) ? null : end;
        }

        private DateMention relative(RawDate raw, boolean published) {
            LocalDate from = posted != null ? posted : hints.reference();
            ChronoUnit unit = raw.relative().unit();
            LocalDate day = unit == ChronoUnit.HOURS || unit == ChronoUnit.MINUTES ? from : from.plus(raw.relative().amount(), unit);
            String counted = posted != null ? "counted from the page's posting date " + posted
                    : "counted from " + from + ", the day of reading, as the page's posting date is not known";
            return new DateMention(day, null, raw.words(), raw.from(), false, published, true,
                    List.of("the page says \"" + raw.words() + "\": read as " + day + ", " + counted + ": confirm the date"));
        }

        private YearGuess.Context yearContext(RawDate raw) {
            Integer nearby = dates.stream().filter(r -> r != raw && r.start() != null && r.start().year() != null)
                    .min(Comparator.comparingInt(r -> Math.abs(r.from() - raw.from()))).map(r -> r.start().year()).orElse(null);
            return new YearGuess.Context(posted, nearby, pageYear, bareYear, hints.reference());
        }

        private static NumericOrder.Reading order(RawDate.Part part, RawDate raw, DateHints hints, List<RawDate> pageDates) {
            return part.numeric() ? NumericOrder.of(part, raw.weekday(), raw.words(), hints, pageDates)
                    : new NumericOrder.Reading(part.day(), part.month(), null);
        }

        private static LocalDate lastDay(DateMention m) {
            return m.end() != null ? m.end() : m.start();
        }
    }

    private static String notADate(RawDate raw) {
        return "the page states \"" + raw.words() + "\", which is not a date";
    }

    private static boolean possible(int day, int month) {
        return month >= 1 && month <= 12 && day >= 1 && day <= java.time.Month.of(month).maxLength();
    }

    private static LocalDate safe(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
