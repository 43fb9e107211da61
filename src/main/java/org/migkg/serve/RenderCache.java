package org.migkg.serve;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Optional;
import org.migkg.store.DataVersion;

/**
 * Entity representations as rendered from one version of the store's data. The data only change when a write
 * commits, so a page rendered once serves every later request until then. Entries of an older version are dropped
 * as soon as a newer one is asked for; the rest are bounded by their total size (Caffeine's size-based eviction,
 * weighing each by its bytes).
 */
final class RenderCache {
    /** An eighth of the heap, at most 256 MiB: thousands of typical pages, hundreds of the largest. */
    static final long DEFAULT_MAX_BYTES = Math.min(Runtime.getRuntime().maxMemory() / 8, 256L << 20);

    /** Each page of an entity's HTML lists is kept apart; the other representations have one page. */
    record Key(DataVersion version, String iri, Representation representation, int page) {
        Key(DataVersion version, String iri, Representation representation) {
            this(version, iri, representation, 1);
        }
    }

    private final long maxBytes;
    private final Cache<Key, Rendered> entries;
    private volatile DataVersion current;

    RenderCache(long maxBytes) {
        this.maxBytes = maxBytes;
        this.entries = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((Key k, Rendered r) -> r.body().length)
                // Evict on the writing thread: the room is within bounds when put returns.
                .executor(Runnable::run)
                .build();
    }

    Optional<Rendered> get(Key key) {
        if (!key.version().equals(current)) {
            newVersion(key.version());
            return Optional.empty();
        }
        return Optional.ofNullable(entries.getIfPresent(key));
    }

    /** Keeps a rendering, unless its version is no longer current or it alone would take a quarter of the room. */
    void put(Key key, Rendered rendered) {
        if (key.version().equals(current) && rendered.body().length <= maxBytes / 4) {
            entries.put(key, rendered);
        }
    }

    private synchronized void newVersion(DataVersion version) {
        if (!version.equals(current)) {
            current = version;
            entries.invalidateAll();
        }
    }
}
