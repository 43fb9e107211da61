package org.migkg.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Any day written by java.time in a supported locale, in any of the usual patterns, is read back as that day. */
class DateFinderPropertyTest {

    private static final LocalDate FIRST = LocalDate.of(1990, 1, 1);

    @Provide
    Arbitrary<Locale> locales() {
        return Arbitraries.of(Locale.US, Locale.UK, Locale.GERMAN, Locale.FRENCH, Locale.forLanguageTag("nb"));
    }

    @Provide
    Arbitrary<String> patterns() {
        return Arbitraries.of("d MMMM uuuu", "EEEE, d MMMM uuuu", "EEEE d MMMM uuuu", "MMMM d, uuuu", "EEEE, MMMM d, uuuu",
                "d MMM uuuu", "MMM d, uuuu", "EEE d MMM uuuu", "d. MMMM uuuu", "EEEE, d. MMMM uuuu", "EEE, d. MMM uuuu",
                "dd.MM.uuuu", "uuuu-MM-dd");
    }

    @Property(tries = 600)
    void aFormattedDayIsReadBack(@ForAll("locales") Locale locale, @ForAll("patterns") String pattern,
            @ForAll @IntRange(min = 0, max = 14_600) int days) {
        LocalDate day = FIRST.plusDays(days);
        String text = DateTimeFormatter.ofPattern(pattern, locale).format(day);
        List<DateMention> read = DateFinder.all("The meeting: " + text + ".", DateHints.on(LocalDate.of(2030, 1, 1)));
        assertEquals(1, read.size(), text + " -> " + read);
        assertEquals(day, read.get(0).start(), text);
        assertEquals(List.of(), read.get(0).doubts(), text);
    }

    @Property(tries = 200)
    void aNumericDayIsReadBackInThePublishersOrder(@ForAll @IntRange(min = 0, max = 14_600) int days) {
        LocalDate day = FIRST.plusDays(days);
        DateHints hints = DateHints.on(LocalDate.of(2030, 1, 1));
        String dayFirst = DateTimeFormatter.ofPattern("dd/MM/uuuu").format(day);
        String monthFirst = DateTimeFormatter.ofPattern("MM/dd/uuuu").format(day);
        assertEquals(day, DateFinder.all(dayFirst, hints.withHost("www.gouvernement.fr")).get(0).start(), dayFirst);
        assertEquals(day, DateFinder.all(monthFirst, hints.withHost("www.state.gov")).get(0).start(), monthFirst);
    }
}
