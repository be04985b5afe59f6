package dev.bootcamp.bridge.server;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.bootcamp.core.BadInputException;
import dev.bootcamp.core.Case;
import dev.bootcamp.core.Json;
import dev.bootcamp.core.Verifier;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The server's one reader of a {@code /v1/verify} body, {@code {"items": [{"case": CASE_OR_SPEC, "response": TEXT}, ...],
 * "feedback": BOOL}}, read straight from its bytes without a JSON tree of the whole batch. It answers as reading the
 * body as a tree would: malformed JSON anywhere is reported before any shape problem, the last of repeated keys wins,
 * {@code feedback} is read as {@link JsonNode#asBoolean(boolean)} reads it, and the first bad item is named. Each case
 * is read field by field where it has the plain shape (fields of their usual types, each at most once; the fields
 * verification does not use skipped), and by {@link Verifier#readCase} otherwise, which gives the same case for a plain
 * one and the reason for a bad one.
 */
record VerifyRequest(List<Case> records, List<String> responses, boolean feedback) {
    private static final List<String> CASE_FIELDS = List.of("id", "bootcamp", "version", "level", "seed", "knobs", "prompt", "puzzle", "answer",
            "answer_text", "style");
    private static final TypeReference<Map<String, Object>> KNOBS = new TypeReference<>() {};
    private static final String ITEMS_EXPECTED = "expected {\"items\": [{\"case\": CASE_OR_SPEC, \"response\": TEXT}, ...]}";
    private static final String ITEM_EXPECTED = "expected {\"case\": CASE_OR_SPEC, \"response\": TEXT}";

    /** Thrown where a case leaves the plain shape; it carries no stack trace, as it is expected and cheap. */
    private static final class NotPlain extends Exception {
        private static final long serialVersionUID = 1L;
        private static final NotPlain INSTANCE = new NotPlain();

        private NotPlain() {
            super("not the plain shape", null, false, false);
        }
    }

    /** The items of one {@code "items"} key: the cases and responses, or the first bad item's reason. */
    private record Items(List<Case> records, List<String> responses, String problem) {}

    /**
     * Reads a body; {@link BadInputException} says what is wrong with its shape, and malformed JSON throws the
     * parser's {@link com.fasterxml.jackson.core.JsonProcessingException}.
     */
    static VerifyRequest read(byte[] body) throws IOException {
        if (body.length == 0) {
            throw new BadInputException("the request body is empty; send a JSON object");
        }
        try (JsonParser parser = Json.parser(body)) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT) {
                // malformed JSON inside it comes first, as it would in a tree
                parser.skipChildren();
                parser.finishToken();
                throw new BadInputException("the body must be a JSON object");
            }
            Items items = null;
            JsonNode feedback = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (name.equals("items")) {
                    items = value == JsonToken.START_ARRAY ? items(parser, body) : null;
                    parser.skipChildren();
                } else if (name.equals("feedback")) {
                    JsonNode node = Json.readTree(parser);
                    feedback = node == null ? NullNode.getInstance() : node;
                } else {
                    parser.skipChildren();
                }
            }
            if (items == null) {
                throw new BadInputException(ITEMS_EXPECTED);
            }
            if (items.problem() != null) {
                throw new BadInputException(items.problem());
            }
            return new VerifyRequest(items.records(), items.responses(), feedback == null || feedback.asBoolean(true));
        }
    }

    /** The items of an array the parser has just entered; it leaves the parser on the array's end. */
    private static Items items(JsonParser parser, byte[] body) throws IOException {
        List<Case> records = new ArrayList<>();
        List<String> responses = new ArrayList<>();
        String problem = null;
        int index = 0;
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken(), index++) {
            if (problem != null || token != JsonToken.START_OBJECT) {
                parser.skipChildren();
                problem = problem != null ? problem : "item " + index + ": " + ITEM_EXPECTED;
                continue;
            }
            long caseStart = -1;
            long caseEnd = -1;
            boolean hasResponse = false;
            String response = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (name.equals("case")) {
                    caseStart = parser.currentTokenLocation().getByteOffset();
                    parser.skipChildren();
                    parser.finishToken();
                    caseEnd = parser.currentLocation().getByteOffset();
                } else if (name.equals("response")) {
                    hasResponse = true;
                    response = value == JsonToken.VALUE_STRING ? parser.getText() : null;
                    parser.skipChildren();
                } else {
                    parser.skipChildren();
                }
            }
            if (caseStart < 0 || !hasResponse || response == null) {
                problem = "item " + index + ": " + ITEM_EXPECTED;
                continue;
            }
            try {
                records.add(readCase(body, (int) caseStart, (int) (caseEnd - caseStart)));
                responses.add(response);
            } catch (BadInputException e) {
                problem = "item " + index + ": " + e.getMessage();
            }
        }
        return new Items(records, responses, problem);
    }

    /** The case whose JSON is {@code body[offset, offset + length)}: field by field where plain, else through the tree. */
    private static Case readCase(byte[] body, int offset, int length) throws IOException {
        try (JsonParser parser = Json.parser(body, offset, length)) {
            JsonToken token = parser.nextToken();
            return token == JsonToken.VALUE_STRING ? label(parser.getText()) : caseObject(parser);
        } catch (IOException | NotPlain e) {
            return Verifier.readCase(Json.readTree(body, offset, length));
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
