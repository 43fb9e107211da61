package org.migkg.importer;

import org.migkg.records.RecordJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.migkg.records.Corpus;
import org.migkg.records.DataLayout;
import org.migkg.records.DataReader;
import org.migkg.records.EventRecord;
import org.migkg.records.SourceRecord;

/** The reviewed records that ship in {@code data/events}: valid, citing their page, written as the importer writes them. */
class ReviewedPagesTest {


    @Test
    void reviewedRecordsValidateAgainstTheSchemaAndRules() {
        Corpus corpus = new DataReader(Path.of("")).read(DataLayout.of(List.of(Path.of("data")), Path.of("data")));
        assertTrue(corpus.events().size() >= 12, "the two seeds and the reviewed pages");
    }

    @Test
    void reviewedRecordsCiteTheirPage() throws Exception {
        Path pages = Seeds.pages();
        for (Map.Entry<String, EventRecord> e : reviewedByDocument().entrySet()) {
            if (e.getKey() != null && e.getKey().startsWith("pages/")) {
                String firstLine = Files.readAllLines(pages.resolve(e.getKey().substring("pages/".length()))).get(0);
                assertEquals(firstLine, "source: " + e.getValue().source().url(), e.getKey());
            }
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

    private static Map<String, EventRecord> reviewedByDocument() {
        Corpus corpus = new DataReader(Path.of("")).read(DataLayout.of(List.of(Path.of("data")), Path.of("data")));
        Map<String, EventRecord> out = new HashMap<>();
        for (SourceRecord r : corpus.events()) {
            out.put(r.event().source().document(), r.event());
        }
        return out;
    }
}
