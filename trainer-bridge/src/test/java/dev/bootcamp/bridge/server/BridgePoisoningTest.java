package dev.bootcamp.bridge.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bootcamp.bridge.curriculum.Curriculum;
import dev.bootcamp.bridge.curriculum.CurriculumConfig;
import dev.bootcamp.core.Catalog;
import dev.bootcamp.core.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One client cannot change another's rewards: a record with a real case's id but another puzzle, or the real id on the
 * spec with seed + 1, is refused with a 400, and afterwards the genuine gold answer still scores correct on every
 * verification endpoint. (The bridge once cached puzzles under the client's id, and the gold then scored wrong.)
 */
class BridgePoisoningTest {
    private static final Catalog CATALOG = Catalog.load();
    private final HttpClient http = HttpClient.newHttpClient();
    private BridgeServer server;

    private record Reply(int status, String body) {
        JsonNode json() throws Exception {
            return Json.readTree(body);
        }
    }

    @BeforeEach
    void start() throws Exception {
        Curriculum curriculum = new Curriculum(new CurriculumConfig("band", 0.3, 0.7, 0.9, 4, 1, 2), null);
        server = new BridgeServer(CATALOG, curriculum, new ServerOptions("127.0.0.1", 0, null, 1 << 20, 1000)).start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Reply post(String path, Object body) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .POST(HttpRequest.BodyPublishers.ofString(body instanceof String text ? text : Json.write(body))).build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.body());
    }

    private Reply get(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.body());
    }

    private static String gold(JsonNode record) {
        return "<answer>" + record.get("answer_text").asText() + "</answer>";
    }

    private static ObjectNode spec(JsonNode record) {
        ObjectNode spec = Json.objectNode();
        for (String field : List.of("bootcamp", "version", "level", "seed", "knobs", "style", "id")) {
            spec.set(field, record.get(field));
        }
        return spec;
    }

    /** Every way a trainer asks for the genuine case's reward: all must say correct. */
    private void assertGenuineGoldIsCorrect(JsonNode real) throws Exception {
        String label = Json.write(spec(real));
        for (Object item : List.of(Map.of("case", real, "response", gold(real)), Map.of("case", label, "response", gold(real)),
                Map.of("case", spec(real), "response", gold(real)))) {
            Reply verified = post("/v1/verify", Map.of("items", List.of(item), "feedback", false));
            assertThat(verified.status()).as(verified.body()).isEqualTo(200);
            assertThat(verified.json().get("results").get(0).get("verdict").asText()).as(verified.body()).isEqualTo("correct");
        }
        Reply openrlhf = post("/openrlhf/reward", Map.of("query", List.of("Q" + gold(real)), "prompts", List.of("Q"), "labels", List.of(label)));
        assertThat(openrlhf.json().get("rewards").get(0).asDouble()).as(openrlhf.body()).isEqualTo(1.0);
        Reply slime = post("/slime/reward", Map.of("prompt", "Q", "response", gold(real), "label", label));
        assertThat(Double.parseDouble(slime.body())).as(slime.body()).isEqualTo(1.0);
    }

    private static void assertRefused(Reply reply, String where) throws Exception {
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.json().get("error").asText()).startsWith(where).doesNotContain("\n");
    }

    @Test
    void forgedRecordsAreRefusedOnEveryEndpointAndTheGenuineVerdictStands() throws Exception {
        JsonNode cases = post("/v1/cases", Map.of("mix", "knapsack", "count", 20, "seed", 4)).json().get("cases");
        JsonNode real = cases.get(0);
        JsonNode other = null;
        for (int i = 1; i < cases.size() && other == null; i++) {
            Reply probe = post("/v1/verify", Map.of("items", List.of(Map.of("case", real, "response", gold(cases.get(i)))), "feedback", false));
            if (!probe.json().get("results").get(0).get("pass").asBoolean()) {
                other = cases.get(i);
            }
        }
        assertThat(other).as("a case whose gold fails on case 0").isNotNull();
        ObjectNode forged = real.deepCopy();
        forged.set("puzzle", other.get("puzzle"));
        ObjectNode shifted = spec(real);
        shifted.put("seed", real.get("seed").asLong() + 1);
        String curriculumBefore = get("/v1/curriculum").body();

        for (JsonNode bad : List.of(forged, shifted)) {
            String label = Json.write(bad);
            // The genuine item first: a refused batch is refused whole and feeds nothing to the curriculum.
            assertRefused(post("/v1/verify", Map.of("items", List.of(Map.of("case", real, "response", gold(real)), Map.of("case", bad, "response",
                    gold(other))))), "item 1: ");
            assertRefused(post("/v1/verify", Map.of("items", List.of(Map.of("case", label, "response", gold(other))))), "item 0: ");
            assertRefused(post("/openrlhf/reward", Map.of("query", List.of(gold(other)), "prompts", List.of(""), "labels", List.of(label))), "labels[0]: ");
            assertRefused(post("/slime/reward", Map.of("prompt", "", "response", gold(other), "label", bad)), "case ");
        }

        assertThat(get("/v1/curriculum").body()).isEqualTo(curriculumBefore);
        assertGenuineGoldIsCorrect(real);
        Reply wrong = post("/v1/verify", Map.of("items", List.of(Map.of("case", real, "response", gold(other))), "feedback", false));
        assertThat(wrong.json().get("results").get(0).get("pass").asBoolean()).isFalse();
    }
}
