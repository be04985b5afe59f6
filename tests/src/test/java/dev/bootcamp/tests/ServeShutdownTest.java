package dev.bootcamp.tests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bootcamp.core.Json;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real {@code bootcamp serve} process that gets SIGTERM while a request is still running keeps its curriculum state. */
class ServeShutdownTest {
    private static final Pattern LISTENING = Pattern.compile("listening on http://127\\.0\\.0\\.1:(\\d+)");

    @TempDir
    Path folder;

    @Test
    void sigtermDuringARequestKeepsTheState() throws Exception {
        Path state = folder.resolve("curriculum.json");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"), "dev.bootcamp.cli.Main", "serve",
                "--port", "0", "--curriculum-state", state.toString(), "--max-generation-seconds", "3600"))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
            int port = -1;
            while (port < 0) {
                String line = err.readLine();
                if (line == null) {
                    break;
                }
                Matcher matcher = LISTENING.matcher(line);
                port = matcher.find() ? Integer.parseInt(matcher.group(1)) : -1;
            }
            assertThat(port).as("the server said where it listens").isPositive();
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
            // One result at the current level (1) and one at another level, which counts for nothing but must be kept.
            HttpResponse<String> feedback = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/curriculum"))
                    .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString("{\"results\": [{\"bootcamp\": \"sudoku\", \"level\": 1,"
                            + " \"reward\": 1}, {\"bootcamp\": \"knapsack\", \"level\": 7, \"reward\": 1}]}")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(feedback.statusCode()).isEqualTo(200);
            try (Socket socket = new Socket("127.0.0.1", port)) {
                socket.setSoTimeout(30_000);
                socket.setReceiveBufferSize(4096);
                socket.getOutputStream().write("GET /v1/cases/stream?mix=knapsack&count=100000000 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
                        .getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
                assertThat(socket.getInputStream().read()).as("the stream started").isPositive();
                process.destroy();
                assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the server stopped within the guard").isTrue();
            }
            JsonNode saved = Json.readTree(Files.readString(state));
            assertThat(saved.get("bootcamps").get("sudoku").get("samples").asLong()).isEqualTo(1);
            assertThat(saved.get("bootcamps").has("knapsack")).isTrue();
        } finally {
            process.destroyForcibly();
        }
    }
}
