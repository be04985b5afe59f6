package dev.bootcamp.cli;

import static java.util.Objects.requireNonNull;

import com.google.inject.AbstractModule;
import dev.bootcamp.core.Catalog;

/** The bindings of the command line: the catalogue, the plugin folders and the terminal. */
final class CliModule extends AbstractModule {
    private final Terminal terminal;
    private final PluginFolders plugins;

    CliModule(Terminal terminal, PluginFolders plugins) {
        this.terminal = requireNonNull(terminal, "terminal is null");
        this.plugins = requireNonNull(plugins, "plugins is null");
    }

    @Override
    protected void configure() {
        bind(Terminal.class).toInstance(terminal);
        bind(PluginFolders.class).toInstance(plugins);
        bind(Catalog.class).toProvider(CatalogProvider.class);
    }
}
