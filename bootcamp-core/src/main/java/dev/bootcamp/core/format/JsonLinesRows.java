package dev.bootcamp.core.format;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.bootcamp.core.Case;
import dev.bootcamp.core.CaseLine;
import dev.bootcamp.core.Json;
import dev.bootcamp.core.Verifier;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One JSON line per case for the JSON-lines formats: our own is the case writer's line; the trainers' formats carry the
 * prompt and the spec as a JSON string, as trainers pass labels.
 */
final class JsonLinesRows {
    private JsonLinesRows() {}

    @JsonPropertyOrder({"role", "content"})
    record Message(@JsonProperty("role") String role, @JsonProperty("content") String content) {}

    @JsonPropertyOrder({"prompt", "case", "id"})
    private record ChatLine(@JsonProperty("prompt") List<Message> prompt, @JsonProperty("case") String spec, @JsonProperty("id") String id) {}

    @JsonPropertyOrder({"input", "label"})
    private record OpenRlhfLine(@JsonProperty("input") String input, @JsonProperty("label") String label) {}

    /** The line's UTF-8 bytes with its newline. */
    static byte[] line(ExportFormat format, CaseLine line) {
        Case record = line.summary();
        return switch (format) {
            case CHAT -> utf8(Json.write(new ChatLine(List.of(new Message("user", record.prompt())), Verifier.specJson(record), record.id())));
            case OPENRLHF -> utf8(Json.write(new OpenRlhfLine(record.prompt(), Verifier.specJson(record))));
            case JSONL -> line.bytes();
            case VERL -> throw new IllegalArgumentException("verl is written as Parquet, not JSON lines");
        };
    }

    private static byte[] utf8(String json) {
        return (json + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
