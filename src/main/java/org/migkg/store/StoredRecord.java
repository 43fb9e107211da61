package org.migkg.store;

/** A stored record's JSON, the file it was loaded from, that file's SHA-256 and its graph's content signature. */
public record StoredRecord(String json, String recordFile, String sha256, String contentSignature) {}
