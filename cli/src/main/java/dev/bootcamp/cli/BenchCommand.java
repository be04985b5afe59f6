package dev.bootcamp.cli;

import dev.bootcamp.api.Tier;
import dev.bootcamp.core.Catalog;
import dev.bootcamp.core.Json;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bootcamp bench}: catalogue start-up, and per-bootcamp generation and verification throughput on one thread. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure catalogue start-up and, per bootcamp on one thread: puzzles generated per second, complete"
                + " case records per second (puzzle, prompt, gold answer, JSON), responses verified per second (reasoning"
                + " removed, answer extracted, parsed, checked) and the 99th percentile of one verification.",
                "Each rate is the median of --runs timed runs after a warm-up."},
        footer = {"", "Examples:", "  bootcamp bench", "  bootcamp bench sudoku zebra-puzzle --level 8 --json",
                "  bootcamp bench --server http://127.0.0.1:8787      (a running 'bootcamp serve'; each verify run lasts 3 s)",
                "  bootcamp bench --startup --extra-bootcamps 1500    (whole-process start-up of 'list' vs a hello-world JVM)",
                "  bootcamp bench --process --count 100000            (the real generate and verify vs the in-process figures)"})
final class BenchCommand implements Callable<Integer> {
    private static final int SERVER_RUN_MILLIS = 3000;
    private final CatalogProvider catalogProvider;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", arity = "0..*", completionCandidates = BootcampIds.class, description = "Bootcamps (default: all).")
    List<String> ids = new ArrayList<>();

    @Option(names = "--level", paramLabel = "L", defaultValue = "5", description = "Level or tier (default: ${DEFAULT-VALUE}).")
    String level;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "5", description = "Timed runs per figure (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--millis", paramLabel = "MS", defaultValue = "200", description = "Length of one timed run (default: ${DEFAULT-VALUE}).")
    int millis;

    @Option(names = "--json", description = "Print the results as JSON.")
    boolean json;

    @Option(names = "--server", paramLabel = "URL", description = "Load a running bridge instead: batch verification and case streaming over HTTP.")
    String server;

    @Option(names = "--mix", paramLabel = "SPEC", defaultValue = "arithmetic:1,knapsack:1,word-sorting:1",
            description = "With --server or --process: the cases to verify and stream (default: ${DEFAULT-VALUE}).")
    String mix;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "512", description = "With --server: responses per verify request (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--connections", paramLabel = "N", defaultValue = "4", description = "With --server: concurrent clients (default: ${DEFAULT-VALUE}).")
    int connections;

    @Option(names = "--episode-env", paramLabel = "ID", defaultValue = "number-guessing",
            description = "With --server: the interactive bootcamp whose episodes are played (default: ${DEFAULT-VALUE}).")
    String episodeEnv;

    @Option(names = "--stream-count", paramLabel = "N", defaultValue = "200000", description = "With --server: cases read from the stream (default: ${DEFAULT-VALUE}).")
    long streamCount;

    @Option(names = "--warmup", paramLabel = "SECONDS", defaultValue = "10",
            description = "With --server: load, untimed, before the timed runs, so that the server's code is compiled (default: ${DEFAULT-VALUE}).")
    int warmupSeconds;

    @Option(names = "--startup", description = "Measure whole-process start-up of 'bootcamp list' against a hello-world JVM"
            + " instead (processes run interleaved, --runs times each; each configuration with its own CDS archive).")
    boolean startup;

    @Option(names = "--process", description = "Run the real generate and verify commands as whole processes on --mix (one"
            + " thread, --count cases, start-up included) and compare them with what the in-process figures predict.")
    boolean process;

    @Option(names = "--count", paramLabel = "N", defaultValue = "100000", description = "With --process: cases generated and verified (default: ${DEFAULT-VALUE}).")
    long count;

    @Option(names = "--extra-bootcamps", paramLabel = "N", defaultValue = "1500",
            description = "With --startup: also list with a generated test catalogue of N trivial bootcamps added; 0 for none (default: ${DEFAULT-VALUE}).")
    int extraBootcamps;

    BenchCommand(CatalogProvider catalogProvider) {
        this.catalogProvider = catalogProvider;
    }

    @Override
    public Integer call() throws Exception {
        if (runs < 1 || millis < 1) {
            throw new UsageException("--runs and --millis must be at least 1");
        }
        if (server != null) {
            return loadServer();
        }
        if (startup) {
            return startup();
        }
        if (process) {
            return wholeProcess();
        }
        Catalog catalog = catalogProvider.get();
        double startupMillis = catalogProvider.loadMillis();
        int chosenLevel = Tier.parseLevel(level);
        List<String> selected = new ArrayList<>();
        if (ids.isEmpty()) {
            selected.addAll(catalog.ids());
        } else {
            ids.forEach(id -> catalog.select(id).stream().filter(found -> !selected.contains(found)).forEach(selected::add));
        }
        Benchmark benchmark = new Benchmark(runs, millis * 1_000_000L);
        List<Benchmark.Result> results = new ArrayList<>();
        for (String id : selected) {
            results.add(benchmark.measure(catalog.typed(id), chosenLevel));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("catalog_startup_ms", startupMillis);
            document.put("catalog_size", catalog.size());
            document.put("level", chosenLevel);
            document.put("runs", runs);
            // snake_case, as every other JSON this project writes (case records, list --json, reports)
            document.put("bootcamps", results.stream().map(BenchCommand::json).toList());
            out.println(Json.write(document));
            return ExitCodes.OK;
        }
        out.printf("catalogue start-up: %.1f ms for %d bootcamps (target: under 300 ms)%n", startupMillis, catalog.size());
        out.printf("level %d, one thread, median of %d runs of %d ms%n%n", chosenLevel, runs, millis);
        Table table = new Table("bootcamp", "puzzles/s", "cases/s", "verify/s", "verify p99 µs");
        for (Benchmark.Result result : results) {
            table.row(result.bootcamp(), format(result.puzzlesPerSecond()), format(result.casesPerSecond()),
                    format(result.verificationsPerSecond()), String.format("%.1f", result.verifyP99Micros()));
        }
        table.print(out);
        if (results.size() > 1) {
            out.println();
            out.printf("median over bootcamps: %s puzzles/s, %s cases/s, %s verify/s%n",
                    format(median(results.stream().mapToDouble(Benchmark.Result::puzzlesPerSecond).toArray())),
                    format(median(results.stream().mapToDouble(Benchmark.Result::casesPerSecond).toArray())),
                    format(median(results.stream().mapToDouble(Benchmark.Result::verificationsPerSecond).toArray())));
        }
        return ExitCodes.OK;
    }

    private Integer startup() throws Exception {
        if (extraBootcamps < 0) {
            throw new UsageException("--extra-bootcamps must be at least 0");
        }
        Map<String, Double> medians = StartupBench.run(runs, extraBootcamps);
        double baseline = medians.values().iterator().next();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("runs", runs);
            document.put("median_ms", medians);
            out.println(Json.write(document));
            return ExitCodes.OK;
        }
        out.printf("whole-process start-up, median of %d interleaved runs (target: 'list' within 2x the hello-world JVM)%n", runs);
        Table table = new Table("process", "median ms", "x hello-world");
        medians.forEach((name, millis) -> table.row(name, String.format("%.0f", millis), String.format("%.2f", millis / baseline)));
        table.print(out);
        return ExitCodes.OK;
    }

    private Integer wholeProcess() throws Exception {
        if (count < 1) {
            throw new UsageException("--count must be at least 1");
        }
        int chosenLevel = Tier.parseLevel(level);
        List<ProcessBench.Figure> figures = ProcessBench.run(catalogProvider.get(), mix, count, chosenLevel,
                new Benchmark(runs, millis * 1_000_000L), runs);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(Map.of("mix", mix, "count", count, "level", chosenLevel, "runs", runs, "figures", figures.stream()
                    .map(figure -> Map.of("command", figure.command(), "predicted_s", figure.predictedSeconds(),
                            "measured_s", figure.measuredSeconds(), "ratio", figure.ratio())).toList())));
            return ExitCodes.OK;
        }
        out.printf("%,d cases of %s at level %d, one thread, median of %d whole-process runs (target: within 1.5x)%n", count, mix, chosenLevel, runs);
        Table table = new Table("command", "predicted s", "measured s", "measured / predicted");
        figures.forEach(figure -> table.row(figure.command(), String.format("%.2f", figure.predictedSeconds()),
                String.format("%.2f", figure.measuredSeconds()), String.format("%.2f", figure.ratio())));
        table.print(out);
        return ExitCodes.OK;
    }

    private Integer loadServer() throws Exception {
        if (batch < 1 || connections < 1 || streamCount < 1 || warmupSeconds < 0) {
            throw new UsageException("--batch, --connections and --stream-count must be at least 1, --warmup at least 0");
        }
        ServerLoad load = new ServerLoad(server);
        // A fresh server spends its first seconds compiling; without a warm-up the figures measure the JIT, not the bridge.
        long warmupEnd = System.nanoTime() + warmupSeconds * 1_000_000_000L;
        while (System.nanoTime() < warmupEnd) {
            load.verifyRate(mix, batch, connections, 1000);
            load.streamRate(mix, Math.min(streamCount, 50_000));
        }
        double[] verify = new double[runs];
        for (int i = 0; i < runs; i++) {
            verify[i] = load.verifyRate(mix, batch, connections, Math.max(millis, SERVER_RUN_MILLIS));
        }
        double[] stream = new double[runs];
        for (int i = 0; i < runs; i++) {
            stream[i] = load.streamRate(mix, streamCount);
        }
        double[] sessions = new double[runs];
        double[] steps = new double[runs];
        double[] batchSteps = new double[runs];
        for (int i = 0; i < runs; i++) {
            ServerLoad.EpisodeRates rates = load.episodeRates(episodeEnv, connections, Math.max(millis, SERVER_RUN_MILLIS));
            sessions[i] = rates.sessionsPerSecond();
            steps[i] = rates.stepsPerSecond();
            batchSteps[i] = load.batchStepRate(episodeEnv, batch, Math.max(millis, SERVER_RUN_MILLIS));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("server", server);
            figures.put("mix", mix);
            figures.put("batch", batch);
            figures.put("connections", connections);
            figures.put("verify_per_second", median(verify));
            figures.put("stream_cases_per_second", median(stream));
            figures.put("episode_env", episodeEnv);
            figures.put("episode_sessions_per_second", median(sessions));
            figures.put("episode_steps_per_second", median(steps));
            figures.put("episode_batch_steps_per_second", median(batchSteps));
            figures.put("runs", runs);
            out.println(Json.write(figures));
            return ExitCodes.OK;
        }
        out.printf("bridge at %s, mix %s, median of %d runs after a %d s warm-up%n", server, mix, runs, warmupSeconds);
        out.printf("batch verification: %s responses/s (%d connections, %d per request; target: over 50,000)%n", format(median(verify)), connections, batch);
        out.printf("case streaming:     %s cases/s (one stream of %d; target: over 100,000)%n", format(median(stream)), streamCount);
        out.printf("episodes (%s, level 1, action '1' every turn): %s sessions/s and %s steps/s over HTTP (%d connections);"
                + " %s steps/s in batches of %d%n", episodeEnv, format(median(sessions)), format(median(steps)), connections,
                format(median(batchSteps)), batch);
        return ExitCodes.OK;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        if (sorted.length == 0) {
            return 0;
        }
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static String format(double rate) {
        return String.format("%,.0f", rate);
    }

    private static Map<String, Object> json(Benchmark.Result result) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("bootcamp", result.bootcamp());
        row.put("puzzles_per_second", result.puzzlesPerSecond());
        row.put("cases_per_second", result.casesPerSecond());
        row.put("verifications_per_second", result.verificationsPerSecond());
        row.put("verify_p99_micros", result.verifyP99Micros());
        return row;
    }
}
