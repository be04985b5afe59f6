package dev.bootcamp.scripts;

import dev.bootcamp.core.Catalog;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Finds script bootcamps: the built-in ones on the class path (listed in {@value #INDEX}, because a folder inside a
 * jar cannot be listed) and the {@code *.py} files of plugin folders (the {@code --plugins} option and the
 * {@value #PLUGINS_VARIABLE} environment variable, each a list separated by the platform's path separator). Reading
 * a script does not start Jython. A script that breaks a rule fails the load with one line naming its file and line:
 * a plugin folder is something the user asked for, so a bad plugin is an error, not a silent gap in a training mix.
 * Without Jython on the class path (the trainer bridge bundle) the built-in scripts are not listed and a plugin folder
 * is an error.
 */
public final class ScriptLoader {
    /** The resource listing the built-in scripts, one file name per line. */
    public static final String INDEX = "dev/bootcamp/scripts/index.txt";
    public static final String PLUGINS_VARIABLE = "BOOTCAMP_PLUGINS";
    private static final String FOLDER = "dev/bootcamp/scripts/";
    private static final String JYTHON_CLASS = "org.python.core.Py";

    private ScriptLoader() {}

    /** The built-in scripts listed in the index of this loader's class path, in index order. */
    public static List<ScriptBootcamp> builtIn(ClassLoader loader) {
        List<ScriptBootcamp> scripts = new ArrayList<>();
        String index = resource(loader, INDEX);
        if (index == null) {
            return scripts;
        }
        for (String line : index.lines().map(String::strip).toList()) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String text = resource(loader, FOLDER + line);
            if (text == null) {
                throw new ScriptException(INDEX + " lists " + line + ", which is not on the class path");
            }
            // Built-in scripts are checked by the tests; the catalogue only reads their INFO, the rest is checked on first load.
            scripts.add(new ScriptBootcamp(ScriptSource.describe(line, text)));
        }
        return scripts;
    }

    /** The {@code *.py} files of one plugin folder, sorted by name. */
    public static List<ScriptBootcamp> folder(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new ScriptException("plugin folder " + folder + " does not exist or is not a folder");
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(path -> path.getFileName().toString().endsWith(".py") && Files.isRegularFile(path)).sorted().toList();
        } catch (IOException e) {
            throw new ScriptException("cannot list plugin folder " + folder + ": " + e.getMessage());
        }
        List<ScriptBootcamp> scripts = new ArrayList<>();
        for (Path file : files) {
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new ScriptException("cannot read plugin " + file + ": " + e.getMessage());
            }
            scripts.add(new ScriptBootcamp(ScriptSource.read(file.toString(), text)));
        }
        return scripts;
    }

    /** Plugin folders named by options (each possibly a path list) and then by the environment variable's value. */
    public static List<Path> pluginFolders(List<String> options, String environmentValue) {
        List<Path> folders = new ArrayList<>();
        List<String> lists = new ArrayList<>(options);
        if (environmentValue != null) {
            lists.add(environmentValue);
        }
        for (String list : lists) {
            for (String part : list.split(File.pathSeparator)) {
                if (!part.isBlank()) {
                    Path folder = Path.of(part.strip());
                    if (!folders.contains(folder)) {
                        folders.add(folder);
                    }
                }
            }
        }
        return folders;
    }

    /**
     * The catalogue with the built-in scripts and the scripts of the plugin folders added. An id that is taken fails
     * naming the script's file and what already has the id.
     */
    public static Catalog extend(Catalog catalog, ClassLoader loader, List<Path> pluginFolders) {
        if (!hasJython(loader)) {
            if (!pluginFolders.isEmpty()) {
                throw new ScriptException("script bootcamps need Jython, which this jar leaves out (the trainer bridge bundle); "
                        + "use the full bootcamp.jar for the plugin folders " + pluginFolders);
            }
            return catalog;
        }
        List<ScriptBootcamp> scripts = new ArrayList<>(builtIn(loader));
        for (Path folder : pluginFolders) {
            scripts.addAll(folder(folder));
        }
        Map<String, String> owners = new TreeMap<>();
        for (String id : catalog.ids()) {
            owners.put(id, catalog.owner(id));
        }
        for (ScriptBootcamp script : scripts) {
            String previous = owners.putIfAbsent(script.info().id(), script.source().file());
            if (previous != null) {
                throw new ScriptException(script.source().file() + ": bootcamp id '" + script.info().id() + "' is taken by " + previous);
            }
        }
        return catalog.plus(scripts);
    }

    /** Whether Jython, which runs the scripts, is on the class path; the trainer bridge bundle leaves it out to stay small. */
    public static boolean hasJython(ClassLoader loader) {
        try {
            Class.forName(JYTHON_CLASS, false, loader);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static String resource(ClassLoader loader, String name) {
        try (InputStream stream = loader.getResourceAsStream(name)) {
            return stream == null ? null : new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ScriptException("cannot read " + name + " from the class path: " + e.getMessage());
        }
    }
}
