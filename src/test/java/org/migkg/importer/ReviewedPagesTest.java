package org.migkg.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.migkg.records.Corpus;
import org.migkg.records.DataLayout;
import org.migkg.records.DataReader;
import org.migkg.records.EventRecord;
import org.migkg.records.SourceRecord;

/**
 * What the importer got wrong on the ten saved pages: the drafts it wrote (kept in {@code raw-drafts.json}) against
 * the records an editor reviewed against each page ({@code data/events}), field by field. A difference in a field the
 * draft listed for review is an honest miss; one in a field it did not list is a silent one.
 */
class ReviewedPagesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void reportsWhatTheImporterGotWrongOnEachPage() throws Exception {
        Map<String, EventRecord> reviewed = reviewedByDocument();
        int pages = 0;
        int total = 0;
        int silent = 0;
        StringBuilder report = new StringBuilder("What the importer got wrong before review (field: draft -> reviewed):\n");
        for (Map.Entry<String, EventRecord> e : rawDrafts().entrySet()) {
            EventRecord draft = e.getValue();
            EventRecord record = reviewed.get("pages/" + e.getKey());
            assertNotNull(record, "no reviewed record cites pages/" + e.getKey());
            List<RecordDiff.Difference> diffs = RecordDiff.between(draft, record);
            List<RecordDiff.Difference> unflagged = diffs.stream().filter(d -> !RecordDiff.covers(draft, d.field())).toList();
            pages++;
            total += diffs.size();
            silent += unflagged.size();
            report.append(String.format("%s: %d field(s) differ, %d of them not listed for review; %d review item(s) in the draft, %d left open%n",
                    e.getKey(), diffs.size(), unflagged.size(), draft.review().size(), record.review().size()));
            for (RecordDiff.Difference d : diffs) {
                report.append(RecordDiff.covers(draft, d.field()) ? "    flagged " : "    SILENT  ").append(shorten(d)).append('\n');
            }
        }
        report.append(String.format("Total: %d pages, %d differing fields, %d not listed for review%n", pages, total, silent));
        System.out.print(report);
        assertEquals(10, pages);
    }

    @Test
    void reviewedRecordsValidateAgainstTheSchemaAndRules() {
        Corpus corpus = new DataReader(Path.of("")).read(DataLayout.of(List.of(Path.of("data")), Path.of("data")));
        assertEquals(12, corpus.events().size(), "two seeds and ten reviewed pages");
    }

    @Test
    void reviewedRecordsCiteTheirPage() throws Exception {
        Map<String, EventRecord> reviewed = reviewedByDocument();
        for (String page : rawDrafts().keySet()) {
            EventRecord record = reviewed.get("pages/" + page);
            String firstLine = Files.readAllLines(Seeds.pages().resolve(page)).get(0);
            assertEquals(firstLine, "source: " + record.source().url(), page);
        }
    }

    @Test
    void everyRecordIsWrittenTheWayTheImporterWritesIt() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("data/events"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                String text = Files.readString(f);
                assertEquals(text, RecordJson.write(RecordJson.read(text)), f.toString());
                assertTrue(f.getFileName().toString().equals(RecordJson.read(text).id() + ".json"), f.toString());
            }
        }
    }

    private static Map<String, EventRecord> rawDrafts() throws Exception {
        JsonNode root;
        try (InputStream in = ReviewedPagesTest.class.getResourceAsStream("/importer/raw-drafts.json")) {
            root = JSON.readTree(in);
        }
        Map<String, EventRecord> drafts = new java.util.TreeMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = root.path("drafts").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            drafts.put(e.getKey(), JSON.treeToValue(e.getValue(), EventRecord.class));
        }
        return drafts;
    }

    private static Map<String, EventRecord> reviewedByDocument() {
        Corpus corpus = new DataReader(Path.of("")).read(DataLayout.of(List.of(Path.of("data")), Path.of("data")));
        Map<String, EventRecord> out = new HashMap<>();
        for (SourceRecord r : corpus.events()) {
            out.put(r.event().source().document(), r.event());
        }
        return out;
    }

    private static String shorten(RecordDiff.Difference d) {
        return d.field() + ": " + cut(d.left()) + " -> " + cut(d.right());
    }

    private static String cut(String s) {
        return s.length() > 90 ? s.substring(0, 87) + "..." : s;
    }
}
