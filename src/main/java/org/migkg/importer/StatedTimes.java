package org.migkg.importer;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times with their zones as a page states them ("9:00 A.M. ET (New York, DC) / 3:00 P.M. CET (Berlin, Brussels)").
 * Times joined by "/" state one moment in several zones: each is turned into an instant through the zone's rules on
 * that date (ET in February is UTC-5, in July UTC-4) and they must agree. The start is the first, with its offset.
 */
record StatedTimes(List<String> stated, OffsetDateTime start, List<String> doubts) {

    /** Abbreviation → the zone whose rules give its offset on a date, and whether it names summer time (null: either). */
    private record Zone(ZoneId id, Boolean summer) {}

    private static final Map<String, Zone> ZONES = Map.ofEntries(
            Map.entry("ET", new Zone(ZoneId.of("America/New_York"), null)),
            Map.entry("EST", new Zone(ZoneId.of("America/New_York"), false)),
            Map.entry("EDT", new Zone(ZoneId.of("America/New_York"), true)),
            Map.entry("CT", new Zone(ZoneId.of("America/Chicago"), null)),
            Map.entry("CDT", new Zone(ZoneId.of("America/Chicago"), true)),
            Map.entry("PT", new Zone(ZoneId.of("America/Los_Angeles"), null)),
            Map.entry("PST", new Zone(ZoneId.of("America/Los_Angeles"), false)),
            Map.entry("PDT", new Zone(ZoneId.of("America/Los_Angeles"), true)),
            Map.entry("CET", new Zone(ZoneId.of("Europe/Berlin"), false)),
            Map.entry("CEST", new Zone(ZoneId.of("Europe/Berlin"), true)),
            Map.entry("EET", new Zone(ZoneId.of("Europe/Athens"), false)),
            Map.entry("EEST", new Zone(ZoneId.of("Europe/Athens"), true)),
            Map.entry("WET", new Zone(ZoneId.of("Europe/Lisbon"), false)),
            Map.entry("WEST", new Zone(ZoneId.of("Europe/Lisbon"), true)),
            Map.entry("BST", new Zone(ZoneId.of("Europe/London"), true)),
            Map.entry("GMT", new Zone(ZoneId.of("UTC"), null)),
            Map.entry("UTC", new Zone(ZoneId.of("UTC"), null)),
            Map.entry("EAT", new Zone(ZoneId.of("Africa/Nairobi"), null)),
            Map.entry("WAT", new Zone(ZoneId.of("Africa/Lagos"), null)),
            Map.entry("CAT", new Zone(ZoneId.of("Africa/Maputo"), null)),
            Map.entry("SAST", new Zone(ZoneId.of("Africa/Johannesburg"), null)),
            Map.entry("JST", new Zone(ZoneId.of("Asia/Tokyo"), null)),
            Map.entry("AEST", new Zone(ZoneId.of("Australia/Sydney"), false)),
            Map.entry("AEDT", new Zone(ZoneId.of("Australia/Sydney"), true)));

    private static final Pattern TIME = Pattern.compile(
            "\\b(\\d{1,2})(?:[:.](\\d{2}))?\\s*(A\\.M\\.|P\\.M\\.|a\\.m\\.|p\\.m\\.|AM|PM|am|pm)?\\s*(" + String.join("|", ZONES.keySet()) + ")\\b(\\s*\\([^)]*\\))?");

    /** Whether the text states at least one time with a zone the reader knows. */
    static boolean statesATime(String text) {
        return in(text, LocalDate.of(2000, 1, 1)).isPresent();
    }

    static Optional<StatedTimes> in(String text, LocalDate date) {
        Matcher m = TIME.matcher(text);
        List<String> stated = new ArrayList<>();
        List<String> doubts = new ArrayList<>();
        List<List<ZonedDateTime>> groups = new ArrayList<>();
        int lastEnd = -1;
        while (m.find()) {
            String meridiem = m.group(3);
            if (meridiem == null && m.group(2) == null) {
                continue; // "10 ET" without minutes or A.M./P.M. is too loose to be a time
            }
            int hour = Integer.parseInt(m.group(1));
            int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            if (meridiem != null) {
                boolean pm = meridiem.toUpperCase().startsWith("P");
                hour = hour % 12 + (pm ? 12 : 0);
            }
            if (hour > 23 || minute > 59) {
                continue;
            }
            Zone zone = ZONES.get(m.group(4));
            ZonedDateTime at = ZonedDateTime.of(date, LocalTime.of(hour, minute), zone.id());
            String statement = m.group(0).strip();
            stated.add(statement);
            boolean summer = zone.id().getRules().isDaylightSavings(at.toInstant());
            if (zone.summer() != null && zone.summer() != summer) {
                doubts.add("\"" + statement + "\" names " + (zone.summer() ? "summer" : "standard") + " time, but on " + date
                        + " " + zone.id() + " is on " + (summer ? "summer" : "standard") + " time (UTC" + at.getOffset()
                        + "); read as local time there");
            }
            boolean sameMoment = lastEnd >= 0 && text.substring(lastEnd, m.start()).strip().equals("/");
            if (sameMoment) {
                groups.get(groups.size() - 1).add(at);
            } else {
                groups.add(new ArrayList<>(List.of(at)));
            }
            lastEnd = m.end();
        }
        if (stated.isEmpty()) {
            return Optional.empty();
        }
        for (List<ZonedDateTime> group : groups) {
            Instant first = group.get(0).toInstant();
            for (ZonedDateTime other : group) {
                if (!other.toInstant().equals(first)) {
                    doubts.add("the stated times do not agree: " + group.get(0).toOffsetDateTime() + " is not " + other.toOffsetDateTime());
                }
            }
        }
        if (groups.size() > 1) {
            doubts.add("the page states " + groups.size() + " separate times (" + String.join("; ", stated)
                    + "); the start is the first of them");
        }
        return Optional.of(new StatedTimes(stated, groups.get(0).get(0).toOffsetDateTime(), doubts));
    }
}
