package dev.bootcamp.camps.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bootcamp.api.AnswerFormatException;
import dev.bootcamp.api.Verdict;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MarkGridsTest {
    @Test
    void codecWritesTheFirstMarkOfEachGroupAndReadsTheOthersAsIt() {
        Codec<List<String>> codec = MarkGrids.codec("*Ss", ".-_");
        assertThat(codec.parse("S - *\n_ s .")).containsExactly("*.*", ".*.");
        assertThat(codec.render(List.of("*.", ".*"))).isEqualTo("*.\n.*");
        assertThatThrownBy(() -> codec.parse("*x")).isInstanceOf(AnswerFormatException.class);
    }

    @Test
    void shapeCountsAndTouchingNameTheFirstProblem() {
        List<String> rows = List.of("*..", "..*", "*..");
        assertThat(MarkGrids.shape(rows, 3, 3)).isNull();
        assertThat(MarkGrids.shape(rows, 2, 3).verdict()).isEqualTo(Verdict.MALFORMED);
        assertThat(MarkGrids.shape(List.of("*..", ".*", "..."), 3, 3).detail()).contains("row 2");
        assertThat(MarkGrids.rowCounts(rows, '*')).containsExactly(1, 1, 1);
        assertThat(MarkGrids.columnCounts(rows, '*')).containsExactly(2, 0, 1);
        assertThat(MarkGrids.counts(rows, '*', List.of(1, 1, 1), List.of(2, 0, 1), "stars")).isNull();
        assertThat(MarkGrids.counts(rows, '*', List.of(1, 1, 1), List.of(1, 1, 1), "stars").detail())
                .isEqualTo("column 1 has 2 stars, expected 1");
        assertThat(MarkGrids.touching(rows, '*', true)).isEmpty();
        assertThat(MarkGrids.touching(List.of("*.", "*."), '*', true)).isPresent();
        assertThat(MarkGrids.touching(List.of("*.", "*."), '*', false)).isEmpty();
        assertThat(MarkGrids.touching(List.of("*.", ".*"), '*', false).orElseThrow())
                .containsExactly(new Grid.Cell(0, 0), new Grid.Cell(1, 1));
    }

    @Test
    void slipsTakeAddAndMoveOneMark() {
        List<String> gold = List.of("*.", "..");
        List<List<String>> slips = MarkGrids.slips(gold, '*', '.', List.of(new Grid.Cell(1, 1)), new SplittableRandom(1));
        assertThat(slips).containsExactly(List.of("..", ".."), List.of("*.", ".*"), List.of("..", ".*"));
        assertThat(MarkGrids.swapRows(gold, 0, 1)).containsExactly("..", "*.");
    }

    @Test
    void numberedBoardLinesUpThreeCharacterColumns() {
        String board = NumberedBoard.rows(List.of("ab", "cd"), "%3d ", row -> " " + row) + NumberedBoard.footer("    ", List.of(3, 4));
        assertThat(board).isEqualTo("      1  2\n  1   a  b 0\n  2   c  d 1\n      3  4");
    }
}
