package org.migkg.records;

import java.nio.file.Path;

/**
 * The name a record file is published under: its path inside the data directory, such as
 * {@code events/2022-06-27-example.json}, whatever folder or machine it was loaded from. A file reached through no
 * data directory is named from its nearest ancestor folder called {@code events}, or else as {@code events/<file name>}.
 */
public final class RecordNames {
    static final String EVENTS = "events";

    private RecordNames() {}

    /** @param dataDir the data directory the file was found in or may lie in; null if there is none */
    public static String of(Path file, Path dataDir) {
        Path abs = file.toAbsolutePath().normalize();
        if (dataDir != null) {
            Path root = dataDir.toAbsolutePath().normalize();
            if (abs.startsWith(root) && !abs.equals(root)) {
                return slashed(root.relativize(abs));
            }
        }
        return fromEventsFolder(abs);
    }

    /** The name of a record stored under {@code stored}, which older versions may have written as a local path. */
    public static String ofStored(String stored) {
        return fromEventsFolder(Path.of(stored.replace('\\', '/')).normalize());
    }

    private static String fromEventsFolder(Path file) {
        for (Path dir = file.getParent(); dir != null; dir = dir.getParent()) {
            if (dir.getFileName() != null && dir.getFileName().toString().equals(EVENTS)) {
                return EVENTS + "/" + slashed(dir.relativize(file));
            }
        }
        return EVENTS + "/" + file.getFileName();
    }

    private static String slashed(Path relative) {
        return relative.toString().replace('\\', '/');
    }
}
