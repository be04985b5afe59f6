package dev.bootcamp.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bootcamp.api.AnswerFormatException;
import java.util.List;
import org.junit.jupiter.api.Test;

class GridsTest {
    private static final int[][] SMALL = {{1, 2, 3}, {4, 5, 6}};

    @Test
    void cellsMayBeSeparatedBySpacesCommasBarsOrSemicolons() {
        for (String text : List.of("1 2 3\n4 5 6", "1,2,3\n4,5,6", "|1|2|3|\n|4|5|6|", "1; 2; 3\n4; 5; 6", "1  2\t3\n4 5 6")) {
            assertThat(Grids.integers(text, 2, 3)).as(text).isDeepEqualTo(SMALL);
        }
    }

    @Test
    void rowsOfOneCharacterCellsMayBePacked() {
        assertThat(Grids.integers("534678912\n672195348", 2, 9)[1]).containsExactly(6, 7, 2, 1, 9, 5, 3, 4, 8);
        assertThat(Grids.characters("#.#\n.#.", 2, 3, "#.")).isDeepEqualTo(new char[][] {{'#', '.', '#'}, {'.', '#', '.'}});
    }

    @Test
    void bracketsAroundRowsOrTheWholeGridAreIgnored() {
        assertThat(Grids.integers("[1, 2, 3]\n[4, 5, 6]", 2, 3)).isDeepEqualTo(SMALL);
        assertThat(Grids.integers("(1 2 3)\n(4 5 6)", 2, 3)).isDeepEqualTo(SMALL);
        assertThat(Grids.integers("[[1, 2, 3], [4, 5, 6]]", 2, 3)).isDeepEqualTo(SMALL);
        assertThat(Grids.integers("[[1,2,3],\n [4,5,6]]", 2, 3)).isDeepEqualTo(SMALL);
    }

    @Test
    void bracketedRowsMayEndWithAComma() {
        assertThat(Grids.integers("[1, 2, 3],\n[4, 5, 6]", 2, 3)).isDeepEqualTo(SMALL);
    }

    @Test
    void blankLinesAndSurroundingSpaceAreIgnored() {
        assertThat(Grids.integers("\n  1 2 3  \n\n4 5 6\n\n", 2, 3)).isDeepEqualTo(SMALL);
    }

    @Test
    void theWrongNumberOfRowsIsRefused() {
        assertThatThrownBy(() -> Grids.integers("1 2 3", 2, 3)).isInstanceOf(AnswerFormatException.class).hasMessage("expected 2 rows, found 1");
        assertThatThrownBy(() -> Grids.integers("1 2 3\n4 5 6\n7 8 9", 2, 3)).isInstanceOf(AnswerFormatException.class);
    }

    @Test
    void theWrongNumberOfCellsInARowIsRefusedNamingTheRow() {
        assertThatThrownBy(() -> Grids.integers("1 2 3\n4 5", 2, 3))
                .isInstanceOf(AnswerFormatException.class)
                .hasMessage("expected 3 cells in row 2, found 2");
        assertThatThrownBy(() -> Grids.integers("1234\n4 5 6", 2, 3)).isInstanceOf(AnswerFormatException.class).hasMessageContaining("row 1");
    }

    @Test
    void cellsThatAreNotIntegersAreRefused() {
        assertThatThrownBy(() -> Grids.integers("1 2 x\n4 5 6", 2, 3)).isInstanceOf(AnswerFormatException.class).hasMessageContaining("'x'");
    }

    @Test
    void charactersMustComeFromTheAllowedSet() {
        assertThatThrownBy(() -> Grids.characters("#.#\n.X.", 2, 3, "#."))
                .isInstanceOf(AnswerFormatException.class)
                .hasMessage("cell (2, 2) is 'X'; allowed: #.");
        assertThatThrownBy(() -> Grids.characters("## . #\n. # .", 2, 3, "#.")).isInstanceOf(AnswerFormatException.class);
    }

    @Test
    void oversizedGridsAreRefused() {
        String tooManyRows = "1\n".repeat(Grids.MAX_SIDE + 1);
        assertThatThrownBy(() -> Grids.cells(tooManyRows, Grids.MAX_SIDE + 1, 1)).isInstanceOf(AnswerFormatException.class).hasMessageContaining("rows");
        String tooWide = "1 ".repeat(Grids.MAX_SIDE + 1);
        assertThatThrownBy(() -> Grids.cells(tooWide, 1, Grids.MAX_SIDE + 1)).isInstanceOf(AnswerFormatException.class).hasMessageContaining("cells in a row");
    }

    @Test
    void renderedGridsReadBack() {
        int[][] numbers = {{10, -2, 3}, {0, 45, 6}};
        assertThat(Grids.render(numbers)).isEqualTo("10 -2 3\n0 45 6");
        assertThat(Grids.integers(Grids.render(numbers), 2, 3)).isDeepEqualTo(numbers);
        char[][] letters = {{'a', 'b'}, {'c', 'd'}};
        assertThat(Grids.render(letters)).isEqualTo("ab\ncd");
        assertThat(Grids.characters(Grids.render(letters), 2, 2, "abcd")).isDeepEqualTo(letters);
    }

    @Test
    void tokenRowsReadGridsOfUnknownShape() {
        assertThat(Grids.tokenRows("1 2 3\n4 5")).containsExactly(List.of("1", "2", "3"), List.of("4", "5"));
        assertThat(Grids.tokenRows("[[1, 2], [3, 4]]")).containsExactly(List.of("1", "2"), List.of("3", "4"));
        assertThat(Grids.tokenRows("\n(a|b)\n\n")).containsExactly(List.of("a", "b"));
    }

    @Test
    void tokenRowsNeedAtLeastOneRowAndAtMostTheLargestSide() {
        assertThatThrownBy(() -> Grids.tokenRows(" \n ")).isInstanceOf(AnswerFormatException.class).hasMessage("no grid rows found");
        assertThatThrownBy(() -> Grids.tokenRows("1\n".repeat(Grids.MAX_SIDE + 1))).isInstanceOf(AnswerFormatException.class);
    }

    @Test
    void charRowsReadWithOrWithoutSeparators() {
        char[][] expected = {{'#', '.', '#'}, {'.', '#'}};
        for (String text : List.of("#.#\n.#", "# . #\n. #", "#,.,#\n.,#", "[#.#]\n[.#]")) {
            assertThat(Grids.charRows(text, "#.")).as(text).isDeepEqualTo(expected);
        }
    }

    @Test
    void charRowsRefuseCharactersOutsideTheAllowedSet() {
        assertThatThrownBy(() -> Grids.charRows("#.#\n.X.", "#."))
                .isInstanceOf(AnswerFormatException.class)
                .hasMessage("row 2 has 'X'; allowed: #.");
        assertThatThrownBy(() -> Grids.charRows("#".repeat(Grids.MAX_SIDE + 1), "#")).isInstanceOf(AnswerFormatException.class)
                .hasMessageContaining("cells in row 1");
    }

    @Test
    void cellsAreReturnedAsWritten() {
        assertThat(Grids.cells("a bb\nccc d", 2, 2)).containsExactly(List.of("a", "bb"), List.of("ccc", "d"));
    }
}
