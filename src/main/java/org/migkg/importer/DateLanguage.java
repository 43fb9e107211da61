package org.migkg.importer;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a language says about dates beyond the month and weekday names that java.time's locale data gives: the words
 * that join two days into a span, the relative words ("today", "5 days ago"), the words that mark a publication date,
 * and the labels pages put before an event's date and time. Adding a language is adding one entry to {@link #ALL}.
 *
 * @param locales the locales whose month and weekday names this language uses
 * @param spanWords words that join two days of one span ("to", "bis"); "and"-like words go in {@code andWords}
 * @param relative relative day words and their distance in days from the day the page was written
 * @param hintedOnly relative words that mean something else in another language ("hier"): read only when the page's
 *     language is known to be this one
 * @param ago a regular expression with groups {@code n} and {@code unit} ("5 days ago"); units are keys of {@code units}
 * @param units the beginnings of unit words and the unit each means
 * @param publication regular expressions of the words that mark the date after them on the line as a publication date
 * @param eventLabels labels before an event's date; {@code startLabels} and {@code endLabels} before the first and
 *     last day; {@code timeLabels} before its time
 */
record DateLanguage(String tag, List<Locale> locales, List<String> spanWords, List<String> andWords,
        Map<String, Integer> relative, List<String> hintedOnly, String ago, Map<String, ChronoUnit> units,
        List<String> publication, List<String> eventLabels, List<String> startLabels, List<String> endLabels,
        List<String> timeLabels) {

    static final DateLanguage ENGLISH = new DateLanguage("en", List.of(Locale.US, Locale.UK),
            List.of("to", "until", "till", "through", "thru"), List.of("and", "&"),
            Map.of("today", 0, "tomorrow", 1, "yesterday", -1), List.of(),
            "(?<n>\\d{1,3})\\s+(?<unit>minutes?|hours?|days?|weeks?|months?)\\s+ago",
            Map.of("minute", ChronoUnit.MINUTES, "hour", ChronoUnit.HOURS, "day", ChronoUnit.DAYS,
                    "week", ChronoUnit.WEEKS, "month", ChronoUnit.MONTHS),
            List.of("date posted", "posted", "published", "publication date", "news article", "press release",
                    "last updated", "updated", "last modified"),
            List.of("date", "dates", "when", "date & time", "date and time", "date/time", "date & hour",
                    "event date", "time and date", "day"),
            List.of("start date", "starts", "start", "from"), List.of("end date", "ends", "end", "until"),
            List.of("time", "times", "hours"));

    static final DateLanguage GERMAN = new DateLanguage("de", List.of(Locale.GERMAN),
            List.of("bis"), List.of("und", "&"),
            Map.of("heute", 0, "morgen", 1, "übermorgen", 2, "gestern", -1, "vorgestern", -2), List.of("morgen"),
            "vor\\s+(?<n>\\d{1,3})\\s+(?<unit>Minuten?|Stunden?|Tag(?:en)?|Wochen?|Monat(?:en)?)",
            Map.of("minute", ChronoUnit.MINUTES, "stunde", ChronoUnit.HOURS, "tag", ChronoUnit.DAYS,
                    "woche", ChronoUnit.WEEKS, "monat", ChronoUnit.MONTHS),
            List.of("veröffentlicht", "publiziert", "erschienen", "aktualisiert", "stand\\s*:"),
            List.of("datum", "wann", "termin", "datum und uhrzeit", "datum, uhrzeit", "zeit und ort", "datum/uhrzeit"),
            List.of("beginn", "startdatum", "von"), List.of("ende", "enddatum"),
            List.of("uhrzeit", "zeit"));

    static final DateLanguage FRENCH = new DateLanguage("fr", List.of(Locale.FRENCH),
            List.of("au", "à", "jusqu'au", "jusqu’au"), List.of("et", "&"),
            Map.of("aujourd'hui", 0, "aujourd’hui", 0, "demain", 1, "hier", -1), List.of("hier"),
            "il y a\\s+(?<n>\\d{1,3})\\s+(?<unit>minutes?|heures?|jours?|semaines?|mois)",
            Map.of("minute", ChronoUnit.MINUTES, "heure", ChronoUnit.HOURS, "jour", ChronoUnit.DAYS,
                    "semaine", ChronoUnit.WEEKS, "mois", ChronoUnit.MONTHS),
            List.of("publié", "publiée", "mis en ligne", "mis à jour", "date de publication"),
            List.of("date", "dates", "quand", "horaires", "horaire", "date et heure", "infos pratiques"),
            List.of("date de début", "début", "du"), List.of("date de fin", "fin"),
            List.of("heure", "heures", "horaires", "horaire"));

    static final DateLanguage NORWEGIAN = new DateLanguage("nb", List.of(Locale.forLanguageTag("nb")),
            List.of("til"), List.of("og", "&"),
            Map.of("i dag", 0, "i morgen", 1, "i går", -1), List.of(),
            "for\\s+(?<n>\\d{1,3})\\s+(?<unit>minutter?|timer?|dager?|uker?|måneder?)\\s+siden",
            Map.of("minutt", ChronoUnit.MINUTES, "time", ChronoUnit.HOURS, "dag", ChronoUnit.DAYS,
                    "uke", ChronoUnit.WEEKS, "måned", ChronoUnit.MONTHS),
            List.of("publisert", "oppdatert"),
            List.of("dato", "når", "tid", "tidspunkt", "dato og tid"),
            List.of("startdato", "fra"), List.of("sluttdato"),
            List.of("tid", "klokkeslett"));

    static final List<DateLanguage> ALL = List.of(ENGLISH, GERMAN, FRENCH, NORWEGIAN);

    /** The languages whose relative words are read on a page in {@code language} (null: unknown). */
    static List<DateLanguage> forPage(Locale language) {
        if (language == null) {
            return ALL;
        }
        List<DateLanguage> known = ALL.stream().filter(l -> l.tag().equals(language.getLanguage())
                || (l == NORWEGIAN && List.of("no", "nn").contains(language.getLanguage()))).toList();
        return known.isEmpty() ? ALL : known;
    }
}
