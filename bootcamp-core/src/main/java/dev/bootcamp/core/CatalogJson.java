package dev.bootcamp.core;

import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A bootcamp's description as JSON, shared by {@code bootcamp list --json} and {@code GET /v1/bootcamps}. */
public final class CatalogJson {
    private CatalogJson() {}

    public static Map<String, Object> describe(BootcampInfo info) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("id", info.id());
        object.put("title", info.title());
        object.put("domain", info.domain());
        object.put("version", info.version());
        object.put("tags", info.tags());
        object.put("summary", info.summary());
        object.put("answer_shape", info.answerShape());
        object.put("unique_solution", info.uniqueSolution());
        object.put("several_answers", info.severalAnswers());
        List<Map<String, Object>> knobs = new ArrayList<>();
        for (Knob<?> knob : info.knobs()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", knob.name());
            entry.put("type", knob.kind().wireName());
            if (knob.kind() == Knob.Kind.INT) {
                entry.put("min", (long) knob.min());
                entry.put("max", (long) knob.max());
            } else if (knob.kind() == Knob.Kind.DOUBLE) {
                entry.put("min", knob.min());
                entry.put("max", knob.max());
            } else if (knob.kind() == Knob.Kind.CHOICE) {
                entry.put("choices", knob.choices());
            }
            entry.put("default", knob.defaultValue());
            entry.put("meaning", knob.meaning());
            knobs.add(entry);
        }
        object.put("knobs", knobs);
        return object;
    }
}
