package org.migkg.records;

import java.nio.file.Path;

/**
 * A validated event record with the file it came from, the name that file is published under ({@link RecordNames})
 * and the SHA-256 of its bytes.
 */
public record SourceRecord(Path file, String name, String sha256, EventRecord event) {
    public SourceRecord(Path file, String sha256, EventRecord event) {
        this(file, RecordNames.of(file, null), sha256, event);
    }
}
