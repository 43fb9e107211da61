package org.migkg.serve.reconcile;

import org.migkg.store.DataVersion;
import org.migkg.store.StoreReader;

/** The catalogue of the data as it is now: read at first use, and again after each load. */
final class CatalogueCache {
    private record Kept(DataVersion version, Catalogue catalogue) {}

    private final StoreReader store;
    private volatile Kept kept;

    CatalogueCache(StoreReader store) {
        this.store = store;
    }

    Catalogue current() {
        // The version is read before the data, so what is kept under it is never older than it.
        DataVersion version = store.dataVersion();
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
