package dev.bootcamp.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AnswerStyleTest {
    @Test
    void stylesAreReadByTheirWireNames() {
        assertThat(AnswerStyle.parse("tags")).isEqualTo(AnswerStyle.TAGS);
        assertThat(AnswerStyle.parse(" Boxed ")).isEqualTo(AnswerStyle.BOXED);
        assertThat(AnswerStyle.parse("final-line")).isEqualTo(AnswerStyle.FINAL_LINE);
    }

    @Test
    void unknownStyleSuggestsTheClosestAndListsAll() {
        assertThatThrownBy(() -> AnswerStyle.parse("final_line"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("unknown answer style 'final_line'; did you mean 'final-line'?")
                .hasMessageEndingWith("styles: tags, boxed, final-line");
    }

    @Test
    void multiLineFinalAnswersStartOnTheLineAfterTheMarker() {
        assertThat(AnswerStyle.FINAL_LINE.wrap("1 2\n3 4")).isEqualTo("Answer:\n1 2\n3 4");
        assertThat(AnswerStyle.FINAL_LINE.wrap("12")).isEqualTo("Answer: 12");
    }

    @Test
    void instructionsNameTheAnswerShapeAndTheMarker() {
        assertThat(AnswerStyle.TAGS.instruction("one integer")).contains("one integer").contains("<answer>").contains("</answer>");
        assertThat(AnswerStyle.BOXED.instruction("one integer")).contains("one integer").contains("\\boxed{}");
        assertThat(AnswerStyle.FINAL_LINE.instruction("one integer")).contains("one integer").contains("\"Answer:\"");
    }
}
