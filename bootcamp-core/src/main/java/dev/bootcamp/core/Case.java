package dev.bootcamp.core;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import dev.bootcamp.api.AnswerStyle;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * One generated case, as written one JSON object per line. {@code (bootcamp, version, knobs, seed)} is the spec:
 * it regenerates {@code puzzle} exactly. {@code id} is a short hash of the spec and the dedup key.
 *
 * @param puzzle the puzzle as JSON; may be null in a spec-only record
 * @param answer the reference answer as JSON; may be null in a spec-only record
 * @param answerText the rendered reference answer; may be null in a spec-only record
 */
@JsonPropertyOrder({"id", "bootcamp", "version", "level", "seed", "knobs", "prompt", "puzzle", "answer", "answer_text", "style"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Case(
        @JsonProperty("id") String id,
        @JsonProperty("bootcamp") String bootcamp,
        @JsonProperty("version") int version,
        @JsonProperty("level") int level,
        @JsonProperty("seed") long seed,
        @JsonProperty("knobs") Map<String, Object> knobs,
        @JsonProperty("prompt") String prompt,
        @JsonProperty("puzzle") JsonNode puzzle,
        @JsonProperty("answer") JsonNode answer,
        @JsonProperty("answer_text") String answerText,
        @JsonProperty("style") String style) {

    public Case {
        requireNonNull(bootcamp, "bootcamp is null");
        knobs = knobs == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(knobs));
    }

    /** The spec alone: enough to regenerate and verify. */
    public static Case spec(String bootcamp, int version, int level, long seed, Map<String, Object> knobs, String style) {
        return new Case(Cases.caseId(bootcamp, version, knobs, seed), bootcamp, version, level, seed, knobs, null, null, null,
                null, style);
    }

    /** What verification needs, the spec and the puzzle, without the prompt and the reference answer. */
    public Case bare() {
        return new Case(id, bootcamp, version, level, seed, knobs, null, puzzle, null, null, style);
    }

    public AnswerStyle answerStyle() {
        return style == null ? AnswerStyle.TAGS : AnswerStyle.parse(style);
    }
}
