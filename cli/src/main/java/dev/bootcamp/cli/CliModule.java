package dev.bootcamp.cli;

import static java.util.Objects.requireNonNull;

import com.google.inject.AbstractModule;
import dev.bootcamp.api.Catalog;

/** The bindings of the command line: the catalogue and the terminal. */
final class CliModule extends AbstractModule {
    private final Terminal terminal;

    CliModule(Terminal terminal) {
        this.terminal = requireNonNull(terminal, "terminal is null");
    }

    @Override
    protected void configure() {
        bind(Terminal.class).toInstance(terminal);
        bind(Catalog.class).toProvider(CatalogProvider.class);
    }
}
