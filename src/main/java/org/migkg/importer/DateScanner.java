package org.migkg.importer;

import java.time.DayOfWeek;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds the words that state a date, in any order of weekday, day, month and year: "Tuesday, 8 March 2022",
 * "THURSDAY, APRIL 22, 2021", "am 30. und 31. Oktober 2019", "1er juin", "March 6-7, 2025", "25.03.2022",
 * "2021-03-05", and relative words ("today", "5 days ago"). What the words mean is settled later.
 */
final class DateScanner {
    private DateScanner() {}

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String DAY = "(?<!\\d)(\\d{1,2})(?!\\d)(?:st|nd|rd|th|er|re|\\.)?";
    private static final String FIRST_DAY = "(?<![\\d/-])" + DAY;
    private static final String YEAR = "((?:19|20)\\d{2})(?:(?!\\d)|(?=\\d{1,2}[:h.]\\d{2}(?!\\d)))";
    private static final String WEEKDAY = "(?:(" + DateNames.WEEKDAY + ")[,.]?\\h*(?:(?:den|le|the)\\h+)?)?";
    private static final String MONTH = "(" + DateNames.MONTH + ")";
    private static final String JOIN = "\\h*(?:[-–—‒]|" + words(l -> Stream.concat(l.spanWords().stream(), l.andWords().stream())) + ")\\h*";
    static final Pattern SPAN_BETWEEN = Pattern.compile("[ \\t]*(?:[-–—‒]|" + words(l -> l.spanWords().stream()) + ")[ \\t]*", FLAGS);

    private static final Pattern DAY_MONTH = Pattern.compile(WEEKDAY + FIRST_DAY + "(?:" + JOIN + DAY + ")?\\h*(?:of\\h+)?" + MONTH
            + "(?:" + JOIN + DAY + "\\h*(?:of\\h+)?" + MONTH + ")?(?:,?\\h*" + YEAR + ")?", FLAGS);
    private static final Pattern MONTH_DAY = Pattern.compile(WEEKDAY + MONTH + "\\h*" + DAY + "(?:" + JOIN + "(?:" + MONTH + "\\h*)?" + DAY + ")?"
            + "(?:,?\\h*" + YEAR + ")?", FLAGS);
    private static final Pattern NUMERIC = Pattern.compile(WEEKDAY + "(?<![\\d./-])(\\d{1,2})([./-])(\\d{1,2})\\3" + YEAR, FLAGS);
    private static final Pattern ISO = Pattern.compile("(?<![\\d./-])((?:19|20)\\d{2})([-/])(\\d{1,2})\\2(\\d{1,2})(?![\\d])", FLAGS);

    private static String words(java.util.function.Function<DateLanguage, Stream<String>> of) {
        return DateLanguage.ALL.stream().flatMap(of).distinct().sorted(Comparator.comparingInt(String::length).reversed())
                .map(w -> "(?<![\\p{L}])" + Pattern.quote(w) + "(?![\\p{L}])").collect(Collectors.joining("|"));
    }

    /** Every date stated in the text, in order, none overlapping another; spans joined ("X – Y") are one. */
    static List<RawDate> scan(String text, Locale language) {
        List<RawDate> found = new ArrayList<>();
        dayMonth(text, found);
        monthDay(text, found);
        numeric(text, found);
        iso(text, found);
        relative(text, language, found);
        found.sort(Comparator.comparingInt(RawDate::from).thenComparing(Comparator.comparingInt((RawDate r) -> r.to() - r.from()).reversed()));
        List<RawDate> apart = new ArrayList<>();
        for (RawDate r : found) {
            if (apart.isEmpty() || r.from() >= apart.get(apart.size() - 1).to()) {
                apart.add(r);
            }
        }
        return DateSpans.join(text, withoutRelativeWordsBesideDates(text, apart));
    }

    /** "TODAY, TUESDAY, 8 MARCH 2022": the relative word only says the date beside it is the day of writing. */
    private static List<RawDate> withoutRelativeWordsBesideDates(String text, List<RawDate> dates) {
        List<RawDate> out = new ArrayList<>();
        for (int i = 0; i < dates.size(); i++) {
            RawDate r = dates.get(i);
            boolean beside = r.isRelative() && (i + 1 < dates.size() && !dates.get(i + 1).isRelative() && adjacent(text, r.to(), dates.get(i + 1).from())
                    || i > 0 && !dates.get(i - 1).isRelative() && adjacent(text, dates.get(i - 1).to(), r.from()));
            if (!beside) {
                out.add(r);
            }
        }
        return out;
    }

    private static boolean adjacent(String text, int from, int to) {
        return text.substring(from, to).matches("[\\s,.:;()–-]{0,4}");
    }

    private static void dayMonth(String text, List<RawDate> found) {
        Matcher m = DAY_MONTH.matcher(text);
        while (m.find()) {
            Integer year = year(m.group(7));
            int month = month(m.group(4));
            RawDate.Part start;
            RawDate.Part end = null;
            if (m.group(5) != null) {
                start = RawDate.Part.named(Integer.parseInt(m.group(2)), month, null);
                end = RawDate.Part.named(Integer.parseInt(m.group(5)), month(m.group(6)), year);
            } else {
                start = RawDate.Part.named(Integer.parseInt(m.group(2)), month, year);
                if (m.group(3) != null) {
                    end = RawDate.Part.named(Integer.parseInt(m.group(3)), month, year);
                }
            }
            found.add(raw(m, text, start, end, m.group(3) != null && m.group(5) == null && isAnd(text, m.end(2), m.start(3))));
        }
    }

    private static void monthDay(String text, List<RawDate> found) {
        Matcher m = MONTH_DAY.matcher(text);
        while (m.find()) {
            Integer year = year(m.group(6));
            int month = month(m.group(2));
            RawDate.Part end = m.group(5) == null ? null
                    : RawDate.Part.named(Integer.parseInt(m.group(5)), m.group(4) == null ? month : month(m.group(4)), year);
            RawDate.Part start = RawDate.Part.named(Integer.parseInt(m.group(3)), month, m.group(4) == null ? year : null);
            found.add(raw(m, text, start, end, m.group(5) != null && isAnd(text, m.end(3), m.start(m.group(4) == null ? 5 : 4))));
        }
    }

    private static void numeric(String text, List<RawDate> found) {
        Matcher m = NUMERIC.matcher(text);
        while (m.find()) {
            RawDate.Part start = new RawDate.Part(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(4)),
                    Integer.parseInt(m.group(5)), true, m.group(3).charAt(0));
            found.add(raw(m, text, start, null, false));
        }
    }

    private static void iso(String text, List<RawDate> found) {
        Matcher m = ISO.matcher(text);
        while (m.find()) {
            RawDate.Part start = RawDate.Part.named(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(1)));
            found.add(new RawDate(m.start(), m.end(), m.group(), null, null, start, null, false, null, null));
        }
    }

    /** A language's relative words and "ago" phrase, compiled once. */
    private record RelativeWords(DateLanguage language, Map<String, Pattern> words, Pattern ago) {
        static RelativeWords of(DateLanguage l) {
            Map<String, Pattern> words = new java.util.HashMap<>();
            l.relative().keySet().forEach(w -> words.put(w, Pattern.compile("(?<![\\p{L}'’])" + Pattern.quote(w) + "(?![\\p{L}'’])", FLAGS)));
            return new RelativeWords(l, words, Pattern.compile("(?<![\\p{L}])" + l.ago() + "(?![\\p{L}])", FLAGS));
        }
    }

    private static final Map<DateLanguage, RelativeWords> RELATIVE = DateLanguage.ALL.stream()
            .collect(Collectors.toMap(l -> l, RelativeWords::of));

    private static void relative(String text, Locale language, List<RawDate> found) {
        for (DateLanguage l : DateLanguage.forPage(language)) {
            RelativeWords words = RELATIVE.get(l);
            for (Map.Entry<String, Pattern> word : words.words().entrySet()) {
                if (language == null && l.hintedOnly().contains(word.getKey())) {
                    continue;
                }
                Matcher m = word.getValue().matcher(text);
                while (m.find()) {
                    found.add(RawDate.relative(m.start(), m.end(), m.group(), new RawDate.Relative(l.relative().get(word.getKey()), ChronoUnit.DAYS)));
                }
            }
            Matcher m = words.ago().matcher(text);
            while (m.find()) {
                String unit = m.group("unit").toLowerCase(Locale.ROOT);
                l.units().entrySet().stream().filter(u -> unit.startsWith(u.getKey())).findFirst().ifPresent(u ->
                        found.add(RawDate.relative(m.start(), m.end(), m.group(), new RawDate.Relative(-Long.parseLong(m.group("n")), u.getValue()))));
            }
        }
    }

    private static RawDate raw(Matcher m, String text, RawDate.Part start, RawDate.Part end, boolean separate) {
        DayOfWeek weekday = DateNames.weekday(m.group(1)).orElse(null);
        boolean separateDays = separate && end != null && end.day() - start.day() > 1;
        return new RawDate(m.start(), m.end(), text.substring(m.start(), m.end()).strip(), weekday, m.group(1), start, end, separateDays, null, null);
    }

    private static boolean isAnd(String text, int from, int to) {
        String between = text.substring(from, to).replaceFirst("^(?:st|nd|rd|th|er|re|\\.)", "").strip().toLowerCase(Locale.ROOT);
        return DateLanguage.ALL.stream().anyMatch(l -> l.andWords().contains(between));
    }

    private static Integer year(String digits) {
        return digits == null ? null : Integer.valueOf(digits);
    }

    private static int month(String name) {
        return DateNames.month(name).orElseThrow().getValue();
    }
}
