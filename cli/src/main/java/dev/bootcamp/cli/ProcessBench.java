package dev.bootcamp.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bootcamp.api.AnswerStyle;
import dev.bootcamp.core.Catalog;
import dev.bootcamp.core.Json;
import dev.bootcamp.core.Mix;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
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

/**
 * The real {@code generate} and {@code verify} commands as separate processes, timed whole (start-up included), next
 * to what the in-process figures of {@link Benchmark} predict for the same mix on one thread, so that a gap between
 * the generator and the file cannot open unseen. The prediction for {@code verify} counts making each puzzle again from
 * its spec (as the command does, since a cases file is untrusted) as well as the check. Child processes run with this JVM's own options (the launcher's).
 */
final class ProcessBench {
    private static final long PROCESS_LIMIT_SECONDS = 3600;

    /** Predicted and measured seconds of one command, and their ratio. */
    record Figure(String command, double predictedSeconds, double measuredSeconds) {
        double ratio() {
            return measuredSeconds / predictedSeconds;
        }
    }

    private ProcessBench() {}

    static List<Figure> run(Catalog catalog, String mixSpec, long count, int level, Benchmark benchmark, int runs)
            throws IOException, InterruptedException {
        Mix mix = Mix.parse(mixSpec, catalog);
        double generateSecondsPerCase = 0;
        double verifySecondsPerCase = 0;
        double total = mix.weights().stream().mapToDouble(Double::doubleValue).sum();
        for (int i = 0; i < mix.ids().size(); i++) {
            Benchmark.Result result = benchmark.measure(catalog.typed(mix.ids().get(i)), level);
            double share = mix.weights().get(i) / total;
            generateSecondsPerCase += share / result.casesPerSecond();
            // verify trusts no puzzle in a cases file: it makes each one again from its spec, then checks the response.
            verifySecondsPerCase += share / result.puzzlesPerSecond() + share / result.verificationsPerSecond();
        }
        Path work = Files.createTempDirectory("bootcamp-process-bench");
        try {
            Path cases = work.resolve("cases.jsonl");
            Path responses = work.resolve("responses.jsonl");
            List<String> generate = command("generate", "--mix", mixSpec, "--count", Long.toString(count), "--level",
                    Integer.toString(level), "--threads", "1", "--out", cases.toString());
            List<String> verify = command("verify", "--cases", cases.toString(), "--responses", responses.toString(), "--out",
                    work.resolve("scores.jsonl").toString());
            double[] generateTimes = new double[runs];
            double[] verifyTimes = new double[runs];
            for (int run = 0; run < runs; run++) {
                generateTimes[run] = seconds(generate);
                if (run == 0) {
                    writeGoldResponses(cases, responses);
                }
                verifyTimes[run] = seconds(verify);
            }
            return List.of(new Figure("generate", count * generateSecondsPerCase, BenchCommand.median(generateTimes)),
                    new Figure("verify", count * verifySecondsPerCase, BenchCommand.median(verifyTimes)));
        } finally {
            try (Stream<Path> paths = Files.walk(work)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    /** A realistic response per case: a reasoning block, then the gold answer in tags. */
    private static void writeGoldResponses(Path cases, Path responses) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(cases, StandardCharsets.UTF_8);
                BufferedWriter writer = Files.newBufferedWriter(responses, StandardCharsets.UTF_8)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                JsonNode record = Json.readTree(line);
                Map<String, String> response = new LinkedHashMap<>();
                response.put("id", record.get("id").asText());
                response.put("response", "<think>Working it out.</think>\n" + AnswerStyle.TAGS.wrap(record.get("answer_text").asText()));
                writer.write(Json.write(response));
                writer.write('\n');
            }
        }
    }

    private static List<String> command(String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.add("-jar");
        command.add(ownJar().toString());
        command.addAll(List.of(arguments));
        return command;
    }

    private static double seconds(List<String> command) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(PROCESS_LIMIT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("a whole-process run took over " + PROCESS_LIMIT_SECONDS + " s: " + String.join(" ", command));
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("exit " + process.exitValue() + " from " + String.join(" ", command));
        }
        return (System.nanoTime() - start) / 1e9;
    }

    static Path ownJar() {
        try {
            Path location = Path.of(ProcessBench.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isRegularFile(location)) {
                throw new UsageException("whole-process benchmarks run the packaged jar; use 'java -jar cli/target/bootcamp.jar bench ...'");
            }
            return location;
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the running jar", e);
        }
    }
}
