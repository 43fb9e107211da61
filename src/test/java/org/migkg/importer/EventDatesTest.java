package org.migkg.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The event's date chosen from a page's lines: labelled before the rest, never the publication date if there is another. */
class EventDatesTest {

    static final DateHints HINTS = DateHints.on(LocalDate.of(2025, 6, 1));

    static EventDate of(String... lines) {
        return of(HINTS, lines);
    }

    static EventDate of(DateHints hints, String... lines) {
        return EventDates.of(List.of(lines), hints).orElseThrow(() -> new AssertionError("no date in " + List.of(lines)));
    }

    @Test
    void aLabelledDateComesBeforeOneInTheText() {
        EventDate d = of("Conference on Return", "On 3 May 2021 the ministers met to prepare it.", "Date: 10 June 2021");
        assertEquals(LocalDate.of(2021, 6, 10), d.start());
        assertEquals("10 June 2021", d.stated());
        assertTrue(d.yearStated());
    }

    @Test
    void eachLanguagesLabels() {
        for (String label : List.of("When: 10 June 2021", "Date: 10 June 2021", "Datum: 10. Juni 2021", "Wann: 10.06.2021",
                "Date & Time: THURSDAY, JUNE 10, 2021, 9:00 A.M. ET", "Quand : jeudi 10 juin 2021", "Dato: 10. juni 2021")) {
            EventDate d = of(" date 2021-05-01 Press release", "A panel on 3 May 2021 prepared the meeting, which the ministers then held.", label);
            assertEquals(LocalDate.of(2021, 6, 10), d.start(), label);
        }
    }

    @Test
    void aLabelAloneOnTheLineAbove() {
        EventDate d = of("INFOS PRATIQUES", "Paris", "HORAIRES", "Mardi 18 juin – 14h à 19h30", "Le centre organise le 18 juin la rencontre.");
        assertEquals(LocalDate.of(2024, 6, 18), d.start());
        assertEquals(LocalDateTime.of(2024, 6, 18, 14, 0), d.startTime());
        assertEquals(LocalDateTime.of(2024, 6, 18, 19, 30), d.endTime());
        assertNull(d.offset());
        assertFalse(d.yearStated());
        assertTrue(d.doubts().get(0).contains("without a year"), d.doubts().toString());
    }

    @Test
    void aPublicationDateIsNeverChosenOverAnEventDate() {
        EventDate d = of("Date posted: Friday, 13 July 2018", "",
                "Agadir – On 21-22 June 2018, the co-chairs organized a thematic workshop on children and youth.");
        assertEquals(LocalDate.of(2018, 6, 21), d.start());
        assertEquals(LocalDate.of(2018, 6, 22), d.end());
        assertEquals(List.of(), d.doubts());
    }

    @Test
    void onlyAPublicationDateIsTakenAndFlagged() {
        EventDate d = of("Working Towards Reintegration", "Posted in Migration by the Institute on February 16th, 2022", "The compact calls for more.");
        assertEquals(LocalDate.of(2022, 2, 16), d.start());
        assertEquals(List.of("only a publication date is stated (February 16th, 2022); the event's date may differ"), d.doubts());
    }

    @Test
    void startAndEndDateLabels() {
        EventDate d = of(HINTS.withHost("europa.eu"), "Building a Pact", "Start date : 19/05/2021", "End date : 21/05/2021", "Asylum and migration,");
        assertEquals(LocalDate.of(2021, 5, 19), d.start());
        assertEquals(LocalDate.of(2021, 5, 21), d.end());
        assertEquals("2021-05-21", d.isoEnd());
    }

    @Test
    void timesOnTheDateLineWithTheirOffset() {
        EventDate d = of("Webinar", "Date and Time:", "Thursday, March 6, 2025, 18.00-19.30 Finnish time (GMT+2) /10:00-11:30 am CST");
        assertEquals(LocalDate.of(2025, 3, 6), d.start());
        assertEquals(ZoneOffset.ofHours(2), d.offset());
        assertEquals("2025-03-06T18:00:00+02:00", d.isoStart());
        assertEquals("2025-03-06T19:30:00+02:00", d.isoEnd());
        assertEquals(List.of("18.00-19.30 Finnish time (GMT+2)", "10:00-11:30 am CST"), d.statedTimes());
        assertEquals(List.of(), d.doubts());
    }

    @Test
    void timesOnALabelledLineNearby() {
        EventDate d = of("Title: Realising Solidarity", "Date: Monday 27 October 2025", "Time: 14.00-17.30", "Venue: Press Club");
        assertEquals("2025-10-27T14:00:00", d.isoStart());
        assertEquals("2025-10-27T17:30:00", d.isoEnd());
        assertNull(d.offset());
    }

    @Test
    void germanDateAndTimeOnTheLinesUnderTheLabel() {
        EventDate d = of("Rückkehr um jeden Preis?", "Datum, Uhrzeit", "Mo., 21. Okt. 2019,", "10.00 – 18.00 Uhr In meinem Kalender speichern");
        assertEquals("2019-10-21T10:00:00", d.isoStart());
        assertEquals("2019-10-21T18:00:00", d.isoEnd());
    }

    @Test
    void norwegianDateAndTimeOnOneLine() {
        EventDate d = of("Migration in the Nordics", "onsdag 24. oktober 2018, kl. 13:00 til kl. 15:00", "Sal: Wergeland");
        assertEquals("2018-10-24T13:00:00", d.isoStart());
        assertEquals("2018-10-24T15:00:00", d.isoEnd());
    }

    @Test
    void aMultiDaySpanKeepsItsEnd() {
        EventDate d = of("Expert conference", "On 19 and 20 March 2024, the agency organises a two-day conference in Antwerp (and online) with partners.");
        assertEquals(LocalDate.of(2024, 3, 19), d.start());
        assertEquals(LocalDate.of(2024, 3, 20), d.end());
    }

    @Test
    void severalDatesOnLinesOfTheirOwnAreFlagged() {
        EventDate d = of("Breakfast briefings", "13 November 2015", "Asylum policy", "11 December 2015", "Welfare");
        assertEquals(LocalDate.of(2015, 11, 13), d.start());
        assertTrue(d.doubts().stream().anyMatch(s -> s.contains("2 different dates")), d.doubts().toString());
    }

    @Test
    void searchFieldExamplesAreNotDates() {
        EventDate d = of("E.g., 06/28/2022", "Forging Partnerships", "June 27, 2022", "MPI Europe Webinar");
        assertEquals(LocalDate.of(2022, 6, 27), d.start());
        assertEquals(List.of(), d.doubts());
    }

    @Test
    void aRelativeDateOnItsOwnLine() {
        EventDate d = of(HINTS.withPosted(LocalDate.of(2026, 1, 20)), "Episodes", "5 days ago", "On this webinar, analysts assess the year.");
        assertEquals(LocalDate.of(2026, 1, 15), d.start());
        assertTrue(d.doubts().get(0).contains("5 days ago"), d.doubts().toString());
    }

    @Test
    void aRelativeWordInProseIsNoEventDate() {
        assertTrue(EventDates.of(List.of("Migration today", "Today, more people move than ever before, and the panel asks why that is so."), HINTS).isEmpty());
    }

    @Test
    void anImpossibleLabelledDateIsADoubt() {
        EventDate d = of("Date: 31 February 2021", "Published: 5 January 2021");
        assertEquals(LocalDate.of(2021, 1, 5), d.start());
        assertTrue(d.doubts().contains("the page states \"31 February 2021\", which is not a date"), d.doubts().toString());
    }

    @Test
    void nothingStatedIsEmpty() {
        assertEquals(Optional.empty(), EventDates.of(List.of("A Meeting About Return", "", "Jane Doe, Director, MPI"), HINTS));
    }
}
