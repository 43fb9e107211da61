package org.migkg.robust;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.migkg.SeedData;
import org.migkg.records.DataReader;

/**
 * Data directories for fault and load tests, made from the seeds: each copy of a seed gets its own id, title and
 * participants, and drops what it would share with every other copy (organizers, series, objectives, themes), so
 * the graph grows with the number of copies rather than with its square.
 */
final class Corpora {
    private Corpora() {}

    /** A data directory with the shipped catalogue and {@code copies} events per seed, ids and names tagged {@code tag}. */
    static Path distinctCopies(Path dir, String tag, int copies) {
        Path data = SeedData.copyTo(dir);
        try {
            Path events = data.resolve("events");
            for (String seed : SeedData.SEEDS) {
                Path seedFile = events.resolve(seed + ".json");
                ObjectNode record = (ObjectNode) DataReader.JSON.readTree(seedFile.toFile());
                record.remove(List.of("organizers", "partners", "funders", "partOf", "gcmObjectives", "themes"));
                List<String> names = new ArrayList<>();
                record.withArray("participants").forEach(p -> names.add(p.path("name").asText()));
                for (int i = 0; i < copies; i++) {
                    String id = seed + "-" + tag + "-" + i;
                    record.put("id", id);
                    record.put("title", "Copy " + i + " (" + tag + ") of " + record.path("source").path("title").asText());
                    int n = 0;
                    for (JsonNode p : record.withArray("participants")) {
                        ((ObjectNode) p).put("name", names.get(n++) + " " + tag.toUpperCase() + i);
                    }
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
