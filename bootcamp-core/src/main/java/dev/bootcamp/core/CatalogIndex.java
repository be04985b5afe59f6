package dev.bootcamp.core;

import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Names;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The build-time index of a jar's bootcamps: for each class its service file names, the {@link BootcampInfo} it
 * returns, in a small binary form ({@link CatalogIndexCodec}) that reads without a JSON library or reflection. The build writes it beside the service file ({@link #main}); {@link Catalog#load} reads it so that listing
 * the catalogue makes no bootcamp. A bootcamp made later is checked against its entry, so a stale index cannot go
 * unnoticed.
 */
public final class CatalogIndex {
    /** Where an index lives in a jar or classes folder. */
    public static final String RESOURCE = "META-INF/bootcamp/catalog.index";
    static final String SERVICES = "META-INF/services/" + Bootcamp.class.getName();

    /** One indexed bootcamp. */
    record Entry(String className, BootcampInfo info) {}

    private CatalogIndex() {}

    /**
     * Writes the index of the bootcamps registered in a classes folder ({@code args[0]}), made with the class path
     * this runs on. Used by the build of every module that holds bootcamps.
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: CatalogIndex CLASSES_DIR");
        }
        Path classes = Path.of(args[0]);
        Path services = classes.resolve(SERVICES);
        List<Entry> entries = new ArrayList<>();
        if (Files.exists(services)) {
            ClassLoader loader = CatalogIndex.class.getClassLoader();
            for (String className : classNames(Files.readString(services, StandardCharsets.UTF_8))) {
                entries.add(new Entry(className, CatalogEntry.instantiate(className, loader).info()));
            }
        }
        Path target = classes.resolve(RESOURCE);
        Files.createDirectories(target.getParent());
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        Files.write(partial, CatalogIndexCodec.encode(entries));
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The indexed infos of every index visible to the loader, by class name. */
    static Map<String, BootcampInfo> read(ClassLoader loader) {
        Map<String, BootcampInfo> infos = new LinkedHashMap<>();
        for (URL url : resources(loader, RESOURCE)) {
            try (InputStream stream = url.openStream()) {
                CatalogIndexCodec.decode(stream).forEach(entry -> infos.putIfAbsent(entry.className(), entry.info()));
            } catch (IOException | RuntimeException e) {
                throw new RegistryException("cannot read the catalogue index " + url + ": " + Names.firstLine(e.getMessage()));
            }
        }
        return infos;
    }

    /** The class names in every bootcamp service file visible to the loader, in class path order, each once. */
    static Set<String> serviceClasses(ClassLoader loader) {
        Set<String> names = new LinkedHashSet<>();
        for (URL url : resources(loader, SERVICES)) {
            try (InputStream stream = url.openStream()) {
                names.addAll(classNames(new String(stream.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new RegistryException("cannot read the service file " + url + ": " + e.getMessage());
            }
        }
        return names;
    }

    private static List<String> classNames(String serviceFile) {
        List<String> names = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new StringReader(serviceFile))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int comment = line.indexOf('#');
                String name = (comment >= 0 ? line.substring(0, comment) : line).trim();
                if (!name.isEmpty()) {
                    names.add(name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    private static List<URL> resources(ClassLoader loader, String name) {
        try {
            List<URL> urls = new ArrayList<>();
            Enumeration<URL> found = loader.getResources(name);
            while (found.hasMoreElements()) {
                urls.add(found.nextElement());
            }
            return urls;
        } catch (IOException e) {
            throw new RegistryException("cannot list " + name + " on the class path: " + e.getMessage());
        }
    }
}
