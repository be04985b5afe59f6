package dev.bootcamp.cli;

import com.google.inject.Provider;
import com.google.inject.Singleton;
import dev.bootcamp.api.Catalog;

/** Loads the catalogue once, on first use, and remembers how long that took (reported by {@code bench}). */
@Singleton
final class CatalogProvider implements Provider<Catalog> {
    private Catalog catalog;
    private double loadMillis;

    @Override
    public synchronized Catalog get() {
        if (catalog == null) {
            long start = System.nanoTime();
            catalog = Catalog.load();
            loadMillis = (System.nanoTime() - start) / 1e6;
        }
        return catalog;
    }

    /** Wall time of the load: service lookup, class loading and construction of every bootcamp. */
    synchronized double loadMillis() {
        get();
        return loadMillis;
    }
}
