package org.migkg.importer.scoring;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Reads the readings of a folder: one {@code NAME.json} per page, keyed by the page's file name. */
public final class ReadingFiles {
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true);

    private ReadingFiles() {}

    /** Every reading in the folder, by page file name, in file-name order. */
    public static Map<String, Reading> in(Path folder) {
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the readings in " + folder, e);
        }
        Map<String, Reading> out = new LinkedHashMap<>();
        for (Path file : files) {
            Reading reading = read(file);
            Reading earlier = out.put(reading.page(), reading);
            if (earlier != null) {
                throw new ReadingException(file, "a second reading of " + reading.page());
            }
        }
        return out;
    }

    public static Reading read(Path file) {
        Reading reading;
        try {
            reading = JSON.readValue(file.toFile(), Reading.class);
        } catch (JsonProcessingException e) {
            throw new ReadingException(file, e.getOriginalMessage() + " (line " + e.getLocation().getLineNr() + ")");
        } catch (IOException e) {
            throw new ReadingException(file, "cannot be read (" + e.getMessage() + ")");
        }
        if (reading == null || reading.kind() == null) {
            throw new ReadingException(file, "has no \"kind\" (event, listing or not-event)");
        }
        String page = reading.page() != null ? reading.page() : pageOf(file);
        if (reading.kind().describesEvents() && reading.events().isEmpty()) {
            throw new ReadingException(file, "is of kind " + reading.kind().label() + " but lists no event");
        }
        for (Reading.Event event : reading.events()) {
            check(file, event.start(), "start");
            check(file, event.end(), "end");
            if (event.people().stream().anyMatch(p -> p.name() == null || p.name().isBlank())) {
                throw new ReadingException(file, "a person of \"" + event.title() + "\" has no name");
            }
        }
        return new Reading(page, reading.kind(), reading.why(), reading.events());
    }

    private static void check(Path file, String time, String field) {
        if (time != null && Moment.parse(time).isEmpty()) {
            throw new ReadingException(file, field + " \"" + time + "\" is not an ISO 8601 date or date-time");
        }
    }

    /** The page a reading file is named for: {@code 109_x.json} reads {@code 109_x.txt}. */
    static String pageOf(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - ".json".length()) + ".txt";
    }
}
