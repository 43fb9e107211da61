package org.migkg.store;

/** What the store remembers of a record: the file it was loaded from, that file's SHA-256 and its graph's content signature. */
public record StoredRecord(String recordFile, String sha256, String contentSignature) {}
