package org.migkg.records;

/**
 * One thing wrong with the input, named so a person can find it: the file, the record's id (or "-" when the file
 * could not be read far enough to know it) and the field as a JSON Pointer.
 */
public record Problem(String file, String record, String field, String message) {
    @Override
    public String toString() {
        return file + ": record " + record + ": field " + (field.isEmpty() ? "/" : field) + ": " + message;
    }
}
