package dev.bootcamp.bridge;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.bootcamp.api.Case;
import dev.bootcamp.api.Cases;
import dev.bootcamp.api.Catalog;
import dev.bootcamp.api.Json;
import dev.bootcamp.api.Names;
import dev.bootcamp.api.Score;
import dev.bootcamp.api.TypedBootcamp;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Scores a response against a case given as a full case record, or as its spec alone ({@code bootcamp, version,
 * knobs, seed}, optionally {@code style} and {@code level}), either as a JSON object or as a JSON string (trainers pass
 * labels as strings). Without a puzzle the case is regenerated from its spec, so verification is stateless. Recently
 * used puzzles are cached by case id, because a GRPO group scores several responses to one case.
 */
public final class Verifier {
    private static final int CACHE = 4096;

    private final Catalog catalog;
    private final Map<String, Object> puzzles = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Object> eldest) {
            return size() > CACHE;
        }
    });

    public Verifier(Catalog catalog) {
        this.catalog = requireNonNull(catalog, "catalog is null");
    }

    /**
     * A score with the case it was for.
     *
     * @param record the case (its puzzle may be absent)
     */
    public record Scored(Case record, Score score) {}

    /** Reads a case or spec from a JSON object or a JSON string; {@link BadInputException} says what is wrong. */
    public static Case readCase(JsonNode node) {
        JsonNode object = node;
        if (node != null && node.isTextual()) {
            try {
                object = Json.MAPPER.readTree(node.asText());
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
            return identified(Json.MAPPER.treeToValue(object, Case.class));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new BadInputException("not a case record: " + Names.firstLine(e.getMessage()));
        }
    }

    /** The case as it is, or a spec without an id given the id its fields make. */
    public static Case identified(Case record) {
        if (record.id() != null) {
            return record;
        }
        return new Case(Cases.caseId(record.bootcamp(), record.version(), record.knobs(), record.seed()), record.bootcamp(), record.version(),
                record.level(), record.seed(), record.knobs(), null, record.puzzle(), null, null, record.style());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public Scored verify(Case record, String response) {
        TypedBootcamp typed = catalog.typed(record.bootcamp());
        String key = record.id() + (record.puzzle() == null ? "" : "+");
        Object puzzle = puzzles.get(key);
        if (puzzle == null) {
            puzzle = typed.puzzle(record);
            puzzles.put(key, puzzle);
        }
        return new Scored(record, typed.verify(puzzle, response == null ? "" : response, record.answerStyle()));
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
}
