package dev.bootcamp.bridge.eval;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bootcamp.api.Score;
import dev.bootcamp.core.Case;
import dev.bootcamp.core.Catalog;
import dev.bootcamp.core.Json;
import dev.bootcamp.core.Verifier;
import dev.bootcamp.model.ChatModel;
import dev.bootcamp.model.Completion;
import dev.bootcamp.model.ModelException;
import dev.bootcamp.model.RateLimiter;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs cases against a model with bounded concurrency and a rate limit, appending each result to
 * {@code results.jsonl} as it arrives (flushed per line). A re-run skips cases already answered; requests that
 * failed for good are tried again. A kill loses at most the requests in flight.
 */
public final class EvalRunner {
    public static final String RESULTS = "results.jsonl";

    private final Catalog catalog;
    private final ChatModel model;
    private final int concurrency;
    private final RateLimiter limiter;
    private final Verifier verifier;

    public EvalRunner(Catalog catalog, ChatModel model, int concurrency, double requestsPerSecond) {
        this.catalog = requireNonNull(catalog, "catalog is null");
        this.model = requireNonNull(model, "model is null");
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1, found " + concurrency);
        }
        this.concurrency = concurrency;
        this.limiter = new RateLimiter(requestsPerSecond);
        this.verifier = new Verifier(catalog);
    }

    /** Receives progress: cases done so far (including earlier runs), the total, and the mean reward so far. */
    public interface Progress {
        void update(long done, long total, double accuracy);
    }

    /** What a run did. */
    public record Outcome(int total, int skipped, int answered, int failed) {}

    public Outcome run(List<Case> cases, Path folder, Progress progress) throws IOException, InterruptedException {
        Files.createDirectories(folder);
        Path file = folder.resolve(RESULTS);
        Map<String, EvalResult> done = load(file);
        List<Case> todo = new ArrayList<>();
        for (Case record : cases) {
            EvalResult previous = done.get(record.id());
            if (previous == null || previous.failed()) {
                todo.add(record);
            }
        }
        int skipped = cases.size() - todo.size();
        AtomicLong finished = new AtomicLong(skipped);
        double[] rewardSum = {done.values().stream().filter(result -> !result.failed()).mapToDouble(EvalResult::reward).sum()};
        int[] failed = {0};
        ResultAppender.run(todo, concurrency, "eval", file, this::answer, result -> {
            if (result.failed()) {
                failed[0]++;
            } else {
                rewardSum[0] += result.reward();
            }
            long count = finished.incrementAndGet();
            progress.update(count, cases.size(), rewardSum[0] / count);
        });
        return new Outcome(cases.size(), skipped, todo.size() - failed[0], failed[0]);
    }

    private EvalResult answer(Case record) throws InterruptedException {
        String domain = catalog.info(record.bootcamp()).domain();
        limiter.acquire();
        Completion completion;
        try {
            completion = model.complete(record.prompt());
        } catch (ModelException e) {
            return new EvalResult(record.id(), record.bootcamp(), domain, record.level(), 0, "error", e.getMessage(), record.prompt(),
                    null, record.answerText(), -1, -1, -1, e.attempts(), e.getMessage());
        }
        Score score = verifier.check(record).verify(completion.text()).score();
        return new EvalResult(record.id(), record.bootcamp(), domain, record.level(), score.reward(), score.verdict().wireName(),
                score.detail(), record.prompt(), completion.text(), record.answerText(), completion.latencyMillis(),
                completion.promptTokens(), completion.completionTokens(), completion.attempts(), null);
    }

    /** The latest result per case id; a torn last line (from a kill mid-write) is cut off first. */
    public static Map<String, EvalResult> load(Path file) throws IOException {
        Map<String, EvalResult> results = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return results;
        }
        cutTornLine(file);
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode node = Json.readTree(line);
            EvalResult result = Json.treeToValue(node, EvalResult.class);
            results.put(result.id(), result);
        }
        return results;
    }

    static void cutTornLine(Path file) throws IOException {
        try (RandomAccessFile access = new RandomAccessFile(file.toFile(), "rw")) {
            long length = access.length();
            long end = length;
            while (end > 0) {
                access.seek(end - 1);
                if (access.read() == '\n') {
                    break;
                }
                end--;
            }
            if (end != length) {
                access.setLength(end);
            }
        }
    }
}
