package org.migkg.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.migkg.records.EventRecord;

/** An HTML page's own schema.org Event data is read before any heuristic on its text. */
class StructuredDataTest {

    private final PageImporter importer = new PageImporter(CatalogueLookup.read(Path.of("data/organizations.json")));

    @Test
    void theJsonLdEventGivesTitleDatesAttendanceOrganizerAndPerformers() {
        EventRecord draft = importer.importPage(Path.of("src/test/resources/importer/fixtures/think-tank-event-with-json-ld.html"));
        assertEquals("Labour Pathways for Refugees: What Works", draft.title());
        assertEquals("2024-11-05T14:00:00+01:00", draft.start());
        assertEquals("2024-11-05T15:30:00+01:00", draft.end());
        assertEquals("online", draft.attendance());
        assertEquals(List.of("mpi"), draft.organizers());
        List<String> names = draft.participants().stream().map(EventRecord.Participant::name).toList();
        assertEquals(List.of("Mira Placeholder", "Ana Example", "Jonas Sample"), names);
        EventRecord.Participant ana = draft.participants().get(1);
        assertEquals("Dr", ana.honorific());
        assertEquals("Senior Fellow, Example Policy Centre", ana.statedPosition());
        assertEquals("moderator", draft.participants().get(0).role());
        assertTrue(draft.review().stream().noneMatch(r -> r.field().equals("/start") || r.field().equals("/title")), draft.review()::toString);
    }
}
