package org.migkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migkg.SeedData;
import org.migkg.rdf.Iris;
import org.migkg.records.DataReader;
import org.migkg.records.RecordJson;
import org.migkg.store.KnowledgeStore;
import org.migkg.pipeline.Loader;
import picocli.CommandLine;

/** The review queue lists every open question with the command that closes it, and those commands write data/. */
class ReviewCommandTest {

    @TempDir
    Path dir;

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

    /** The seeds plus a record naming "Camille Le Coz" at another organization: the linker cannot tell, and asks. */
    private Path dataWithAnUncertainNamesake() throws IOException {
        Path data = SeedData.copyTo(dir.resolve("data"));
        ObjectNode e = DataReader.JSON.createObjectNode().put("$schema", "../schema/event.schema.json")
                .put("id", "2023-09-12-return-counselling-practice").put("title", "Return Counselling in Practice")
                .put("eventType", "webinar").put("start", "2023-09-12");
        e.putArray("participants").addObject().put("name", "Camille Le Coz").put("role", "speaker")
                .putArray("posts").addObject().put("title", "Policy Officer").put("organization", "Fedasil").put("organizationId", "fedasil");
        e.putObject("source").put("url", "https://example.org/events/return-counselling").put("document", "test/return-counselling");
        e.putArray("review").addObject().put("field", "/start").put("reason", "the page gives only the month; the day is assumed");
        Files.writeString(data.resolve("events").resolve("2023-09-12-return-counselling-practice.json"),
                RecordJson.write(RecordJson.read(e.toString())));
        return data;
    }

    @Test
    void theQueueListsAnUncertainPersonWithItsEvidenceAndClosingCommands() throws IOException {
        Path data = dataWithAnUncertainNamesake();
        Run r = run("review", "--data", data.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("[people"), r.out());
        assertTrue(r.out().contains("might be one person"), r.out());
        String pair = SeedData.GENDER + "#4 2023-09-12-return-counselling-practice#1";
        assertTrue(r.out().contains("close: migkg review same " + pair), r.out());
        assertTrue(r.out().contains("close: migkg review different " + pair), r.out());
        assertTrue(r.out().contains("not merged because organizations differ"), r.out());
        assertTrue(r.out().contains("close: edit the field") && r.out().contains("migkg review confirm 2023-09-12-return-counselling-practice /start"), r.out());
        assertTrue(r.out().indexOf("[people") < r.out().indexOf("[record"), "the person question comes first: more rides on it");
    }

    @Test
    void sameWritesTheDecisionAndTheLoadMergesThePeople() throws IOException {
        Path data = dataWithAnUncertainNamesake();
        String question = run("review", "--data", data.toString()).out().lines()
                .filter(l -> l.contains("close: migkg review same")).findFirst().orElseThrow();
        List<String> mentions = List.of(question.substring(question.indexOf("same ") + 5).split(" "));
        String personIri = Iris.DEFAULT.person("camille-le-coz");
        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("store"), Iris.DEFAULT)) {
            new Loader(store, dir).load(List.of(data), data, false);
            assertTrue(SeedData.ask(store, "ASK { ?p <https://w3id.org/migkg/ontology#identityUnderReview> ?note }"),
                    "before the decision the graph says the identity is under review");

            Run same = run("review", "--data", data.toString(), "same", mentions.get(0), mentions.get(1), "--note", "one analyst, seconded to Fedasil");
            assertEquals(0, same.exit(), same.err());
            JsonNode aliases = DataReader.JSON.readTree(data.resolve("aliases.json").toFile());
            assertEquals(2, aliases.path("samePerson").get(0).path("mentions").size());
            assertEquals("camille-le-coz-fedasil", aliases.path("samePerson").get(0).path("replaces").get(0).asText(),
                    "the second published id is retired into the first");

            new Loader(store, dir).load(List.of(data), data, false);
            assertTrue(SeedData.ask(store, "ASK { ?p <https://w3id.org/migkg/ontology#participant> <" + personIri + "> ; "
                    + "<https://w3id.org/migkg/ontology#event> <" + Iris.DEFAULT.event("2023-09-12-return-counselling-practice") + "> }"));
            assertFalse(SeedData.ask(store, "ASK { ?p <https://w3id.org/migkg/ontology#identityUnderReview> ?note }"));
        }
        assertFalse(run("review", "--data", data.toString()).out().contains("[people"), "the question is closed");
    }

    @Test
    void confirmRemovesTheReviewItemFromTheRecord() throws IOException {
        Path data = dataWithAnUncertainNamesake();
        Run r = run("review", "--data", data.toString(), "confirm", "2023-09-12-return-counselling-practice", "/start");
        assertEquals(0, r.exit(), r.err());
        String record = Files.readString(data.resolve("events").resolve("2023-09-12-return-counselling-practice.json"));
        assertFalse(record.contains("\"review\""), record);
        Run again = run("review", "--data", data.toString(), "confirm", "2023-09-12-return-counselling-practice", "/start");
        assertEquals(2, again.exit());
        assertTrue(again.err().contains("no open review item on /start"), again.err());
    }

    @Test
    void aMentionThatIsNotInTheDataIsAUsageError() throws IOException {
        Path data = dataWithAnUncertainNamesake();
        Run r = run("review", "--data", data.toString(), "different", "no-such-event#1", SeedData.GENDER + "#1");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("no participant no-such-event#1"), r.err());
    }
}
