package org.migkg.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migkg.rdf.Iris;
import org.migkg.store.KnowledgeStore;
import org.migkg.pipeline.Loader;

/**
 * Readers running while loads commit see the store before or after a load, never a mix: two readers count events and
 * quads in read transactions while loads alternate between two corpora of different sizes.
 */
class ReadersDuringLoadTest {
    @TempDir
    Path dir;

    record Snapshot(int events, long quads) {}

    @Test
    void everyReadSeesOneWholeCorpus() throws Exception {
        Path small = Corpora.distinctCopies(dir.resolve("small"), "small", 5);
        Path large = Corpora.distinctCopies(dir.resolve("large"), "large", 12);
        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("store"), Iris.DEFAULT)) {
            Loader loader = new Loader(store, dir);
            loader.load(List.of(large), large, false);
            Snapshot largeState = snapshot(store);
            loader.load(List.of(small), small, false);
            Snapshot smallState = snapshot(store);

            Map<Snapshot, AtomicInteger> seen = new ConcurrentHashMap<>();
            AtomicBoolean loading = new AtomicBoolean(true);
            Runnable reader = () -> {
                while (loading.get()) {
                    seen.computeIfAbsent(snapshot(store), k -> new AtomicInteger()).incrementAndGet();
                }
            };
            Thread r1 = new Thread(reader, "reader-1");
            Thread r2 = new Thread(reader, "reader-2");
            r1.start();
            r2.start();
            for (int i = 0; i < 3; i++) {
                loader.load(List.of(large), large, false);
                loader.load(List.of(small), small, false);
            }
            loading.set(false);
            r1.join();
            r2.join();

            int reads = seen.values().stream().mapToInt(AtomicInteger::get).sum();
            System.out.printf("Readers during 6 loads: %d reads; states seen %s (small %s, large %s)%n", reads, seen, smallState, largeState);
            assertEquals(Set.of(), Set.copyOf(seen.keySet().stream().filter(s -> !s.equals(smallState) && !s.equals(largeState)).toList()),
                    "no read saw a state between two loads");
            assertTrue(seen.containsKey(smallState) && seen.containsKey(largeState), "the readers saw both corpora: " + seen);
        }
    }

    private static Snapshot snapshot(KnowledgeStore store) {
        String prefix = store.iris().eventGraph("");
        return Txn.calculateRead(store.dataset(), () -> {
            int events = (int) Iter.count(Iter.filter(store.dataset().listGraphNodes(), g -> g.getURI().startsWith(prefix)));
            return new Snapshot(events, Iter.count(store.dataset().find()));
        });
    }
}
