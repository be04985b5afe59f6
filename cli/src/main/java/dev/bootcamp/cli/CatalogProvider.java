package dev.bootcamp.cli;

import dev.bootcamp.core.Catalog;
import dev.bootcamp.scripts.ScriptLoader;
import java.util.function.Supplier;

/**
 * Loads the catalogue once, on first use, and remembers how long that took (reported by {@code bench}): the Java
 * bootcamps from the build-time index (none is made until used), the built-in script bootcamps and those of the
 * plugin folders. Scripts are read, not run, so this does not start Jython.
 */
final class CatalogProvider implements Supplier<Catalog> {
    private final PluginFolders plugins;
    private Catalog catalog;
    private double loadMillis;

    CatalogProvider(PluginFolders plugins) {
        this.plugins = plugins;
    }

    @Override
    public synchronized Catalog get() {
        if (catalog == null) {
            long start = System.nanoTime();
            catalog = ScriptLoader.extend(Catalog.load(), CatalogProvider.class.getClassLoader(), plugins.folders());
            loadMillis = (System.nanoTime() - start) / 1e6;
        }
        return catalog;
    }

    /** Wall time of the load: reading the service files and the index, reading the scripts. */
    synchronized double loadMillis() {
        get();
        return loadMillis;
    }
}
