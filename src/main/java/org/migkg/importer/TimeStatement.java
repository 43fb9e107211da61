package org.migkg.importer;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * One time or span of times as stated, with the zone named after it: "10:00-11:30 AM CST", "um 9.30 Uhr",
 * "14h à 19h30". A bare hour needs "am"/"pm", "h" or "Uhr", and "9.30" needs a zone, "Uhr", a word before it
 * ("um", "at") or a second time, so that numbers and dates are not read as times.
 */
record TimeStatement(int from, int to, String words, LocalTime start, LocalTime end, ZonedDateTime zoned, List<String> doubts) {

    /** One clock reading as matched: hour, minutes, how they are written, and am/pm. */
    private record Clock(int hour, int minute, boolean strong, boolean dotted, boolean bare, String meridiem, int end) {

        static Clock of(Matcher m, int n) {
            if (m.group("h" + n) == null) {
                return null;
            }
            String sep = m.group("sep" + n);
            String mer = m.group("mer" + n);
            boolean hourMark = m.group("hour" + n) != null || m.group("uhr" + n) != null;
            int end = m.end("h" + n);
            for (String g : new String[] {"m", "hour", "mer", "uhr"}) {
                end = Math.max(end, m.end(g + n));
            }
            return new Clock(Integer.parseInt(m.group("h" + n)), sep == null ? 0 : Integer.parseInt(m.group("m" + n)),
                    ":".equals(sep) || "h".equals(sep) || hourMark || mer != null, ".".equals(sep), sep == null && !hourMark,
                    mer == null ? null : mer.toLowerCase(Locale.ROOT).startsWith("p") ? "pm" : "am", end);
        }

        Clock withMeridiem(String mer) {
            return new Clock(hour, minute, strong, dotted, bare, mer, end);
        }

        LocalTime time() {
            if (minute > 59 || (meridiem == null ? hour > 23 : hour < 1 || hour > 12)) {
                return null;
            }
            return LocalTime.of(meridiem == null ? hour : hour % 12 + (meridiem.equals("pm") ? 12 : 0), minute);
        }
    }

    static Optional<TimeStatement> of(Matcher m, String text, LocalDate date) {
        Clock first = Clock.of(m, 1);
        Clock last = Clock.of(m, 2);
        boolean prefixed = m.group(1) != null;
        if (last != null && last.meridiem() != null && first.meridiem() == null) {
            first = first.withMeridiem(last.meridiem());
            if (first.time() != null && last.time() != null && first.time().isAfter(last.time())) {
                first = first.withMeridiem(last.meridiem().equals("pm") ? "am" : "pm");
            }
        }
        if (last != null && !(last.strong() || last.dotted() && (first.strong() || first.dotted()) || last.bare() && first.strong() && first.meridiem() != null)) {
            last = null;
        }
        if (last != null && first.meridiem() != null && last.meridiem() == null) {
            last = last.withMeridiem(first.meridiem());
        }
        int timesEnd = last != null ? last.end() : first.end();
        Optional<TimeZones.Named> zone = TimeZones.at(text, timesEnd);
        boolean firstOk = first.strong() || first.dotted() && (prefixed || zone.isPresent() || last != null)
                || first.bare() && last != null && last.meridiem() != null;
        if (!firstOk || first.time() == null || last != null && last.time() == null) {
            return Optional.empty();
        }
        List<String> doubts = new ArrayList<>();
        int to = timesEnd;
        ZonedDateTime zoned = null;
        if (zone.isPresent()) {
            to = zone.get().end();
            zoned = ZonedDateTime.of(date, first.time(), zone.get().zone().id());
            Optional<TimeZones.Named> check = TimeZones.at(text, to).filter(c -> text.substring(zone.get().end(), c.end()).contains("("));
            if (check.isPresent()) {
                to = check.get().end();
            } else {
                Matcher places = StatedTimes.places().matcher(text).region(to, text.length());
                to = places.lookingAt() ? places.end() : to;
            }
            String words = text.substring(m.start("h1"), to).strip();
            summerOrStandard(words, zone.get().zone(), zoned, date, doubts);
            LocalTime startTime = first.time();
            check.ifPresent(c -> sameOffset(words, zone.get().zone(), c.zone(), date, startTime, doubts));
        }
        return Optional.of(new TimeStatement(m.start("h1"), to, text.substring(m.start("h1"), to).strip(), first.time(),
                last == null ? null : last.time(), zoned, doubts));
    }

    private static void summerOrStandard(String words, TimeZones.Zone zone, ZonedDateTime at, LocalDate date, List<String> doubts) {
        boolean summer = zone.id().getRules().isDaylightSavings(at.toInstant());
        if (zone.summer() != null && zone.summer() != summer) {
            doubts.add("\"" + words + "\" names " + (zone.summer() ? "summer" : "standard") + " time, but on " + date
                    + " " + zone.id() + " is on " + (summer ? "summer" : "standard") + " time (UTC" + at.getOffset()
                    + "); read as local time there");
        }
    }

    private static void sameOffset(String words, TimeZones.Zone named, TimeZones.Zone check, LocalDate date, LocalTime time, List<String> doubts) {
        ZonedDateTime a = ZonedDateTime.of(date, time, named.id());
        ZonedDateTime b = ZonedDateTime.of(date, time, check.id());
        if (!a.getOffset().equals(b.getOffset())) {
            doubts.add("\"" + words + "\" names two zones that differ on " + date + " (UTC" + a.getOffset() + " and UTC"
                    + b.getOffset() + "); read in the first");
        }
    }
}
