package dev.bootcamp.cli;

import dev.bootcamp.scripts.ScriptLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The plugin folders of script bootcamps for this run: every {@code --plugins DIR} on the command line, then the
 * {@code BOOTCAMP_PLUGINS} environment variable. Read from the arguments before picocli parses them, because the
 * catalogue is built (and injected into the commands) before parsing; {@link BootcampCommand} declares the option so
 * that picocli accepts it and documents it.
 */
record PluginFolders(List<Path> folders) {
    PluginFolders {
        folders = List.copyOf(folders);
    }

    static PluginFolders of(String[] args, String environmentValue) {
        List<String> given = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--")) {
                break;
            }
            if (args[i].equals("--plugins") && i + 1 < args.length) {
                given.add(args[++i]);
            } else if (args[i].startsWith("--plugins=")) {
                given.add(args[i].substring("--plugins=".length()));
            }
        }
        return new PluginFolders(ScriptLoader.pluginFolders(given, environmentValue));
    }
}
