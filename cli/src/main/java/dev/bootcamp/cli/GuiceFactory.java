package dev.bootcamp.cli;

import static java.util.Objects.requireNonNull;

import com.google.inject.ConfigurationException;
import com.google.inject.Injector;
import picocli.CommandLine;

/** Lets picocli build commands, mixins and completion candidates through the injector. */
final class GuiceFactory implements CommandLine.IFactory {
    private final Injector injector;

    GuiceFactory(Injector injector) {
        this.injector = requireNonNull(injector, "injector is null");
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        if (type.getName().startsWith("dev.bootcamp.")) {
            try {
                return injector.getInstance(type);
            } catch (ConfigurationException e) {
                return CommandLine.defaultFactory().create(type);
            }
        }
        return CommandLine.defaultFactory().create(type);
    }
}
