package dev.bootcamp.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bootcamp.api.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
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
 * A load generator for a running bridge: batch verification from several connections for a fixed time, and one
 * NDJSON stream read to the end. Used by {@code bootcamp bench --server URL}.
 */
final class ServerLoad {
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
        String body = Json.write(Map.of("items", items, "feedback", false));
        post("/v1/verify", body);
        LongAdder verified = new LongAdder();
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        long deadline = System.nanoTime() + millis * 1_000_000L;
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            futures.add(pool.submit(() -> {
                while (System.nanoTime() < deadline) {
                    post("/v1/verify", body);
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

    /** Cases per second read from one NDJSON stream of {@code count} cases. */
    double streamRate(String mix, long count) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/v1/cases/stream?mix=" + mix + "&count=" + count + "&level=5")).GET().build();
        long start = System.nanoTime();
        HttpResponse<java.io.InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        long lines = 0;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8), 1 << 16)) {
            while (reader.readLine() != null) {
                lines++;
            }
        }
        if (lines != count) {
            throw new IOException("the stream ended after " + lines + " of " + count + " cases");
        }
        return lines / ((System.nanoTime() - start) / 1e9);
    }

    private JsonNode post(String path, String body) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return Json.MAPPER.readTree(response.body());
    }
}
