package dev.bootcamp.cli;

import dev.bootcamp.core.CatalogIndex;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Whole-process start-up of {@code bootcamp list} against a hello-world JVM, measured in the same run, interleaved:
 * with the real catalogue, and with the catalogue plus a generated test catalogue of trivial bootcamps (compiled here,
 * indexed as the build indexes ours). Each configuration gets its own class-data sharing archive, recorded by one
 * untimed run, as the {@code bootcamp} launcher does.
 */
final class StartupBench {
    private static final long PROCESS_LIMIT_SECONDS = 120;

    private final Path jar;
    private final Path work;

    private StartupBench(Path jar, Path work) {
        this.jar = jar;
        this.work = work;
    }

    /** Medians in milliseconds by configuration name, in display order. */
    static Map<String, Double> run(int runs, int extraBootcamps) throws IOException, InterruptedException {
        Path jar = ProcessBench.ownJar();
        Path work = Files.createTempDirectory("bootcamp-startup");
        try {
            return new StartupBench(jar, work).measure(runs, extraBootcamps);
        } finally {
            try (Stream<Path> paths = Files.walk(work)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private Map<String, Double> measure(int runs, int extraBootcamps) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Map<String, List<String>> commands = new LinkedHashMap<>();
        commands.put("hello-world JVM", List.of(java, "-cp", jar.toString(), StartupBaseline.class.getName()));
        commands.put("list, no CDS archive", List.of(java, "-cp", jar.toString(), Main.class.getName(), "list"));
        commands.put("list", withArchive(java, jar.toString(), "list"));
        if (extraBootcamps > 0) {
            Path extra = trivialCatalogue(extraBootcamps);
            commands.put("list, +" + extraBootcamps + " bootcamps", withArchive(java, jar + File.pathSeparator + extra, "list-extra"));
        }
        Map<String, double[]> times = new LinkedHashMap<>();
        commands.keySet().forEach(name -> times.put(name, new double[runs]));
        for (int run = 0; run < runs; run++) {
            for (Map.Entry<String, List<String>> command : commands.entrySet()) {
                times.get(command.getKey())[run] = timeMillis(command.getValue());
            }
        }
        Map<String, Double> medians = new LinkedHashMap<>();
        times.forEach((name, values) -> medians.put(name, BenchCommand.median(values)));
        return medians;
    }

    /** A {@code list} command on a class path with its own CDS archive, recorded now by one untimed run. */
    private List<String> withArchive(String java, String classPath, String name) throws IOException, InterruptedException {
        Path archive = work.resolve(name + ".jsa");
        exec(List.of(java, "-XX:ArchiveClassesAtExit=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-cp", classPath,
                Main.class.getName(), "list"));
        return List.of(java, "-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-cp", classPath,
                Main.class.getName(), "list");
    }

    /** Compiles {@code count} trivial bootcamps into a folder with their service file and catalogue index. */
    private Path trivialCatalogue(int count) throws IOException {
        Path sources = Files.createDirectories(work.resolve("src/bench/trivial"));
        Path classes = Files.createDirectories(work.resolve("classes"));
        List<String> files = new ArrayList<>();
        StringBuilder services = new StringBuilder();
        Path base = sources.resolve("TrivialBase.java");
        Files.writeString(base, TRIVIAL_BASE, StandardCharsets.UTF_8);
        files.add(base.toString());
        for (int i = 0; i < count; i++) {
            String name = "Trivial" + letters(i) + "Bootcamp";
            Path file = sources.resolve(name + ".java");
            Files.writeString(file, "package bench.trivial;\n\n@SuppressWarnings(\"unused\")\npublic final class " + name
                    + " extends TrivialBase {}\n", StandardCharsets.UTF_8);
            files.add(file.toString());
            services.append("bench.trivial.").append(name).append('\n');
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new UsageException("bench --startup --extra-bootcamps needs a JDK (javac), not a JRE");
        }
        List<String> arguments = new ArrayList<>(List.of("-nowarn", "-proc:none", "-cp", jar.toString(), "-d", classes.toString()));
        arguments.addAll(files);
        if (compiler.run(null, null, null, arguments.toArray(String[]::new)) != 0) {
            throw new IllegalStateException("the trivial test catalogue did not compile");
        }
        Path serviceFile = classes.resolve("META-INF/services/dev.bootcamp.api.Bootcamp");
        Files.createDirectories(serviceFile.getParent());
        Files.writeString(serviceFile, services, StandardCharsets.UTF_8);
        try {
            exec(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                    jar + File.pathSeparator + classes, CatalogIndex.class.getName(), classes.toString()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while indexing the test catalogue", e);
        }
        return classes;
    }

    /** Distinct capitalised letter words (A, B, ..., Ba, Bb, ...) so that each id is kebab-case and unique. */
    private static String letters(int index) {
        StringBuilder word = new StringBuilder();
        int value = index;
        do {
            word.append((char) ('a' + value % 26));
            value /= 26;
        } while (value > 0);
        word.reverse();
        word.setCharAt(0, Character.toUpperCase(word.charAt(0)));
        return word.toString();
    }

    private static double timeMillis(List<String> command) throws IOException, InterruptedException {
        long start = System.nanoTime();
        exec(command);
        return (System.nanoTime() - start) / 1e6;
    }

    private static void exec(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(PROCESS_LIMIT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("a start-up run took over " + PROCESS_LIMIT_SECONDS + " s: " + String.join(" ", command));
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("exit " + process.exitValue() + " from " + String.join(" ", command));
        }
    }

    private static final String TRIVIAL_BASE = """
            package bench.trivial;

            import dev.bootcamp.api.Bootcamp;
            import dev.bootcamp.api.BootcampInfo;
            import dev.bootcamp.api.Knob;
            import dev.bootcamp.api.Knobs;
            import dev.bootcamp.api.Score;
            import java.util.random.RandomGenerator;

            /** A bootcamp that echoes a number: the start-up benchmark's test catalogue is made of its subclasses. */
            abstract class TrivialBase implements Bootcamp<Integer, Integer> {
                private final BootcampInfo info = BootcampInfo.builder(getClass()).title("Trivial " + getClass().getSimpleName())
                        .domain("math").summary("Repeat a number.").answerShape("one integer")
                        .knob(Knob.integer("size", 1, 100, 10, "largest number")).build();

                @Override
                public BootcampInfo info() {
                    return info;
                }

                @Override
                public Knobs atLevel(int level) {
                    return info.defaults().with("size", level * 10);
                }

                @Override
                public Integer generate(Knobs knobs, RandomGenerator random) {
                    return random.nextInt(knobs.integer("size")) + 1;
                }

                @Override
                public String question(Integer puzzle) {
                    return "Repeat the number " + puzzle + ".";
                }

                @Override
                public Integer solve(Integer puzzle) {
                    return puzzle;
                }

                @Override
                public String render(Integer answer) {
                    return answer.toString();
                }

                @Override
                public Integer parse(String text) {
                    return Integer.valueOf(text.trim());
                }

                @Override
                public Score check(Integer puzzle, Integer answer) {
                    return puzzle.equals(answer) ? Score.correct("equal") : Score.wrong("not equal");
                }
            }
            """;
}
