package dev.bootcamp.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bootcamp.api.ConfigurationException;
import dev.bootcamp.bridge.curriculum.Curriculum;
import dev.bootcamp.bridge.curriculum.CurriculumConfig;
import dev.bootcamp.bridge.server.BridgeServer;
import dev.bootcamp.bridge.server.ServerOptions;
import dev.bootcamp.core.Catalog;
import dev.bootcamp.core.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every endpoint of the bridge over loopback, including bad input and a restart with curriculum state. */
class BridgeServerTest {
    private static final Catalog CATALOG = Catalog.load();
    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path folder;

    private BridgeServer server;

    @BeforeEach
    void start() throws IOException {
        server = start(new ServerOptions("127.0.0.1", 0, null, 1 << 20, 1000), folder.resolve("curriculum.json"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static BridgeServer start(ServerOptions options, Path state) throws IOException {
        Curriculum curriculum = new Curriculum(new CurriculumConfig("band", 0.3, 0.7, 0.9, 4, 1, 2), state);
        return new BridgeServer(CATALOG, curriculum, options).start();
    }

    private record Reply(int status, String body) {
        JsonNode json() throws IOException {
            return Json.readTree(body);
        }
    }

    private Reply get(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.body());
    }

    private Reply post(String path, String body) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.body());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    @Test
    void healthCatalogueAndMetrics() throws Exception {
        assertThat(get("/healthz").json().get("status").asText()).isEqualTo("ok");
        JsonNode catalogue = get("/v1/bootcamps").json();
        assertThat(catalogue.size()).isEqualTo(CATALOG.size());
        assertThat(catalogue.get(0).has("knobs")).isTrue();
        post("/v1/cases", "{\"mix\": \"knapsack\", \"count\": 3}");
        String metrics = get("/metrics").body();
        assertThat(metrics).contains("bootcamp_cases_generated_total 3").contains("bootcamp_requests_total{route=\"POST /v1/cases\"} 1");
    }

    @Test
    void casesAreDeterministicAndAddressableByOffset() throws Exception {
        JsonNode all = post("/v1/cases", "{\"mix\": \"knapsack:1,arithmetic:1\", \"count\": 6, \"seed\": 9, \"level\": \"hard\"}").json().get("cases");
        JsonNode tail = post("/v1/cases", "{\"mix\": \"knapsack:1,arithmetic:1\", \"count\": 2, \"seed\": 9, \"level\": 8, \"offset\": 4}").json().get("cases");
        assertThat(all.size()).isEqualTo(6);
        assertThat(tail.get(0)).isEqualTo(all.get(4));
        assertThat(tail.get(1)).isEqualTo(all.get(5));
        assertThat(all.get(0).get("level").asInt()).isEqualTo(8);
    }

    @Test
    void theStreamWritesOneCasePerLine() throws Exception {
        Reply reply = get("/v1/cases/stream?mix=knapsack&count=25&seed=3");
        assertThat(reply.status()).isEqualTo(200);
        List<String> lines = reply.body().lines().toList();
        assertThat(lines).hasSize(25);
        JsonNode batch = post("/v1/cases", "{\"mix\": \"knapsack\", \"count\": 25, \"seed\": 3}").json().get("cases");
        assertThat(Json.readTree(lines.get(24))).isEqualTo(batch.get(24));
    }

    @Test
    void verifyScoresFullCasesAndSpecsAlike() throws Exception {
        JsonNode record = post("/v1/cases", "{\"mix\": \"knapsack\", \"count\": 1}").json().get("cases").get(0);
        String gold = "<think>hmm</think><answer>" + record.get("answer_text").asText() + "</answer>";
        Map<String, Object> spec = Map.of("bootcamp", "knapsack", "version", record.get("version").asInt(), "seed", record.get("seed").asLong(),
                "knobs", Json.convert(record.get("knobs"), Map.class), "level", 5);
        String body = Json.write(Map.of("items", List.of(Map.of("case", record, "response", gold), Map.of("case", Json.write(spec), "response", gold),
                Map.of("case", spec, "response", "no idea"))));
        JsonNode results = post("/v1/verify", body).json().get("results");
        assertThat(results.get(0).get("verdict").asText()).isEqualTo("correct");
        assertThat(results.get(1).get("reward").asDouble()).isEqualTo(1.0);
        assertThat(results.get(1).get("id").asText()).isEqualTo(record.get("id").asText());
        assertThat(results.get(2).get("verdict").asText()).isEqualTo("no_answer");
    }

    @Test
    void openRlhfCutsThePromptFromTheQueryAndAnswersEmptyWithEmpty() throws Exception {
        JsonNode record = post("/v1/cases", "{\"mix\": \"arithmetic\", \"count\": 1, \"level\": 1}").json().get("cases").get(0);
        String prompt = "<|user|>" + record.get("prompt").asText() + "<|assistant|>";
        String label = Json.write(Map.of("bootcamp", "arithmetic", "version", record.get("version").asInt(), "seed", record.get("seed").asLong(),
                "knobs", Json.convert(record.get("knobs"), Map.class)));
        String right = prompt + "<answer>" + record.get("answer_text").asText() + "</answer>";
        String wrong = prompt + "<answer>123456789</answer>";
        JsonNode reply = post("/openrlhf/reward", Json.write(Map.of("query", List.of(right, wrong), "prompts", List.of(prompt, prompt),
                "labels", List.of(label, label)))).json();
        assertThat(reply.get("rewards").get(0).asDouble()).isEqualTo(1.0);
        assertThat(reply.get("rewards").get(1).asDouble()).isEqualTo(0.0);
        assertThat(reply.get("scores")).isEqualTo(reply.get("rewards"));
        assertThat(reply.get("extra_logs").get("pass").get(0).asDouble()).isEqualTo(1.0);
        JsonNode empty = post("/get_reward", "{\"query\": [], \"prompts\": [], \"labels\": []}").json();
        assertThat(empty.get("rewards").size()).isZero();
        assertThat(empty.get("scores").size()).isZero();
    }

    @Test
    void slimeGetsANumber() throws Exception {
        JsonNode record = post("/v1/cases", "{\"mix\": \"arithmetic\", \"count\": 1}").json().get("cases").get(0);
        String body = Json.write(Map.of("prompt", record.get("prompt").asText(), "response", "<answer>" + record.get("answer_text").asText() + "</answer>",
                "label", record));
        Reply reply = post("/slime/reward", body);
        assertThat(reply.status()).isEqualTo(200);
        assertThat(Double.parseDouble(reply.body())).isEqualTo(1.0);
    }

    @Test
    void badInputGetsAOneLine4xxNever500() throws Exception {
        assertBad(post("/v1/verify", "{not json"), 400, "malformed JSON");
        assertBad(post("/v1/verify", "[1, 2]"), 400, "must be a JSON object");
        assertBad(post("/v1/verify", ""), 400, "body is empty");
        assertBad(post("/v1/verify", "{\"items\": 3}"), 400, "expected {\"items\"");
        assertBad(post("/v1/verify", "{\"items\": [{\"case\": {\"bootcamp\": \"knapsack\"}, \"response\": \"x\"}]}"), 400, "item 0: a case needs the field 'version'");
        assertBad(post("/v1/verify", "{\"items\": [{\"case\": \"not json\", \"response\": \"x\"}]}"), 400, "item 0: the case label is not JSON");
        assertBad(post("/v1/verify", "{\"items\": [{\"case\": {\"bootcamp\": \"knapsak\", \"version\": 1, \"seed\": 1}, \"response\": \"x\"}]}"), 404, "did you mean 'knapsack'");
        assertBad(post("/v1/verify", "{\"items\": [{\"case\": {\"bootcamp\": \"knapsack\", \"version\": 2, \"seed\": 1, \"knobs\": {\"itmes\": 3}}, \"response\": \"x\"}]}"), 400, "unknown knob 'itmes'");
        assertBad(post("/v1/cases", "{\"mix\": \"knapsack\", \"count\": \"ten\"}"), 400, "'count' must be an integer");
        assertBad(post("/v1/cases", "{\"mix\": \"knapsack\", \"count\": 5000}"), 400, "count must be in 0..1000");
        assertBad(post("/v1/cases", "{\"mix\": \"knapsack\", \"level\": \"hardd\"}"), 400, "did you mean 'hard'");
        assertBad(post("/v1/cases", "{\"count\": 1}"), 400, "give a 'mix'");
        assertBad(post("/openrlhf/reward", "{\"query\": [\"a\"], \"prompts\": [], \"labels\": []}"), 400, "same length");
        assertBad(get("/v1/cases/stream?mix=knapsack&count=x"), 400, "'count' must be an integer");
        assertBad(post("/v1/curriculum", "{\"results\": [{\"bootcamp\": \"knapsack\"}]}"), 400, "result 0");
        assertBad(get("/v1/nothing"), 404, "not found");
        assertBad(post("/v1/verify", "{\"items\": [], \"pad\": \"" + "x".repeat(2 << 20) + "\"}"), 413, "");
    }

    private static void assertBad(Reply reply, int status, String message) throws IOException {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        if (!message.isEmpty()) {
            assertThat(reply.json().get("error").asText()).contains(message).doesNotContain("\n");
        }
    }

    @Test
    void curriculumFeedbackMovesLevelsAndSurvivesARestart() throws Exception {
        String results = Json.write(Map.of("results", List.of(Map.of("bootcamp", "knapsack", "level", 2, "reward", 1.0),
                Map.of("bootcamp", "knapsack", "level", 2, "reward", 1.0), Map.of("bootcamp", "knapsack", "level", 2, "reward", 1.0),
                Map.of("bootcamp", "knapsack", "level", 2, "reward", 1.0))));
        JsonNode state = post("/v1/curriculum", results).json();
        assertThat(state.get("bootcamps").get("knapsack").get("level").asInt()).isEqualTo(3);
        JsonNode cases = post("/v1/cases", "{\"mix\": \"knapsack\", \"count\": 3, \"level\": \"curriculum\"}").json().get("cases");
        assertThat(cases.get(0).get("level").asInt()).isEqualTo(3);
        server.close();
        server = start(new ServerOptions("127.0.0.1", 0, null, 1 << 20, 1000), folder.resolve("curriculum.json"));
        assertThat(get("/v1/curriculum").json().get("bootcamps").get("knapsack").get("level").asInt()).isEqualTo(3);
    }

    @Test
    void theLoadGeneratorMeasuresVerificationStreamingAndEpisodesOfARunningBridge() throws Exception {
        Cli bench = Cli.run("bench", "--server", "http://127.0.0.1:" + server.port(), "--warmup", "0", "--runs", "1", "--batch", "8",
                "--connections", "2", "--stream-count", "500", "--json");

        assertThat(bench.code()).as(bench.err()).isZero();
        JsonNode figures = Json.readTree(bench.out());
        assertThat(figures.get("verify_per_second").asDouble()).isPositive();
        assertThat(figures.get("stream_cases_per_second").asDouble()).isPositive();
        assertThat(figures.get("episode_env").asText()).isEqualTo("number-guessing");
        assertThat(figures.get("episode_sessions_per_second").asDouble()).isPositive();
        assertThat(figures.get("episode_steps_per_second").asDouble()).isGreaterThan(figures.get("episode_sessions_per_second").asDouble());
        assertThat(figures.get("episode_batch_steps_per_second").asDouble()).isPositive();
        assertThat(get("/metrics").body()).contains("bootcamp_responses_verified");
    }

    @Test
    void aTokenIsRequiredBeyondLoopbackAndEnforced() throws Exception {
        assertThatThrownBy(() -> start(new ServerOptions("0.0.0.0", 0, null, 1 << 20, 1000), null))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("--token");
        BridgeServer guarded = start(new ServerOptions("127.0.0.1", 0, "s3cret", 1 << 20, 1000), null);
        try {
            URI cases = URI.create("http://127.0.0.1:" + guarded.port() + "/v1/bootcamps");
            assertThat(http.send(HttpRequest.newBuilder(cases).GET().build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
            assertThat(http.send(HttpRequest.newBuilder(cases).header("Authorization", "Bearer s3cret").GET().build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
            assertThat(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + guarded.port() + "/healthz")).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        } finally {
            guarded.close();
        }
    }
}
