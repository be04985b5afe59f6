package dev.bootcamp.cli;

import dev.bootcamp.agent.AgentException;
import dev.bootcamp.agent.AuthorPrompt;
import dev.bootcamp.agent.AuthoringLoop;
import dev.bootcamp.agent.BootcampNaming;
import dev.bootcamp.agent.Calibration;
import dev.bootcamp.agent.ProjectSources;
import dev.bootcamp.agent.ReviewSheet;
import dev.bootcamp.agent.SandboxedCandidate;
import dev.bootcamp.agent.SourceChecks;
import dev.bootcamp.agent.Validator;
import dev.bootcamp.core.Catalog;
import dev.bootcamp.core.Json;
import dev.bootcamp.model.ModelException;
import dev.bootcamp.model.OpenAiChatModel;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bootcamp author}: a language model writes a bootcamp, validation feeds its failures back, the best passing one is kept. */
@Command(name = "author", mixinStandardHelpOptions = true,
        description = {"Write a bootcamp with a language model behind any OpenAI-compatible chat endpoint.",
                "The prompt carries the task, the SPI source, one exemplar, the contract's laws and the house rules; each reply's Java"
                        + " block is validated (as bootcamp validate does) and its failures go into the next round's prompt. K candidates"
                        + " run as independent conversations for up to N rounds; the first passing one (earliest round, then lowest"
                        + " candidate) is written to DIR/bootcamps/src/main/java/dev/bootcamp/camps/<domain>/ with a review sheet of"
                        + " cases at levels 1, 5 and 10.",
                "Every candidate is untrusted: its contract runs in a child process inside an OS sandbox (bubblewrap); without one"
                        + " candidates are compiled but not run, unless --unsandboxed. See docs/SECURITY.md.",
                "With --calibrate the model answers sample cases, and the bootcamp is kept only if its solve rate is inside the band.",
                "Every round's prompt, reply and report are saved under --out, with a transcript per candidate."},
        footer = {"", "Examples:", "  bootcamp author --task docs/tasks/milk-crates.md --llm http://localhost:8000/v1 --model qwen3-32b",
                "  bootcamp author --task docs/tasks/milk-crates.md --llm https://api.example.com/v1 --model big \\",
                "      --candidates 4 --rounds 5 --calibrate --solve-rate 0.1,0.8 --samples 40",
                "The API key comes from --api-key, or the BOOTCAMP_API_KEY or OPENAI_API_KEY",
                "environment variable."})
final class AuthorCommand implements Callable<Integer> {
    private final Catalog catalog;

    @Spec
    CommandSpec spec;

    @Option(names = "--task", paramLabel = "TASK.md", required = true, description = "The task description (Markdown).")
    Path taskFile;

    @Option(names = "--llm", paramLabel = "URL", required = true, description = "Endpoint base URL, e.g. http://localhost:8000/v1.")
    String url;

    @Option(names = "--model", paramLabel = "M", defaultValue = "default", description = "Model name sent with each request (default: ${DEFAULT-VALUE}).")
    String model;

    @Option(names = "--api-key", paramLabel = "KEY", description = "Bearer token (default: $BOOTCAMP_API_KEY or $OPENAI_API_KEY).")
    String apiKey;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "3", description = "Most rounds per candidate (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--candidates", paramLabel = "K", defaultValue = "1", description = "Independent conversations in parallel (default: ${DEFAULT-VALUE}).")
    int candidates;

    @Option(names = "--out", paramLabel = "DIR", description = "Rounds, transcripts and the review sheet (default: <root>/authoring/<task file name>).")
    Path out;

    @Option(names = "--unsandboxed", description = "Where no sandbox works (no bubblewrap), run the candidate anyway in a plain child"
            + " process: this runs untrusted code with your rights.")
    boolean unsandboxed;

    @Option(names = "--root", paramLabel = "DIR", defaultValue = ".",
            description = "Project folder the bootcamp is written into, under " + ProjectSources.CATALOGUE + " (default: the current folder).")
    Path root;

    @Option(names = "--sources", paramLabel = "DIR",
            description = "Project folder with the SPI and exemplar sources for the prompt (default: --root if it has them, else the"
                    + " nearest folder above the current one that does).")
    Path sources;

    @Option(names = "--exemplar", paramLabel = "FILE", description = "The exemplar bootcamp shown to the model (default: KnapsackBootcamp.java).")
    Path exemplar;

    @Option(names = "--id", paramLabel = "ID", description = "Require this id (otherwise the model chooses).")
    String id;

    @Option(names = "--domain", paramLabel = "D", description = "Require this domain (otherwise the model chooses).")
    String domain;

    @Option(names = "--calibrate", description = "Keep the bootcamp only if the model's solve rate on sample cases is inside --solve-rate.")
    boolean calibrate;

    @Option(names = "--solve-rate", paramLabel = "LOW,HIGH", defaultValue = "0.03,0.85", description = "Calibration band (default: ${DEFAULT-VALUE}).")
    String solveRate;

    @Option(names = "--samples", paramLabel = "N", defaultValue = "20", description = "Calibration cases, levels 1..10 (default: ${DEFAULT-VALUE}).")
    int samples;

    @Option(names = "--seeds", paramLabel = "N", defaultValue = "20", description = "Contract cases per level for each candidate (default: ${DEFAULT-VALUE}).")
    int seeds;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "600", description = "Per model request (default: ${DEFAULT-VALUE}).")
    double timeoutSeconds;

    @Option(names = "--retries", paramLabel = "N", defaultValue = "3", description = "Retries after timeouts, 429 and 5xx (default: ${DEFAULT-VALUE}).")
    int retries;

    @Option(names = "--temperature", paramLabel = "T", defaultValue = "0.7",
            description = "Sampling temperature for writing code (default: ${DEFAULT-VALUE}); calibration uses 0.")
    double temperature;

    @Option(names = "--max-tokens", paramLabel = "N", defaultValue = "0", description = "Completion token limit; 0 leaves it to the server.")
    int maxTokens;

    AuthorCommand(Catalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public Integer call() throws Exception {
        if (rounds < 1 || candidates < 1 || candidates > 64 || samples < 1 || seeds < 1 || retries < 0 || timeoutSeconds <= 0) {
            throw new UsageException("--rounds, --samples and --seeds must be at least 1, --candidates in 1..64, --retries 0 or more and"
                    + " --timeout above 0");
        }
        if (!Files.isRegularFile(taskFile)) {
            throw new UsageException("no such task file: " + taskFile);
        }
        Calibration.Band band;
        try {
            band = Calibration.Band.parse(solveRate);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--solve-rate: " + e.getMessage());
        }
        String task = Files.readString(taskFile, StandardCharsets.UTF_8);
        AuthorPrompt prompt;
        try {
            if (id != null) {
                BootcampNaming.checkNewId(id, catalog);
            }
            if (domain != null) {
                BootcampNaming.checkDomain(domain);
            }
            prompt = prompt();
        } catch (AgentException e) {
            throw new UsageException(e.getMessage());
        }
        String taskName = taskFile.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        Path folder = out != null ? out : root.resolve("authoring").resolve(taskName);
        Validator validator = new Validator(catalog, unsandboxed);
        PrintWriter output = spec.commandLine().getOut();
        output.println("authoring from " + taskFile + " with " + model + " at " + url + ": " + candidates + " candidate(s), up to " + rounds
                + " round(s); rounds are saved in " + folder);
        output.flush();
        AuthoringLoop.Settings settings = new AuthoringLoop.Settings(rounds, candidates,
                Validator.Options.defaults().withSeedsPerLevel(seeds), folder, id, domain);
        AuthoringLoop.Outcome outcome = new AuthoringLoop(chat(temperature), validator, prompt, settings, attempt -> {
            output.println("  " + attempt.summary());
            output.flush();
        }).run(task);
        writeSummary(outcome, folder);
        if (outcome.winner().isEmpty()) {
            AuthoringLoop.Attempt best = outcome.best();
            output.println("no candidate passed in " + rounds + " round(s)" + (best == null ? "" : "; the closest (candidate " + best.candidate()
                    + ", round " + best.round() + ", " + best.failures() + " failures) is in " + best.folder()));
            return ExitCodes.FAILED;
        }
        return publish(outcome.winner().get(), validator, band, folder, output);
    }

    private int publish(AuthoringLoop.Attempt winner, Validator validator, Calibration.Band band, Path folder, PrintWriter output) throws Exception {
        output.println("candidate " + winner.candidate() + " passed in round " + winner.round() + ": " + winner.report().summary());
        // The winner runs only in the sandboxed child: its sample cases and scores come back as data.
        SandboxedCandidate.Samples cases;
        Calibration.Result calibration = null;
        try {
            SandboxedCandidate candidate = validator.candidate(winner.fileName(), winner.source(), winner.report().className(),
                    Validator.Options.defaults().timeout());
            cases = candidate.cases(ReviewSheet.wanted());
            if (calibrate) {
                calibration = Calibration.run(candidate, chat(0), samples, band, 4);
                output.println("calibration: " + calibration.summary());
            }
        } catch (AgentException e) {
            output.println("the passing candidate is kept at " + winner.folder().resolve(winner.fileName()) + ", but its review sheet could not"
                    + " be made: " + e.getMessage());
            return ExitCodes.FAILED;
        }
        String packageName = SourceChecks.check(winner.fileName(), winner.source(), true).packageName();
        Path target = root.resolve(ProjectSources.CATALOGUE).resolve(packageName.replace('.', '/')).resolve(winner.fileName());
        Path review = folder.resolve("REVIEW.md");
        if (calibration != null && !calibration.kept()) {
            Path kept = winner.folder().resolve(winner.fileName());
            Files.writeString(review, ReviewSheet.markdown(cases, kept.toString(), winner, calibration), StandardCharsets.UTF_8);
            output.println("not written to the catalogue: the solve rate is outside " + solveRate + "; the candidate is kept at " + kept
                    + " and its review sheet at " + review);
            return ExitCodes.FAILED;
        }
        if (Files.exists(target)) {
            throw new UsageException(target + " exists; the passing candidate is kept at " + winner.folder().resolve(winner.fileName()));
        }
        Files.createDirectories(target.getParent());
        Files.writeString(target, winner.source(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        Files.writeString(review, ReviewSheet.markdown(cases, target.toString(), winner, calibration), StandardCharsets.UTF_8);
        String newId = cases.info().id();
        output.println("wrote " + target);
        output.println("review sheet: " + review);
        output.println("next: read the review sheet, rebuild, then bootcamp check " + newId + " and bootcamp show " + newId);
        return ExitCodes.OK;
    }

    private AuthorPrompt prompt() throws IOException {
        ProjectSources project = ProjectSources.locate(sources != null ? sources : root, Path.of(""));
        Path exemplarFile = exemplar != null ? exemplar : project.defaultExemplar();
        if (!Files.isRegularFile(exemplarFile)) {
            throw new UsageException("no such exemplar: " + exemplarFile);
        }
        return new AuthorPrompt(project.spi(), project.helpers(), exemplarFile.getFileName().toString(),
                Files.readString(exemplarFile, StandardCharsets.UTF_8), id, domain);
    }

    private OpenAiChatModel chat(double sampling) {
        String key = apiKey != null ? apiKey : System.getenv().getOrDefault("BOOTCAMP_API_KEY", System.getenv("OPENAI_API_KEY"));
        OpenAiChatModel chat;
        try {
            chat = new OpenAiChatModel(new OpenAiChatModel.Settings(url, model, key, Duration.ofMillis((long) (timeoutSeconds * 1000)), retries,
                    Duration.ofSeconds(1), maxTokens, sampling));
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

    private static void writeSummary(AuthoringLoop.Outcome outcome, Path folder) throws IOException {
        List<Map<String, Object>> attempts = new ArrayList<>();
        for (AuthoringLoop.Attempt attempt : outcome.attempts()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("candidate", attempt.candidate());
            item.put("round", attempt.round());
            item.put("passed", attempt.passed());
            item.put("failures", attempt.report() == null ? null : attempt.failures());
            item.put("summary", attempt.summary());
            item.put("folder", attempt.folder().toString());
            attempts.add(item);
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("passed", outcome.winner().isPresent());
        summary.put("winner", outcome.winner().map(attempt -> attempt.folder().toString()).orElse(null));
        summary.put("attempts", attempts);
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("author.json"), Json.prettyWriter().writeValueAsString(summary) + "\n",
                StandardCharsets.UTF_8);
    }
}
