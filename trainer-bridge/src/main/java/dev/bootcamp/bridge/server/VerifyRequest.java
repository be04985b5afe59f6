package dev.bootcamp.bridge.server;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.bootcamp.core.Case;
import dev.bootcamp.core.Json;
import dev.bootcamp.core.Verifier;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A {@code /v1/verify} body read straight from its bytes, without a JSON tree of the whole batch. Only the plain shape
 * is read here: {@code {"items": [{"case": CASE, "response": TEXT}, ...], "feedback": BOOL}} with each case an object
 * (or a JSON string holding one) whose fields have their usual types, each at most once. For anything else
 * {@link #read} answers null and the server reads the body as a tree, which gives the same results and the same error
 * messages. The fields verification does not use ({@code prompt}, {@code answer}, {@code answer_text}) are skipped.
 */
record VerifyRequest(List<Case> records, List<String> responses, boolean feedback) {
    private static final List<String> CASE_FIELDS = List.of("id", "bootcamp", "version", "level", "seed", "knobs", "prompt", "puzzle", "answer",
            "answer_text", "style");
    private static final TypeReference<Map<String, Object>> KNOBS = new TypeReference<>() {};

    /** Thrown where the body leaves the plain shape; it carries no stack trace, as it is expected and cheap. */
    private static final class NotPlain extends Exception {
        private static final long serialVersionUID = 1L;
        private static final NotPlain INSTANCE = new NotPlain();

        private NotPlain() {
            super("not the plain shape", null, false, false);
        }
    }

    /** The request, or null when the body is not of the plain shape (malformed JSON included). */
    static VerifyRequest read(byte[] body) {
        try (JsonParser parser = Json.parser(body)) {
            expect(parser.nextToken() == JsonToken.START_OBJECT);
            return body(parser);
        } catch (IOException | NotPlain e) {
            return null;
        }
    }

    private static VerifyRequest body(JsonParser parser) throws IOException, NotPlain {
        List<Case> records = null;
        List<String> responses = new ArrayList<>();
        Boolean feedback = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (name.equals("items")) {
                expect(records == null && value == JsonToken.START_ARRAY);
                records = new ArrayList<>();
                items(parser, records, responses);
            } else if (name.equals("feedback")) {
                expect(feedback == null && value.isBoolean());
                feedback = value == JsonToken.VALUE_TRUE;
            } else {
                parser.skipChildren();
            }
        }
        expect(records != null);
        return new VerifyRequest(records, responses, feedback == null || feedback);
    }

    private static void items(JsonParser parser, List<Case> records, List<String> responses) throws IOException, NotPlain {
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            expect(token == JsonToken.START_OBJECT);
            Case record = null;
            String response = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (name.equals("case")) {
                    expect(record == null);
                    record = value == JsonToken.VALUE_STRING ? label(parser.getText()) : caseObject(parser);
                } else if (name.equals("response")) {
                    expect(response == null);
                    response = text(parser);
                } else {
                    parser.skipChildren();
                }
            }
            expect(record != null && response != null);
            records.add(record);
            responses.add(response);
        }
    }

    private static Case label(String text) throws IOException, NotPlain {
        try (JsonParser parser = Json.parser(text)) {
            parser.nextToken();
            return caseObject(parser);
        }
    }

    /** A case object from its start token. */
    private static Case caseObject(JsonParser parser) throws IOException, NotPlain {
        expect(parser.currentToken() == JsonToken.START_OBJECT);
        String id = null;
        String bootcamp = null;
        String style = null;
        Integer version = null;
        int level = 0;
        Long seed = null;
        Map<String, Object> knobs = null;
        JsonNode puzzle = null;
        int seen = 0;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            int field = CASE_FIELDS.indexOf(name);
            expect(field >= 0 && (seen & 1 << field) == 0);
            seen |= 1 << field;
            JsonToken value = parser.nextToken();
            switch (name) {
                case "id" -> id = text(parser);
                case "bootcamp" -> bootcamp = text(parser);
                case "style" -> style = text(parser);
                case "prompt", "answer_text" -> expect(value == JsonToken.VALUE_STRING);
                case "version" -> version = integer(parser);
                case "level" -> level = integer(parser);
                case "seed" -> {
                    expect(value == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() != JsonParser.NumberType.BIG_INTEGER);
                    seed = parser.getLongValue();
                }
                case "knobs" -> {
                    expect(value == JsonToken.START_OBJECT);
                    knobs = Json.read(parser, KNOBS);
                }
                case "puzzle" -> {
                    expect(value != JsonToken.VALUE_NULL);
                    puzzle = Json.readTree(parser);
                }
                default -> parser.skipChildren();
            }
        }
        expect(bootcamp != null && version != null && seed != null);
        return Verifier.identified(new Case(id, bootcamp, version, level, seed, knobs, null, puzzle, null, null, style));
    }

    private static String text(JsonParser parser) throws IOException, NotPlain {
        expect(parser.currentToken() == JsonToken.VALUE_STRING);
        return parser.getText();
    }

    private static int integer(JsonParser parser) throws IOException, NotPlain {
        expect(parser.currentToken() == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() == JsonParser.NumberType.INT);
        return parser.getIntValue();
    }

    private static void expect(boolean plain) throws NotPlain {
        if (!plain) {
            throw NotPlain.INSTANCE;
        }
    }
}
