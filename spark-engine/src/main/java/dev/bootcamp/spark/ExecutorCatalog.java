package dev.bootcamp.spark;

import dev.bootcamp.core.Catalog;
import dev.bootcamp.scripts.ScriptLoader;
import java.util.List;

/**
 * The catalogue as every JVM of a job sees it: the Java bootcamps and the built-in script bootcamps on the class path.
 * Plugin folders are not shipped to executors, so a job's mix is checked against this catalogue on the driver first.
 */
final class ExecutorCatalog {
    private static volatile Catalog catalog;

    private ExecutorCatalog() {}

    static Catalog get() {
        Catalog loaded = catalog;
        if (loaded == null) {
            synchronized (ExecutorCatalog.class) {
                if (catalog == null) {
                    catalog = ScriptLoader.extend(Catalog.load(), ExecutorCatalog.class.getClassLoader(), List.of());
                }
                loaded = catalog;
            }
        }
        return loaded;
    }
}
