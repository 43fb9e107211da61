package org.migkg.records;

/**
 * The record files that passed the checks a file gets on its own (JSON, the record schema, the text checks, binding),
 * remembered between reads so that a file whose bytes have not changed is not checked again. A file is named by its
 * path inside the data directory, and its bytes and the checks by a digest ({@link DataReader} gives both); only files
 * that passed are remembered, so a bad file is checked, and reported, at every read. The checks across files (ids,
 * declared organizations, dates) run on every read whatever this holds.
 */
public interface CheckedFiles {
    /** Remembers nothing: every file is checked. */
    CheckedFiles NONE = new CheckedFiles() {
        @Override
        public boolean passed(String name, String digest) {
            return false;
        }

        @Override
        public void pass(String name, String digest) {}
    };

    /** Whether the file {@code name} passed with the bytes and checks {@code digest} names. */
    boolean passed(String name, String digest);

    /** The file {@code name} passed with the bytes and checks {@code digest} names. */
    void pass(String name, String digest);
}
