package org.migkg.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.migkg.records.EventRecord;

/** An HTML copy of a page goes through the same reader as its text copy and gives the same draft. */
class HtmlPageTest {

    private final PageImporter importer = new PageImporter(CatalogueLookup.read(Path.of("data/organizations.json")));

    @Test
    void theHtmlCopyOfTheMpiSeedGivesTheSameDraftAsTheTextCopy() {
        EventRecord fromText = importer.importPage(Seeds.folder().resolve("000_ce6526080a7c248b.txt"));
        EventRecord fromHtml = importer.importPage(Path.of("src/test/resources/importer/seed-000.html"));
        List<RecordDiff.Difference> differences = RecordDiff.between(fromText, fromHtml);
        assertEquals(List.of(new RecordDiff.Difference("/source/document", "\"seeds/000_ce6526080a7c248b.txt\"", "\"importer/seed-000.html\"")),
                differences);
        assertEquals(fromText.review(), fromHtml.review());
    }
}
