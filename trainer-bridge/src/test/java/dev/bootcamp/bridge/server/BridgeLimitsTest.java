package dev.bootcamp.bridge.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bootcamp.api.Knob;
import dev.bootcamp.bridge.curriculum.Curriculum;
import dev.bootcamp.bridge.curriculum.CurriculumConfig;
import dev.bootcamp.core.Catalog;
import dev.bootcamp.core.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bridge under abuse, over loopback: oversized chunked bodies, work budgets, slow senders, loopback names, stop. */
class BridgeLimitsTest {
    private static final Catalog CATALOG = Catalog.load();
    private static final int GUARD_MILLIS = 30_000;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
    private final List<BridgeServer> servers = new ArrayList<>();

    @TempDir
    Path folder;

    @AfterEach
    void stop() {
        servers.forEach(BridgeServer::close);
    }

    private BridgeServer start(ServerOptions options, Path state) throws IOException {
        Curriculum curriculum = new Curriculum(new CurriculumConfig("band", 0.3, 0.7, 0.9, 4, 1, 2), state);
        BridgeServer server = new BridgeServer(CATALOG, curriculum, options).start();
        servers.add(server);
        return server;
    }

    private static ServerOptions small() {
        return new ServerOptions("127.0.0.1", 0, null, 64 << 10, 100_000, 2);
    }

    private HttpResponse<String> send(BridgeServer server, HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofMillis(GUARD_MILLIS)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder at(BridgeServer server, String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
    }

    /** Sends a chunked POST by hand, stopping as soon as the server answers; returns the status line. */
    private static String chunkedPost(BridgeServer server, String path, long total) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(GUARD_MILLIS);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = ("2000\r\n" + "{".repeat(0x2000) + "\r\n").getBytes(StandardCharsets.US_ASCII);
            try {
                for (long sent = 0; sent < total && in.available() == 0; sent += 0x2000) {
                    out.write(chunk);
                    out.flush();
                }
                if (in.available() == 0) {
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                }
            } catch (IOException e) {
                // The server may close its side while we still send; its answer is read below.
            }
            return statusLine(in);
        }
    }

    private static String statusLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int c = in.read(); c >= 0 && c != '\n'; c = in.read()) {
            line.write(c);
        }
        return line.toString(StandardCharsets.US_ASCII).trim();
    }

    @Test
    void aChunkedBodyOverTheLimitGets413() throws Exception {
        BridgeServer server = start(small(), null);
        assertThat(chunkedPost(server, "/v1/verify", 16L << 20)).startsWith("HTTP/1.1 413");
        assertThat(chunkedPost(server, "/v1/cases", 16L << 20)).startsWith("HTTP/1.1 413");
        // Under the limit a chunked body is read as before (here it is not JSON, so 400), and the server still answers.
        assertThat(chunkedPost(server, "/v1/verify", 0x2000)).startsWith("HTTP/1.1 400");
        assertThat(send(server, at(server, "/healthz")).statusCode()).isEqualTo(200);
    }

    @Test
    void aDeclaredLengthOverTheLimitGets413WithOneLine() throws Exception {
        BridgeServer server = start(small(), null);
        HttpResponse<String> response = send(server, at(server, "/v1/verify").POST(HttpRequest.BodyPublishers.ofString("x".repeat(100 << 10))));
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(Json.readTree(response.body()).get("error").asText()).contains("limit").doesNotContain("\n");
    }

    @Test
    void aRequestForMoreWorkThanTheBudgetGets422() throws Exception {
        BridgeServer server = start(small().withMaxGenerationMillis(1), null);
        HttpResponse<String> batch = send(server, at(server, "/v1/cases").POST(HttpRequest.BodyPublishers.ofString(
                "{\"mix\": \"knapsack\", \"count\": 100000}")));
        assertThat(batch.statusCode()).isEqualTo(422);
        assertThat(Json.readTree(batch.body()).get("error").asText()).contains("--max-generation-seconds");
        HttpResponse<String> stream = send(server, at(server, "/v1/cases/stream?mix=knapsack&count=100000000"));
        assertThat(stream.statusCode()).isEqualTo(422);
        HttpResponse<String> curriculum = send(server, at(server, "/v1/cases").POST(HttpRequest.BodyPublishers.ofString(
                "{\"mix\": \"knapsack\", \"count\": 100000, \"level\": \"curriculum\"}")));
        assertThat(curriculum.statusCode()).isEqualTo(422);
    }

    @Test
    void theKnobMaximumRequestIsRefusedWithTheDefaultBudget() throws Exception {
        BridgeServer server = start(small(), null);
        Map<String, Object> knobs = new TreeMap<>();
        for (Knob<?> knob : CATALOG.info("arc-fill-enclosed").knobs()) {
            knobs.put(knob.name(), switch (knob.kind()) {
                case INT -> (int) knob.max();
                case DOUBLE -> knob.max();
                case BOOL -> true;
                case CHOICE -> knob.choices().get(knob.choices().size() - 1);
            });
        }
        String body = Json.write(Map.of("mix", "arc-fill-enclosed", "count", 100_000, "level", 10, "set", knobs));
        HttpResponse<String> response = send(server, at(server, "/v1/cases").POST(HttpRequest.BodyPublishers.ofString(body)));
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(Json.readTree(response.body()).get("error").asText()).contains("100000 cases").contains("--max-generation-seconds");
    }

    @Test
    void slowSendersCannotStarveTheHealthCheck() throws Exception {
        int readers = 8;
        int slow = 60;
        BridgeServer server = start(small().withBodyReaders(readers).withTimeouts(2_000, 5_000), null);
        List<Socket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < slow; i++) {
                Socket socket = new Socket("127.0.0.1", server.port());
                socket.setSoTimeout(GUARD_MILLIS);
                socket.getOutputStream().write(("POST /v1/verify HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                        + "Content-Length: 10000\r\n\r\n{\"items\": [").getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
                sockets.add(socket);
            }
            assertThat(send(server, at(server, "/healthz")).statusCode()).isEqualTo(200);
            int refused = 0;
            int timedOut = 0;
            for (Socket socket : sockets) {
                String status;
                try {
                    status = statusLine(socket.getInputStream());
                } catch (SocketTimeoutException e) {
                    status = "no answer within the guard";
                }
                refused += status.startsWith("HTTP/1.1 503") ? 1 : 0;
                timedOut += status.startsWith("HTTP/1.1 408") || status.isEmpty() ? 1 : 0;
            }
            // Beyond the readers every sender is refused at once; the readers are cut off by the timeouts.
            assertThat(refused).isGreaterThanOrEqualTo(slow - readers);
            assertThat(refused + timedOut).isEqualTo(slow);
        } finally {
            for (Socket socket : sockets) {
                socket.close();
            }
        }
        assertThat(send(server, at(server, "/healthz")).statusCode()).isEqualTo(200);
    }

    @Test
    void loopbackIsDecidedByTheResolvedAddress() {
        assertThat(new ServerOptions("127.0.0.1", 0, null, 1, 1).isLoopback()).isTrue();
        assertThat(new ServerOptions("127.9.9.9", 0, null, 1, 1).isLoopback()).isTrue();
        assertThat(new ServerOptions("localhost", 0, null, 1, 1).isLoopback()).isTrue();
        assertThat(new ServerOptions("::1", 0, null, 1, 1).isLoopback()).isTrue();
        assertThat(new ServerOptions("0.0.0.0", 0, null, 1, 1).isLoopback()).isFalse();
        assertThat(new ServerOptions("", 0, null, 1, 1).isLoopback()).isFalse();
        // A name that merely starts like a loopback address is judged by what it resolves to (here: nothing).
        assertThat(new ServerOptions("127.0.0.1.invalid", 0, null, 1, 1).isLoopback()).isFalse();
        assertThat(new ServerOptions("127.attacker.invalid", 0, null, 1, 1).isLoopback()).isFalse();
    }

    @Test
    void stoppingWritesTheStateEvenWithNothingCounted() throws Exception {
        Path state = folder.resolve("state.json");
        BridgeServer server = start(small(), state);
        // Results at a level other than the current one count for nothing; the state must still be written.
        HttpResponse<String> feedback = send(server, at(server, "/v1/curriculum").POST(HttpRequest.BodyPublishers.ofString(
                "{\"results\": [{\"bootcamp\": \"knapsack\", \"level\": 7, \"reward\": 1}]}")));
        assertThat(feedback.statusCode()).isEqualTo(200);
        servers.remove(server);
        server.close();
        JsonNode saved = Json.readTree(Files.readString(state));
        assertThat(saved.get("bootcamps").has("knapsack")).isTrue();
        assertThat(folder.resolve(".state.json.partial")).doesNotExist();
    }

    @Test
    void stoppingDuringARequestThatWillNotFinishKeepsTheState() throws Exception {
        Path state = folder.resolve("state.json");
        BridgeServer server = start(small().withMaxGenerationMillis(3_600_000), state);
        send(server, at(server, "/v1/curriculum").POST(HttpRequest.BodyPublishers.ofString(
                "{\"results\": [{\"bootcamp\": \"sudoku\", \"level\": 2, \"reward\": 1}]}")));
        // A stream whose client reads nothing holds its request open until the stop gives up on it.
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setReceiveBufferSize(4096);
            socket.getOutputStream().write(("GET /v1/cases/stream?mix=knapsack&count=100000000 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            socket.getInputStream().read();
            servers.remove(server);
            try {
                server.close();
            } catch (RuntimeException e) {
                // A stop cut short may say so; what matters is the state written before it.
            }
        }
        JsonNode saved = Json.readTree(Files.readString(state));
        assertThat(saved.get("bootcamps").get("sudoku").get("samples").asLong()).isEqualTo(1);
    }
}
