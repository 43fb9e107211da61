package org.migkg.text;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Country names as pages write them: the ISO 3166 names in English, German and French (Java's locale data), plus
 * the usual short forms ("U.S.", "UK", "the Netherlands"), and "Government of X" / "Mission to the Republic of X".
 * Each gives the English name.
 */
public final class Countries {
    private static final Map<String, String> BY_KEY = new HashMap<>();
    private static final Pattern QUALIFIED = Pattern.compile(
            "^(?:the\\s+)?(?:Government of|Mission to|Republic of)\\s+(?:the\\s+)?(?:Republic of\\s+)?(.+)$", Pattern.CASE_INSENSITIVE);

    static {
        for (String code : Locale.getISOCountries()) {
            Locale country = new Locale("", code);
            String english = country.getDisplayCountry(Locale.ENGLISH);
            for (Locale language : new Locale[] {Locale.ENGLISH, Locale.GERMAN, Locale.FRENCH}) {
                BY_KEY.putIfAbsent(Folding.key(country.getDisplayCountry(language)), english);
            }
        }
        alias("United States", "U.S.", "US", "USA", "U.S.A.", "United States of America", "the United States");
        alias("United Kingdom", "UK", "U.K.", "Great Britain", "Britain");
        alias("Philippines", "the Philippines");
        alias("Netherlands", "the Netherlands");
        alias("Kosovo", "Kosovo");
        alias("Moldova", "Republic of Moldova");
        alias("Serbia", "Republic of Serbia");
        alias("Russia", "Russian Federation");
        alias("South Korea", "Republic of Korea");
        alias("Türkiye", "Turkey");
        alias("Czechia", "Czech Republic");
        alias("Côte d’Ivoire", "Cote d'Ivoire", "Ivory Coast");
    }

    private static void alias(String canonical, String... names) {
        BY_KEY.put(Folding.key(canonical), canonical);
        for (String n : names) {
            BY_KEY.put(Folding.key(n), canonical);
        }
    }

    private Countries() {}

    /** The country a whole text names, exactly or as "Government of X" / "Mission to the Republic of X". */
    public static Optional<String> named(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String exact = BY_KEY.get(Folding.key(text));
        if (exact != null) {
            return Optional.of(exact);
        }
        Matcher m = QUALIFIED.matcher(text.strip());
        if (m.matches()) {
            return Optional.ofNullable(BY_KEY.get(Folding.key(m.group(1))));
        }
        return Optional.empty();
    }

    /** Whether the whole text is a country's name. */
    public static boolean is(String text) {
        return text != null && BY_KEY.containsKey(Folding.key(text));
    }
}
