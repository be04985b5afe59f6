package dev.bootcamp.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bootcamp.api.AnswerStyle;
import org.junit.jupiter.api.Test;

class CasesTest {
    @Test
    void promptsEndWithTheStylesInstruction() {
        assertThat(Cases.prompt("  What is 2 + 2?\n", AnswerStyle.BOXED, "one integer"))
                .isEqualTo("What is 2 + 2?\n\n" + AnswerStyle.BOXED.instruction("one integer"));
    }
}
