package dev.bootcamp.tests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bootcamp.cli.Main;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} during {@code generate --out} or {@code export} leaves its temporary file behind (nothing in the
 * process can run); the next run that writes the same output removes it.
 */
class KilledRunLeftoversTest {
    @TempDir
    Path folder;

    private static List<String> partials(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".partial")).sorted().toList();
        }
    }

    /** Starts the command line in a JVM of its own, waits until it has a temporary file in {@code watched}, and kills it. */
    private static List<String> killWhileWriting(Path watched, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            // A hang guard only: the child writes its temporary file within a second or two of starting.
            for (int i = 0; i < 1200 && (!Files.isDirectory(watched) || partials(watched).isEmpty()); i++) {
                assertThat(process.isAlive()).as("the run ended before it was killed").isTrue();
                Thread.sleep(50);
            }
        } finally {
            process.destroyForcibly();
            process.waitFor();
        }
        return partials(watched);
    }

    @Test
    void generateRemovesWhatAKilledGenerateLeft() throws Exception {
        Path out = folder.resolve("cases.jsonl");
        List<String> left = killWhileWriting(folder, "generate", "arithmetic", "--count", "100000000", "--out", out.toString());
        assertThat(left).singleElement().asString().startsWith(".cases.jsonl.");

        Cli again = Cli.run("generate", "arithmetic", "--count", "3", "--out", out.toString());

        assertThat(again.code()).as(again.err()).isZero();
        assertThat(partials(folder)).isEmpty();
        assertThat(Files.readAllLines(out, StandardCharsets.UTF_8)).hasSize(3);
    }

    @Test
    void exportRemovesWhatAKilledExportLeft() throws Exception {
        Path out = folder.resolve("data");
        List<String> left = killWhileWriting(out, "export", "--mix", "arithmetic", "--format", "jsonl", "--train", "100000000", "--test", "5",
                "--out", out.toString());
        assertThat(left).isNotEmpty();

        Cli again = Cli.run("export", "--mix", "arithmetic", "--format", "jsonl", "--train", "4", "--test", "2", "--out", out.toString());

        assertThat(again.code()).as(again.err()).isZero();
        assertThat(partials(out)).isEmpty();
        assertThat(Files.readAllLines(out.resolve("train.jsonl"), StandardCharsets.UTF_8)).hasSize(4);
    }
}
