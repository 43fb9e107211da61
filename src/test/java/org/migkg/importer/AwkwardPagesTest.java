package org.migkg.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migkg.records.EventRecord;
import org.migkg.records.Organization;

/** Pages a publisher got slightly wrong still import: nothing on a page makes the importer throw. */
class AwkwardPagesTest {

    @TempDir
    Path dir;

    private final PageImporter importer = new PageImporter(CatalogueLookup.read(Path.of("data/organizations.json")));

    private EventRecord onlyDraft(String text) throws Exception {
        Path page = Files.writeString(dir.resolve("page.txt"), text);
        PageImport result = importer.read(page, ImportOptions.NONE);
        PageImport.Drafts drafts = assertInstanceOf(PageImport.Drafts.class, result, result::toString);
        assertEquals(1, drafts.drafts().size());
        return drafts.drafts().get(0);
    }

    @Test
    void anImpossibleDateIsAReviewItemNotACrash() throws Exception {
        EventRecord draft = onlyDraft("""
                Return and Reintegration in Practice
                Date: 31 February 2021
                The webinar took place on Tuesday, 2 March 2021 at 14:00 CET.
                Speakers: Jane Example, Director, Example Institute
                """);
        assertEquals("2021-03-02T14:00:00+01:00", draft.start());
        assertTrue(draft.review().stream().anyMatch(r -> r.field().equals("/start") && r.reason().contains("31 February 2021")),
                draft.review()::toString);
    }

    @Test
    void anAddressThatIsNotAUriStillImports() throws Exception {
        EventRecord draft = onlyDraft("""
                source: https://example.org/events/return^counselling
                Return Counselling That Works
                14 March 2023
                Speakers: Jane Example, Director, Example Institute
                """);
        assertEquals("2023-03-14", draft.start());
        assertEquals("https://example.org/events/return^counselling", draft.source().url());
    }

    @Test
    void aCatalogueHomepageThatIsNotAUriIsSkipped() {
        Organization broken = new Organization("broken", "Broken Homepage Institute", List.of("BHI"), List.of(), "think-tank",
                null, null, "http://exa mple.org", List.of());
        CatalogueLookup lookup = new CatalogueLookup(List.of(broken));
        assertEquals(java.util.Optional.empty(), lookup.idOfWebsite("example.org"));
    }

    @Test
    void speakersListedInlineWithAModeratorAreAllFound() throws Exception {
        EventRecord draft = onlyDraft("""
                Labour Mobility After the Pandemic
                Friday 5th February 2021
                Speakers: Dr. Ana Example, Jonas Sample and Professor Mira Placeholder. Moderator: Ms Camille Tester
                """);
        List<String> names = draft.participants().stream().map(EventRecord.Participant::name).toList();
        assertEquals(List.of("Ana Example", "Jonas Sample", "Mira Placeholder", "Camille Tester"), names);
        assertEquals(List.of("speaker", "speaker", "speaker", "moderator"),
                draft.participants().stream().map(EventRecord.Participant::role).toList());
        assertEquals("Dr", draft.participants().get(0).honorific());
        assertEquals("Prof", draft.participants().get(2).honorific());
        assertEquals("Ms", draft.participants().get(3).honorific());
        assertEquals("2021-02-05", draft.start());
    }
}
