package dev.bootcamp.bridge.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.bootcamp.api.AnswerStyle;
import dev.bootcamp.core.BadInputException;
import dev.bootcamp.core.Case;
import dev.bootcamp.core.CasePlan;
import dev.bootcamp.core.Catalog;
import dev.bootcamp.core.Json;
import dev.bootcamp.core.Mix;
import dev.bootcamp.core.Verifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The server's one verify-body reader answers every body as reading it whole into a tree would: the same cases and
 * responses, or the same error. The oracle here is that tree reading, written out plainly.
 */
class VerifyRequestTest {
    private static final Catalog CATALOG = Catalog.load();
    private static final CasePlan PLAN = new CasePlan(CATALOG, Mix.parse("knapsack,arithmetic", CATALOG), 3, 4, Map.of(), AnswerStyle.TAGS);

    @Test
    void everyBodyReadsAsItsTreeReads() throws Exception {
        String full = Json.write(PLAN.caseAt(0));
        String other = Json.write(PLAN.caseAt(1));
        String spec = Verifier.specJson(PLAN.caseAt(2));
        String item = "{\"case\": " + full + ", \"response\": \"<answer>1</answer>\"}";
        List<String> bodies = List.of(
                "{\"items\": [" + item + ", {\"case\": " + other + ", \"response\": \"x\"}], \"feedback\": false}",
                "{\"items\": [{\"case\": " + Json.write(spec) + ", \"response\": \"7\"}]}",
                "{\"feedback\": 0, \"items\": [" + item + "]}",
                "{\"feedback\": \"false\", \"items\": []}",
                "{\"feedback\": null, \"items\": [" + item + "]}",
                "{\"feedback\": {\"a\": 1}, \"items\": [" + item + "]}",
                "{\"items\": [" + item + "], \"items\": 5}",
                "{\"items\": 5, \"items\": [" + item + "]}",
                "{\"items\": [" + item + ", 7, {\"response\": \"x\"}]}",
                "{\"items\": [{\"case\": " + full + "}]}",
                "{\"items\": [{\"case\": " + full + ", \"response\": 3}]}",
                "{\"items\": [{\"case\": null, \"response\": \"x\"}]}",
                "{\"items\": [{\"case\": \"not json\", \"response\": \"x\"}]}",
                "{\"items\": [{\"case\": {\"bootcamp\": \"knapsack\"}, \"response\": \"x\"}]}",
                "{\"items\": [{\"case\": {\"bootcamp\": \"knapsack\", \"version\": \"2\", \"seed\": 1}, \"response\": \"x\"}]}",
                "{\"items\": [{\"case\": {\"bootcamp\": \"knapsack\", \"version\": 2.0, \"seed\": 1, \"level\": 3}, \"response\": \"x\"}]}",
                "{\"items\": [{\"case\": {\"bootcamp\": \"knapsack\", \"version\": 2, \"seed\": 1, \"colour\": 1}, \"response\": \"x\"}]}",
                "{\"items\": [{\"case\": " + full + ", \"case\": " + other + ", \"response\": \"a\", \"response\": \"b\"}]}",
                "{\"items\": [7], \"oops\": [1, 2",
                "{\"items\": [" + item + "]} trailing",
                "{\"other\": [" + item + "]}",
                "[" + item + "]",
                "\"unterminated",
                "null",
                "   ",
                "");
        for (String body : bodies) {
            assertThat(outcome(() -> VerifyRequest.read(bytes(body)))).as(body).isEqualTo(outcome(() -> tree(bytes(body))));
        }
    }

    @Test
    void aPlainCaseIsTheCaseItsTreeReads() throws Exception {
        Case record = PLAN.caseAt(5);
        VerifyRequest request = VerifyRequest.read(bytes("{\"items\": [{\"case\": " + Json.write(record) + ", \"response\": \"r\"}]}"));
        assertThat(Json.write(request.records().get(0))).isEqualTo(Json.write(Verifier.readCase(Json.tree(record)).bare()));
        assertThat(request.responses()).containsExactly("r");
        assertThat(request.feedback()).isTrue();
    }

    private interface Read {
        VerifyRequest read() throws Exception;
    }

    /** What a reading gives: the request as JSON, or the kind and message of its error. */
    private static String outcome(Read read) {
        try {
            VerifyRequest request = read.read();
            List<String> records = new ArrayList<>();
            request.records().forEach(record -> records.add(Json.write(record.bare())));
            return "ok " + records + " " + request.responses() + " " + request.feedback();
        } catch (BadInputException e) {
            return "bad input: " + e.getMessage();
        } catch (JsonProcessingException e) {
            return "malformed JSON: " + e.getOriginalMessage();
        } catch (Exception e) {
            return "other: " + e;
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The oracle: the body read whole into a tree, then walked. */
    private static VerifyRequest tree(byte[] bytes) throws Exception {
        if (bytes.length == 0) {
            throw new BadInputException("the request body is empty; send a JSON object");
        }
        JsonNode body = Json.readTree(bytes);
        if (body == null || !body.isObject()) {
            throw new BadInputException("the body must be a JSON object");
        }
        JsonNode items = body.get("items");
        if (items == null || !items.isArray()) {
            throw new BadInputException("expected {\"items\": [{\"case\": CASE_OR_SPEC, \"response\": TEXT}, ...]}");
        }
        boolean feedback = !body.has("feedback") || body.get("feedback").asBoolean(true);
        List<Case> records = new ArrayList<>();
        List<String> responses = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            if (!item.isObject() || !item.has("case") || !item.has("response") || !item.get("response").isTextual()) {
                throw new BadInputException("item " + i + ": expected {\"case\": CASE_OR_SPEC, \"response\": TEXT}");
            }
            try {
                records.add(Verifier.readCase(item.get("case")));
            } catch (BadInputException e) {
                throw new BadInputException("item " + i + ": " + e.getMessage());
            }
            responses.add(item.get("response").asText());
        }
        return new VerifyRequest(records, responses, feedback);
    }
}
