package org.migkg.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ways pages write times: spans, 12- and 24-hour clocks, "h" and "Uhr", named zones and offsets, or no zone. */
class StatedTimesFormsTest {

    static final LocalDate MARCH = LocalDate.of(2025, 3, 6);

    static StatedTimes read(String text, LocalDate date) {
        return StatedTimes.in(text, date).orElseThrow(() -> new AssertionError("no time in " + text));
    }

    static void local(String text, String start, String end) {
        StatedTimes t = read(text, MARCH);
        assertEquals(MARCH.atTime(java.time.LocalTime.parse(start)), t.localStart(), text);
        assertEquals(end == null ? null : MARCH.atTime(java.time.LocalTime.parse(end)), t.localEnd(), text);
        assertNull(t.offset(), text);
        assertEquals(List.of(), t.doubts(), text);
    }

    @Test
    void easternTimeWithDottedMeridiem() {
        StatedTimes t = read("9:00 A.M. ET", LocalDate.of(2021, 4, 22));
        assertEquals("2021-04-22T09:00-04:00", t.start().toString());
    }

    @Test
    void aSpanInANamedZoneWithItsOffset() {
        StatedTimes t = read("18:00-19:30 Finnish time (GMT+2)", MARCH);
        assertEquals("2025-03-06T18:00+02:00", t.start().toString());
        assertEquals("2025-03-06T19:30+02:00", t.end().toString());
        assertEquals(List.of(), t.doubts());
    }

    @Test
    void aTwelveHourSpanWithOneMeridiem() {
        StatedTimes t = read("10:00-11:30 AM CST", MARCH);
        assertEquals("2025-03-06T10:00-06:00", t.start().toString());
        assertEquals("2025-03-06T11:30-06:00", t.end().toString());
        local("11:00-1:00 PM", "11:00", "13:00");
        local("9-11 am", "09:00", "11:00");
    }

    @Test
    void theSameMomentInTwoZonesAgrees() {
        StatedTimes t = read("Thursday, March 6, 2025, 18.00-19.30 Finnish time (GMT+2) /10:00-11:30 am CST", MARCH);
        assertEquals(2, t.stated().size());
        assertEquals(List.of(), t.doubts());
        StatedTimes est = read("9:00-12:00 Eastern Standard Time / 15:00-18:00 Central Europe Standard Time", LocalDate.of(2022, 2, 16));
        assertEquals("2022-02-16T09:00-05:00", est.start().toString());
        assertEquals(List.of(), est.doubts());
    }

    @Test
    void norwegianKlokka() {
        local("onsdag 24. oktober 2018, kl. 13:00 til kl. 15:00", "13:00", "15:00");
    }

    @Test
    void germanUhr() {
        local("am Dienstag, 22. Januar 2019 um 9.30 Uhr", "09:30", null);
        local("10.00 – 18.00 Uhr", "10:00", "18:00");
    }

    @Test
    void frenchHours() {
        local("Mardi 18 juin – 14h à 19h30", "14:00", "19:30");
        StatedTimes cet = read("11h15-12h30 (CET)", LocalDate.of(2024, 3, 5));
        assertEquals("2024-03-05T11:15+01:00", cet.start().toString());
        assertEquals("2024-03-05T12:30+01:00", cet.end().toString());
    }

    @Test
    void dottedTwentyFourHourSpanInCet() {
        StatedTimes t = read("Wednesday, 24th November 2021 | 15.00-17.00 CET", LocalDate.of(2021, 11, 24));
        assertEquals("2021-11-24T15:00+01:00", t.start().toString());
        assertEquals("2021-11-24T17:00+01:00", t.end().toString());
    }

    @Test
    void twelveHourSpanWithoutAZone() {
        local("9:30 am - 5:00 pm", "09:30", "17:00");
        local("Thursdays, 3:45pm - 4:45pm", "15:45", "16:45");
    }

    @Test
    void aBareTimeKeepsNoOffsetAndIsNoDoubt() {
        local("Montag, 21. Oktober 2019 - 19:00", "19:00", null);
        assertEquals(false, StatedTimes.statesATime("19:00"));
    }

    @Test
    void cityTimesAndOffsets() {
        assertEquals("2022-04-15T13:00+08:00", read("at 1 PM Hong Kong time", LocalDate.of(2022, 4, 15)).start().toString());
        assertEquals("2025-03-06T10:00+01:00", read("10:00 UTC+1", MARCH).start().toString());
        assertEquals("2025-03-06T10:00+02:00", read("10:00 (GMT +02)", MARCH).start().toString());
        assertEquals("2025-03-06T10:00+05:30", read("10:00 UTC+05:30", MARCH).start().toString());
        assertEquals("2025-03-06T10:00+01:00", read("10:00 Brussels time", MARCH).start().toString());
        assertEquals("2025-03-06T10:00+01:00", read("10:00 MEZ", MARCH).start().toString());
    }

    @Test
    void twoZonesThatDisagreeAreFlagged() {
        StatedTimes t = read("10:00 CET (GMT+2)", MARCH);
        assertTrue(t.doubts().get(0).contains("two zones that differ"), t.doubts().toString());
    }

    @Test
    void aSpanPastMidnightEndsNextDay() {
        StatedTimes t = read("22:00-01:00", MARCH);
        assertEquals(LocalDateTime.of(2025, 3, 7, 1, 0), t.localEnd());
    }

    @Test
    void numbersAndDatesAreNotTimes() {
        for (String text : List.of("25.03.2022: Roundtable", "12.01.2021 - The institute", "10 – 27 July 2023", "2021-03-05",
                "3.5 million and 2.50 euros", "Tel. 533 54 02", "Resolution 73/195", "25/04/2024 – Webinar")) {
            assertTrue(StatedTimes.in(text, MARCH).isEmpty(), text);
        }
    }

    @Test
    void aTimeRunTogetherWithItsYear() {
        local("January 16, 202009:30", "09:30", null);
    }

    @Test
    void theOffsetIsTheZonesOnTheDate() {
        assertEquals(ZoneOffset.ofHours(2), read("15:00 CEST", LocalDate.of(2021, 7, 1)).offset());
    }
}
