package org.migkg.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.migkg.records.EventRecord;

/**
 * A curator's machine language does not change a draft: on a Turkish-locale machine, where a default-locale
 * {@code toLowerCase} turns "IOM" into "ıom" and "PANELISTS" into "panelısts", the importer finds the same
 * organizations, people and roles as on any other.
 */
class MachineLocaleTest {
    private static final Path FIXTURES = Path.of("src/test/resources/importer");

    static Stream<Path> pages() {
        return Stream.of("fixtures/mpi-style-webinar.txt", "fixtures/mpi-style-webinar.html",
                "fixtures/think-tank-event-with-json-ld.html", "scoring/pages/901_example-institute-webinar-care-workers.txt",
                "scoring/pages/902_example-institute-staff-profile.txt", "scoring/pages/903_example-network-seminar-listing.txt")
                .map(FIXTURES::resolve);
    }

    @ParameterizedTest
    @MethodSource("pages")
    void aTurkishLocaleMachineGivesTheSameDraft(Path page) {
        EventRecord everywhere = importUnder(Locale.ROOT, page);
        EventRecord turkish = importUnder(Locale.forLanguageTag("tr-TR"), page);
        assertEquals(List.of(), RecordDiff.between(everywhere, turkish), page.toString());
    }

    @Test
    void capitalIsOnAPageReadTheSameOnATurkishLocaleMachine(@TempDir Path dir) throws Exception {
        Path page = dir.resolve("capitals.txt");
        Files.writeString(page, String.join("\n",
                "source: https://www.example.org/events/return-counselling-in-practice",
                "RETURN COUNSELLING IN PRACTICE",
                "WEBINAR",
                "14 March 2023, 10:00-11:30 CET",
                "",
                "SPEAKERS",
                "Ana Example, Senior Policy Analyst, INTERNATIONAL ORGANIZATION FOR MIGRATION (IOM)",
                "Jonas Sample, Head of Unit, Fedasil",
                "",
                "MODERATOR",
                "Mira Placeholder, Program Officer, MPI Europe",
                ""));
        EventRecord everywhere = importUnder(Locale.ROOT, page);
        assertEquals("webinar", everywhere.eventType());
        assertEquals(List.of(), RecordDiff.between(everywhere, importUnder(Locale.forLanguageTag("tr-TR"), page)));
    }

    private static EventRecord importUnder(Locale locale, Path page) {
        Locale before = Locale.getDefault();
        Locale.setDefault(locale);
        try {
            return new PageImporter(CatalogueLookup.read(Path.of("data/organizations.json"))).importPage(page);
        } finally {
            Locale.setDefault(before);
        }
    }
}
