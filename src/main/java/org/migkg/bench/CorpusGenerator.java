package org.migkg.bench;

import java.io.IOException;
import java.nio.file.Path;

/** Writes a data directory (events/, organizations.json, aliases.json) of {@code events} records from a seed. */
@FunctionalInterface
public interface CorpusGenerator {
    void generate(int events, long seed, Path dataDir) throws IOException;
}
