package dev.bootcamp.core;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.bootcamp.api.AnswerStyle;
import dev.bootcamp.api.Names;
import dev.bootcamp.api.Score;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one case verifier, {@code case -> puzzle -> verdict}, used by the server, {@code verify}, {@code eval} and the
 * Spark engine. A case is a full record or its spec alone ({@code bootcamp, version, knobs, seed}, optionally
 * {@code style}, {@code level} and {@code id}).
 *
 * <p>Responses are scored against the puzzle the spec regenerates, never against one a client wrote. A record whose
 * {@code id} is not the id its spec makes, or whose {@code puzzle} differs from the regenerated one, is refused with a
 * {@link RefusedCaseException}. Regenerated puzzles are cached, because a GRPO group scores several responses to one
 * case, under the spec's own text (bootcamp, version, knobs as canonical JSON, seed): what one client sends can never
 * change what another client is scored against. The answer style is not part of the key since it does not change the
 * puzzle; it is read from each record when scoring. Only {@link #trust} scores against a record's own puzzle, for a
 * caller who vouches for the record. Thread-safe.
 */
public final class Verifier {
    /** Puzzles kept by {@link #Verifier(Catalog)}. */
    public static final int DEFAULT_CACHE = 4096;

    /** Numbers are equal by value: JSON read from text has IntNodes where a fresh tree may have LongNodes. */
    private static final Comparator<JsonNode> SAME_VALUE = (left, right) -> {
        if (left.equals(right)) {
            return 0;
        }
        if (!left.isNumber() || !right.isNumber()) {
            return 1;
        }
        if (left.isIntegralNumber() && right.isIntegralNumber()) {
            return left.bigIntegerValue().equals(right.bigIntegerValue()) ? 0 : 1;
        }
        return Double.compare(left.doubleValue(), right.doubleValue()) == 0 ? 0 : 1;
    };

    private final Catalog catalog;
    private final Map<String, Puzzle<?>> puzzles;

    public Verifier(Catalog catalog) {
        this(catalog, DEFAULT_CACHE);
    }

    /** A verifier keeping up to {@code cacheSize} regenerated puzzles, least recently used dropped first. */
    public Verifier(Catalog catalog, int cacheSize) {
        this.catalog = requireNonNull(catalog, "catalog is null");
        if (cacheSize < 1) {
            throw new IllegalArgumentException("cacheSize must be at least 1, found " + cacheSize);
        }
        this.puzzles = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Puzzle<?>> eldest) {
                return size() > cacheSize;
            }
        });
    }

    /**
     * A score with the case it was for.
     *
     * @param record the case as given (its puzzle may be absent), with its id filled in where it had none
     */
    public record Scored(Case record, Score score) {}

    /** A case that passed {@link #check} (or {@link #trust}), ready to score any number of responses. */
    public static final class Checked {
        private final Case record;
        private final AnswerStyle style;
        private final Puzzle<?> puzzle;

        private Checked(Case record, Puzzle<?> puzzle) {
            this.record = record;
            this.style = record.answerStyle();
            this.puzzle = puzzle;
        }

        public Case record() {
            return record;
        }

        /** The pipeline on one response; never throws for any response (null counts as empty). */
        public Scored verify(String response) {
            return new Scored(record, puzzle.score(response == null ? "" : response, style));
        }
    }

    /**
     * Checks a record against its spec and returns it ready to score.
     *
     * @throws RefusedCaseException when the record's id or puzzle disagrees with its spec
     * @throws dev.bootcamp.core.RegistryException for an unknown bootcamp
     * @throws dev.bootcamp.core.GenerationException for another version of the bootcamp, or a failed generation
     * @throws dev.bootcamp.api.ConfigurationException for knobs the bootcamp does not declare or out of range, or an
     *     unknown style
     */
    public Checked check(Case record) {
        requireNonNull(record, "record is null");
        String knobs = Json.write(record.knobs());
        String key = record.bootcamp() + '\n' + record.version() + '\n' + knobs + '\n' + record.seed();
        Puzzle<?> puzzle = puzzles.get(key);
        if (puzzle == null) {
            String id = Cases.caseId(record.bootcamp(), record.version(), knobs, record.seed());
            Case spec = new Case(id, record.bootcamp(), record.version(), record.level(), record.seed(), record.knobs(), null, null, null, null, null);
            puzzle = regenerate(catalog.typed(record.bootcamp()), spec);
            puzzles.put(key, puzzle);
        }
        if (record.id() != null && !record.id().equals(puzzle.id())) {
            throw new RefusedCaseException("case id '" + Names.firstLine(record.id()) + "' does not match its spec (bootcamp, version, knobs, seed),"
                    + " which makes '" + puzzle.id() + "'");
        }
        if (record.puzzle() != null && !record.puzzle().isNull() && !record.puzzle().equals(SAME_VALUE, puzzle.tree())) {
            throw new RefusedCaseException("case " + puzzle.id() + ": its puzzle differs from the one its spec (bootcamp, version, knobs, seed)"
                    + " generates");
        }
        return new Checked(record.id() != null ? record : withId(record, puzzle.id()), puzzle);
    }

    /**
     * Scores against the record's own puzzle as written, unchecked, for a caller who vouches for the record (such as
     * {@code verify --trust-puzzles}); a record without a puzzle is {@linkplain #check checked} as usual. The record
     * needs a bootcamp; its version, when given (not 0), must be the bootcamp's.
     */
    public Checked trust(Case record) {
        requireNonNull(record, "record is null");
        if (record.puzzle() == null || record.puzzle().isNull()) {
            return check(record);
        }
        return new Checked(record, written(catalog.typed(record.bootcamp()), record));
    }

    /** {@link #check} then scores one response. */
    public Scored verify(Case record, String response) {
        return check(record).verify(response);
    }

    /** Reads a case or spec from a JSON object or a JSON string; {@link BadInputException} says what is wrong. */
    public static Case readCase(JsonNode node) {
        JsonNode object = node;
        if (node != null && node.isTextual()) {
            try {
                object = Json.readTree(node.asText());
            } catch (JsonProcessingException e) {
                throw new BadInputException("the case label is not JSON: " + e.getOriginalMessage());
            }
        }
        if (object == null || !object.isObject()) {
            throw new BadInputException("a case must be a JSON object or a JSON string holding one");
        }
        for (String field : new String[] {"bootcamp", "version", "seed"}) {
            if (!object.hasNonNull(field)) {
                throw new BadInputException("a case needs the field '" + field + "'");
            }
        }
        if (!object.get("version").canConvertToInt() || !object.get("seed").canConvertToLong() || !object.get("bootcamp").isTextual()) {
            throw new BadInputException("a case needs a string 'bootcamp', an integer 'version' and an integer 'seed'");
        }
        try {
            return identified(Json.treeToValue(object, Case.class));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new BadInputException("not a case record: " + Names.firstLine(e.getMessage()));
        }
    }

    /** The case as it is, or a spec without an id given the id its fields make. */
    public static Case identified(Case record) {
        if (record.id() != null) {
            return record;
        }
        return withId(record, Cases.caseId(record.bootcamp(), record.version(), record.knobs(), record.seed()));
    }

    /** The spec of a case as the JSON string trainers carry as ground truth. */
    public static String specJson(Case record) {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("bootcamp", record.bootcamp());
        spec.put("version", record.version());
        spec.put("level", record.level());
        spec.put("seed", record.seed());
        spec.put("knobs", record.knobs());
        spec.put("style", record.style());
        spec.put("id", record.id());
        return Json.write(spec);
    }

    private static Case withId(Case record, String id) {
        return new Case(id, record.bootcamp(), record.version(), record.level(), record.seed(), record.knobs(), record.prompt(), record.puzzle(),
                record.answer(), record.answerText(), record.style());
    }

    private static <P> Puzzle<P> regenerate(TypedBootcamp<P, ?> typed, Case spec) {
        return new Puzzle<>(typed, typed.puzzle(spec), spec.id());
    }

    private static <P> Puzzle<P> written(TypedBootcamp<P, ?> typed, Case record) {
        P puzzle = record.version() == 0 ? typed.readPuzzle(record.puzzle()) : typed.puzzle(record);
        return new Puzzle<>(typed, puzzle, record.id());
    }

    /** A puzzle with its bootcamp and the id of the spec it came from; its JSON tree is made when first compared. */
    private static final class Puzzle<P> {
        private final TypedBootcamp<P, ?> typed;
        private final P value;
        private final String id;
        private volatile JsonNode tree;

        Puzzle(TypedBootcamp<P, ?> typed, P value, String id) {
            this.typed = typed;
            this.value = value;
            this.id = id;
        }

        String id() {
            return id;
        }

        JsonNode tree() {
            JsonNode made = tree;
            if (made == null) {
                made = Json.tree(value);
                tree = made;
            }
            return made;
        }

        Score score(String response, AnswerStyle style) {
            return typed.verify(value, response, style);
        }
    }
}
