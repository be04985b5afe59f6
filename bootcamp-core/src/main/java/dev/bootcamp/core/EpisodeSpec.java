package dev.bootcamp.core;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knobs;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What makes an episode of an interactive bootcamp: with the actions played, it replays the episode exactly. The
 * {@code id} is a short hash of the rest, made as a {@link Case}'s is.
 */
@JsonPropertyOrder({"id", "bootcamp", "version", "level", "seed", "knobs"})
public record EpisodeSpec(
        @JsonProperty("id") String id,
        @JsonProperty("bootcamp") String bootcamp,
        @JsonProperty("version") int version,
        @JsonProperty("level") int level,
        @JsonProperty("seed") long seed,
        @JsonProperty("knobs") Map<String, Object> knobValues) {

    public EpisodeSpec {
        requireNonNull(bootcamp, "bootcamp is null");
        knobValues = knobValues == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(knobValues));
    }

    /** The spec of an episode of {@code info}'s bootcamp with these knobs and seed. */
    public static EpisodeSpec of(BootcampInfo info, int level, Knobs knobs, long seed) {
        Map<String, Object> values = knobs.values();
        return new EpisodeSpec(Cases.caseId(info.id(), info.version(), values, seed), info.id(), info.version(), level, seed, values);
    }

    /** The knob values read as the knobs that {@code info} declares (unknown names and bad values are refused). */
    public Knobs knobs(BootcampInfo info) {
        return Knobs.fromValues(info.knobs(), knobValues);
    }
}
