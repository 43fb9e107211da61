package org.migkg.records;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

/**
 * Writes a record the way the hand-curated files are written: properties in the annotated order, empty fields left
 * out, two-space indentation with one array item a line, {@code "key": value}, and a trailing newline.
 */
public final class RecordJson {
    private RecordJson() {}

    private static final ObjectWriter WRITER;

    static {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        printer.indentArraysWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
        printer.indentObjectsWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
        WRITER = new ObjectMapper().writer(printer);
    }

    public static String write(EventRecord record) {
        try {
            return WRITER.writeValueAsString(record) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write record " + record.id(), e);
        }
    }

    public static EventRecord read(String json) {
        try {
            return new ObjectMapper().readValue(json, EventRecord.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not an event record: " + e.getOriginalMessage(), e);
        }
    }
}
