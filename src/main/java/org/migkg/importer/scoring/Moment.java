package org.migkg.importer.scoring;

import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A start or end as a reading or a draft writes it: the date part at its stated precision ({@code 2013},
 * {@code 2013-10}, {@code 2013-10-04}), and the time and offset when stated.
 */
record Moment(String date, LocalTime time, ZoneOffset offset) {
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4}(?:-\\d{2}(?:-\\d{2})?)?)(?:T(\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)(Z|[+-]\\d{2}:\\d{2})?)?");

    static Optional<Moment> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = ISO.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            LocalTime time = m.group(2) == null ? null : LocalTime.parse(m.group(2));
            ZoneOffset offset = m.group(3) == null ? null : ZoneOffset.of(m.group(3));
            return Optional.of(new Moment(m.group(1), time, offset));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Whether a draft's value says what the reading's says: both absent, or the same date, and time when the reading has one. */
    static boolean agree(String draft, String reading) {
        if (reading == null || draft == null) {
            return reading == null && draft == null;
        }
        Optional<Moment> d = parse(draft);
        Optional<Moment> r = parse(reading);
        if (d.isEmpty() || r.isEmpty() || !d.get().date.equals(r.get().date)) {
            return false;
        }
        Moment read = r.get();
        Moment drafted = d.get();
        if (read.time == null) {
            return true;
        }
        return read.time.equals(drafted.time) && (read.offset == null || read.offset.equals(drafted.offset));
    }

    /** Both give a date and it is the same day, month or year. */
    static boolean sameDate(String a, String b) {
        Optional<Moment> x = parse(a);
        Optional<Moment> y = parse(b);
        return x.isPresent() && y.isPresent() && x.get().date.equals(y.get().date);
    }
}
