package org.migkg.importer.scoring;

import java.nio.file.Path;

/** A reading file that cannot be used, with the file named. */
public class ReadingException extends RuntimeException {
    public ReadingException(Path file, String problem) {
        super("reading " + file + ": " + problem);
    }
}
