package org.migkg.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Each form of date a page states, read to the exact day; what cannot be settled is a doubt, never an error. */
class DateFinderTest {

    static final DateHints HINTS = DateHints.on(LocalDate.of(2025, 6, 1));

    static DateMention only(String text) {
        return only(text, HINTS);
    }

    static DateMention only(String text, DateHints hints) {
        List<DateMention> all = DateFinder.all(text, hints);
        assertEquals(1, all.size(), () -> text + " -> " + all);
        return all.get(0);
    }

    static void day(String text, String expected) {
        DateMention m = only(text);
        assertEquals(LocalDate.parse(expected), m.start(), text);
        assertNull(m.end(), text);
        assertEquals(List.of(), m.doubts(), text);
        assertTrue(m.yearStated(), text);
    }

    static void span(String text, String start, String end) {
        DateMention m = only(text);
        assertEquals(LocalDate.parse(start), m.start(), text);
        assertEquals(LocalDate.parse(end), m.end(), text);
        assertEquals(List.of(), m.doubts(), text);
    }

    @Test
    void weekdayDayMonthYearInCapitalsAfterToday() {
        day("TODAY, TUESDAY, 8 MARCH 2022", "2022-03-08");
        assertEquals("TUESDAY, 8 MARCH 2022", only("TODAY, TUESDAY, 8 MARCH 2022").stated());
    }

    @Test
    void weekdayMonthDayYearInCapitals() {
        day("THURSDAY, APRIL 22, 2021", "2021-04-22");
    }

    @Test
    void ordinalDays() {
        day("Friday 5th February 2021", "2021-02-05");
        day("Wednesday, 24th November 2021 | 15.00-17.00 CET", "2021-11-24");
        day("February 16th, 2022", "2022-02-16");
        day("the 3rd of May 2021", "2021-05-03");
        day("le 1er juin 2021", "2021-06-01");
    }

    @Test
    void dayMonthYearInProse() {
        day("On 1 September 2020, the network met.", "2020-09-01");
        day("On 2 March, 2021", "2021-03-02");
    }

    @Test
    void abbreviatedMonths() {
        day("Thursday Nov 16, 2023", "2023-11-16");
        day("Sept. 5, 2021", "2021-09-05");
        day("16 Dec 2021", "2021-12-16");
    }

    @Test
    void germanDates() {
        day("am Dienstag, 22. Januar 2019", "2019-01-22");
        day("Montag, 21. Oktober 2019 - 19:00", "2019-10-21");
        day("Mo., 21. Okt. 2019,", "2019-10-21");
        day("am 3. März 2020", "2020-03-03");
    }

    @Test
    void norwegianDates() {
        day("onsdag 24. oktober 2018, kl. 13:00 til kl. 15:00", "2018-10-24");
        day("24. des. 2018", "2018-12-24");
    }

    @Test
    void frenchDates() {
        day("le 20 juin 2020", "2020-06-20");
        day("18 juin 2024", "2024-06-18");
        day("mardi 10 décembre 2019", "2019-12-10");
        day("10 fevrier 2020", "2020-02-10");
    }

    @Test
    void frenchWeekdayWithoutYearTakesTheLatestYearInWhichItFits() {
        DateMention m = only("Mardi 18 juin – 14h à 19h30");
        assertEquals(LocalDate.of(2024, 6, 18), m.start());
        assertFalse(m.yearStated());
        assertTrue(m.doubts().get(0).contains("without a year"), m.doubts().toString());
    }

    @Test
    void aDateRunTogetherWithATime() {
        day("Day 1 : January 16, 202009:30 Welcoming Remarks", "2020-01-16");
    }

    @Test
    void numericDates() {
        day("25.03.2022: Roundtable", "2022-03-25");
        day("05.03.2024", "2024-03-05");
        day("2021-03-05", "2021-03-05");
        day("25/04/2024 – Webinar", "2024-04-25");
        day("06/28/2022", "2022-06-28");
    }

    @Test
    void anAmbiguousNumericDateIsReadDayFirstAndFlagged() {
        DateMention m = only("05/02/2021");
        assertEquals(LocalDate.of(2021, 2, 5), m.start());
        assertEquals(List.of("\"05/02/2021\" is read day first (2021-02-05); month first it would be 2021-05-02"), m.doubts());
    }

    @Test
    void anotherNumericDateOnThePageSettlesTheOrder() {
        DateMention m = only("05/02/2021", HINTS.withPageText("E.g., 06/28/2022\n05/02/2021"));
        assertEquals(LocalDate.of(2021, 5, 2), m.start());
        assertEquals(List.of(), m.doubts());
    }

    @Test
    void theStatedWeekdaySettlesTheOrder() {
        assertEquals(LocalDate.of(2024, 3, 5), only("Tuesday 05/03/2024").start());
        assertEquals(LocalDate.of(2024, 5, 3), only("Friday 05/03/2024").start());
        assertEquals(List.of(), only("Friday 05/03/2024").doubts());
    }

    @Test
    void thePublishersConventionSettlesTheOrder() {
        assertEquals(LocalDate.of(2021, 5, 2), only("05/02/2021", HINTS.withHost("www.brookings.edu")).start());
        assertEquals(LocalDate.of(2021, 5, 2), only("05/02/2021", HINTS.withHost("www.migrationpolicy.org")).start());
        assertEquals(LocalDate.of(2021, 5, 2), only("05/02/2021", HINTS.withLanguage(Locale.US)).start());
        DateMention belgian = only("05/02/2021", HINTS.withHost("fedasil.be"));
        assertEquals(LocalDate.of(2021, 2, 5), belgian.start());
        assertEquals(List.of(), belgian.doubts());
        assertEquals(LocalDate.of(2021, 2, 5), only("05/02/2021", HINTS.withLanguage(Locale.FRENCH)).start());
    }

    @Test
    void spansAndPairsOfDays() {
        span("On 19 and 20 March 2024, Fedasil organises", "2024-03-19", "2024-03-20");
        span("On 10 – 27 July 2023, the institute", "2023-07-10", "2023-07-27");
        span("am 30. und 31. Oktober 2019", "2019-10-30", "2019-10-31");
        span("March 6-7, 2025", "2025-03-06", "2025-03-07");
        span("30 June – 2 July 2021", "2021-06-30", "2021-07-02");
        span("19/05/2021 – 21/05/2021", "2021-05-19", "2021-05-21");
        span("du 10 au 12 mars 2021", "2021-03-10", "2021-03-12");
        span("vom 10. bis 12. März 2021", "2021-03-10", "2021-03-12");
        span("May 16 – June 2, 2022", "2022-05-16", "2022-06-02");
    }

    @Test
    void startAndEndDateOnTwoLabelledLines() {
        DateMention m = only("Start date : 19/05/2021\nEnd date : 21/05/2021", HINTS.withHost("europa.eu"));
        assertEquals(LocalDate.of(2021, 5, 19), m.start());
        assertEquals(LocalDate.of(2021, 5, 21), m.end());
        assertEquals(List.of(), m.doubts());
    }

    @Test
    void publicationDates() {
        for (String line : List.of("Date posted: Friday, 13 July 2018", "Posted on 5 May 2021", "Published: 3 March 2020",
                "Veröffentlicht am 3. Mai 2020", "Publié le 4 mai 2020", " date 2021-03-05 Regional Review Of The Compact",
                "Posted in Migration and Development, Gender by Migration Policy Institute on February 16th, 2022",
                "Press Release\nMonday, May 16, 2022")) {
            assertTrue(only(line).published(), line);
        }
        assertFalse(only("Date: 5 May 2021").published());
        assertFalse(only("Published reports matter. The workshop is on 5 May 2021").published());
    }

    @Test
    void aMissingYearComesFromThePostingDate() {
        DateMention m = only("Next week, from 10 to 12 March, the region will review", HINTS.withPosted(LocalDate.of(2021, 3, 5)));
        assertEquals(LocalDate.of(2021, 3, 10), m.start());
        assertEquals(LocalDate.of(2021, 3, 12), m.end());
        assertFalse(m.yearStated());
        assertTrue(m.doubts().get(0).contains("posting date 2021-03-05"), m.doubts().toString());
        DateMention december = only("on 28 December", HINTS.withPosted(LocalDate.of(2021, 1, 4)));
        assertEquals(LocalDate.of(2020, 12, 28), december.start());
    }

    @Test
    void aMissingYearComesFromAPublicationDateOnThePage() {
        List<DateMention> all = DateFinder.all(" date 2021-03-05 Review\nWhen: 10 to 12 March", HINTS);
        assertEquals(LocalDate.of(2021, 3, 10), all.get(1).start());
    }

    @Test
    void aMissingYearComesFromAnotherDateOrAYearOnThePage() {
        assertEquals(LocalDate.of(2020, 7, 7), DateFinder.all("Join us on 7 July. On 7 July 2020 we host a webinar.", HINTS).get(0).start());
        assertEquals(LocalDate.of(2023, 2, 27), only("27 February", HINTS.withPageText("Calendar 2023\n27 February")).start());
        DateMention unknown = only("On September 26 the project hosted researchers");
        assertEquals(LocalDate.of(2024, 9, 26), unknown.start());
        assertTrue(unknown.doubts().get(0).contains("states no year"), unknown.doubts().toString());
    }

    @Test
    void aWeekdayWithoutAYearTakesTheLatestFittingYear() {
        DateMention m = only("These events will take place on Tuesday, 6 July, with interpretation");
        assertEquals(LocalDate.of(2021, 7, 6), m.start());
        assertEquals(List.of("the page states \"Tuesday, 6 July\" without a year; 2021 is the latest year up to 2025 in which 6 July "
                + "is a Tuesday: confirm the year"), m.doubts());
    }

    @Test
    void relativeDatesCountFromThePostingDate() {
        DateHints posted = HINTS.withPosted(LocalDate.of(2021, 3, 5));
        assertEquals(LocalDate.of(2021, 3, 5), only("today", posted).start());
        assertEquals(LocalDate.of(2021, 3, 6), only("Tomorrow", posted).start());
        assertEquals(LocalDate.of(2021, 3, 4), only("yesterday", posted).start());
        assertEquals(LocalDate.of(2021, 2, 28), only("5 days ago", posted).start());
        assertEquals(LocalDate.of(2021, 3, 5), only("heute", posted).start());
        assertEquals(LocalDate.of(2021, 3, 6), only("morgen", posted.withLanguage(Locale.GERMAN)).start());
        assertEquals(LocalDate.of(2021, 3, 2), only("vor 3 Tagen", posted).start());
        assertEquals(LocalDate.of(2021, 3, 5), only("aujourd'hui", posted).start());
        assertEquals(LocalDate.of(2021, 3, 6), only("demain", posted).start());
        assertEquals(LocalDate.of(2021, 3, 3), only("il y a 2 jours", posted).start());
        DateMention m = only("5 days ago", posted);
        assertTrue(m.relative());
        assertTrue(m.doubts().get(0).contains("posting date 2021-03-05"), m.doubts().toString());
    }

    @Test
    void relativeDatesWithoutAPostingDateCountFromTheReferenceDateAndSaySo() {
        DateMention m = only("5 days ago");
        assertEquals(LocalDate.of(2025, 5, 27), m.start());
        assertTrue(m.doubts().get(0).contains("posting date is not known"), m.doubts().toString());
    }

    @Test
    void wordsThatMeanSomethingElseInAnotherLanguageAreReadOnlyWhenTheLanguageIsKnown() {
        assertEquals(List.of(), DateFinder.all("Wir treffen uns hier", HINTS));
        assertEquals(LocalDate.of(2025, 5, 31), only("hier", HINTS.withLanguage(Locale.FRENCH)).start());
    }

    @Test
    void anImpossibleDateIsADoubtNotAnError() {
        DateMention m = only("31 February 2021");
        assertFalse(m.isDate());
        assertEquals(List.of("the page states \"31 February 2021\", which is not a date"), m.doubts());
        assertEquals(List.of("the page states \"32.13.2020\", which is not a date"), only("32.13.2020").doubts());
        assertFalse(only("30.02.2020").isDate());
        assertFalse(only("February 30, 2021").isDate());
    }

    @Test
    void aWeekdayThatDoesNotFitIsFlagged() {
        DateMention m = only("Monday, 8 March 2022");
        assertEquals(LocalDate.of(2022, 3, 8), m.start());
        assertEquals(List.of("the page says \"Monday\" (Monday) but 2022-03-08 is a Tuesday"), m.doubts());
    }

    @Test
    void numbersThatAreNotDates() {
        for (String text : List.of("the COVID-19 March 2020 lockdown", "in May 2021 we", "plus de 10 des 27 États membres",
                "3.5 million people", "Resolution A/RES/73/195", "Tel. 533 54 02", "Thursdays, 3:45pm", "Wir sehen uns Morgen früh",
                "Session 5\nMarch 2021 report")) {
            assertEquals(List.of(), DateFinder.all(text, HINTS), text);
        }
    }

    @Test
    void mentionsComeInOrderWithTheirOffsets() {
        String text = "Posted on 5 May 2021. The workshop takes place on 10 June 2021 and 12 June 2021.";
        List<DateMention> all = DateFinder.all(text, HINTS);
        assertEquals(List.of(LocalDate.of(2021, 5, 5), LocalDate.of(2021, 6, 10), LocalDate.of(2021, 6, 12)), all.stream().map(DateMention::start).toList());
        assertEquals(List.of(true, false, false), all.stream().map(DateMention::published).toList());
        for (DateMention m : all) {
            assertEquals(m.stated(), text.substring(m.offset(), m.offset() + m.stated().length()));
        }
    }

    @Test
    void theOldSingleLineReaderStillReadsTheSeedForms() {
        assertEquals(LocalDate.of(2023, 7, 25), DateFinder.in("July 25, 2023").orElseThrow().start());
        assertEquals(LocalDate.of(2022, 2, 15), DateFinder.in("Tuesday, February 15, 2022").orElseThrow().start());
        assertEquals(LocalDate.of(2024, 3, 20), DateFinder.in("On 19 and 20 March 2024, Fedasil").orElseThrow().end());
        assertTrue(DateFinder.in("On 23 March the project began").isEmpty());
    }
}
