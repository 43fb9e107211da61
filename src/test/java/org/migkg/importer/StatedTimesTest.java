package org.migkg.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Stated times with zones become one instant with the offset the zone has on the event's date. */
class StatedTimesTest {

    @Test
    void easternTimeIsUtcMinusFiveInFebruaryAndMinusFourInJuly() {
        assertEquals("2022-02-15T09:00-05:00", StatedTimes.in("9:00 A.M. ET (New York, DC)", LocalDate.of(2022, 2, 15)).orElseThrow().start().toString());
        assertEquals("2022-07-15T09:00-04:00", StatedTimes.in("9:00 A.M. ET (New York, DC)", LocalDate.of(2022, 7, 15)).orElseThrow().start().toString());
    }

    @Test
    void timesInSeveralZonesMustAgree() {
        StatedTimes agree = StatedTimes.in("10:00 A.M. EDT (New York, D.C.) / 3:00 P.M. BST (London, Lisbon) / 4:00 P.M. CEST (Brussels, Geneva)",
                LocalDate.of(2024, 4, 25)).orElseThrow();
        assertEquals(3, agree.stated().size());
        assertEquals(java.util.List.of(), agree.doubts());
        StatedTimes disagree = StatedTimes.in("9:00 A.M. ET / 4:00 P.M. CET", LocalDate.of(2022, 2, 15)).orElseThrow();
        assertTrue(disagree.doubts().get(0).contains("do not agree"), disagree.doubts().toString());
    }

    @Test
    void standardTimeNamedInSummerIsReadAsLocalTimeAndFlagged() {
        StatedTimes t = StatedTimes.in("One session will take place at 09:00 CET.", LocalDate.of(2021, 7, 6)).orElseThrow();
        assertEquals("2021-07-06T09:00+02:00", t.start().toString());
        assertTrue(t.doubts().get(0).contains("summer"), t.doubts().toString());
    }
}
