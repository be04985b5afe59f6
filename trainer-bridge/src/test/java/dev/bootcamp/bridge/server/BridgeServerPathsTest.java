package dev.bootcamp.bridge.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bootcamp.api.AnswerStyle;
import dev.bootcamp.bridge.curriculum.Curriculum;
import dev.bootcamp.bridge.curriculum.CurriculumConfig;
import dev.bootcamp.core.CasePlan;
import dev.bootcamp.core.Catalog;
import dev.bootcamp.core.Json;
import dev.bootcamp.core.Mix;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The bridge's fast paths give the bytes of the plain ones: a stream made on several threads is the cases written one
 * after another, and a verify body read without a tree scores and reads back as one read through the tree.
 */
class BridgeServerPathsTest {
    private static final Catalog CATALOG = Catalog.load();
    private final HttpClient http = HttpClient.newHttpClient();

    private static BridgeServer start(int threads) throws IOException {
        Curriculum curriculum = new Curriculum(new CurriculumConfig("band", 0.3, 0.7, 0.9, 4, 1, 2), null);
        return new BridgeServer(CATALOG, curriculum, new ServerOptions("127.0.0.1", 0, null, 8 << 20, 1000, threads)).start();
    }

    private String send(BridgeServer server, HttpRequest.Builder request, String path) throws Exception {
        HttpResponse<String> response = http.send(request.uri(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    @Test
    void aStreamHasTheSameBytesOnOneThreadAndOnFour() throws Exception {
        String mix = "arithmetic:1,knapsack:2,sudoku:1,word-sorting:1";
        CasePlan plan = new CasePlan(CATALOG, Mix.parse(mix, CATALOG), 11, 3, Map.of(), AnswerStyle.parse("boxed"));
        StringBuilder expected = new StringBuilder();
        for (long i = 0; i < 1300; i++) {
            expected.append(Json.write(plan.caseAt(7 + i))).append('\n');
        }
        String path = "/v1/cases/stream?mix=" + mix + "&count=1300&offset=7&seed=11&level=3&style=boxed";
        for (int threads : new int[] {1, 4}) {
            try (BridgeServer server = start(threads)) {
                assertThat(send(server, HttpRequest.newBuilder().GET(), path)).as(threads + " threads").isEqualTo(expected.toString());
            }
        }
    }

    @Test
    void aPlainVerifyBodyScoresAsTheTreeReadsIt() throws Exception {
        try (BridgeServer server = start(2)) {
            JsonNode cases = Json.readTree(send(server, post("{\"mix\": \"arithmetic,knapsack,word-sorting\", \"count\": 30}"), "/v1/cases"))
                    .get("cases");
            List<Map<String, Object>> items = new ArrayList<>();
            for (int i = 0; i < cases.size(); i++) {
                JsonNode record = cases.get(i);
                Object label = i % 3 == 0 ? record : Json.write(Map.of("bootcamp", record.get("bootcamp").asText(), "version", record.get("version").asInt(),
                        "seed", record.get("seed").asLong(), "knobs", record.get("knobs"), "level", 4));
                String response = i % 2 == 0 ? "<answer>" + record.get("answer_text").asText() + "</answer>" : "<answer>7</answer>";
                items.add(Map.of("case", label, "response", response));
            }
            Map<String, Object> plain = new LinkedHashMap<>(Map.of("items", items, "feedback", false));
            Map<String, Object> tree = new LinkedHashMap<>(Map.of("items", items, "feedback", 0));
            String fast = send(server, post(Json.write(plain)), "/v1/verify");
            assertThat(send(server, post(Json.write(tree)), "/v1/verify")).isEqualTo(fast);
            assertThat(Json.write(Json.read(fast, Map.class))).isEqualTo(fast);
            assertThat(Json.readTree(fast).get("results").get(0).get("pass").asBoolean()).isTrue();
        }
    }

    private static HttpRequest.Builder post(String body) {
        return HttpRequest.newBuilder().POST(HttpRequest.BodyPublishers.ofString(body));
    }
}
