package dev.bootcamp.cli;

import dev.bootcamp.api.AnswerStyle;
import dev.bootcamp.api.Tier;
import dev.bootcamp.bridge.eval.EvalRunner;
import dev.bootcamp.bridge.eval.ReportWriter;
import dev.bootcamp.bridge.eval.RunStats;
import dev.bootcamp.bridge.eval.Suite;
import dev.bootcamp.core.Case;
import dev.bootcamp.core.Catalog;
import dev.bootcamp.core.Json;
import dev.bootcamp.model.ModelException;
import dev.bootcamp.model.OpenAiChatModel;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bootcamp eval}: measure a model behind an OpenAI-compatible endpoint; resumable; writes a report. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Evaluate a model served by any OpenAI-compatible chat endpoint (vLLM, SGLang, llama.cpp, hosted APIs).",
                "Every result is appended to DIR/results.jsonl as it arrives; running the same command again skips what is done"
                        + " and retries requests that failed. DIR/summary.md and DIR/report.html are written at the end.",
                "Suites are defined in code: core (3 cases per bootcamp at easy, medium and hard) and quick (1 medium case per"
                        + " bootcamp); or give --mix SPEC --count N."},
        footer = {"", "Examples:", "  bootcamp eval --llm http://localhost:8000/v1 --model qwen3-8b --suite quick",
                "  bootcamp eval --llm http://localhost:8000/v1 --model qwen3-8b --mix 'math:1,logic:1' --count 200 --tier hard --out runs/qwen-hard",
                "The API key comes from --api-key, or the BOOTCAMP_API_KEY or OPENAI_API_KEY",
                "environment variable."})
final class EvalCommand implements Callable<Integer> {
    private final Catalog catalog;
    private final Terminal terminal;

    @Spec
    CommandSpec spec;

    @Option(names = "--llm", paramLabel = "URL", required = true, description = "Endpoint base URL, e.g. http://localhost:8000/v1.")
    String url;

    @Option(names = "--model", paramLabel = "M", required = true, description = "Model name sent with each request.")
    String model;

    @Option(names = "--api-key", paramLabel = "KEY", description = "Bearer token (default: $BOOTCAMP_API_KEY or $OPENAI_API_KEY).")
    String apiKey;

    @Option(names = "--suite", paramLabel = "NAME", description = "core or quick (default: core, unless --mix is given).")
    String suite;

    @Option(names = "--mix", paramLabel = "SPEC", description = "A mix of ids, domains and globs with weights, e.g. math:2,logic:1.")
    String mix;

    @Option(names = "--count", paramLabel = "N", defaultValue = "100", description = "Cases drawn from --mix (default: ${DEFAULT-VALUE}).")
    long count;

    @Option(names = {"--tier", "--level"}, paramLabel = "T", defaultValue = "medium", description = "Level or tier for --mix (default: ${DEFAULT-VALUE}).")
    String level;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "0", description = "Run seed for --mix (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--style", paramLabel = "STYLE", defaultValue = "tags", description = "Answer style: tags, boxed or final-line (default: ${DEFAULT-VALUE}).")
    String style;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Run folder (default: eval/<model>-<suite>).")
    String out;

    @Option(names = "--concurrency", paramLabel = "N", defaultValue = "8", description = "Requests in flight (default: ${DEFAULT-VALUE}).")
    int concurrency;

    @Option(names = "--rate", paramLabel = "R", defaultValue = "0", description = "Most requests per second; 0 for no limit (default).")
    double rate;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "300", description = "Per request (default: ${DEFAULT-VALUE}).")
    double timeoutSeconds;

    @Option(names = "--retries", paramLabel = "N", defaultValue = "3", description = "Retries after timeouts, 429 and 5xx (default: ${DEFAULT-VALUE}).")
    int retries;

    @Option(names = "--backoff", paramLabel = "SECONDS", defaultValue = "1", description = "First wait between retries; doubles (default: ${DEFAULT-VALUE}).")
    double backoffSeconds;

    @Option(names = "--max-tokens", paramLabel = "N", defaultValue = "0", description = "Completion token limit; 0 leaves it to the server.")
    int maxTokens;

    @Option(names = "--temperature", paramLabel = "T", defaultValue = "0", description = "Sampling temperature (default: ${DEFAULT-VALUE}).")
    double temperature;

    EvalCommand(Catalog catalog, Terminal terminal) {
        this.catalog = catalog;
        this.terminal = terminal;
    }

    @Override
    public Integer call() throws Exception {
        if (suite != null && mix != null) {
            throw new UsageException("give --suite or --mix, not both");
        }
        if (concurrency < 1 || retries < 0 || timeoutSeconds <= 0 || count < 1 || backoffSeconds < 0) {
            throw new UsageException("--concurrency and --count must be at least 1, --timeout above 0, --retries and --backoff 0 or more");
        }
        AnswerStyle answerStyle = AnswerStyle.parse(style);
        String suiteName = mix == null ? (suite == null ? "core" : suite) : null;
        List<Case> cases = suiteName != null ? Suite.named(suiteName, catalog, answerStyle)
                : Suite.mix(mix, count, Tier.parseLevel(level), seed, catalog, answerStyle);
        Path folder = Path.of(out != null ? out : "eval/" + (model + "-" + (suiteName != null ? suiteName : "mix")).replaceAll("[^A-Za-z0-9._-]+", "_"));
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("model", model);
        run.put("endpoint", url);
        run.put("suite", suiteName != null ? suiteName : "mix " + mix + " count " + count + " level " + Tier.parseLevel(level) + " seed " + seed);
        run.put("style", answerStyle.wireName());
        run.put("cases", cases.size());
        String key = apiKey != null ? apiKey : System.getenv().getOrDefault("BOOTCAMP_API_KEY", System.getenv("OPENAI_API_KEY"));
        OpenAiChatModel chat;
        try {
            chat = new OpenAiChatModel(new OpenAiChatModel.Settings(url, model, key, Duration.ofMillis((long) (timeoutSeconds * 1000)), retries,
                    Duration.ofMillis((long) (backoffSeconds * 1000)), maxTokens, temperature));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--llm: " + e.getMessage());
        }
        try {
            chat.checkReachable();
        } catch (ModelException e) {
            throw new UsageException("--llm: " + e.getMessage() + "; is the server running?");
        }
        checkSameRun(folder, run);
        PrintWriter err = spec.commandLine().getErr();
        Progress progress = new Progress(err, terminal.interactive(), cases.size(), "cases");
        EvalRunner.Outcome outcome = new EvalRunner(catalog, chat, concurrency, rate).run(cases, folder, (done, total, accuracy) -> progress.update(done, String.format(", accuracy so far %.1f%%", accuracy * 100)));
        progress.finish();
        Set<String> ids = cases.stream().map(Case::id).collect(Collectors.toSet());
        RunStats stats = RunStats.of(model, EvalRunner.load(folder.resolve(EvalRunner.RESULTS)).values().stream()
                .filter(result -> ids.contains(result.id())).toList());
        ReportWriter.write(List.of(stats), folder);
        PrintWriter output = spec.commandLine().getOut();
        output.printf("%s: accuracy %.1f%% over %s (%,d answered now, %,d already done, %s failed)%n", model, stats.accuracy() * 100,
                Counts.of(stats.cases(), "case"), outcome.answered(), outcome.skipped(), Counts.of(outcome.failed(), "request"));
        output.println("report: " + folder.resolve("report.html") + " and " + folder.resolve("summary.md"));
        if (outcome.failed() > 0) {
            err.println(Counts.of(outcome.failed(), "request") + " failed for good; run the same command again to retry them");
            return ExitCodes.FAILED;
        }
        return ExitCodes.OK;
    }

    private static void checkSameRun(Path folder, Map<String, Object> run) throws java.io.IOException {
        Path file = folder.resolve("run.json");
        if (Files.exists(file)) {
            Map<?, ?> previous = Json.read(Files.readString(file, StandardCharsets.UTF_8), Map.class);
            for (String field : List.of("model", "suite", "style", "cases")) {
                if (!String.valueOf(previous.get(field)).equals(String.valueOf(run.get(field)))) {
                    throw new UsageException(folder + " holds a run with " + field + " '" + previous.get(field) + "', not '" + run.get(field)
                            + "'; choose another --out to start a new run");
                }
            }
            return;
        }
        Files.createDirectories(folder);
        Files.writeString(file, Json.write(run) + "\n", StandardCharsets.UTF_8);
    }
}
