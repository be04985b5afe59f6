package dev.bootcamp.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.bootcamp.api.AnswerStyle;
import dev.bootcamp.api.ConfigurationException;
import dev.bootcamp.api.Knobs;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CaseTest {
    private final TypedBootcamp<AdditionBootcamp.Puzzle, Long> addition = TypedBootcamp.of(new AdditionBootcamp());
    private final Knobs knobs = addition.bootcamp().atLevel(3);
    private final Case record = addition.makeCase(knobs, 3, 12345, AnswerStyle.BOXED);

    @Test
    void fieldsAreWrittenInWireOrder() throws JsonProcessingException {
        List<String> names = new ArrayList<>();
        Json.readTree(Json.write(record)).fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactly("id", "bootcamp", "version", "level", "seed", "knobs", "prompt", "puzzle", "answer",
                "answer_text", "style");
    }

    @Test
    void aCaseSurvivesJsonUnchanged() throws JsonProcessingException {
        Case back = Json.read(Json.write(record), Case.class);
        assertThat(Json.write(back)).isEqualTo(Json.write(record));
        assertThat(back).usingRecursiveComparison().ignoringFields("puzzle", "answer").isEqualTo(record);
        // Long fields come back as int nodes, which JsonNode.equals tells apart; the text is what must not change.
        assertThat(back.puzzle().toString()).isEqualTo(record.puzzle().toString());
        assertThat(back.answer().asLong()).isEqualTo(record.answer().asLong());
    }

    @Test
    void aCaseHoldsItsSpecAndItsContent() {
        assertThat(record.bootcamp()).isEqualTo("addition");
        assertThat(record.version()).isEqualTo(1);
        assertThat(record.level()).isEqualTo(3);
        assertThat(record.seed()).isEqualTo(12345);
        assertThat(record.knobs()).containsEntry("terms", 4).containsEntry("negative", false);
        assertThat(record.puzzle().get("terms")).hasSize(4);
        assertThat(record.answerText()).isEqualTo(record.answer().asText());
        assertThat(record.prompt()).startsWith("Add up these numbers:").endsWith(AnswerStyle.BOXED.instruction("one integer"));
        assertThat(record.style()).isEqualTo("boxed");
        assertThat(record.answerStyle()).isEqualTo(AnswerStyle.BOXED);
    }

    @Test
    void theIdIsAShortHashOfTheSpec() {
        assertThat(record.id()).matches("addition/v1/[0-9a-f]{16}");
        assertThat(addition.makeCase(knobs, 3, 12346, AnswerStyle.BOXED).id()).isNotEqualTo(record.id());
        assertThat(addition.makeCase(knobs.with("negative", true), 3, 12345, AnswerStyle.BOXED).id()).isNotEqualTo(record.id());
    }

    @Test
    void theIdDependsOnTheSpecNotOnTheStyleOrLevelLabel() {
        assertThat(addition.makeCase(knobs, 7, 12345, AnswerStyle.TAGS).id()).isEqualTo(record.id());
    }

    @Test
    void aSpecOnlyRecordHasTheSameIdAndOmitsTheContent() {
        Case spec = Case.spec("addition", 1, 3, 12345, knobs.values(), null);
        assertThat(spec.id()).isEqualTo(record.id());
        assertThat(Json.write(spec)).doesNotContain("prompt", "puzzle", "answer", "style");
        assertThat(spec.answerStyle()).isEqualTo(AnswerStyle.TAGS);
    }

    @Test
    void knobsAreStoredSortedAndCannotBeChanged() {
        Case unsorted = new Case("x", "addition", 1, 1, 1, Map.of("terms", 3, "negative", true), null, null, null, null, null);
        assertThat(unsorted.knobs().keySet()).containsExactly("negative", "terms");
        assertThatThrownBy(() -> unsorted.knobs().put("terms", 4)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(new Case("x", "addition", 1, 1, 1, null, null, null, null, null, null).knobs()).isEmpty();
    }

    @Test
    void aCaseNeedsABootcamp() {
        assertThatThrownBy(() -> new Case("x", null, 1, 1, 1, Map.of(), null, null, null, null, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void anUnknownStyleInARecordIsAConfigurationError() {
        Case odd = new Case("x", "addition", 1, 1, 1, Map.of(), null, null, null, null, "xml");
        assertThatThrownBy(odd::answerStyle).isInstanceOf(ConfigurationException.class);
    }
}
