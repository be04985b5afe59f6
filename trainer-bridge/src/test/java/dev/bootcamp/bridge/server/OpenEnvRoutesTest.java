package dev.bootcamp.bridge.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bootcamp.api.Interactive;
import dev.bootcamp.bridge.curriculum.Curriculum;
import dev.bootcamp.bridge.curriculum.CurriculumConfig;
import dev.bootcamp.core.Catalog;
import dev.bootcamp.core.Episode;
import dev.bootcamp.core.EpisodeSpec;
import dev.bootcamp.core.InteractiveCatalog;
import dev.bootcamp.core.Json;
import dev.bootcamp.core.Seeds;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Interactive bootcamps over OpenEnv's protocol: an expert plays to a win over the WebSocket and over HTTP. */
class OpenEnvRoutesTest {
    private static final InteractiveCatalog INTERACTIVE = InteractiveCatalog.load();
    private static BridgeServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws java.io.IOException {
        Curriculum curriculum = new Curriculum(new CurriculumConfig("band", 0.3, 0.7, 0.9, 4, 1, 2), null);
        server = new BridgeServer(Catalog.of(java.util.List.of()), INTERACTIVE, curriculum,
                new ServerOptions("127.0.0.1", 0, null, 1 << 20, 1000)).start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** The expert's episode for what the server makes of {@code seed} and {@code level}: its actions are the test's. */
    private static Episode<?> expert(String id, long seed, int level) {
        Interactive<?> bootcamp = INTERACTIVE.get(id);
        return Episode.begin(bootcamp, EpisodeSpec.of(bootcamp.info(), level, bootcamp.atLevel(level), Seeds.caseSeed(seed, id, level)));
    }

    @Test
    void anExpertWinsOverTheWebSocket() throws Exception {
        LinkedBlockingQueue<String> replies = new LinkedBlockingQueue<>();
        WebSocket socket = http.newWebSocketBuilder().buildAsync(URI.create("ws://127.0.0.1:" + server.port() + "/openenv/mastermind/ws"),
                new WebSocket.Listener() {
                    private final StringBuilder text = new StringBuilder();

                    @Override
                    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                        text.append(data);
                        if (last) {
                            replies.add(text.toString());
                            text.setLength(0);
                        }
                        webSocket.request(1);
                        return null;
                    }
                }).get(30, TimeUnit.SECONDS);
        JsonNode opening = exchange(socket, replies, "{\"type\":\"reset\",\"data\":{\"seed\":5,\"level\":2}}");
        assertThat(opening.path("type").asText()).isEqualTo("observation");
        Episode<?> expert = expert("mastermind", 5, 2);
        assertThat(opening.path("data").path("observation").path("text").asText()).isEqualTo(expert.opening());
        JsonNode reply = null;
        while (!expert.over()) {
            String action = expert.expertAction();
            expert.act(action);
            reply = exchange(socket, replies, Json.write(java.util.Map.of("type", "step", "data", java.util.Map.of("text", action))));
            assertThat(reply.path("data").path("observation").path("text").asText()).isEqualTo(expert.lastObservation());
        }
        assertThat(reply.path("data").path("done").asBoolean()).isTrue();
        assertThat(reply.path("data").path("reward").asDouble()).isEqualTo(1.0);
        assertThat(reply.path("data").path("observation").path("verdict").asText()).isEqualTo("CORRECT");
        JsonNode state = exchange(socket, replies, "{\"type\":\"state\"}");
        assertThat(state.path("data").path("step_count").asInt()).isEqualTo(expert.turns());
        assertThat(exchange(socket, replies, "not json").path("data").path("code").asText()).isEqualTo("INVALID_JSON");
        assertThat(exchange(socket, replies, "{\"type\":\"dance\"}").path("data").path("code").asText()).isEqualTo("UNKNOWN_TYPE");
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(30, TimeUnit.SECONDS);
    }

    @Test
    void resetTakesKnobOverridesAndRefusesBadOnes() throws Exception {
        JsonNode opening = post("/openenv/number-guessing/reset", "{\"seed\":1,\"knobs\":{\"range\":8},\"episode_id\":\"small\"}", 200);
        assertThat(opening.path("observation").path("text").asText()).contains("from 1 to 8.");
        JsonNode state = get("/openenv/number-guessing/state?episode_id=small");
        assertThat(state.path("spec").path("knobs").path("range").asInt()).isEqualTo(8);
        assertThat(post("/openenv/number-guessing/reset", "{\"knobs\":{\"range\":1}}", 400).path("error").asText())
                .startsWith("bad knobs for number-guessing: ").contains("range");
        assertThat(post("/openenv/number-guessing/reset", "{\"knobs\":{\"size\":3}}", 400).path("error").asText())
                .contains("size");
        assertThat(post("/openenv/number-guessing/reset", "{\"knobs\":[8]}", 400).path("error").asText())
                .contains("'knobs' must be an object");
    }

    @Test
    void aBatchResetsAndStepsManyEpisodesWithAnErrorPerFailedItem() throws Exception {
        JsonNode resets = post("/openenv/number-guessing/batch", "{\"reset\":[{\"seed\":5,\"level\":2,\"episode_id\":\"b-1\"},"
                + "{\"knobs\":{\"range\":0}},{\"seed\":6,\"level\":2,\"episode_id\":\"b-2\"}]}", 200).path("results");
        assertThat(resets.size()).isEqualTo(3);
        assertThat(resets.get(0).path("observation").path("episode_id").asText()).isEqualTo("b-1");
        assertThat(resets.get(1).path("error").asText()).contains("range");
        assertThat(resets.get(2).path("observation").path("episode_id").asText()).isEqualTo("b-2");
        Episode<?> first = expert("number-guessing", 5, 2);
        Episode<?> second = expert("number-guessing", 6, 2);
        JsonNode last = null;
        while (!first.over() || !second.over()) {
            StringBuilder body = new StringBuilder("{\"step\":[");
            for (Episode<?> e : java.util.List.of(first, second)) {
                String action = e.over() ? "guess 1" : e.expertAction();
                if (!e.over()) {
                    e.act(action);
                }
                body.append(body.length() > 9 ? "," : "").append(Json.write(java.util.Map.of("episode_id", e == first ? "b-1" : "b-2",
                        "action", java.util.Map.of("text", action))));
            }
            last = post("/openenv/number-guessing/batch", body.append("]}").toString(), 200).path("results");
        }
        for (JsonNode result : last) {
            assertThat(result.path("done").asBoolean() || result.path("error").asText().contains("the episode is over")).isTrue();
        }
        assertThat(post("/openenv/number-guessing/batch", "{\"step\":[{\"action\":\"1\"}]}", 200).path("results").get(0)
                .path("error").asText()).contains("episode_id");
        assertThat(post("/openenv/number-guessing/batch", "{\"go\":[]}", 400).path("error").asText()).contains("a batch is");
        JsonNode closed = post("/openenv/number-guessing/batch", "{\"close\":[\"b-1\",\"nobody\"]}", 200).path("results");
        assertThat(closed.get(0).path("closed").asBoolean()).isTrue();
        assertThat(closed.get(1).path("closed").asBoolean()).isFalse();
        assertThat(get("/openenv/number-guessing/state?episode_id=b-2").path("episode_id").asText()).isEqualTo("b-2");
        assertThat(post("/openenv/number-guessing/step", "{\"action\":\"1\",\"episode_id\":\"b-1\"}", 404).path("error").asText())
                .contains("no open episode");
    }

    @Test
    void anExpertWinsOverHttpWithItsEpisodeId() throws Exception {
        JsonNode opening = post("/openenv/number-guessing/reset", "{\"seed\":9,\"level\":3,\"episode_id\":\"game-1\"}", 200);
        assertThat(opening.path("observation").path("episode_id").asText()).isEqualTo("game-1");
        Episode<?> expert = expert("number-guessing", 9, 3);
        JsonNode reply = null;
        while (!expert.over()) {
            String action = expert.expertAction();
            expert.act(action);
            reply = post("/openenv/number-guessing/step", Json.write(java.util.Map.of("action", java.util.Map.of("text", action),
                    "episode_id", "game-1")), 200);
        }
        assertThat(reply.path("done").asBoolean()).isTrue();
        assertThat(reply.path("reward").asDouble()).isEqualTo(1.0);
        assertThat(post("/openenv/number-guessing/step", "{\"action\":{\"text\":\"guess 1\"},\"episode_id\":\"game-1\"}", 400)
                .path("error").asText()).contains("the episode is over");
        assertThat(post("/openenv/number-guessing/step", "{\"action\":{\"text\":\"guess 1\"}}", 400).path("error").asText())
                .contains("episode_id");
        assertThat(post("/openenv/number-guessing/step", "{\"action\":{\"text\":\"1\"},\"episode_id\":\"nobody\"}", 404).path("error").asText())
                .contains("no open episode");
        assertThat(post("/openenv/number-guessing/reset", "{\"seed\":-4}", 400).path("error").asText()).contains("seed");
        assertThat(post("/openenv/no-such-game/reset", "{}", 404).path("error").asText()).contains("no interactive bootcamp");
        assertThat(get("/openenv/number-guessing/schema").path("action").path("required").get(0).asText()).isEqualTo("text");
        assertThat(get("/openenv/number-guessing/metadata").path("name").asText()).isEqualTo("number-guessing");
    }

    @Test
    void sessionsAreBoundedAndIdleOnesAreDropped() {
        AtomicLong now = new AtomicLong();
        EpisodeSessions sessions = new EpisodeSessions(2, 1000, now::get);
        Episode<?> episode = expert("number-guessing", 1, 1);
        sessions.open("a", episode);
        sessions.open("b", episode);
        assertThatThrownBy(() -> sessions.open("c", episode)).isInstanceOf(EpisodeSessions.Full.class);
        sessions.open("b", episode); // reopening an id takes no new slot
        now.set(500);
        sessions.get("b");
        now.set(1200); // "a" has been idle 1200 ms, "b" 700 ms
        sessions.open("c", episode);
        assertThat(sessions.get("a")).isNull();
        assertThat(sessions.get("b")).isNotNull();
        assertThat(sessions.size()).isEqualTo(2);
    }

    private static JsonNode exchange(WebSocket socket, LinkedBlockingQueue<String> replies, String message) throws Exception {
        socket.sendText(message, true).get(30, TimeUnit.SECONDS);
        String reply = replies.poll(30, TimeUnit.SECONDS);
        assertThat(reply).as("a reply to " + message).isNotNull();
        return Json.readTree(reply);
    }

    private JsonNode post(String path, String body, int status) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return Json.readTree(response.body());
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.readTree(response.body());
    }
}
