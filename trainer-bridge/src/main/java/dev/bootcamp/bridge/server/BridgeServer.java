package dev.bootcamp.bridge.server;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.bootcamp.api.AnswerStyle;
import dev.bootcamp.api.ConfigurationException;
import dev.bootcamp.api.Names;
import dev.bootcamp.api.Tier;
import dev.bootcamp.bridge.curriculum.Curriculum;
import dev.bootcamp.core.BadInputException;
import dev.bootcamp.core.Case;
import dev.bootcamp.core.CasePlan;
import dev.bootcamp.core.Catalog;
import dev.bootcamp.core.CatalogJson;
import dev.bootcamp.core.GenerationException;
import dev.bootcamp.core.InteractiveCatalog;
import dev.bootcamp.core.Json;
import dev.bootcamp.core.Mix;
import dev.bootcamp.core.OrderedBlocks;
import dev.bootcamp.core.RefusedCaseException;
import dev.bootcamp.core.RegistryException;
import dev.bootcamp.core.Seeds;
import dev.bootcamp.core.Verifier;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import jakarta.servlet.DispatcherType;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.servlet.FilterHolder;

/**
 * The HTTP bridge: catalogue, cases (batch and NDJSON stream), verification from a case or its spec, curriculum
 * state and feedback, OpenRLHF and slime reward endpoints, health and metrics, and interactive bootcamps over OpenEnv's
 * HTTP and WebSocket protocol ({@link OpenEnvRoutes}). A client's mistake gets a 4xx with a
 * one-line reason ({@code {"error": "..."}}), never a 500; bodies over the limit get 413 (see {@link BodyLimits}) and
 * requests over the generation budget get 422 (see {@link WorkBudget}).
 */
public final class BridgeServer implements AutoCloseable {
    private static final byte[] CASES_OPEN = "{\"cases\":[".getBytes(StandardCharsets.UTF_8);
    private static final byte[] CASES_CLOSE = "]}".getBytes(StandardCharsets.UTF_8);

    private final Catalog catalog;
    private final Curriculum curriculum;
    private final ServerOptions options;
    private final Verifier verifier;
    private final Metrics metrics = new Metrics();
    private final AtomicLong curriculumIndex = new AtomicLong();
    private final Javalin app;

    public BridgeServer(Catalog catalog, Curriculum curriculum, ServerOptions options) {
        this(catalog, InteractiveCatalog.load(), curriculum, options);
    }

    /** A server that also plays the interactive bootcamps of {@code interactive} (see {@link OpenEnvRoutes}). */
    public BridgeServer(Catalog catalog, InteractiveCatalog interactive, Curriculum curriculum, ServerOptions options) {
        this.catalog = requireNonNull(catalog, "catalog is null");
        this.curriculum = requireNonNull(curriculum, "curriculum is null");
        this.options = requireNonNull(options, "options is null");
        if (!options.isLoopback() && (options.token() == null || options.token().isBlank())) {
            throw new ConfigurationException("binding to " + options.host() + " exposes the bridge beyond this machine; give --token (or BOOTCAMP_TOKEN)");
        }
        this.verifier = new Verifier(catalog);
        this.app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.maxRequestSize = options.maxBodyBytes();
            config.jetty.modifyServer(server -> server.setStopTimeout(10_000));
            config.jetty.modifyServletContextHandler(handler -> handler.addFilter(new FilterHolder(new BodyLimits(options)), "/*",
                    EnumSet.of(DispatcherType.REQUEST)));
            config.jetty.addConnector((server, http) -> {
                ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
                connector.setHost(options.host());
                connector.setPort(options.port());
                connector.setIdleTimeout(options.idleTimeoutMillis());
                return connector;
            });
        });
        routes();
        new OpenEnvRoutes(requireNonNull(interactive, "interactive is null")).register(app);
    }

    public BridgeServer start() {
        app.start();
        return this;
    }

    public int port() {
        return app.port();
    }

    /**
     * Writes the curriculum state, stops accepting, lets requests in flight finish (up to 10 s), then writes the state
     * again. The first write comes before anything that can time out, so a stop that is cut short keeps what was learnt.
     */
    @Override
    public void close() {
        RuntimeException failure = null;
        try {
            curriculum.flush();
        } catch (RuntimeException e) {
            failure = e;
        }
        try {
            app.stop();
        } catch (RuntimeException e) {
            failure = failure == null ? e : failure;
        }
        try {
            curriculum.flush();
        } catch (RuntimeException e) {
            failure = failure == null ? e : failure;
        }
        if (failure != null) {
            throw failure;
        }
    }

    private void routes() {
        app.before(ctx -> {
            metrics.inFlight.incrementAndGet();
            authorize(ctx);
        });
        app.wsBeforeUpgrade(this::authorize);
        app.after(ctx -> {
            metrics.inFlight.decrementAndGet();
            metrics.request(ctx.method() + " " + ctx.endpointHandlerPath());
            metrics.status(ctx.statusCode());
        });
        app.get("/healthz", ctx -> json(ctx, Map.of("status", "ok", "bootcamps", catalog.size())));
        app.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4").result(metrics.render(curriculum.state().bootcamps().size())));
        app.get("/v1/bootcamps", ctx -> json(ctx, catalog.infos().stream().map(CatalogJson::describe).toList()));
        app.post("/v1/cases", this::cases);
        app.get("/v1/cases/stream", this::stream);
        app.post("/v1/verify", this::verify);
        app.get("/v1/curriculum", ctx -> json(ctx, curriculum.state()));
        app.post("/v1/curriculum", this::feedback);
        app.post("/openrlhf/reward", this::openrlhf);
        app.post("/get_reward", this::openrlhf);
        app.post("/slime/reward", this::slime);
        app.exception(BadInputException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
        app.exception(ConfigurationException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
        app.exception(GenerationException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
        app.exception(RegistryException.class, (e, ctx) -> error(ctx, 404, e.getMessage()));
        app.exception(JsonProcessingException.class, (e, ctx) -> error(ctx, 400, "malformed JSON: " + Names.firstLine(e.getOriginalMessage())));
        app.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
        app.exception(WorkBudget.Stopped.class, (e, ctx) -> ctx.status(499));
        app.exception(Exception.class, (e, ctx) -> error(ctx, 500, "internal error: " + Names.firstLine(String.valueOf(e))));
        app.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                error(ctx, 404, "no such endpoint: " + ctx.method() + " " + ctx.path());
            }
        });
        app.error(405, ctx -> error(ctx, 405, "method " + ctx.method() + " is not allowed on " + ctx.path()));
    }

    private void authorize(Context ctx) {
        if (options.token() != null && !options.token().isBlank() && !ctx.path().equals("/healthz")) {
            String header = ctx.header("Authorization");
            if (header == null || !header.equals("Bearer " + options.token())) {
                throw new HttpResponseException(401, "a bearer token is required: Authorization: Bearer <token>");
            }
        }
    }

    private void cases(Context ctx) throws IOException {
        JsonNode body = body(ctx);
        int count = intField(body, "count", 1);
        if (count < 0 || count > options.maxCasesPerRequest()) {
            throw new BadInputException("count must be in 0.." + options.maxCasesPerRequest() + ", found " + count);
        }
        String mix = textField(body, "mix", null);
        if (mix == null) {
            throw new BadInputException("give a 'mix' (ids, domains or globs with weights, e.g. \"sudoku:2,math:1\")");
        }
        AnswerStyle style = AnswerStyle.parse(textField(body, "style", "tags"));
        String level = body.has("level") ? body.get("level").asText() : "medium";
        long start = System.nanoTime();
        WorkBudget budget = new WorkBudget(options.maxGenerationMillis());
        List<byte[]> cases = new ArrayList<>(count);
        if (level.equals("curriculum")) {
            cases.addAll(curriculumCases(ctx, budget, Mix.parse(mix, catalog), count, style, longField(body, "seed", 0)));
        } else {
            CasePlan plan = new CasePlan(catalog, Mix.parse(mix, catalog), longField(body, "seed", 0), Tier.parseLevel(level), overrides(body), style);
            long offset = longField(body, "offset", 0);
            for (int i = 0; i < count; i++) {
                long one = System.nanoTime();
                cases.add(plan.caseLine(offset + i));
                spend(ctx, budget, i, count, System.nanoTime() - one);
            }
        }
        metrics.generateNanos.add(System.nanoTime() - start);
        metrics.casesGenerated.add(cases.size());
        caseList(ctx, cases);
    }

    /** Cases at each bootcamp's curriculum level, numbered by a server-wide counter so none repeats. */
    private List<byte[]> curriculumCases(Context ctx, WorkBudget budget, Mix mix, int count, AnswerStyle style, long runSeed) {
        List<byte[]> cases = new ArrayList<>(count);
        Map<String, CasePlan> plans = new TreeMap<>();
        for (int i = 0; i < count; i++) {
            long one = System.nanoTime();
            long index = curriculumIndex.getAndIncrement();
            String id = mix.pick(runSeed, index);
            int level = curriculum.sampleLevel(id, new dev.bootcamp.core.CaseRandom(Seeds.caseSeed(runSeed, "\u0000level", index)));
            CasePlan plan = plans.computeIfAbsent(id + "@" + level, key -> new CasePlan(catalog, Mix.of(List.of(id)), runSeed, level, Map.of(), style));
            cases.add(plan.caseLine(index));
            spend(ctx, budget, i, count, System.nanoTime() - one);
        }
        return cases;
    }

    /** Charges one case of a batch to its budget, and stops the batch when its client has gone away. */
    private static void spend(Context ctx, WorkBudget budget, long index, long count, long nanos) {
        budget.spend(index, count, nanos);
        if (clientGone(ctx)) {
            throw new WorkBudget.Stopped();
        }
    }

    /** Whether the connection of the request is closed; a batch has nothing to write until it is done, so it asks. */
    private static boolean clientGone(Context ctx) {
        Request request = Request.getBaseRequest(ctx.req());
        return request != null && !request.getHttpChannel().getEndPoint().isOpen();
    }

    private void stream(Context ctx) throws Exception {
        String mix = ctx.queryParam("mix");
        if (mix == null) {
            throw new BadInputException("give ?mix=... (ids, domains or globs with weights)");
        }
        long count = parseLong(ctx.queryParam("count"), 1000, "count");
        long offset = parseLong(ctx.queryParam("offset"), 0, "offset");
        if (count < 0) {
            throw new BadInputException("count must be 0 or more");
        }
        String level = ctx.queryParam("level") == null ? "medium" : ctx.queryParam("level");
        CasePlan plan = new CasePlan(catalog, Mix.parse(mix, catalog), parseLong(ctx.queryParam("seed"), 0, "seed"), Tier.parseLevel(level), Map.of(),
                AnswerStyle.parse(ctx.queryParam("style") == null ? "tags" : ctx.queryParam("style")));
        WorkBudget budget = new WorkBudget(options.maxGenerationMillis());
        // The first cases are made before anything is sent, so a request whose estimate is over the budget still gets a 422.
        List<byte[]> first = new ArrayList<>();
        for (long index = 0; index < Math.min(count, WorkBudget.SAMPLE); index++) {
            long start = System.nanoTime();
            first.add(plan.caseLine(offset + index));
            long nanos = System.nanoTime() - start;
            metrics.generateNanos.add(nanos);
            // A stream is paced by its reader: what the server makes ahead of it is bounded, so the estimate is charged
            // for that window, not for the whole count (a trainer may stream millions of cases in one request).
            budget.spend(index, Math.min(count, WorkBudget.STREAM_WINDOW), nanos);
        }
        long made = first.size();
        ctx.contentType("application/x-ndjson");
        ctx.status(200);
        OutputStream out = new BufferedOutputStream(ctx.outputStream(), 1 << 16);
        for (byte[] line : first) {
            out.write(line);
        }
        metrics.casesGenerated.add(made);
        // Made block by block on the generator threads and written in order: at most a few blocks wait, so the socket's
        // back-pressure paces generation and memory stays flat whatever the count. The bytes do not depend on the threads.
        // A write that fails (the client went away) stops every thread before its next case.
        OrderedBlocks.run(count - made, options.threads(), index -> {
            budget.checkRunning();
            long start = System.nanoTime();
            byte[] line = plan.caseLine(offset + made + index);
            long nanos = System.nanoTime() - start;
            metrics.generateNanos.add(nanos);
            return line;
        }, (start, lines) -> {
            try {
                for (byte[] line : lines) {
                    out.write(line);
                }
                out.flush();
            } catch (IOException e) {
                budget.stop();
                throw e;
            }
            metrics.casesGenerated.add(lines.size());
        }, written -> {});
        out.flush();
    }

    private void verify(Context ctx) throws IOException {
        byte[] bytes = ctx.bodyAsBytes();
        VerifyRequest request = VerifyRequest.read(bytes);
        List<Verifier.Scored> results = new ArrayList<>(request.records().size());
        long start = System.nanoTime();
        List<Verifier.Checked> checked = check(request.records(), "item %d: ");
        for (int i = 0; i < checked.size(); i++) {
            Verifier.Scored scored = checked.get(i).verify(request.responses().get(i));
            if (request.feedback() && scored.record().level() > 0) {
                curriculum.record(scored.record().bootcamp(), scored.record().level(), scored.score().reward());
            }
            results.add(scored);
        }
        metrics.verifyNanos.add(System.nanoTime() - start);
        metrics.responsesVerified.add(results.size());
        ctx.contentType("application/json").result(resultsJson(results));
    }

    /**
     * Every record checked against its spec before any is scored, so that a refused record (a 400 naming it) leaves
     * the curriculum untouched. A batch fails whole, as for any other bad item: trainers' reward functions raise on an
     * error rather than train on a silent 0.
     */
    private List<Verifier.Checked> check(List<Case> records, String itemFormat) {
        List<Verifier.Checked> checked = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            try {
                checked.add(verifier.check(records.get(i)));
            } catch (RefusedCaseException e) {
                throw new RefusedCaseException(String.format(Locale.ROOT, itemFormat, i) + e.getMessage());
            }
        }
        return checked;
    }

    /** {@code {"results": [...]}} with each result's keys in sorted order, as the mapper writes a map. */
    private static byte[] resultsJson(List<Verifier.Scored> results) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(32 + 192 * results.size());
        try (JsonGenerator json = Json.generator(bytes)) {
            json.writeStartObject();
            json.writeArrayFieldStart("results");
            for (Verifier.Scored scored : results) {
                json.writeStartObject();
                json.writeStringField("bootcamp", scored.record().bootcamp());
                json.writeStringField("detail", scored.score().detail());
                json.writeStringField("id", scored.record().id());
                json.writeNumberField("level", scored.record().level());
                json.writeBooleanField("pass", scored.score().passed());
                json.writeNumberField("reward", scored.score().reward());
                json.writeStringField("verdict", scored.score().verdict().wireName());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        return bytes.toByteArray();
    }

    private void feedback(Context ctx) throws IOException {
        JsonNode results = body(ctx).get("results");
        if (results == null || !results.isArray()) {
            throw new BadInputException("expected {\"results\": [{\"bootcamp\": ID, \"level\": L, \"reward\": R}, ...]}");
        }
        for (int i = 0; i < results.size(); i++) {
            JsonNode result = results.get(i);
            if (!result.path("bootcamp").isTextual() || !result.path("level").canConvertToInt() || !result.path("reward").isNumber()) {
                throw new BadInputException("result " + i + ": expected {\"bootcamp\": ID, \"level\": L, \"reward\": R}");
            }
            String id = result.get("bootcamp").asText();
            catalog.typed(id);
            curriculum.record(id, result.get("level").asInt(), result.get("reward").asDouble());
        }
        json(ctx, curriculum.state());
    }

    private void openrlhf(Context ctx) throws IOException {
        JsonNode body = body(ctx);
        List<String> queries = strings(body, "query");
        List<String> prompts = strings(body, "prompts");
        JsonNode labels = body.get("labels");
        if (labels == null || !labels.isArray()) {
            throw new BadInputException("expected {\"query\": [...], \"prompts\": [...], \"labels\": [...]}");
        }
        if (prompts.size() != queries.size() || labels.size() != queries.size()) {
            throw new BadInputException("query, prompts and labels must have the same length, found " + queries.size() + ", "
                    + prompts.size() + " and " + labels.size());
        }
        List<Double> rewards = new ArrayList<>();
        List<Double> passes = new ArrayList<>();
        List<Case> records = new ArrayList<>(labels.size());
        for (int i = 0; i < queries.size(); i++) {
            try {
                records.add(Verifier.readCase(labels.get(i)));
            } catch (BadInputException e) {
                throw new BadInputException("labels[" + i + "]: " + e.getMessage());
            }
        }
        List<Verifier.Checked> checked = check(records, "labels[%d]: ");
        for (int i = 0; i < queries.size(); i++) {
            Case record = records.get(i);
            String query = queries.get(i);
            String prompt = prompts.get(i);
            int at = prompt.isEmpty() ? -1 : query.indexOf(prompt);
            String response = at >= 0 ? query.substring(at + prompt.length()) : query;
            Verifier.Scored scored = checked.get(i).verify(response);
            if (record.level() > 0) {
                curriculum.record(record.bootcamp(), record.level(), scored.score().reward());
            }
            rewards.add(scored.score().reward());
            passes.add(scored.score().passed() ? 1.0 : 0.0);
        }
        metrics.responsesVerified.add(rewards.size());
        json(ctx, Map.of("rewards", rewards, "scores", rewards, "extra_logs", Map.of("pass", passes)));
    }

    private void slime(Context ctx) throws IOException {
        JsonNode body = body(ctx);
        if (!body.path("response").isTextual() || !body.has("label")) {
            throw new BadInputException("expected {\"prompt\": TEXT, \"response\": TEXT, \"label\": CASE_OR_SPEC}");
        }
        Verifier.Scored scored = verifier.check(Verifier.readCase(body.get("label"))).verify(body.get("response").asText());
        if (scored.record().level() > 0) {
            curriculum.record(scored.record().bootcamp(), scored.record().level(), scored.score().reward());
        }
        metrics.responsesVerified.increment();
        ctx.contentType("application/json").result(String.valueOf(scored.score().reward()));
    }

    private static JsonNode body(Context ctx) throws JsonProcessingException {
        return tree(ctx.bodyAsBytes());
    }

    private static JsonNode tree(byte[] bytes) throws JsonProcessingException {
        if (bytes.length == 0) {
            throw new BadInputException("the request body is empty; send a JSON object");
        }
        JsonNode node;
        try {
            node = Json.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw e;
        } catch (IOException e) {
            throw new BadInputException("unreadable body: " + e.getMessage());
        }
        if (node == null || !node.isObject()) {
            throw new BadInputException("the body must be a JSON object");
        }
        return node;
    }

    private static List<String> strings(JsonNode body, String field) {
        JsonNode array = body.get(field);
        if (array == null || !array.isArray()) {
            throw new BadInputException("expected '" + field + "' to be a list of strings");
        }
        List<String> values = new ArrayList<>();
        for (Iterator<JsonNode> it = array.elements(); it.hasNext(); ) {
            JsonNode value = it.next();
            if (!value.isTextual()) {
                throw new BadInputException("expected '" + field + "' to be a list of strings");
            }
            values.add(value.asText());
        }
        return values;
    }

    private static Map<String, String> overrides(JsonNode body) {
        Map<String, String> overrides = new TreeMap<>();
        JsonNode set = body.get("set");
        if (set == null) {
            return overrides;
        }
        if (!set.isObject()) {
            throw new BadInputException("'set' must be an object of knob values");
        }
        set.fields().forEachRemaining(entry -> overrides.put(entry.getKey(), entry.getValue().asText()));
        return overrides;
    }

    private static int intField(JsonNode body, String field, int fallback) {
        JsonNode value = body.get(field);
        if (value == null) {
            return fallback;
        }
        if (!value.canConvertToInt() || !value.isIntegralNumber()) {
            throw new BadInputException("'" + field + "' must be an integer");
        }
        return value.asInt();
    }

    private static long longField(JsonNode body, String field, long fallback) {
        JsonNode value = body.get(field);
        if (value == null) {
            return fallback;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw new BadInputException("'" + field + "' must be an integer");
        }
        return value.asLong();
    }

    private static String textField(JsonNode body, String field, String fallback) {
        JsonNode value = body.get(field);
        if (value == null) {
            return fallback;
        }
        if (!value.isTextual()) {
            throw new BadInputException("'" + field + "' must be a string");
        }
        return value.asText();
    }

    private static long parseLong(String text, long fallback, String name) {
        if (text == null) {
            return fallback;
        }
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new BadInputException("'" + name + "' must be an integer, found '" + text + "'");
        }
    }

    /**
     * {@code {"cases": [...]}} made of the one case writer's lines, without their newlines: the bytes {@link #json}
     * wrote when it serialised the cases themselves.
     */
    private static void caseList(Context ctx, List<byte[]> lines) {
        int size = 12;
        for (byte[] line : lines) {
            size += line.length;
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream(size);
        body.writeBytes(CASES_OPEN);
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                body.write(',');
            }
            byte[] line = lines.get(i);
            body.write(line, 0, line.length - 1);
        }
        body.writeBytes(CASES_CLOSE);
        ctx.contentType("application/json").result(body.toByteArray());
    }

    private static void json(Context ctx, Object value) {
        ctx.contentType("application/json").result(Json.write(value));
    }

    private static void error(Context ctx, int status, String message) {
        if (status == 408 || status == 413) {
            // The rest of the body is not read, so the connection cannot carry another request.
            ctx.header("Connection", "close");
        }
        ctx.status(status).contentType("application/json").result(Json.write(Map.of("error", Names.firstLine(message))));
    }
}
