package dev.bootcamp.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bootcamp.core.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads a JSON-lines file line by line, reporting bad lines by number instead of stopping. Lines are split on
 * {@code \n} (a {@code \r} before it is dropped) as bytes and each is decoded on its own with a strict UTF-8 decoder, so
 * a line with bytes that are not UTF-8 is one bad line, not the end of the file.
 */
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
        try (InputStream in = Files.newInputStream(file)) {
            read(in, visitor, problems);
        } catch (NoSuchFileException e) {
            throw new UsageException("cannot read " + path + ": no such file");
        }
    }

    static void read(InputStream in, Visitor visitor, Problems problems) throws Exception {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        byte[] chunk = new byte[1 << 16];
        ByteArrayOutputStream line = new ByteArrayOutputStream(4096);
        long number = 0;
        int read;
        while ((read = in.read(chunk)) != -1) {
            int from = 0;
            for (int i = 0; i < read; i++) {
                if (chunk[i] == '\n') {
                    line.write(chunk, from, i - from);
                    line(++number, line, decoder, visitor, problems);
                    line.reset();
                    from = i + 1;
                }
            }
            line.write(chunk, from, read - from);
        }
        if (line.size() > 0) {
            line(++number, line, decoder, visitor, problems);
        }
    }

    private static void line(long number, ByteArrayOutputStream line, CharsetDecoder decoder, Visitor visitor, Problems problems) throws Exception {
        byte[] bytes = line.toByteArray();
        int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        ByteBuffer input = ByteBuffer.wrap(bytes, 0, length);
        CharBuffer output = CharBuffer.allocate(length);
        CoderResult result = decoder.reset().decode(input, output, true);
        if (!result.isError()) {
            result = decoder.flush(output);
        }
        if (result.isError()) {
            int at = input.position();
            problems.bad(number, String.format(Locale.ROOT, "not valid UTF-8 (byte 0x%02x at byte %d of the line)", bytes[at] & 0xff, at + 1));
            return;
        }
        visit(number, output.flip().toString(), visitor, problems);
    }

    private static void visit(long number, String line, Visitor visitor, Problems problems) throws Exception {
        if (line.isBlank()) {
            return;
        }
        JsonNode node;
        try {
            node = Json.readTree(line);
        } catch (IOException e) {
            problems.bad(number, "not valid JSON");
            return;
        }
        if (node == null || !node.isObject()) {
            problems.bad(number, "not a JSON object");
            return;
        }
        visitor.line(number, node);
    }
}
