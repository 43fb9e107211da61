package org.migkg.serve.reconcile;

import org.migkg.store.KnowledgeStore;

/** The catalogue of the data as it is now: read at first use, and again after each load. */
final class CatalogueCache {
    private record Kept(KnowledgeStore.DataVersion version, Catalogue catalogue) {}

    private final KnowledgeStore store;
    private volatile Kept kept;

    CatalogueCache(KnowledgeStore store) {
        this.store = store;
    }

    Catalogue current() {
        // The version is read before the data, so what is kept under it is never older than it.
        KnowledgeStore.DataVersion version = store.dataVersion();
        Kept k = kept;
        if (k != null && k.version().equals(version)) {
            return k.catalogue();
        }
        synchronized (this) {
            k = kept;
            if (k == null || !k.version().equals(version)) {
                k = new Kept(version, CatalogueReader.read(store));
                kept = k;
            }
            return k.catalogue();
        }
    }
}
