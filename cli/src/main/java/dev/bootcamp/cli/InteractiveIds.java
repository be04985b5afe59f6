package dev.bootcamp.cli;

import dev.bootcamp.core.InteractiveCatalog;
import java.util.Iterator;

/** Completion candidates for an interactive bootcamp id. */
final class InteractiveIds implements Iterable<String> {
    private final InteractiveCatalog catalog;

    InteractiveIds(InteractiveCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public Iterator<String> iterator() {
        return catalog.ids().iterator();
    }
}
