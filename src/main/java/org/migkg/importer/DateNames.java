package org.migkg.importer;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Month and weekday names in the supported languages, as java.time's locale data writes them (full and abbreviated):
 * a regular expression for each, and the month or weekday a matched name means. Accents may be left out ("fevrier"),
 * case does not count, and an abbreviation the locale writes with a dot ("Okt.", "déc.") must keep it, so that "des"
 * in French prose is not taken for the Norwegian "des." (December).
 */
final class DateNames {
    private DateNames() {}

    private static final Map<String, Month> MONTHS = new HashMap<>();
    private static final Map<String, DayOfWeek> WEEKDAYS = new HashMap<>();
    static final String MONTH;
    static final String WEEKDAY;

    static {
        Set<String> monthNames = new LinkedHashSet<>();
        Set<String> weekdayNames = new LinkedHashSet<>();
        for (DateLanguage language : DateLanguage.ALL) {
            for (Locale locale : language.locales()) {
                for (Month m : Month.values()) {
                    collect(locale, List.of("MMMM", "LLLL", "MMM"), LocalDate.of(2001, m, 1), m, MONTHS, monthNames);
                }
                for (DayOfWeek d : DayOfWeek.values()) {
                    collect(locale, List.of("EEEE", "cccc", "EEE"), LocalDate.of(2001, 1, d.getValue()), d, WEEKDAYS, weekdayNames);
                }
            }
        }
        MONTH = alternation(monthNames);
        WEEKDAY = alternation(weekdayNames);
    }

    private static <T> void collect(Locale locale, List<String> patterns, LocalDate sample, T value, Map<String, T> into, Set<String> names) {
        for (String pattern : patterns) {
            String name = DateTimeFormatter.ofPattern(pattern, locale).format(sample);
            boolean dotted = name.endsWith(".");
            String bare = dotted ? name.substring(0, name.length() - 1) : name;
            if (bare.length() < 3 && !dotted) {
                continue;
            }
            into.put(key(bare), value);
            for (String variant : new LinkedHashSet<>(List.of(bare, plain(bare)))) {
                names.add(Pattern.quote(variant) + (dotted ? "\\." : "\\.?"));
            }
        }
    }

    private static String alternation(Set<String> names) {
        List<String> longestFirst = names.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        return "(?<![\\p{L}\\d])(?:" + String.join("|", longestFirst) + ")(?![\\p{L}])";
    }

    static Optional<Month> month(String name) {
        return lookUp(name, MONTHS);
    }

    static Optional<DayOfWeek> weekday(String name) {
        return lookUp(name, WEEKDAYS);
    }

    private static <T> Optional<T> lookUp(String name, Map<String, T> names) {
        return name == null ? Optional.empty() : Optional.ofNullable(names.get(key(name.strip().replaceFirst("\\.$", ""))));
    }

    /** The name of a weekday or month in English, for messages. */
    static String english(Enum<?> dayOrMonth) {
        String name = dayOrMonth.name();
        return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
    }

    private static String key(String name) {
        return plain(name).toLowerCase(Locale.ROOT);
    }

    private static String plain(String name) {
        return org.migkg.text.Folding.toAscii(name);
    }
}
