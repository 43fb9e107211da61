package org.migkg.serve.html;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migkg.SeedData;
import org.migkg.pipeline.Loader;
import org.migkg.records.DataReader;
import org.migkg.rdf.Iris;
import org.migkg.store.KnowledgeStore;

/** Two records the linker left for review (same title and day, hours that do not meet): each event page says so. */
class EventUnderReviewPageTest {
    @TempDir
    Path dir;

    private void write(Path data, String id, String start, String end) throws IOException {
        ObjectNode e = DataReader.JSON.createObjectNode().put("id", id).put("title", "Rückkehr um jeden Preis?")
                .put("eventType", "conference").put("start", start).put("end", end);
        e.putArray("organizers").add("heinrich-boell-stiftung").add("medico-international");
        e.putArray("participants");
        e.putObject("source").put("document", "https://example.org/" + id);
        Files.writeString(data.resolve("events").resolve(id + ".json"), DataReader.JSON.writeValueAsString(e));
    }

    @Test
    void bothEventPagesNameTheEventTheyMightBe() throws IOException {
        Path data = dir.resolve("data");
        Files.createDirectories(data.resolve("events"));
        Files.copy(SeedData.SHIPPED.resolve("organizations.json"), data.resolve("organizations.json"));
        write(data, "2019-10-21-conference", "2019-10-21T10:00:00+02:00", "2019-10-21T18:00:00+02:00");
        write(data, "2019-10-21-evening", "2019-10-21T19:00:00+02:00", "2019-10-21T21:00:00+02:00");
        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("store"), Iris.DEFAULT)) {
            new Loader(store, dir).load(List.of(data), data, false);
            String conference = Iris.DEFAULT.event("2019-10-21-conference");
            String html = new RichHtmlView().render(conference, ModelFactory.createDefaultModel(), store).orElseThrow();
            assertTrue(html.contains("this event might be the same as"), html);
            assertTrue(html.contains("/id/event/2019-10-21-evening"), "links the other event");
        }
    }
}
