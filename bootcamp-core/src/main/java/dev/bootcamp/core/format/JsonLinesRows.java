package dev.bootcamp.core.format;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.bootcamp.core.Case;
import dev.bootcamp.core.Json;
import dev.bootcamp.core.Verifier;
import java.util.List;

/** One JSON line per case for the JSON-lines formats; the spec travels as a JSON string, as trainers pass labels. */
final class JsonLinesRows {
    private JsonLinesRows() {}

    @JsonPropertyOrder({"role", "content"})
    record Message(@JsonProperty("role") String role, @JsonProperty("content") String content) {}

    @JsonPropertyOrder({"prompt", "case", "id"})
    private record ChatLine(@JsonProperty("prompt") List<Message> prompt, @JsonProperty("case") String spec, @JsonProperty("id") String id) {}

    @JsonPropertyOrder({"input", "label"})
    private record OpenRlhfLine(@JsonProperty("input") String input, @JsonProperty("label") String label) {}

    static String line(ExportFormat format, Case record) {
        return switch (format) {
            case CHAT -> Json.write(new ChatLine(List.of(new Message("user", record.prompt())), Verifier.specJson(record), record.id()));
            case OPENRLHF -> Json.write(new OpenRlhfLine(record.prompt(), Verifier.specJson(record)));
            case JSONL -> Json.write(record);
            case VERL -> throw new IllegalArgumentException("verl is written as Parquet, not JSON lines");
        };
    }
}
