package org.migkg.records;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A record is named by its path inside the data directory, never by a path of the machine it was loaded on. */
class RecordNamesTest {
    @Test
    void insideTheDataDirectory() {
        assertEquals("events/a.json", RecordNames.of(Path.of("/srv/x/data/events/a.json"), Path.of("/srv/x/data")));
        assertEquals("events/2022/a.json", RecordNames.of(Path.of("/srv/x/data/events/2022/a.json"), Path.of("/srv/x/data")));
    }

    @Test
    void relativeAndAbsolutePathsOfOneFileGiveOneName() {
        Path absolute = Path.of("data/events/a.json").toAbsolutePath();
        assertEquals(RecordNames.of(absolute, Path.of("data")), RecordNames.of(Path.of("data/events/a.json"), Path.of("data").toAbsolutePath()));
        assertEquals("events/a.json", RecordNames.of(Path.of("./data/../data/events/a.json"), Path.of("data")));
    }

    @Test
    void outsideTheDataDirectoryTheEventsFolderNamesIt() {
        assertEquals("events/a.json", RecordNames.of(Path.of("/home/me/copy/events/a.json"), Path.of("/srv/data")));
        assertEquals("events/a.json", RecordNames.of(Path.of("/home/me/new/a.json"), null));
    }

    @Test
    void namesStoredByOlderVersionsAreNamedAlike() {
        assertEquals("events/a.json", RecordNames.ofStored("data/events/a.json"));
        assertEquals("events/a.json", RecordNames.ofStored("/home/me/migkg/data/events/a.json"));
        assertEquals("events/a.json", RecordNames.ofStored("events/a.json"));
    }
}
