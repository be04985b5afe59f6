package dev.bootcamp.core.format;

import static dev.bootcamp.core.format.ParquetSchema.int32;
import static dev.bootcamp.core.format.ParquetSchema.int64;
import static dev.bootcamp.core.format.ParquetSchema.listOfStructs;
import static dev.bootcamp.core.format.ParquetSchema.requiredString;
import static dev.bootcamp.core.format.ParquetSchema.string;
import static dev.bootcamp.core.format.ParquetSchema.struct;

import dev.bootcamp.core.Case;
import dev.bootcamp.core.Verifier;
import java.util.List;
import java.util.Map;

/**
 * Rows of verl's RL dataset. {@code data_source} is {@code bootcamp/<id>}, so verl's per-source metrics come out per
 * bootcamp and one custom reward function can claim every source that starts with {@code bootcamp/};
 * {@code reward_model.ground_truth} is the case spec as a JSON string ({@link Verifier#specJson}), from which the
 * bridge regenerates and verifies the case; {@code extra_info.index} is the row's index within its split (verl reads
 * {@code extra_info.index}).
 */
final class VerlRows {
    static final ParquetSchema SCHEMA = new ParquetSchema(List.of(
            requiredString("data_source"),
            listOfStructs("prompt", string("role"), string("content")),
            string("ability"),
            struct("reward_model", string("style"), string("ground_truth")),
            struct("extra_info", string("id"), string("bootcamp"), int32("level"), int64("index"), string("split"))));

    private VerlRows() {}

    static String dataSource(String bootcamp) {
        return "bootcamp/" + bootcamp;
    }

    static Map<String, Object> row(Case record, String domain, Split split, long index) {
        return Map.of(
                "data_source", dataSource(record.bootcamp()),
                "prompt", List.of(Map.of("role", "user", "content", record.prompt())),
                "ability", domain,
                "reward_model", Map.of("style", "rule", "ground_truth", Verifier.specJson(record)),
                "extra_info", Map.of("id", record.id(), "bootcamp", record.bootcamp(), "level", record.level(), "index", index,
                        "split", split.wireName()));
    }
}
