package dev.bootcamp.cli;

import com.google.inject.Inject;
import com.google.inject.Provider;
import dev.bootcamp.core.Catalog;
import java.util.Iterator;

/** Completion candidates for a bootcamp id: every id in the catalogue. */
final class BootcampIds implements Iterable<String> {
    private final Provider<Catalog> catalog;

    @Inject
    BootcampIds(Provider<Catalog> catalog) {
        this.catalog = catalog;
    }

    @Override
    public Iterator<String> iterator() {
        return catalog.get().ids().iterator();
    }
}
