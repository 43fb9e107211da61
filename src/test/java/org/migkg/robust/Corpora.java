package org.migkg.robust;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.migkg.SeedData;
import org.migkg.records.DataReader;

/** Data directories for fault and load tests: the seeds, copied under new ids to make a corpus of any size. */
final class Corpora {
    private Corpora() {}

    /** A data directory with the shipped catalogue and {@code copies} events per seed, ids suffixed with {@code tag}. */
    static Path copies(Path dir, String tag, int copies) {
        Path data = SeedData.copyTo(dir);
        try {
            Path events = data.resolve("events");
            for (String seed : SeedData.SEEDS) {
                Path seedFile = events.resolve(seed + ".json");
                ObjectNode record = (ObjectNode) DataReader.JSON.readTree(seedFile.toFile());
                for (int i = 0; i < copies; i++) {
                    String id = seed + "-" + tag + "-" + i;
                    record.put("id", id);
                    record.put("title", "Copy " + i + " (" + tag + ") of " + seed);
                    DataReader.JSON.writerWithDefaultPrettyPrinter().writeValue(events.resolve(id + ".json").toFile(), record);
                }
                Files.delete(seedFile);
            }
            return data;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
