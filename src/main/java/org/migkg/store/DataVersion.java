package org.migkg.store;

import java.time.Instant;
import java.util.Optional;

/**
 * Names the data a reader sees now: it changes whenever a write commits. Anything computed from the store can be kept
 * under it and reused until it changes. Read it before computing: what is computed is then at least as new.
 *
 * @param commits TDB2's count of committed writes, in this process since the store was opened
 * @param loaded  when the store was last loaded; it tells two openings of the same directory apart
 */
public record DataVersion(long commits, Optional<Instant> loaded) {}
