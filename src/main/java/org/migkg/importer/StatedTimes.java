package org.migkg.importer;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times as a page states them, with their zones if named: "9:00 A.M. ET (New York, DC) / 3:00 P.M. CET (Berlin,
 * Brussels)", "18:00-19:30 Finnish time (GMT+2)", "kl. 13:00 til kl. 15:00", "um 9.30 Uhr", "14h à 19h30",
 * "9:30 am - 5:00 pm". Statements joined by "/" state one moment in several zones: each is turned into an instant
 * through its zone's rules on that date (ET in February is UTC-5, in July UTC-4) and they must agree. The start and
 * end are those of the first statement, with the offset of its zone; a time without a zone keeps no offset.
 */
record StatedTimes(List<String> stated, LocalDateTime localStart, LocalDateTime localEnd, ZoneOffset offset, List<String> doubts) {

    StatedTimes {
        stated = List.copyOf(stated);
        doubts = List.copyOf(doubts);
    }

    private static final Pattern TIMES = Pattern.compile(
            "(?<![\\d.:,]|\\d/)(?:(kl\\.?|klokka|um|at|à|from|von|ab|de|dès)\\s*)?" + time(1)
                    + "(?:\\s*(?:[-–—]|to|until|till|bis|à|au|til)\\s*(?:kl\\.?\\s*)?" + time(2) + ")?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern PLACES = Pattern.compile("\\s*\\([^)]{1,80}\\)");
    /** A table cell "3pm 4.30pm": two times and nothing else are a span whose dash the table lost. */
    private static final Pattern BARE_SPAN = Pattern.compile(
            "^\\s*(\\d{1,2}(?:[:.]\\d{2})?\\s*(?:[ap]\\.?m\\.?)?)\\s+(\\d{1,2}(?:[:.]\\d{2})?\\s*[ap]\\.?m\\.?)\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SAME_MOMENT = Pattern.compile("\\s*/\\s*");

    private static String time(int n) {
        return "(?<h" + n + ">\\d{1,2})(?:(?<sep" + n + ">[:.h])(?<m" + n + ">\\d{2})|(?<hour" + n + ">h))?(?!\\d)"
                + "(?:\\s*(?<mer" + n + ">[ap]\\.\\s?m\\.|[ap]m)(?![\\p{L}]))?(?:\\s*(?<uhr" + n + ">Uhr|o'clock))?";
    }

    /** The start with its offset; null when the page names no zone. */
    OffsetDateTime start() {
        return offset == null ? null : localStart.atOffset(offset);
    }

    /** The end with its offset; null when the page names no zone or no end. */
    OffsetDateTime end() {
        return offset == null || localEnd == null ? null : localEnd.atOffset(offset);
    }

    boolean hasOffset() {
        return offset != null;
    }

    /** Whether the text states at least one time with a zone the reader knows. */
    static boolean statesATime(String text) {
        return in(text, LocalDate.of(2000, 1, 1)).filter(StatedTimes::hasOffset).isPresent();
    }

    static Optional<StatedTimes> in(String text, LocalDate date) {
        String spaced = text.replaceAll("(?<!\\d)((?:19|20)\\d{2})(?=\\d{1,2}[:.h]\\d{2}(?!\\d))", "$1 ");
        spaced = BARE_SPAN.matcher(spaced).replaceFirst("$1 - $2");
        List<TimeStatement> found = new ArrayList<>();
        Matcher m = TIMES.matcher(spaced);
        int at = 0;
        while (at < spaced.length() && m.find(at)) {
            Optional<TimeStatement> s = TimeStatement.of(m, spaced, date);
            s.ifPresent(found::add);
            at = s.map(TimeStatement::to).orElse(m.start() + 1);
        }
        if (found.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(agree(spaced, found, date));
    }

    private static StatedTimes agree(String text, List<TimeStatement> found, LocalDate date) {
        List<String> doubts = new ArrayList<>();
        List<List<TimeStatement>> moments = new ArrayList<>();
        TimeStatement previous = null;
        for (TimeStatement s : found) {
            doubts.addAll(s.doubts());
            if (previous != null && SAME_MOMENT.matcher(text.substring(previous.to(), s.from())).matches()) {
                moments.get(moments.size() - 1).add(s);
            } else {
                moments.add(new ArrayList<>(List.of(s)));
            }
            previous = s;
        }
        for (List<TimeStatement> moment : moments) {
            List<TimeStatement> zoned = moment.stream().filter(s -> s.zoned() != null).toList();
            for (TimeStatement other : zoned) {
                Instant first = zoned.get(0).zoned().toInstant();
                if (!other.zoned().toInstant().equals(first)) {
                    doubts.add("the stated times do not agree: " + zoned.get(0).zoned().toOffsetDateTime() + " is not " + other.zoned().toOffsetDateTime());
                }
            }
        }
        List<String> stated = found.stream().map(TimeStatement::words).toList();
        if (moments.size() > 1) {
            doubts.add("the page states " + moments.size() + " separate times (" + String.join("; ", stated) + "); the start is the first of them");
        }
        TimeStatement first = moments.get(0).stream().filter(s -> s.zoned() != null).findFirst().orElse(moments.get(0).get(0));
        LocalDateTime start = LocalDateTime.of(date, first.start());
        LocalDateTime end = first.end() == null ? null : LocalDateTime.of(first.end().isBefore(first.start()) ? date.plusDays(1) : date, first.end());
        ZoneOffset offset = first.zoned() == null ? null : first.zoned().getOffset();
        return new StatedTimes(stated, start, end, offset, doubts);
    }

    static Pattern places() {
        return PLACES;
    }
}
