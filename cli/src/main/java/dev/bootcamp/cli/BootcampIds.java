package dev.bootcamp.cli;

import java.util.Iterator;

/** Completion candidates for a bootcamp id: every id in the catalogue. */
final class BootcampIds implements Iterable<String> {
    private final CatalogProvider catalog;

    BootcampIds(CatalogProvider catalog) {
        this.catalog = catalog;
    }

    @Override
    public Iterator<String> iterator() {
        return catalog.get().ids().iterator();
    }
}
