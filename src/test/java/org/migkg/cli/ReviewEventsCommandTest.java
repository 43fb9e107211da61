package org.migkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migkg.SeedData;
import org.migkg.records.DataReader;
import picocli.CommandLine;

/**
 * The shipped records with no curated event decision: `review` asks about the two pairs the records' review items were
 * about, `review --json` gives the same for a tool, and `review same-event` and `review different-events` write the
 * decisions that close them to aliases.json.
 */
class ReviewEventsCommandTest {
    static final String WEBINAR = "2022-02-15-gender-responsive-reintegration-returned-migrants";
    static final String PODCAST = "2022-02-gender-responsive-reintegration-process-returned-migrants";
    static final String CONFERENCE = "2019-10-21-rueckkehr-um-jeden-preis-fachtagung";
    static final String EVENING = "2019-10-21-rueckkehr-um-jeden-preis-abendveranstaltung";

    @TempDir
    Path dir;
    Path data;

    record Run(int exit, String out, String err) {}

    private Run run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @BeforeEach
    void shippedWithoutEventDecisions() throws IOException {
        data = Files.createDirectories(dir.resolve("data/events")).getParent();
        try (Stream<Path> files = Files.list(SeedData.SHIPPED.resolve("events"))) {
            for (Path f : files.toList()) {
                Files.copy(f, data.resolve("events").resolve(f.getFileName()));
            }
        }
        for (String name : List.of("organizations.json", "register.json")) {
            Files.copy(SeedData.SHIPPED.resolve(name), data.resolve(name));
        }
        ObjectNode aliases = (ObjectNode) DataReader.JSON.readTree(SeedData.SHIPPED.resolve("aliases.json").toFile());
        aliases.remove(List.of("sameEvent", "differentEvents"));
        DataReader.JSON.writeValue(data.resolve("aliases.json").toFile(), aliases);
    }

    private JsonNode aliases() throws IOException {
        return DataReader.JSON.readTree(data.resolve("aliases.json").toFile());
    }

    @Test
    void theQueueAsksAboutBothPairsAndItsJsonFollowsTheSchema() throws Exception {
        Run text = run("review", "--data", data.toString());
        assertEquals(0, text.exit(), text.err());
        assertTrue(text.out().contains(WEBINAR + " and " + PODCAST + " might describe one event"), text.out());
        assertTrue(text.out().contains("close: migkg review different-events " + EVENING + " " + CONFERENCE), text.out());

        Run json = run("review", "--data", data.toString(), "--json");
        assertEquals(0, json.exit(), json.err());
        JsonNode queue = DataReader.JSON.readTree(json.out());
        var schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(Files.readString(Path.of("data/schema/review-queue.schema.json")));
        assertEquals(java.util.Set.of(), schema.validate(queue));
        long events = 0;
        for (JsonNode q : queue.get("questions")) {
            if (q.get("kind").asText().equals("events")) {
                events++;
                assertEquals(2, q.get("subjects").size());
            }
        }
        assertEquals(2, events);
    }

    @Test
    void sameEventAndDifferentEventsWriteTheDecisionsThatCloseTheQuestions() throws IOException {
        Run same = run("review", "--data", data.toString(), "same-event", PODCAST, WEBINAR, "--note", "one webinar");
        assertEquals(0, same.exit(), same.err());
        JsonNode decision = aliases().get("sameEvent").get(0);
        assertEquals(WEBINAR, decision.get("event").asText(), "the event keeps the first id, pinned from now on");
        assertEquals(List.of(PODCAST, WEBINAR), List.of(decision.get("records").get(0).asText(), decision.get("records").get(1).asText()));

        Run different = run("review", "--data", data.toString(), "different-events", CONFERENCE, EVENING);
        assertEquals(0, different.exit(), different.err());
        assertEquals(CONFERENCE, aliases().get("differentEvents").get(0).get("records").get(0).asText());
        assertEquals(2, aliases().get("samePerson").size(), "the curated people are kept");

        Run after = run("review", "--data", data.toString());
        assertFalse(after.out().contains("might describe one event"), after.out());
    }

    @Test
    void aRecordThatIsNotThereIsAUserError() {
        Run r = run("review", "--data", data.toString(), "same-event", WEBINAR, "2030-01-01-nowhere");
        assertEquals(2, r.exit(), "a usage mistake");
        assertTrue(r.err().contains("no record 2030-01-01-nowhere"), r.err());
    }
}
