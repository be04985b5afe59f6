package dev.bootcamp.bridge.eval;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bootcamp.api.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Any OpenAI-compatible chat-completions endpoint (vLLM, SGLang, llama.cpp, hosted APIs). Timeouts, connection errors,
 * 429 and 5xx are retried with exponential backoff (honouring {@code Retry-After}); other 4xx fail at once.
 */
public final class OpenAiChatModel implements ChatModel {
    private final HttpClient http;
    private final URI endpoint;
    private final Settings settings;

    /**
     * How to call the endpoint.
     *
     * @param url base URL ({@code http://host:8000/v1}) or the full chat-completions URL
     * @param model the model name sent in each request
     * @param apiKey bearer token, or null
     * @param timeout per request
     * @param retries extra attempts after the first
     * @param backoff first wait between attempts; doubles each time
     * @param maxTokens completion token limit, or 0 to leave it to the server
     * @param temperature sampling temperature
     */
    public record Settings(String url, String model, String apiKey, Duration timeout, int retries, Duration backoff, int maxTokens,
            double temperature) {
        public Settings {
            requireNonNull(url, "url is null");
            requireNonNull(model, "model is null");
            requireNonNull(timeout, "timeout is null");
            requireNonNull(backoff, "backoff is null");
            if (retries < 0) {
                throw new IllegalArgumentException("retries must be 0 or more, found " + retries);
            }
        }
    }

    public OpenAiChatModel(Settings settings) {
        this.settings = requireNonNull(settings, "settings is null");
        this.endpoint = endpoint(settings.url());
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).version(HttpClient.Version.HTTP_1_1).build();
    }

    static URI endpoint(String url) {
        String trimmed = url.strip();
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        if (!trimmed.endsWith("/chat/completions")) {
            trimmed = trimmed + "/chat/completions";
        }
        URI uri;
        try {
            uri = URI.create(trimmed);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a URL: '" + url + "'");
        }
        if (uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https")) || uri.getHost() == null) {
            throw new IllegalArgumentException("expected an http(s) URL such as http://localhost:8000/v1, found '" + url + "'");
        }
        return uri;
    }

    @Override
    public Completion complete(String prompt) throws ModelException, InterruptedException {
        String body = Json.write(requestBody(prompt));
        String lastProblem = "no attempt made";
        long wait = settings.backoff().toMillis();
        int attempts = 0;
        for (int attempt = 0; attempt <= settings.retries(); attempt++) {
            if (attempt > 0) {
                Thread.sleep(wait);
                wait = Math.min(wait * 2, 60_000);
            }
            attempts++;
            HttpRequest.Builder request = HttpRequest.newBuilder(endpoint).timeout(settings.timeout())
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            if (settings.apiKey() != null && !settings.apiKey().isBlank()) {
                request.header("Authorization", "Bearer " + settings.apiKey());
            }
            long start = System.nanoTime();
            HttpResponse<String> response;
            try {
                response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (HttpTimeoutException e) {
                lastProblem = "timed out after " + settings.timeout().toMillis() + " ms";
                continue;
            } catch (IOException e) {
                lastProblem = "connection failed: " + e.getMessage();
                continue;
            }
            long latency = (System.nanoTime() - start) / 1_000_000;
            int status = response.statusCode();
            if (status == 429 || status >= 500) {
                lastProblem = "HTTP " + status + excerpt(response.body());
                wait = Math.max(wait, retryAfterMillis(response));
                continue;
            }
            if (status != 200) {
                throw new ModelException("HTTP " + status + excerpt(response.body()), attempts);
            }
            try {
                return parse(response.body(), latency, attempts);
            } catch (IOException | RuntimeException e) {
                lastProblem = "unreadable response: " + e.getMessage();
            }
        }
        throw new ModelException(lastProblem + " (" + attempts + " attempts)", attempts);
    }

    private Map<String, Object> requestBody(String prompt) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("model", settings.model());
        request.put("messages", List.of(Map.of("role", "user", "content", prompt)));
        request.put("temperature", settings.temperature());
        if (settings.maxTokens() > 0) {
            request.put("max_tokens", settings.maxTokens());
        }
        return request;
    }

    private static Completion parse(String body, long latency, int attempts) throws IOException {
        JsonNode root = Json.MAPPER.readTree(body);
        JsonNode message = root.path("choices").path(0).path("message");
        if (message.isMissingNode()) {
            throw new IOException("no choices[0].message");
        }
        String content = message.path("content").isTextual() ? message.path("content").asText() : "";
        JsonNode reasoning = message.path("reasoning_content");
        if (reasoning.isTextual() && !reasoning.asText().isEmpty()) {
            // Servers that split reasoning out: put it back as a <think> block so the pipeline handles both alike.
            content = "<think>" + reasoning.asText() + "</think>" + content;
        }
        JsonNode usage = root.path("usage");
        return new Completion(content, usage.path("prompt_tokens").asLong(-1), usage.path("completion_tokens").asLong(-1), latency, attempts);
    }

    private static long retryAfterMillis(HttpResponse<String> response) {
        return response.headers().firstValue("Retry-After").map(value -> {
            try {
                return Math.min(60_000L, (long) (Double.parseDouble(value.trim()) * 1000));
            } catch (NumberFormatException e) {
                return 0L;
            }
        }).orElse(0L);
    }

    private static String excerpt(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        String flat = body.replace('\n', ' ').strip();
        return ": " + (flat.length() > 160 ? flat.substring(0, 157) + "..." : flat);
    }
}
