package dev.bootcamp.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bootcamp.api.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads a JSON-lines file line by line, reporting bad lines by number instead of stopping. */
final class JsonLines {
    private JsonLines() {}

    /** Receives each object; blank lines are skipped. */
    interface Visitor {
        void line(long number, JsonNode object) throws Exception;
    }

    /** Receives a line that is not a JSON object, with the reason. */
    interface Problems {
        void bad(long number, String reason);
    }

    static void read(String path, Visitor visitor, Problems problems) throws Exception {
        Path file = Path.of(path);
        if (!Files.isRegularFile(file)) {
            throw new UsageException("cannot read " + path + ": " + (Files.exists(file) ? "not a regular file" : "no such file"));
        }
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            long number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node;
                try {
                    node = Json.MAPPER.readTree(line);
                } catch (IOException e) {
                    problems.bad(number, "not valid JSON");
                    continue;
                }
                if (node == null || !node.isObject()) {
                    problems.bad(number, "not a JSON object");
                    continue;
                }
                visitor.line(number, node);
            }
        } catch (NoSuchFileException e) {
            throw new UsageException("cannot read " + path + ": no such file");
        }
    }
}
