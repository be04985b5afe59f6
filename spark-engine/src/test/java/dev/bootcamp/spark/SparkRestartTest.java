package dev.bootcamp.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A generation job killed halfway (SIGKILL of its JVM) leaves no partial shard and no manifest; run again, it writes the same bytes. */
class SparkRestartTest extends LocalSpark {
    private static final String[] JOB = {"generate", "--mix", "arithmetic:2,knapsack:1,sudoku:1,word-sorting:1", "--count", "120000", "--seed", "3",
        "--engine", "spark", "--shards", "6"};

    @TempDir
    Path temp;

    @Test
    void aKilledJobRunAgainWritesTheSameBytesAsAnUninterruptedOne() throws Exception {
        Path folder = temp.resolve("killed");
        Path log = temp.resolve("child.log");
        Process child = startChild(folder, log);
        try {
            waitForShards(child, folder, 2, log);
        } finally {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(folder.resolve("_manifest.json")).as("a killed job must not leave a manifest").doesNotExist();
        List<Path> survivors = SparkGenerateTest.shards(folder, ".jsonl");
        assertThat(survivors).hasSizeBetween(2, 5);

        Path fresh = temp.resolve("fresh");
        assertThat(Cli.run(job(fresh)).code()).isZero();
        for (Path shard : survivors) {
            assertThat(Files.readAllBytes(shard)).as("shard %s left by the killed job is complete", shard.getFileName())
                    .isEqualTo(Files.readAllBytes(fresh.resolve(shard.getFileName())));
        }

        Cli again = Cli.run(job(folder));
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(SparkGenerateTest.names(folder)).isEqualTo(SparkGenerateTest.names(fresh));
        for (String name : SparkGenerateTest.names(fresh)) {
            assertThat(Files.readAllBytes(folder.resolve(name))).as(name).isEqualTo(Files.readAllBytes(fresh.resolve(name)));
        }
    }

    private static String[] job(Path folder) {
        List<String> args = new ArrayList<>(Arrays.asList(JOB));
        args.addAll(List.of("--out", folder.toString()));
        return args.toArray(String[]::new);
    }

    private static Process startChild(Path folder, Path log) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        command.addAll(Arrays.asList(javaOptions().split("\\s+")));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.bootcamp.cli.Main"));
        command.addAll(Arrays.asList(job(folder)));
        command.addAll(List.of("--master", "local[1]"));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static void waitForShards(Process child, Path folder, int shards, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            if (Files.isDirectory(folder) && SparkGenerateTest.shards(folder, ".jsonl").size() >= shards) {
                return;
            }
            if (!child.isAlive()) {
                throw new AssertionError("the child job ended (exit " + child.exitValue() + ") before it could be killed: " + Files.readString(log));
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no " + shards + " shards after 120 s: " + Files.readString(log));
    }

    private static String javaOptions() throws IOException {
        try (InputStream in = SparkRestartTest.class.getResourceAsStream("/dev/bootcamp/spark/java-options.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
    }
}
