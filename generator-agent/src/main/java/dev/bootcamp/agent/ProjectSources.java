package dev.bootcamp.agent;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.javadoc.Javadoc;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The project's own sources that go into an authoring prompt: the SPI as written, one exemplar bootcamp, and a digest
 * of the shared helpers (signatures and first sentences, made with JavaParser) so the model uses them instead of
 * reinventing them.
 */
public final class ProjectSources {
    public static final String CATALOGUE = "bootcamps/src/main/java";
    private static final String API = "bootcamp-api/src/main/java/dev/bootcamp/api/";
    private static final List<String> SPI = List.of("Bootcamp", "BootcampInfo", "Knob", "Knobs", "Score", "Verdict", "AnswerFormatException");
    /** Kit classes whose public static methods the authoring prompt lists one by one. */
    private static final List<String> KIT_DIGESTS = List.of("Draw", "Codecs", "Grid", "Items", "NearMisses");
    private static final String DEFAULT_EXEMPLAR = CATALOGUE + "/dev/bootcamp/camps/algorithms/KnapsackBootcamp.java";

    private final Path root;

    private ProjectSources(Path root) {
        this.root = root;
    }

    /** The project at {@code folder}, or else the nearest folder above {@code start} that holds the SPI sources. */
    public static ProjectSources locate(Path folder, Path start) {
        if (folder != null && holdsSpi(folder)) {
            return new ProjectSources(folder);
        }
        for (Path current = start.toAbsolutePath().normalize(); current != null; current = current.getParent()) {
            if (holdsSpi(current)) {
                return new ProjectSources(current);
            }
        }
        throw new AgentException("the authoring prompt needs the project's sources (" + API + "Bootcamp.java and an exemplar); run inside the"
                + " project or pass --sources DIR");
    }

    private static boolean holdsSpi(Path folder) {
        return Files.isRegularFile(folder.resolve(API + "Bootcamp.java"));
    }

    public Path root() {
        return root;
    }

    public Path defaultExemplar() {
        return root.resolve(DEFAULT_EXEMPLAR);
    }

    /** The SPI files, each headed by its path. */
    public String spi() throws IOException {
        StringBuilder text = new StringBuilder();
        for (String name : SPI) {
            Path file = root.resolve(API + name + ".java");
            text.append("// ").append(API).append(name).append(".java\n").append(Files.readString(file, StandardCharsets.UTF_8).strip()).append("\n\n");
        }
        return text.toString();
    }

    /** Public methods of the answer readers, the random-choice helpers, the codecs, grids and near misses, and what the rest of the kit offers. */
    public String helpers() throws IOException {
        StringBuilder text = new StringBuilder();
        digest(root.resolve("verifiers/src/main/java/dev/bootcamp/verify/Answers.java"), "dev.bootcamp.verify.Answers", text);
        for (String name : KIT_DIGESTS) {
            digest(root.resolve(CATALOGUE + "/dev/bootcamp/camps/kit/" + name + ".java"), "dev.bootcamp.camps.kit." + name, text);
        }
        Path kit = root.resolve(CATALOGUE + "/dev/bootcamp/camps/kit");
        if (Files.isDirectory(kit)) {
            text.append("\nOther classes in dev.bootcamp.camps.kit:\n");
            try (Stream<Path> files = Files.list(kit)) {
                for (Path file : files.filter(path -> path.toString().endsWith(".java") && !path.endsWith("package-info.java")).sorted().toList()) {
                    String name = file.getFileName().toString().replace(".java", "");
                    if (!KIT_DIGESTS.contains(name)) {
                        text.append("- ").append(name).append(classSummary(file).map(summary -> ": " + summary).orElse("")).append('\n');
                    }
                }
            }
        }
        return text.toString();
    }

    private static void digest(Path file, String name, StringBuilder text) throws IOException {
        Optional<CompilationUnit> unit = parse(file);
        if (unit.isEmpty()) {
            return;
        }
        text.append(name).append(":\n");
        for (MethodDeclaration method : unit.get().findAll(MethodDeclaration.class)) {
            if (method.isPublic()) {
                String summary = method.getJavadoc().map(ProjectSources::firstSentence).orElse("");
                text.append("- ").append(method.getDeclarationAsString(false, false, false)).append(summary.isEmpty() ? "" : " — " + summary).append('\n');
            }
        }
    }

    private static Optional<String> classSummary(Path file) throws IOException {
        return parse(file).flatMap(unit -> unit.getTypes().stream().findFirst()).flatMap(TypeDeclaration::getJavadoc).map(ProjectSources::firstSentence);
    }

    private static Optional<CompilationUnit> parse(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return new JavaParser(new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17))
                .parse(Files.readString(file, StandardCharsets.UTF_8)).getResult();
    }

    private static String firstSentence(Javadoc javadoc) {
        String text = javadoc.getDescription().toText().replace('\n', ' ').strip();
        int end = text.indexOf(". ");
        return end < 0 ? text : text.substring(0, end + 1);
    }
}
