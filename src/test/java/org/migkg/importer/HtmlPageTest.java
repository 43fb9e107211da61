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
    void theHtmlCopyOfAnMpiStylePageGivesTheSameDraftAsTheTextCopy() {
        EventRecord fromText = importer.importPage(Seeds.mpiStyleFixture());
        EventRecord fromHtml = importer.importPage(Path.of("src/test/resources/importer/fixtures/mpi-style-webinar.html"));
        List<RecordDiff.Difference> differences = RecordDiff.between(fromText, fromHtml);
        assertEquals(List.of(new RecordDiff.Difference("/source/document", "\"fixtures/mpi-style-webinar.txt\"", "\"fixtures/mpi-style-webinar.html\"")),
                differences);
        assertEquals(4, fromText.participants().size());
        assertEquals(fromText.review(), fromHtml.review());
    }
}
