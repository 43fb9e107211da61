package org.migkg.serve;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.migkg.store.KnowledgeStore.DataVersion;

/**
 * Entity representations as rendered from one version of the store's data. The data only change when a write
 * commits, so a page rendered once serves every later request until then. Entries of an older version are dropped
 * as soon as a newer one is asked for; the rest are bounded by their total size, least recently used out first.
 */
final class RenderCache {
    /** An eighth of the heap, at most 256 MiB: thousands of typical pages, hundreds of the largest. */
    static final long DEFAULT_MAX_BYTES = Math.min(Runtime.getRuntime().maxMemory() / 8, 256L << 20);

    record Key(DataVersion version, String iri, Representation representation) {}

    private final long maxBytes;
    private final LinkedHashMap<Key, Rendered> entries = new LinkedHashMap<>(64, 0.75f, true);
    private DataVersion current;
    private long bytes;

    RenderCache(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    synchronized Optional<Rendered> get(Key key) {
        if (!key.version().equals(current)) {
            entries.clear();
            bytes = 0;
            current = key.version();
            return Optional.empty();
        }
        return Optional.ofNullable(entries.get(key));
    }

    /** Keeps a rendering, unless its version is no longer current or it alone would take a quarter of the room. */
    synchronized void put(Key key, Rendered rendered) {
        long size = rendered.body().length;
        if (!key.version().equals(current) || size > maxBytes / 4) {
            return;
        }
        Rendered old = entries.put(key, rendered);
        bytes += size - (old == null ? 0 : old.body().length);
        Iterator<Map.Entry<Key, Rendered>> eldest = entries.entrySet().iterator();
        while (bytes > maxBytes && eldest.hasNext()) {
            bytes -= eldest.next().getValue().body().length;
            eldest.remove();
        }
    }

    synchronized int size() {
        return entries.size();
    }
}
