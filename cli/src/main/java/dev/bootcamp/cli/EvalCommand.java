package dev.bootcamp.cli;

import dev.bootcamp.api.AnswerStyle;
import dev.bootcamp.api.Tier;
import dev.bootcamp.bridge.eval.EpisodeEvalRunner;
import dev.bootcamp.bridge.eval.EpisodeReport;
import dev.bootcamp.bridge.eval.EpisodeResult;
import dev.bootcamp.bridge.eval.EvalRunner;
import dev.bootcamp.bridge.eval.ReportWriter;
import dev.bootcamp.bridge.eval.RunStats;
import dev.bootcamp.bridge.eval.Suite;
import dev.bootcamp.core.Case;
import dev.bootcamp.core.Catalog;
import dev.bootcamp.core.EpisodeSpec;
import dev.bootcamp.core.InteractiveCatalog;
import dev.bootcamp.core.Json;
import dev.bootcamp.model.ModelException;
import dev.bootcamp.model.OpenAiChatModel;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
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
                        + " bootcamp); or give --mix SPEC --count N.",
                "--episodes plays interactive bootcamps instead: the opening and each observation are user turns of one"
                        + " conversation, the model's replies (reasoning removed) are the actions. Each finished episode is appended"
                        + " to DIR/episodes.jsonl; DIR/episodes.md and DIR/episodes.html show the win rate and turns by level."},
        footer = {"", "Examples:", "  bootcamp eval --llm http://localhost:8000/v1 --model qwen3-8b --suite quick",
                "  bootcamp eval --llm http://localhost:8000/v1 --model qwen3-8b --mix 'math:1,logic:1' --count 200 --tier hard --out runs/qwen-hard",
                "  bootcamp eval --llm http://localhost:8000/v1 --model qwen3-8b --episodes mastermind,number-guessing --count 10",
                "The API key comes from --api-key, or the BOOTCAMP_API_KEY or OPENAI_API_KEY",
                "environment variable."})
final class EvalCommand implements Callable<Integer> {
    private final CatalogProvider catalog;
    private final InteractiveCatalog interactive;
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

    @Option(names = "--episodes", paramLabel = "IDS", description = "Interactive bootcamps to play, joined by commas, or 'all'.")
    String episodes;

    @Option(names = "--count", paramLabel = "N", description = "Cases drawn from --mix (default: 100), or episodes per bootcamp and level (default: 5).")
    Long count;

    @Option(names = {"--tier", "--level"}, paramLabel = "T", description = "Level or tier for --mix (default: medium) or --episodes (default: easy, medium and hard).")
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

    EvalCommand(CatalogProvider catalog, InteractiveCatalog interactive, Terminal terminal) {
        this.catalog = catalog;
        this.interactive = interactive;
        this.terminal = terminal;
    }

    @Override
    public Integer call() throws Exception {
        if ((suite != null ? 1 : 0) + (mix != null ? 1 : 0) + (episodes != null ? 1 : 0) > 1) {
            throw new UsageException("give one of --suite, --mix and --episodes");
        }
        if (concurrency < 1 || retries < 0 || timeoutSeconds <= 0 || (count != null && count < 1) || backoffSeconds < 0) {
            throw new UsageException("--concurrency and --count must be at least 1, --timeout above 0, --retries and --backoff 0 or more");
        }
        if (episodes != null) {
            return playEpisodes();
        }
        Catalog catalog = this.catalog.get();
        AnswerStyle answerStyle = AnswerStyle.parse(style);
        String suiteName = mix == null ? (suite == null ? "core" : suite) : null;
        long count = this.count == null ? 100 : this.count;
        String level = this.level == null ? "medium" : this.level;
        List<Case> cases = suiteName != null ? Suite.named(suiteName, catalog, answerStyle)
                : Suite.mix(mix, count, Tier.parseLevel(level), seed, catalog, answerStyle);
        Path folder = Path.of(out != null ? out : "eval/" + (model + "-" + (suiteName != null ? suiteName : "mix")).replaceAll("[^A-Za-z0-9._-]+", "_"));
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("model", model);
        run.put("endpoint", url);
        run.put("suite", suiteName != null ? suiteName : "mix " + mix + " count " + count + " level " + Tier.parseLevel(level) + " seed " + seed);
        run.put("style", answerStyle.wireName());
        run.put("cases", cases.size());
        OpenAiChatModel chat = chatModel();
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

    private OpenAiChatModel chatModel() throws InterruptedException {
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
        return chat;
    }

    private int playEpisodes() throws Exception {
        List<String> ids = new ArrayList<>();
        for (String id : episodes.split(",")) {
            String trimmed = id.strip();
            if (trimmed.equalsIgnoreCase("all")) {
                ids.addAll(interactive.ids());
            } else if (!interactive.contains(trimmed)) {
                throw new UsageException("--episodes: no interactive bootcamp '" + trimmed + "'" + dev.bootcamp.api.Names.didYouMean(trimmed, interactive.ids())
                        + " ('bootcamp list' shows kind 'episode')");
            } else if (!ids.contains(trimmed)) {
                ids.add(trimmed);
            }
        }
        List<Integer> levels = level == null ? List.of(Tier.EASY.level(), Tier.MEDIUM.level(), Tier.HARD.level()) : List.of(Tier.parseLevel(level));
        int perLevel = count == null ? 5 : (int) Math.min(count, 100_000);
        List<EpisodeSpec> specs = EpisodeEvalRunner.suite(interactive, ids, levels, perLevel, seed);
        Path folder = Path.of(out != null ? out : "eval/" + (model + "-episodes").replaceAll("[^A-Za-z0-9._-]+", "_"));
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("model", model);
        run.put("endpoint", url);
        run.put("suite", "episodes " + String.join(",", ids) + " levels " + levels + " count " + perLevel + " seed " + seed);
        run.put("style", "episodes");
        run.put("cases", specs.size());
        OpenAiChatModel chat = chatModel();
        checkSameRun(folder, run);
        PrintWriter err = spec.commandLine().getErr();
        Progress progress = new Progress(err, terminal.interactive(), specs.size(), "episodes");
        EvalRunner.Outcome outcome = new EpisodeEvalRunner(interactive, chat, concurrency, rate).run(specs, folder,
                (done, total, wins) -> progress.update(done, String.format(", win rate so far %.1f%%", wins * 100)));
        progress.finish();
        Set<String> wanted = specs.stream().map(EpisodeSpec::id).collect(Collectors.toSet());
        List<EpisodeResult> results = EpisodeEvalRunner.load(folder.resolve(EpisodeEvalRunner.RESULTS)).values().stream()
                .filter(result -> wanted.contains(result.id())).toList();
        EpisodeReport.write(model, results, folder);
        PrintWriter output = spec.commandLine().getOut();
        output.printf("%s: win rate %.1f%% over %s (%,d played now, %,d already done, %s failed)%n", model, EpisodeReport.winRate(results) * 100,
                Counts.of(results.size(), "episode"), outcome.answered(), outcome.skipped(), Counts.of(outcome.failed(), "episode"));
        output.println("report: " + folder.resolve("episodes.html") + " and " + folder.resolve("episodes.md"));
        if (outcome.failed() > 0) {
            err.println(Counts.of(outcome.failed(), "episode") + " failed for good; run the same command again to play them again");
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
