package dev.bootcamp.model;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bootcamp.core.Json;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Any OpenAI-compatible chat-completions endpoint (vLLM, SGLang, llama.cpp, hosted APIs). Timeouts, connection errors,
 * 429 and 5xx are retried with exponential backoff (honouring {@code Retry-After}); other 4xx fail at once.
 * Connection failures name their cause (refused, unknown host, timed out). After {@link #GIVE_UP_AFTER} requests in a
 * row have failed only for want of a connection, further requests fail at once without contacting the endpoint, so a
 * server that went away ends a run in seconds instead of one timeout per remaining case.
 */
public final class OpenAiChatModel implements ChatModel {
    /** Requests in a row that failed only to connect, after which the endpoint is taken to be down. */
    public static final int GIVE_UP_AFTER = 3;

    private final HttpClient http;
    private final URI endpoint;
    private final Settings settings;
    private final AtomicInteger unreachableInARow = new AtomicInteger();

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

    /**
     * Opens (and closes) a TCP connection to the endpoint's host and port, so a run can stop before its first case
     * when nothing listens there; throws with the cause: connection refused, unknown host or timed out.
     */
    public void checkReachable() throws ModelException {
        int port = endpoint.getPort() >= 0 ? endpoint.getPort() : "https".equals(endpoint.getScheme()) ? 443 : 80;
        int timeout = (int) Math.min(settings.timeout().toMillis(), 10_000);
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(endpoint.getHost(), port), timeout);
        } catch (IOException | RuntimeException e) {
            throw new ModelException("cannot reach the model at " + endpoint + ": " + cause(e), 1);
        }
    }

    /** A failure in words: the JDK's own messages are often null ("connection failed: null"). */
    static String cause(Throwable failure) {
        String connecting = connectionFailure(failure);
        if (connecting != null) {
            return connecting;
        }
        String message = failure.getMessage();
        return failure.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    /** "connection refused", "unknown host" or "connection timed out"; null when the failure came after connecting. */
    static String connectionFailure(Throwable failure) {
        // The JDK wraps an unknown host in a ConnectException, so the whole chain is read before "refused" is chosen.
        boolean connect = false;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
                return "unknown host";
            }
            if (t instanceof HttpConnectTimeoutException || t instanceof SocketTimeoutException) {
                return "connection timed out";
            }
            connect |= t instanceof ConnectException;
        }
        return connect ? "connection refused" : null;
    }

    @Override
    public Completion complete(String prompt) throws ModelException, InterruptedException {
        return converse(List.of(ChatMessage.user(prompt)));
    }

    @Override
    public Completion converse(List<ChatMessage> messages) throws ModelException, InterruptedException {
        if (messages.isEmpty() || !messages.get(messages.size() - 1).role().equals("user")) {
            throw new IllegalArgumentException("a conversation ends with a user message");
        }
        if (unreachableInARow.get() >= GIVE_UP_AFTER) {
            throw new ModelException("not sent: the last " + GIVE_UP_AFTER + " requests could not connect to " + endpoint
                    + "; is the server running?", 0);
        }
        try {
            Completion completion = send(messages);
            unreachableInARow.set(0);
            return completion;
        } catch (UnreachableException e) {
            unreachableInARow.incrementAndGet();
            throw e;
        }
    }

    /** Every attempt of one request failed to connect. */
    private static final class UnreachableException extends ModelException {
        private static final long serialVersionUID = 1L;

        UnreachableException(String message, int attempts) {
            super(message, attempts);
        }
    }

    private Completion send(List<ChatMessage> messages) throws ModelException, InterruptedException {
        String body = Json.write(requestBody(messages));
        String lastProblem = "no attempt made";
        boolean onlyConnectionFailures = true;
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
            } catch (HttpConnectTimeoutException e) {
                lastProblem = "could not connect to " + endpoint + ": connection timed out";
                continue;
            } catch (HttpTimeoutException e) {
                lastProblem = "timed out after " + settings.timeout().toMillis() + " ms";
                onlyConnectionFailures = false;
                continue;
            } catch (IOException e) {
                String connecting = connectionFailure(e);
                lastProblem = connecting != null ? "could not connect to " + endpoint + ": " + connecting : "connection failed: " + cause(e);
                onlyConnectionFailures &= connecting != null;
                continue;
            }
            onlyConnectionFailures = false;
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
        String message = lastProblem + " (" + attempts + (attempts == 1 ? " attempt)" : " attempts)");
        if (onlyConnectionFailures) {
            throw new UnreachableException(message, attempts);
        }
        throw new ModelException(message, attempts);
    }

    private Map<String, Object> requestBody(List<ChatMessage> messages) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("model", settings.model());
        List<Map<String, String>> wire = new ArrayList<>(messages.size());
        for (ChatMessage message : messages) {
            Map<String, String> one = new LinkedHashMap<>();
            one.put("role", message.role());
            one.put("content", message.content());
            wire.add(one);
        }
        request.put("messages", wire);
        request.put("temperature", settings.temperature());
        if (settings.maxTokens() > 0) {
            request.put("max_tokens", settings.maxTokens());
        }
        return request;
    }

    private static Completion parse(String body, long latency, int attempts) throws IOException {
        JsonNode root = Json.readTree(body);
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
