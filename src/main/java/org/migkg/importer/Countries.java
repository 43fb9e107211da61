package org.migkg.importer;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Country names as positions write them at their end: "Germany", "Government of Belgium", "(Pakistan)",
 * "Mission to the Republic of Serbia". Names come from the ISO 3166 list in English, plus the usual short forms.
 */
public final class Countries {
    private Countries() {}

    private static final Map<String, String> BY_NAME = new HashMap<>();
    private static final Pattern QUALIFIED = Pattern.compile(
            "^(?:the\\s+)?(?:Government of|Mission to|Republic of)\\s+(?:the\\s+)?(?:Republic of\\s+)?(.+)$", Pattern.CASE_INSENSITIVE);

    static {
        for (String code : Locale.getISOCountries()) {
            String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
            BY_NAME.put(name.toLowerCase(Locale.ROOT), name);
        }
        alias("United States", "U.S.", "US", "USA", "United States of America", "the United States");
        alias("United Kingdom", "UK", "U.K.", "Great Britain");
        alias("Philippines", "the Philippines");
        alias("Netherlands", "the Netherlands");
        alias("Kosovo", "Kosovo");
        alias("Moldova", "Republic of Moldova");
        alias("Côte d’Ivoire", "Cote d'Ivoire", "Ivory Coast");
    }

    private static void alias(String canonical, String... names) {
        for (String n : names) {
            BY_NAME.put(n.toLowerCase(Locale.ROOT), canonical);
        }
    }

    /** The country a whole text names, exactly or as "Government of X" / "Mission to the Republic of X". */
    public static Optional<String> named(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        String exact = BY_NAME.get(t.toLowerCase(Locale.ROOT));
        if (exact != null) {
            return Optional.of(exact);
        }
        Matcher m = QUALIFIED.matcher(t);
        if (m.matches()) {
            return Optional.ofNullable(BY_NAME.get(m.group(1).strip().toLowerCase(Locale.ROOT)));
        }
        return Optional.empty();
    }
}
