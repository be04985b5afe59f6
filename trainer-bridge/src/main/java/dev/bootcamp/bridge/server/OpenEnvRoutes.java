package dev.bootcamp.bridge.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.ConfigurationException;
import dev.bootcamp.api.Interactive;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Names;
import dev.bootcamp.api.Score;
import dev.bootcamp.api.Tier;
import dev.bootcamp.core.BadInputException;
import dev.bootcamp.core.Episode;
import dev.bootcamp.core.EpisodeSpec;
import dev.bootcamp.core.InteractiveCatalog;
import dev.bootcamp.core.Json;
import dev.bootcamp.core.RegistryException;
import dev.bootcamp.core.Seeds;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.websocket.WsContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Interactive bootcamps over OpenEnv's protocol, one environment per bootcamp under {@code /openenv/ID}: an OpenEnv
 * client given the base URL {@code http://HOST:PORT/openenv/ID} plays over the WebSocket {@code /ws} (messages of
 * type reset, step, state and close; one episode per connection) or over HTTP ({@code POST /reset}, {@code POST /step},
 * {@code GET /state}, with the {@code episode_id} that reset returned, since an HTTP request carries no session), and
 * reads {@code /health}, {@code /metadata} and {@code /schema}. {@code POST /batch} is our own form for trainers that run
 * many episodes at once: many resets or many steps in one request.
 *
 * <p>An action is {@code {"text": "..."}}; an observation is {@code {"text", "turn", "turn_limit", "episode_id"}} with
 * {@code "verdict"} and {@code "detail"} when the episode is over. Reset takes {@code seed}, {@code episode_id} and our
 * {@code level} (1..10 or a tier, default 1) and {@code knobs} (overrides of that level's knob values, such as
 * {@code {"range": 8}}); the episode is then {@code Seeds.caseSeed(seed, id, level)}, the same as
 * {@code bootcamp play ID --level L --seed S} when no knobs are given.
 */
final class OpenEnvRoutes {
    /** Episodes open at once, over HTTP and WebSocket together. */
    static final int MAX_SESSIONS = 10_000;
    /** An episode with no action for this long is dropped when a new one opens. */
    static final long IDLE_MILLIS = 10 * 60_000L;
    /** Items in one batch request. */
    static final int MAX_BATCH = 4096;

    private final InteractiveCatalog catalog;
    private final EpisodeSessions sessions = new EpisodeSessions(MAX_SESSIONS, IDLE_MILLIS, System::currentTimeMillis);
    private final AtomicLong unnamed = new AtomicLong();

    OpenEnvRoutes(InteractiveCatalog catalog) {
        this.catalog = catalog;
    }

    void register(Javalin app) {
        app.get("/openenv", ctx -> json(ctx, Map.of("environments", catalog.ids())));
        app.get("/openenv/{id}/health", ctx -> {
            bootcamp(ctx.pathParam("id"));
            json(ctx, Map.of("status", "healthy"));
        });
        app.get("/openenv/{id}/metadata", ctx -> json(ctx, metadata(bootcamp(ctx.pathParam("id")).info())));
        app.get("/openenv/{id}/schema", ctx -> {
            bootcamp(ctx.pathParam("id"));
            json(ctx, schema());
        });
        app.post("/openenv/{id}/reset", ctx -> {
            Interactive<?> bootcamp = bootcamp(ctx.pathParam("id"));
            json(ctx, reset(bootcamp, ctx.bodyAsBytes().length == 0 ? Json.objectNode() : read(ctx.bodyAsBytes())));
        });
        app.post("/openenv/{id}/step", ctx -> {
            Interactive<?> bootcamp = bootcamp(ctx.pathParam("id"));
            json(ctx, step(bootcamp, read(ctx.bodyAsBytes()), "give the episode_id that /reset returned: an HTTP request carries no"
                    + " session (the WebSocket /ws keeps one episode per connection)"));
        });
        app.post("/openenv/{id}/batch", ctx -> json(ctx, batch(bootcamp(ctx.pathParam("id")), read(ctx.bodyAsBytes()))));
        app.get("/openenv/{id}/state", ctx -> {
            Interactive<?> bootcamp = bootcamp(ctx.pathParam("id"));
            String episodeId = ctx.queryParam("episode_id");
            if (episodeId == null) {
                throw new BadInputException("give ?episode_id= (the one /reset returned)");
            }
            json(ctx, state(session(bootcamp, episodeId).episode, episodeId));
        });
        app.exception(EpisodeSessions.Full.class, (e, ctx) -> ctx.status(503).contentType("application/json")
                .result(Json.write(Map.of("error", e.getMessage()))));
        app.ws("/openenv/{id}/ws", ws -> {
            ws.onMessage(ctx -> ctx.send(Json.write(message(ctx, ctx.message()))));
            ws.onClose(ctx -> sessions.close(wsKey(ctx)));
        });
    }

    /**
     * Our batch form, for trainers that run many episodes at once: {@code {"reset": [reset bodies]}} or
     * {@code {"step": [{"episode_id", "action"}, ...]}} gives {@code {"results": [...]}}, one reply per item in order,
     * each what {@code /reset} or {@code /step} would answer, or {@code {"error": "..."}} for an item that failed alone;
     * {@code {"close": [episode ids]}} ends episodes early (HTTP has no connection to close), {@code {"closed": bool}} each.
     */
    private Map<String, Object> batch(Interactive<?> bootcamp, JsonNode body) {
        List<String> kinds = List.of("reset", "step", "close").stream().filter(body::has).toList();
        if (kinds.size() != 1 || !body.get(kinds.get(0)).isArray()) {
            throw new BadInputException("a batch is {\"reset\": [...]}, {\"step\": [...]} or {\"close\": [episode ids]}, one of them");
        }
        boolean reset = kinds.get(0).equals("reset");
        JsonNode items = body.get(kinds.get(0));
        if (items.size() > MAX_BATCH) {
            throw new BadInputException("a batch holds at most " + MAX_BATCH + " items, found " + items.size());
        }
        List<Object> results = new ArrayList<>(items.size());
        for (JsonNode item : items) {
            if (kinds.get(0).equals("close")) {
                boolean known = item.isTextual() && sessions.get(EpisodeSessions.idOf(bootcamp, item.asText())) != null;
                if (known) {
                    sessions.close(EpisodeSessions.idOf(bootcamp, item.asText()));
                }
                results.add(Map.of("closed", known));
                continue;
            }
            try {
                if (!item.isObject()) {
                    throw new BadInputException("each batch item is an object");
                }
                results.add(reset ? reset(bootcamp, item) : step(bootcamp, item, "each step item needs the episode_id that reset returned"));
            } catch (BadInputException | RegistryException | EpisodeSessions.Full e) {
                results.add(Map.of("error", Names.firstLine(e.getMessage())));
            }
        }
        return Map.of("results", results);
    }

    /** An HTTP reset (alone or in a batch): opens the episode under the body's episode_id, or a made-up one. */
    private Map<String, Object> reset(Interactive<?> bootcamp, JsonNode body) {
        String episodeId = body.hasNonNull("episode_id") ? episodeId(body.get("episode_id").asText()) : "http-" + unnamed.incrementAndGet();
        return opening(sessions.open(EpisodeSessions.idOf(bootcamp, episodeId), begin(bootcamp, body)).episode, episodeId);
    }

    /** An HTTP step (alone or in a batch) of the episode the body names; {@code missingId} says what to do without one. */
    private Map<String, Object> step(Interactive<?> bootcamp, JsonNode body, String missingId) {
        if (!body.hasNonNull("episode_id")) {
            throw new BadInputException(missingId);
        }
        String episodeId = body.get("episode_id").asText();
        return step(session(bootcamp, episodeId), action(body.get("action")), episodeId);
    }

    /** One WebSocket message and its reply; a client's mistake is an error message, and the connection stays open. */
    private Map<String, Object> message(WsContext ctx, String text) {
        JsonNode message;
        try {
            message = Json.readTree(text);
        } catch (JsonProcessingException e) {
            return wsError("INVALID_JSON", "invalid JSON: " + Names.firstLine(e.getOriginalMessage()));
        }
        try {
            Interactive<?> bootcamp = bootcamp(ctx.pathParam("id"));
            String type = message.path("type").asText("");
            JsonNode data = message.path("data");
            String key = wsKey(ctx);
            return switch (type) {
                case "reset" -> {
                    EpisodeSessions.Session session = sessions.open(key, begin(bootcamp, data.isObject() ? data : Json.objectNode()));
                    yield Map.of("type", "observation", "data", opening(session.episode, ctx.sessionId()));
                }
                case "step" -> {
                    EpisodeSessions.Session session = sessions.get(key);
                    if (session == null) {
                        yield wsError("SESSION_ERROR", "send a reset before the first step");
                    }
                    yield Map.of("type", "observation", "data", step(session, action(data), ctx.sessionId()));
                }
                case "state" -> {
                    EpisodeSessions.Session session = sessions.get(key);
                    yield session == null ? wsError("SESSION_ERROR", "send a reset first")
                            : Map.of("type", "state", "data", state(session.episode, ctx.sessionId()));
                }
                case "close" -> {
                    sessions.close(key);
                    ctx.closeSession();
                    yield Map.of("type", "state", "data", Map.of("closed", true));
                }
                default -> wsError("UNKNOWN_TYPE", "unknown message type '" + Names.firstLine(type) + "'; the types are reset, step, state, close");
            };
        } catch (BadInputException | RegistryException e) {
            return wsError("VALIDATION_ERROR", e.getMessage());
        } catch (EpisodeSessions.Full e) {
            return wsError("CAPACITY_REACHED", e.getMessage());
        }
    }

    private static String wsKey(WsContext ctx) {
        return "ws/" + ctx.sessionId();
    }

    private static Map<String, Object> wsError(String code, String message) {
        return Map.of("type", "error", "data", Map.of("message", message, "code", code));
    }

    private Interactive<?> bootcamp(String id) {
        if (!catalog.contains(id)) {
            throw new RegistryException("no interactive bootcamp '" + id + "'" + Names.didYouMean(id, catalog.ids()));
        }
        return catalog.get(id);
    }

    private EpisodeSessions.Session session(Interactive<?> bootcamp, String episodeId) {
        EpisodeSessions.Session session = sessions.get(EpisodeSessions.idOf(bootcamp, episodeId));
        if (session == null) {
            throw new RegistryException("no open episode '" + Names.firstLine(episodeId) + "' of " + bootcamp.info().id()
                    + " (never reset, closed, or dropped after " + IDLE_MILLIS / 60_000 + " idle minutes)");
        }
        return session;
    }

    private static Episode<?> begin(Interactive<?> bootcamp, JsonNode body) {
        int level = body.hasNonNull("level") ? Tier.parseLevel(body.get("level").asText()) : 1;
        long seed;
        if (body.hasNonNull("seed")) {
            if (!body.get("seed").canConvertToLong() || body.get("seed").asLong() < 0) {
                throw new BadInputException("seed must be a whole number at least 0, found " + Names.firstLine(body.get("seed").toString()));
            }
            seed = body.get("seed").asLong();
        } else {
            seed = System.nanoTime() & Long.MAX_VALUE;
        }
        long episodeSeed = Seeds.caseSeed(seed, bootcamp.info().id(), level);
        return Episode.begin(bootcamp, EpisodeSpec.of(bootcamp.info(), level, knobs(bootcamp, level, body.get("knobs")), episodeSeed));
    }

    /** The level's knobs with the reset's {@code "knobs"} overrides (our extension, as {@code set} is for cases). */
    private static Knobs knobs(Interactive<?> bootcamp, int level, JsonNode given) {
        Knobs knobs = bootcamp.atLevel(level);
        if (given == null || given.isNull()) {
            return knobs;
        }
        if (!given.isObject()) {
            throw new BadInputException("'knobs' must be an object of knob values, such as {\"range\": 8}");
        }
        Map<String, String> overrides = new TreeMap<>();
        given.fields().forEachRemaining(entry -> overrides.put(entry.getKey(), entry.getValue().asText()));
        try {
            return knobs.withText(overrides);
        } catch (ConfigurationException | IllegalArgumentException e) {
            throw new BadInputException("bad knobs for " + bootcamp.info().id() + ": " + Names.firstLine(e.getMessage()));
        }
    }

    private static String episodeId(String given) {
        if (given.isEmpty() || given.length() > 255) {
            throw new BadInputException("episode_id must have 1 to 255 characters");
        }
        return given;
    }

    private static String action(JsonNode action) {
        if (action == null || action.isNull() || action.isMissingNode()) {
            throw new BadInputException("give an action: {\"text\": \"...\"}");
        }
        if (action.isTextual()) {
            return action.asText();
        }
        if (action.isObject() && action.path("text").isTextual()) {
            return action.get("text").asText();
        }
        if (action.isObject() && action.size() == 1 && action.elements().next().isTextual()) {
            return action.elements().next().asText();
        }
        throw new BadInputException("an action is {\"text\": \"...\"}, found " + Names.firstLine(abbreviate(action.toString())));
    }

    private static Map<String, Object> opening(Episode<?> episode, String episodeId) {
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("observation", observation(episode, episode.opening(), episodeId));
        response.put("reward", null);
        response.put("done", false);
        return response;
    }

    private static Map<String, Object> step(EpisodeSessions.Session session, String action, String episodeId) {
        synchronized (session) {
            Episode<?> episode = session.episode;
            if (episode.over()) {
                throw new BadInputException("the episode is over (" + episode.score().verdict() + "); reset to play another");
            }
            Episode.Step step = episode.act(action);
            Map<String, Object> response = new LinkedHashMap<>();
            response.put("observation", observation(episode, step.observation(), episodeId));
            response.put("reward", step.reward());
            response.put("done", step.done());
            return response;
        }
    }

    private static Map<String, Object> observation(Episode<?> episode, String text, String episodeId) {
        Map<String, Object> observation = new LinkedHashMap<>();
        observation.put("text", text);
        observation.put("turn", episode.turns());
        observation.put("turn_limit", episode.turnLimit());
        observation.put("episode_id", episodeId);
        if (episode.over()) {
            Score score = episode.score();
            observation.put("verdict", score.verdict().name());
            observation.put("detail", score.detail());
        }
        return observation;
    }

    private static Map<String, Object> state(Episode<?> episode, String episodeId) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("episode_id", episodeId);
        state.put("step_count", episode.turns());
        state.put("turn_limit", episode.turnLimit());
        state.put("done", episode.over());
        state.put("spec", episode.spec());
        state.put("actions", episode.actions());
        return state;
    }

    private static Map<String, Object> metadata(BootcampInfo info) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("name", info.id());
        metadata.put("description", info.summary());
        metadata.put("version", Integer.toString(info.version()));
        metadata.put("author", "Bootcamp");
        metadata.put("readme_content", info.title() + ": " + info.summary() + " One action per turn: " + info.answerShape() + ".");
        return metadata;
    }

    private static Map<String, Object> schema() {
        Map<String, Object> text = Map.of("type", "string");
        Map<String, Object> integer = Map.of("type", "integer");
        return Map.of(
                "action", Map.of("type", "object", "properties", Map.of("text", text), "required", List.of("text")),
                "observation", Map.of("type", "object", "properties", Map.of("text", text, "turn", integer, "turn_limit", integer,
                        "episode_id", text, "verdict", text, "detail", text)),
                "state", Map.of("type", "object", "properties", Map.of("episode_id", text, "step_count", integer, "turn_limit", integer,
                        "done", Map.of("type", "boolean"), "spec", Map.of("type", "object"), "actions", Map.of("type", "array"))));
    }

    private static JsonNode read(byte[] body) {
        try {
            return Json.readTree(body);
        } catch (java.io.IOException e) {
            throw new BadInputException("malformed JSON: " + Names.firstLine(e.getMessage()));
        }
    }

    private static void json(Context ctx, Object value) {
        ctx.contentType("application/json").result(Json.write(value));
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }
}
