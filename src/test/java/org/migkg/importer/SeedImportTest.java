package org.migkg.importer;

import org.migkg.records.RecordJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.migkg.records.EventRecord;

/** Importing each seed page gives the hand-curated record, apart from the fields the draft lists for review. */
class SeedImportTest {


    private final PageImporter importer = new PageImporter(CatalogueLookup.read(Path.of("data/organizations.json")));

    @ParameterizedTest
    @CsvSource({
            "000_ce6526080a7c248b.txt, 2023-07-25-improving-communications-voluntary-return-reintegration",
            "003_6382b3a922cba511.txt, 2022-02-15-gender-responsive-reintegration-returned-migrants"})
    void draftEqualsTheCuratedRecordOutsideItsReviewItems(String page, String curatedId) throws Exception {
        EventRecord draft = importer.importPage(Seeds.folder().resolve(page));
        EventRecord curated = RecordJson.read(Files.readString(Path.of("data/events", curatedId + ".json")));

        // The description and topics are the curator's own words (a draft never carries the publisher's prose), and the
        // id is the curator's choice, since it becomes the event's IRI.
        List<RecordDiff.Difference> judged = RecordDiff.between(curated, draft).stream()
                .filter(d -> !d.field().startsWith("/description") && !d.field().startsWith("/topics") && !d.field().equals("/id"))
                .toList();
        List<RecordDiff.Difference> unflagged = judged.stream().filter(d -> !RecordDiff.covers(draft, d.field())).toList();
        long flagged = judged.size() - unflagged.size();
        System.out.printf("%s: %d review items, %d differing fields all under review, %d not%n", page, draft.review().size(), flagged, unflagged.size());
        assertEquals(List.of(), unflagged, "fields that differ from the curated record without a review item");
        assertFalse(draft.review().isEmpty(), "the seeds lost their role headings: the draft must say so");
    }

    @ParameterizedTest
    @CsvSource({
            "000_ce6526080a7c248b.txt, 2023-07-25-improving-communications-voluntary-return-reintegration",
            "003_6382b3a922cba511.txt, 2022-02-15-gender-responsive-reintegration-returned-migrants"})
    void curatedRecordsAreWrittenTheWayTheWriterWritesThem(String page, String curatedId) throws Exception {
        String file = Files.readString(Path.of("data/events", curatedId + ".json"));
        assertEquals(file, RecordJson.write(RecordJson.read(file)));
    }
}
