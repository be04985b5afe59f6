package dev.bootcamp.cli;

import static java.util.Objects.requireNonNull;

import dev.bootcamp.core.Catalog;
import dev.bootcamp.core.InteractiveCatalog;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import picocli.CommandLine;

/**
 * Makes the commands, mixins and completion candidates picocli asks for: a class of this package gets its one
 * constructor called with what its parameters name (the catalogue, loaded on first use; the catalogue's provider; the interactive catalogue; the
 * terminal; the plugin folders); anything else is picocli's own business. Three shared objects do not need an injector,
 * and leaving one out saves every start-up the few hundred classes it loads.
 */
final class CommandFactory implements CommandLine.IFactory {
    private final Terminal terminal;
    private final PluginFolders plugins;
    private final CatalogProvider catalog;
    private InteractiveCatalog interactive;

    CommandFactory(Terminal terminal, PluginFolders plugins) {
        this.terminal = requireNonNull(terminal, "terminal is null");
        this.plugins = requireNonNull(plugins, "plugins is null");
        this.catalog = new CatalogProvider(plugins);
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        if (!type.getPackageName().equals(CommandFactory.class.getPackageName()) || type.getDeclaredConstructors().length != 1) {
            return CommandLine.defaultFactory().create(type);
        }
        Constructor<?> constructor = type.getDeclaredConstructors()[0];
        Class<?>[] wanted = constructor.getParameterTypes();
        Object[] arguments = new Object[wanted.length];
        for (int i = 0; i < wanted.length; i++) {
            arguments[i] = supply(wanted[i], type);
        }
        constructor.setAccessible(true);
        try {
            return type.cast(constructor.newInstance(arguments));
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    private Object supply(Class<?> wanted, Class<?> owner) {
        if (wanted == Catalog.class) {
            return catalog.get();
        }
        if (wanted == InteractiveCatalog.class) {
            if (interactive == null) {
                interactive = InteractiveCatalog.load();
            }
            return interactive;
        }
        if (wanted == CatalogProvider.class) {
            return catalog;
        }
        if (wanted == Terminal.class) {
            return terminal;
        }
        if (wanted == PluginFolders.class) {
            return plugins;
        }
        throw new IllegalStateException(owner.getSimpleName() + " asks for a " + wanted.getSimpleName() + ", which the command line does not provide");
    }
}
