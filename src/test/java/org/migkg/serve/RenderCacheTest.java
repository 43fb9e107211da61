package org.migkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.migkg.store.DataVersion;

/** What the render cache keeps: renderings of the current version only, within its room. */
class RenderCacheTest {
    static final DataVersion FIRST = new DataVersion(1, Optional.empty());
    static final DataVersion SECOND = new DataVersion(2, Optional.empty());

    static RenderCache.Key key(DataVersion v, String iri) {
        return new RenderCache.Key(v, iri, Representation.TURTLE);
    }

    static Rendered page(int bytes) {
        return Rendered.of("x".repeat(bytes).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aRenderingIsServedUntilANewerVersionIsAskedFor() {
        RenderCache cache = new RenderCache(1 << 20);
        assertTrue(cache.get(key(FIRST, "a")).isEmpty(), "nothing kept yet");
        Rendered a = page(100);
        cache.put(key(FIRST, "a"), a);
        assertEquals(a, cache.get(key(FIRST, "a")).orElseThrow());

        assertTrue(cache.get(key(SECOND, "a")).isEmpty(), "the new version renders again");
        cache.put(key(FIRST, "b"), page(100));
        assertTrue(cache.get(key(SECOND, "b")).isEmpty() && cache.get(key(FIRST, "b")).isEmpty(),
                "a rendering of an older version is not kept once a newer one was asked for");
    }

    @Test
    void theCacheStaysWithinItsBytesAndRefusesARenderingTooLargeForIt() {
        RenderCache cache = new RenderCache(10_000);
        cache.get(key(FIRST, "warm"));
        cache.put(key(FIRST, "huge"), page(2_600));
        assertTrue(cache.get(key(FIRST, "huge")).isEmpty(), "over a quarter of the room");
        for (int i = 0; i < 50; i++) {
            cache.put(key(FIRST, "p" + i), page(1_000));
        }
        long kept = java.util.stream.IntStream.range(0, 50).filter(i -> cache.get(key(FIRST, "p" + i)).isPresent()).count();
        assertTrue(kept > 0 && kept <= 10, kept + " pages of 1,000 bytes kept in 10,000");
    }
}
