package org.migkg.synth;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The true identities behind a generated corpus ({@code truth.json}): for every mention {@code <event-id>#<n>}, the
 * person it really is and, post by post, the organization each stated post really names (declared ids as in
 * organizations.json; organizations missing from the catalogue as {@code unreviewed:<id>}); and for every record, the
 * real event it describes (the id of the event's first record; a second publisher's record of it names that one).
 * Truth files written before events were recorded have no {@code events}.
 */
public record Truth(List<MentionTruth> mentions, List<EventTruth> events) {
    public record MentionTruth(String mention, String person, List<String> organizations) {}

    public record EventTruth(String record, String event) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    public static Truth read(Path file) throws IOException {
        List<MentionTruth> out = new ArrayList<>();
        List<EventTruth> events = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); JsonParser p = JSON.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException(file + ": not a truth file (expected an object with \"mentions\")");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                if (field.equals("mentions")) {
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        out.add(JSON.readValue(p, MentionTruth.class));
                    }
                } else if (field.equals("events")) {
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        events.add(JSON.readValue(p, EventTruth.class));
                    }
                } else {
                    p.skipChildren();
                }
            }
        }
        if (out.isEmpty()) {
            throw new IOException(file + ": no mentions in the truth file");
        }
        return new Truth(out, events);
    }

    /** Writes mention truths as they come, so a corpus of any size needs little memory for it; event truths at the end. */
    static final class Writer implements AutoCloseable {
        private final JsonGenerator out;
        private final List<EventTruth> events = new ArrayList<>();

        Writer(Path file) throws IOException {
            out = JSON.createGenerator(Files.newOutputStream(file));
            out.writeStartObject();
            out.writeArrayFieldStart("mentions");
        }

        void write(MentionTruth truth) throws IOException {
            out.writeRaw('\n');
            JSON.writeValue(out, truth);
        }

        void write(EventTruth truth) {
            events.add(truth);
        }

        @Override
        public void close() throws IOException {
            out.writeRaw('\n');
            out.writeEndArray();
            out.writeArrayFieldStart("events");
            for (EventTruth e : events) {
                out.writeRaw('\n');
                JSON.writeValue(out, e);
            }
            out.writeRaw('\n');
            out.writeEndArray();
            out.writeEndObject();
            out.close();
        }
    }
}
