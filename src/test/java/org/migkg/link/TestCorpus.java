package org.migkg.link;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.migkg.records.Aliases;
import org.migkg.records.Corpus;
import org.migkg.records.DataReader;
import org.migkg.records.EventRecord;
import org.migkg.records.Organization;
import org.migkg.records.Register;
import org.migkg.records.SourceRecord;

/** Small corpora built in a test: events with participants "Name | Organization as written", the shipped catalogue. */
final class TestCorpus {
    private final List<SourceRecord> events = new ArrayList<>();
    private Aliases aliases = Aliases.NONE;
    private Register register = Register.EMPTY;

    static List<Organization> catalogue() {
        try {
            return List.of(DataReader.JSON.convertValue(
                    DataReader.JSON.readTree(Path.of("data/organizations.json").toFile()).path("organizations"), Organization[].class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds an event; each participant is "Name" or "Name | Organization as written | another organization...". */
    TestCorpus event(String id, String start, String... participants) {
        ObjectNode e = DataReader.JSON.createObjectNode().put("id", id).put("title", "Event " + id)
                .put("eventType", "webinar").put("start", start);
        ArrayNode list = e.putArray("participants");
        for (String participant : participants) {
            String[] parts = participant.split("\\s*\\|\\s*");
            ObjectNode p = list.addObject().put("name", parts[0]).put("role", "speaker");
            ArrayNode posts = p.putArray("posts");
            for (int i = 1; i < parts.length; i++) {
                posts.addObject().put("title", "Director").put("organization", parts[i]);
            }
        }
        e.putObject("source").put("document", "test/" + id);
        events.add(new SourceRecord(Path.of(id + ".json"), "", DataReader.JSON.convertValue(e, EventRecord.class)));
        return this;
    }

    TestCorpus aliases(Aliases aliases) {
        this.aliases = aliases;
        return this;
    }

    TestCorpus register(Register register) {
        this.register = register;
        return this;
    }

    Corpus corpus() {
        return new Corpus(events, catalogue(), aliases, register, List.of());
    }

    Linked link() {
        return new Linker().link(corpus());
    }
}
