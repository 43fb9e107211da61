package org.migkg.importer;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real saved pages the tests import. They are the publishers' text, so they are not in the repository: they are
 * read from {@code ../shared} beside the project, and a test that needs them skips, saying so, where it is absent.
 */
final class Seeds {
    private Seeds() {}

    static Path folder() {
        return present(Path.of("../shared/seeds"));
    }

    static Path pages() {
        return present(Path.of("../shared/pages"));
    }

    private static Path present(Path folder) {
        assumeTrue(Files.isDirectory(folder), folder + " is absent: the real saved pages are not in the repository; "
                + "this test runs where the project's shared folder sits beside the checkout");
        return folder;
    }

    /** A page written for the tests in the MPI event-page layout (an invented event), always present. */
    static Path mpiStyleFixture() {
        return Path.of("src/test/resources/importer/fixtures/mpi-style-webinar.txt");
    }
}
