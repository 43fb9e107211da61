package org.migkg.importer;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The zones pages name after a time: abbreviations ("ET", "CEST", "MEZ"), offsets ("GMT+2", "UTC +05:30"), and names
 * ending in "time" ("Eastern Standard Time", "Finnish time", "Hong Kong time", "Brussels time"; any city java.time
 * knows a zone for). Each gives the zone whose rules fix its offset on a date, and whether it names summer time.
 */
final class TimeZones {
    private TimeZones() {}

    /** A zone as named: its rules, and whether the name says summer time (true), standard time (false) or neither. */
    record Zone(ZoneId id, Boolean summer) {}

    private static final Map<String, Zone> ABBREVIATIONS = new HashMap<>();
    private static final Map<String, Zone> NAMES = new HashMap<>();
    private static final Map<String, ZoneId> CITIES = new HashMap<>();

    private static void abbreviation(String zone, String standard, String summer, String either) {
        ZoneId id = ZoneId.of(zone);
        if (standard != null) {
            ABBREVIATIONS.put(standard, new Zone(id, false));
        }
        if (summer != null) {
            ABBREVIATIONS.put(summer, new Zone(id, true));
        }
        if (either != null) {
            ABBREVIATIONS.put(either, new Zone(id, null));
        }
    }

    private static void named(String zone, String... names) {
        for (String n : names) {
            Boolean summer = n.contains("summer") || n.contains("daylight") ? Boolean.TRUE : n.contains("standard") ? Boolean.FALSE : null;
            NAMES.put(n, new Zone(ZoneId.of(zone), summer));
        }
    }

    static {
        abbreviation("America/New_York", "EST", "EDT", "ET");
        abbreviation("America/Chicago", "CST", "CDT", "CT");
        abbreviation("America/Denver", "MST", "MDT", "MT");
        abbreviation("America/Los_Angeles", "PST", "PDT", "PT");
        abbreviation("Europe/Berlin", "CET", "CEST", null);
        abbreviation("Europe/Berlin", "MEZ", "MESZ", null);
        abbreviation("Europe/Athens", "EET", "EEST", null);
        abbreviation("Europe/Lisbon", "WET", "WEST", null);
        abbreviation("Europe/London", null, "BST", null);
        abbreviation("UTC", null, null, "GMT");
        abbreviation("UTC", null, null, "UTC");
        abbreviation("Africa/Nairobi", null, null, "EAT");
        abbreviation("Africa/Lagos", null, null, "WAT");
        abbreviation("Africa/Maputo", null, null, "CAT");
        abbreviation("Africa/Johannesburg", null, null, "SAST");
        abbreviation("Asia/Tokyo", null, null, "JST");
        abbreviation("Asia/Seoul", null, null, "KST");
        abbreviation("Asia/Hong_Kong", null, null, "HKT");
        abbreviation("Asia/Singapore", null, null, "SGT");
        abbreviation("Asia/Manila", null, null, "PHT");
        abbreviation("Asia/Bangkok", null, null, "ICT");
        abbreviation("Asia/Kolkata", null, null, "IST");
        abbreviation("Asia/Karachi", null, null, "PKT");
        abbreviation("Europe/Moscow", null, null, "MSK");
        abbreviation("Australia/Sydney", "AEST", "AEDT", null);
        abbreviation("Pacific/Auckland", "NZST", "NZDT", null);
        named("America/New_York", "eastern", "eastern standard", "eastern daylight", "us eastern", "washington", "washington dc", "dc");
        named("America/Chicago", "central", "central standard", "central daylight", "us central");
        named("America/Denver", "mountain", "mountain standard", "mountain daylight");
        named("America/Los_Angeles", "pacific", "pacific standard", "pacific daylight", "us pacific");
        named("Europe/Berlin", "central european", "central europe", "central european standard", "central europe standard",
                "central european summer", "central europe summer", "german", "cet");
        named("Europe/Athens", "eastern european", "eastern europe", "eastern european summer", "greek");
        named("Europe/Lisbon", "western european", "western european summer", "portuguese");
        named("Europe/London", "british", "british summer", "uk", "greenwich mean");
        named("Africa/Nairobi", "east africa", "east african", "kenyan");
        named("Africa/Lagos", "west africa", "west african", "nigerian");
        named("Africa/Johannesburg", "south african", "south africa standard");
        named("Europe/Helsinki", "finnish", "finland");
        named("Europe/Stockholm", "swedish");
        named("Europe/Oslo", "norwegian", "norsk");
        named("Europe/Copenhagen", "danish");
        named("Europe/Paris", "french", "france");
        named("Europe/Brussels", "belgian", "belgium");
        named("Europe/Amsterdam", "dutch");
        named("Europe/Rome", "italian");
        named("Europe/Madrid", "spanish");
        named("Europe/Zurich", "swiss", "geneva");
        named("Europe/Vienna", "austrian");
        named("Europe/Warsaw", "polish");
        named("Europe/Dublin", "irish");
        named("Europe/Istanbul", "turkish");
        named("Asia/Kolkata", "indian", "india standard");
        named("Asia/Tokyo", "japan", "japanese", "japan standard");
        named("Asia/Shanghai", "china", "chinese", "china standard", "beijing");
        named("Asia/Manila", "philippine", "philippines");
        named("Australia/Sydney", "australian eastern", "australian eastern standard", "australian eastern daylight");
        for (String id : ZoneId.getAvailableZoneIds()) {
            if (id.matches("(Africa|America|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Za-z_]+")) {
                CITIES.putIfAbsent(id.substring(id.indexOf('/') + 1).replace('_', ' ').toLowerCase(Locale.ROOT), ZoneId.of(id));
            }
        }
    }

    private static final Pattern OPENING = Pattern.compile("\\s*\\(?\\s*");
    private static final Pattern CLOSING = Pattern.compile("\\s*\\)");
    private static final Pattern OFFSET = Pattern.compile("(?:GMT|UTC)\\s*([+\\-−–])\\s*(\\d{1,2})(?::?(\\d{2}))?(?!\\d)");
    private static final Pattern ABBREVIATION = Pattern.compile("(\\p{Lu}{2,4})(?![\\p{L}])");
    private static final Pattern NAME = Pattern.compile("((?:\\p{L}[\\p{L}.]*[ -]){1,3})(?:time|Time|TIME)(?![\\p{L}])");
    private static final Pattern FRENCH_NAME = Pattern.compile("heure (?:de |d'|d’)?(\\p{Lu}[\\p{L} -]*?)(?=[)\\s,.;]|$)");

    /** A zone named at the start of the text (after blanks or an opening parenthesis), and where its words end. */
    record Named(Zone zone, int end) {}

    static Optional<Named> at(String text, int from) {
        Matcher space = OPENING.matcher(text).region(from, text.length());
        int at = space.lookingAt() ? space.end() : from;
        boolean opened = text.substring(from, at).contains("(");
        Optional<Named> found = offset(text, at).or(() -> abbreviation(text, at)).or(() -> name(text, at));
        return found.map(n -> opened ? closed(text, n) : n).filter(n -> n.end() > 0);
    }

    private static Named closed(String text, Named n) {
        Matcher close = CLOSING.matcher(text).region(n.end(), text.length());
        return close.lookingAt() ? new Named(n.zone(), close.end()) : new Named(n.zone(), -1);
    }

    private static Optional<Named> offset(String text, int at) {
        Matcher m = OFFSET.matcher(text).region(at, text.length());
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        int sign = m.group(1).equals("+") ? 1 : -1;
        int hours = Integer.parseInt(m.group(2));
        int minutes = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        if (hours > 14 || minutes > 59) {
            return Optional.empty();
        }
        return Optional.of(new Named(new Zone(ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes), null), m.end()));
    }

    private static Optional<Named> abbreviation(String text, int at) {
        Matcher m = ABBREVIATION.matcher(text).region(at, text.length());
        return m.lookingAt() && ABBREVIATIONS.containsKey(m.group(1))
                ? Optional.of(new Named(ABBREVIATIONS.get(m.group(1)), m.end())) : Optional.empty();
    }

    private static Optional<Named> name(String text, int at) {
        Matcher m = NAME.matcher(text).region(at, text.length());
        if (m.lookingAt()) {
            Optional<Zone> zone = known(m.group(1).strip().replace('-', ' ').replace(".", ""));
            if (zone.isPresent()) {
                return Optional.of(new Named(zone.get(), m.end()));
            }
        }
        Matcher f = FRENCH_NAME.matcher(text).region(at, text.length());
        if (f.lookingAt()) {
            ZoneId city = CITIES.get(f.group(1).strip().toLowerCase(Locale.ROOT));
            if (city != null) {
                return Optional.of(new Named(new Zone(city, null), f.end()));
            }
        }
        return Optional.empty();
    }

    private static Optional<Zone> known(String words) {
        String key = words.toLowerCase(Locale.ROOT);
        if (NAMES.containsKey(key)) {
            return Optional.of(NAMES.get(key));
        }
        ZoneId city = CITIES.get(key.replaceFirst("\\s+(standard|summer|daylight)$", ""));
        return city == null ? Optional.empty() : Optional.of(new Zone(city, null));
    }
}
