package org.migkg.importer;

import java.nio.file.Path;

/** The saved pages the tests import: copies of the shared seeds and pages, kept with the tests so they run anywhere. */
final class Seeds {
    private Seeds() {}

    static Path folder() {
        return Path.of("src/test/resources/importer/seeds");
    }

    static Path pages() {
        return Path.of("src/test/resources/importer/pages");
    }
}
