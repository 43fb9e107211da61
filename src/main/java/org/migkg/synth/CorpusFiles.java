package org.migkg.synth;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

/**
 * Writes a synthetic corpus as a data directory ({@code events/*.json}, {@code organizations.json},
 * {@code aliases.json}) plus {@code truth.json}, one record at a time.
 */
public final class CorpusFiles {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectWriter PRETTY = JSON.writerWithDefaultPrettyPrinter();

    private CorpusFiles() {}

    /** Writes the corpus into {@code out} (created if missing; must not hold an events directory already). */
    public static Summary write(SyntheticCorpus corpus, Path out) throws IOException {
        Path events = out.resolve("events");
        if (Files.isDirectory(events)) {
            try (var existing = Files.list(events)) {
                if (existing.findAny().isPresent()) {
                    throw new IOException(events + " already holds records; choose an empty directory");
                }
            }
        }
        Files.createDirectories(events);
        ObjectNode organizations = JSON.createObjectNode();
        corpus.declaredOrganizations().forEach(organizations.putArray("organizations")::add);
        PRETTY.writeValue(out.resolve("organizations.json").toFile(), organizations);
        ObjectNode aliases = JSON.createObjectNode();
        aliases.putArray("samePerson");
        aliases.putArray("differentPeople");
        PRETTY.writeValue(out.resolve("aliases.json").toFile(), aliases);

        int records = 0;
        int mentions = 0;
        int copies = 0;
        try (Truth.Writer truth = new Truth.Writer(out.resolve("truth.json"))) {
            for (Iterator<SyntheticCorpus.GeneratedEvent> it = corpus.events(); it.hasNext(); ) {
                SyntheticCorpus.GeneratedEvent event = it.next();
                PRETTY.writeValue(events.resolve(event.id() + ".json").toFile(), event.record());
                for (Truth.MentionTruth t : event.truth()) {
                    truth.write(t);
                    mentions++;
                }
                truth.write(new Truth.EventTruth(event.id(), event.event()));
                if (!event.id().equals(event.event())) {
                    copies++;
                }
                records++;
            }
        }
        return new Summary(records, mentions, corpus.declaredOrganizations().size(), copies);
    }

    /** @param copies records that are a second publisher's record of an event another record describes */
    public record Summary(int records, int mentions, int declaredOrganizations, int copies) {}
}
