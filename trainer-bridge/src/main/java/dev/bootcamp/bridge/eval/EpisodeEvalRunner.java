package dev.bootcamp.bridge.eval;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bootcamp.api.Score;
import dev.bootcamp.core.Episode;
import dev.bootcamp.core.EpisodeSpec;
import dev.bootcamp.core.InteractiveCatalog;
import dev.bootcamp.core.Json;
import dev.bootcamp.model.ChatMessage;
import dev.bootcamp.model.ChatModel;
import dev.bootcamp.model.Completion;
import dev.bootcamp.model.ModelException;
import dev.bootcamp.model.RateLimiter;
import dev.bootcamp.verify.Responses;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Plays episodes of interactive bootcamps against a model: the conversation is the chat history (the opening and each
 * observation are user turns, the model's replies assistant turns), and each reply, with its reasoning removed, is the
 * next action. Each finished episode is appended to {@code episodes.jsonl} (flushed per line); a re-run skips episodes
 * already finished and plays again those that failed. A kill loses at most the episodes in flight.
 */
public final class EpisodeEvalRunner {
    public static final String RESULTS = "episodes.jsonl";

    private final InteractiveCatalog catalog;
    private final ChatModel model;
    private final int concurrency;
    private final RateLimiter limiter;

    public EpisodeEvalRunner(InteractiveCatalog catalog, ChatModel model, int concurrency, double requestsPerSecond) {
        this.catalog = requireNonNull(catalog, "catalog is null");
        this.model = requireNonNull(model, "model is null");
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1, found " + concurrency);
        }
        this.concurrency = concurrency;
        this.limiter = new RateLimiter(requestsPerSecond);
    }

    /** The episodes of a suite: {@code count} per bootcamp and level, seeded from the suite seed. */
    public static List<EpisodeSpec> suite(InteractiveCatalog catalog, List<String> ids, List<Integer> levels, int count, long seed) {
        List<EpisodeSpec> specs = new ArrayList<>();
        for (String id : ids) {
            var bootcamp = catalog.get(id);
            for (int level : levels) {
                for (int i = 0; i < count; i++) {
                    long episodeSeed = dev.bootcamp.core.Seeds.caseSeed(seed, id, level * 1000L + i);
                    specs.add(EpisodeSpec.of(bootcamp.info(), level, bootcamp.atLevel(level), episodeSeed));
                }
            }
        }
        return specs;
    }

    public EvalRunner.Outcome run(List<EpisodeSpec> specs, Path folder, EvalRunner.Progress progress) throws IOException, InterruptedException {
        Files.createDirectories(folder);
        Path file = folder.resolve(RESULTS);
        Map<String, EpisodeResult> done = load(file);
        List<EpisodeSpec> todo = new ArrayList<>();
        for (EpisodeSpec spec : specs) {
            EpisodeResult previous = done.get(spec.id());
            if (previous == null || previous.failed()) {
                todo.add(spec);
            }
        }
        int skipped = specs.size() - todo.size();
        AtomicLong finished = new AtomicLong(skipped);
        double[] wins = {done.values().stream().filter(EpisodeResult::won).count()};
        int[] failed = {0};
        ResultAppender.run(todo, concurrency, "eval-episode", file, this::play, result -> {
            if (result.failed()) {
                failed[0]++;
            } else if (result.won()) {
                wins[0]++;
            }
            long count = finished.incrementAndGet();
            progress.update(count, specs.size(), wins[0] / count);
        });
        return new EvalRunner.Outcome(specs.size(), skipped, todo.size() - failed[0], failed[0]);
    }

    /** One episode to its end; a model failure ends it as an error (played again by a re-run). */
    EpisodeResult play(EpisodeSpec spec) throws InterruptedException {
        Episode<?> episode = Episode.begin(catalog.get(spec.bootcamp()), spec);
        List<ChatMessage> messages = new ArrayList<>();
        messages.add(ChatMessage.user(episode.opening()));
        List<String> responses = new ArrayList<>();
        long promptTokens = 0;
        long completionTokens = 0;
        while (!episode.over()) {
            limiter.acquire();
            Completion completion;
            try {
                completion = model.converse(List.copyOf(messages));
            } catch (ModelException e) {
                return new EpisodeResult(spec.id(), spec.bootcamp(), spec.level(), spec.seed(), 0, "error", e.getMessage(),
                        episode.turns(), episode.turnLimit(), episode.actions(), responses, promptTokens, completionTokens, e.getMessage());
            }
            promptTokens += Math.max(0, completion.promptTokens());
            completionTokens += Math.max(0, completion.completionTokens());
            responses.add(completion.text());
            String action = Responses.stripReasoning(completion.text()).strip();
            Episode.Step step = episode.act(action);
            messages.add(ChatMessage.assistant(action));
            messages.add(ChatMessage.user(step.observation()));
        }
        Score score = episode.score();
        return new EpisodeResult(spec.id(), spec.bootcamp(), spec.level(), spec.seed(), score.reward(), score.verdict().wireName(),
                score.detail(), episode.turns(), episode.turnLimit(), episode.actions(), responses, promptTokens, completionTokens, null);
    }

    /** The latest result per episode id; a torn last line (from a kill mid-write) is cut off first. */
    public static Map<String, EpisodeResult> load(Path file) throws IOException {
        Map<String, EpisodeResult> results = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return results;
        }
        EvalRunner.cutTornLine(file);
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                JsonNode node = Json.readTree(line);
                EpisodeResult result = Json.treeToValue(node, EpisodeResult.class);
                results.put(result.id(), result);
            }
        }
        return results;
    }
}
