package dev.bootcamp.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bootcamp.core.Json;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;

/**
 * A load generator for a running bridge: batch verification from several connections for a fixed time, one
 * NDJSON stream read to the end, and episodes of an interactive bootcamp played over HTTP and in batches. Used by {@code bootcamp bench --server URL}. It shares the machine with the server, so
 * it stays light: it posts one batch encoded once, checks each reply by counting its passes (every response is a gold
 * answer, so every one must pass), and counts the stream's cases by their newline bytes instead of decoding each line.
 */
final class ServerLoad {
    private static final String PASSED = "\"pass\":true";

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    ServerLoad(String url) {
        String trimmed = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        this.base = URI.create(trimmed);
    }

    /** Responses verified per second with {@code connections} clients each posting batches of {@code batch}. */
    double verifyRate(String mix, int batch, int connections, long millis) throws Exception {
        JsonNode cases = post("/v1/cases", Json.write(Map.of("mix", mix, "count", batch, "level", 5))).get("cases");
        List<Map<String, Object>> items = new ArrayList<>();
        for (JsonNode record : cases) {
            items.add(Map.of("case", record, "response", "<think>working</think><answer>" + record.get("answer_text").asText() + "</answer>"));
        }
        byte[] body = Json.writeBytes(Map.of("items", items, "feedback", false));
        verify(body, batch);
        LongAdder verified = new LongAdder();
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        long deadline = System.nanoTime() + millis * 1_000_000L;
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            futures.add(pool.submit(() -> {
                while (System.nanoTime() < deadline) {
                    verify(body, batch);
                    verified.add(batch);
                }
                return null;
            }));
        }
        for (Future<?> future : futures) {
            future.get();
        }
        pool.shutdown();
        return verified.sum() / ((System.nanoTime() - start) / 1e9);
    }

    /** Episodes played to their end and actions taken, per second. */
    record EpisodeRates(double sessionsPerSecond, double stepsPerSecond) {}

    /**
     * Episodes of {@code env} over the OpenEnv HTTP form: each of {@code connections} clients resets an episode and
     * steps it to its end with the action {@code "1"}, again and again, for {@code millis}.
     */
    EpisodeRates episodeRates(String env, int connections, long millis) throws Exception {
        LongAdder sessions = new LongAdder();
        LongAdder steps = new LongAdder();
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        long deadline = System.nanoTime() + millis * 1_000_000L;
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            int client = c;
            futures.add(pool.submit(() -> {
                for (long n = 0; System.nanoTime() < deadline; n++) {
                    String id = "bench-" + client + "-" + n;
                    post("/openenv/" + env + "/reset", Json.write(Map.of("seed", n, "episode_id", id)));
                    byte[] step = Json.writeBytes(Map.of("episode_id", id, "action", Map.of("text", "1")));
                    boolean done = false;
                    while (!done) {
                        done = post("/openenv/" + env + "/step", step).path("done").asBoolean();
                        steps.increment();
                    }
                    sessions.increment();
                }
                return null;
            }));
        }
        for (Future<?> future : futures) {
            future.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        return new EpisodeRates(sessions.sum() / seconds, steps.sum() / seconds);
    }

    /** Actions per second through the batch form: {@code batch} episodes reset together, then stepped together to their end. */
    double batchStepRate(String env, int batch, long millis) throws IOException, InterruptedException {
        long steps = 0;
        long start = System.nanoTime();
        long deadline = start + millis * 1_000_000L;
        for (long round = 0; System.nanoTime() < deadline; round++) {
            List<Map<String, Object>> resets = new ArrayList<>();
            List<Map<String, Object>> moves = new ArrayList<>();
            for (int i = 0; i < batch; i++) {
                String id = "batch-" + round + "-" + i;
                resets.add(Map.of("seed", round * batch + i, "episode_id", id));
                moves.add(Map.of("episode_id", id, "action", Map.of("text", "1")));
            }
            post("/openenv/" + env + "/batch", Json.write(Map.of("reset", resets)));
            byte[] body = Json.writeBytes(Map.of("step", moves));
            boolean open = true;
            while (open) {
                open = false;
                for (JsonNode result : post("/openenv/" + env + "/batch", body).get("results")) {
                    if (result.has("error")) {
                        continue;
                    }
                    steps++;
                    open |= !result.path("done").asBoolean();
                }
            }
        }
        return steps / ((System.nanoTime() - start) / 1e9);
    }

    /** Cases per second read from one NDJSON stream of {@code count} cases. */
    double streamRate(String mix, long count) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/v1/cases/stream?mix=" + mix + "&count=" + count + "&level=5")).GET().build();
        long start = System.nanoTime();
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        long lines = 0;
        try (InputStream body = response.body()) {
            byte[] buffer = new byte[1 << 16];
            for (int read = body.read(buffer); read >= 0; read = body.read(buffer)) {
                lines += newlines(buffer, read);
            }
        }
        if (lines != count) {
            throw new IOException("the stream ended after " + lines + " of " + count + " cases");
        }
        return lines / ((System.nanoTime() - start) / 1e9);
    }

    private static int newlines(byte[] bytes, int length) {
        int count = 0;
        for (int i = 0; i < length; i++) {
            if (bytes[i] == '\n') {
                count++;
            }
        }
        return count;
    }

    /** Posts a verify body and fails unless every one of its {@code batch} gold responses passed. */
    private void verify(byte[] body, int batch) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(base.resolve("/v1/verify")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
        String text = new String(response.body(), StandardCharsets.UTF_8);
        if (response.statusCode() != 200) {
            throw new IOException("/v1/verify answered " + response.statusCode() + ": " + text);
        }
        int passed = 0;
        for (int at = text.indexOf(PASSED); at >= 0; at = text.indexOf(PASSED, at + 1)) {
            passed++;
        }
        if (passed != batch) {
            throw new IOException("/v1/verify passed " + passed + " of " + batch + " gold responses: " + text);
        }
    }

    private JsonNode post(String path, String body) throws IOException, InterruptedException {
        return post(path, body.getBytes(StandardCharsets.UTF_8));
    }

    private JsonNode post(String path, byte[] body) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return Json.readTree(response.body());
    }
}
