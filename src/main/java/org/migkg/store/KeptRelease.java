package org.migkg.store;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/** A release kept in its own directory {@code <store>/dumps/<id>/}, as its {@code release.ttl} describes it. */
public record KeptRelease(Release release, Instant issued, Optional<String> previous, Path directory) {
    public String id() {
        return release.id();
    }

    public Path file(String name) {
        return directory.resolve(name);
    }
}
