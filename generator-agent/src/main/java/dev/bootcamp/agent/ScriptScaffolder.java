package dev.bootcamp.agent;

import static java.util.Objects.requireNonNull;

import dev.bootcamp.core.Catalog;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Writes a script bootcamp's skeleton, {@code <folder>/<id>.py}: a literal {@code INFO} to fill in and the six
 * functions, each raising {@code NotImplementedError("TODO: …")}, so {@code bootcamp validate} names what is left.
 */
public final class ScriptScaffolder {
    private static final String TEMPLATE = "/dev/bootcamp/agent/script-skeleton.py";

    private final Catalog catalog;

    public ScriptScaffolder(Catalog catalog) {
        this.catalog = requireNonNull(catalog, "catalog is null");
    }

    /** Checks the id and the domain, then writes the file; never overwrites one. */
    public Path create(String id, String domain, Path folder) throws IOException {
        BootcampNaming.checkNewId(id, catalog);
        BootcampNaming.checkDomain(domain);
        Path file = folder.resolve(id + ".py");
        if (Files.exists(file)) {
            throw new AgentException(file + " exists; remove it or choose another id");
        }
        String template;
        try (InputStream in = ScriptScaffolder.class.getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException(TEMPLATE + " is missing from the class path");
            }
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Files.createDirectories(folder);
        Files.writeString(file, template.replace("{{ID}}", id).replace("{{DOMAIN}}", domain), StandardCharsets.UTF_8,
                StandardOpenOption.CREATE_NEW);
        return file;
    }
}
