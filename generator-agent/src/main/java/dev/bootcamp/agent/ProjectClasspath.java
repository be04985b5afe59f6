package dev.bootcamp.agent;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.auto.service.AutoService;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.verify.Answers;
import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The class path a candidate compiles against: wherever the API, the verifiers, the kit, AutoService and Jackson were
 * loaded from (a folder of classes in a build, a jar in a test run, the shaded jar itself from {@code java -jar}),
 * then the entries of {@code java.class.path} and of surefire's real test class path.
 */
final class ProjectClasspath {
    private static final List<Class<?>> ANCHORS = List.of(Bootcamp.class, Answers.class, Draw.class, AutoService.class,
            ObjectMapper.class, JsonParser.class, JsonProperty.class);

    private ProjectClasspath() {}

    static List<Path> entries() {
        Set<Path> entries = new LinkedHashSet<>();
        for (Class<?> anchor : ANCHORS) {
            CodeSource source = anchor.getProtectionDomain().getCodeSource();
            if (source != null && source.getLocation() != null) {
                try {
                    entries.add(Path.of(source.getLocation().toURI()));
                } catch (URISyntaxException | IllegalArgumentException e) {
                    // Not a file location (a custom loader): the class path properties below still apply.
                }
            }
        }
        for (String property : List.of("java.class.path", "surefire.test.class.path")) {
            String value = System.getProperty(property, "");
            for (String entry : value.split(File.pathSeparator)) {
                if (!entry.isBlank() && Files.exists(Path.of(entry))) {
                    entries.add(Path.of(entry));
                }
            }
        }
        return List.copyOf(entries);
    }
}
