package org.migkg.robust;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migkg.SeedData;
import org.migkg.records.DataReader;
import org.migkg.rdf.Iris;
import org.migkg.store.KnowledgeStore;
import org.migkg.pipeline.Loader;

/**
 * A load replaces what an earlier one computed: scores and evidence that no longer follow from the data are gone.
 * TDB2 stores an xsd:decimal such as "1" under a different key than the "1.0" it reads back (Jena issue 3404), so
 * without care such a triple could never be deleted and stale scores piled up with every relink.
 */
class ReloadLeavesNoStaleDataTest {
    @TempDir
    Path dir;

    @Test
    void evidenceAndScoresOfAnEarlierLoadAreRemoved() throws Exception {
        Path seeds = SeedData.copyTo(dir.resolve("seeds"));
        Path doubled = SeedData.copyTo(dir.resolve("doubled"));
        Path gender = doubled.resolve("events").resolve(SeedData.GENDER + ".json");
        ObjectNode record = (ObjectNode) DataReader.JSON.readTree(gender.toFile());
        ArrayNode participants = (ArrayNode) record.get("participants");
        participants.add(participants.get(0).deepCopy());
        DataReader.JSON.writeValue(gender.toFile(), record);

        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("store"), Iris.DEFAULT)) {
            new Loader(store, dir).load(List.of(seeds), seeds, false);
            String original = SeedData.dump(store);
            new Loader(store, dir).load(List.of(doubled), doubled, false);
            assertNotEquals(original, SeedData.dump(store), "Elke Löbel listed twice gives identity evidence with a score");
            new Loader(store, dir).load(List.of(seeds), seeds, false);
            String restored = SeedData.dump(store);
            assertTrue(original.equals(restored), () -> Dumps.diff(original, restored));
        }
    }
}
