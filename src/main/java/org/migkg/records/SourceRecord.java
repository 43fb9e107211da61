package org.migkg.records;

import java.nio.file.Path;

/** A validated event record with the file it came from and the SHA-256 of that file's bytes. */
public record SourceRecord(Path file, String sha256, EventRecord event) {}
