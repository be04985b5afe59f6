package dev.bootcamp.camps.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bootcamp.api.AnswerFormatException;
import dev.bootcamp.api.Verdict;
import dev.bootcamp.verify.Answers;
import java.util.List;
import org.junit.jupiter.api.Test;

class PerPositionTest {
    @Test
    void readsOneMovePerLineWithOrWithoutLabels() {
        assertThat(PerPosition.read("Game 1: 4\n\ngame 2) 7; 9", "game", Answers::intValue, "none")).containsExactly(4, 7, 9);
        assertThatThrownBy(() -> PerPosition.read(" \n ", "game", Answers::intValue, "expected moves")).isInstanceOf(AnswerFormatException.class)
                .hasMessage("expected moves");
    }

    @Test
    void checksEveryPositionAndNamesTheFirstWrongOne() {
        List<Integer> gold = List.of(2, 4, 6);
        assertThat(PerPosition.check(3, 3, "game", k -> null, "all right").verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(PerPosition.check(3, 2, "game", k -> null, "all right").verdict()).isEqualTo(Verdict.WRONG);
        assertThat(PerPosition.check(3, 3, "game", k -> k == 1 ? "odd" : null, "all right").detail()).isEqualTo("game 2: odd");
        assertThat(PerPosition.replacing(gold, 1, List.of(5, 8, 5), move -> move % 2 == 1 ? "odd" : null)).containsExactly(List.of(2, 5, 6));
    }
}
