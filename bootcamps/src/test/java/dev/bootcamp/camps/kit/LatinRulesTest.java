package dev.bootcamp.camps.kit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bootcamp.api.Score;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LatinRulesTest {
    private static final List<String> SOLVED = List.of("1234", "3412", "2143", "4321");
    private static final LatinRules SUDOKU = LatinRules.of(4, 2, 2);

    @Test
    void groupsAreNamedRowsAndColumnsInterleavedThenBoxes() {
        assertThat(SUDOKU.groups()).hasSize(12);
        assertThat(SUDOKU.names()).startsWith("row 1", "column 1", "row 2")
                .contains("the box in rows 3-4, columns 1-2").endsWith("the box in rows 3-4, columns 3-4");
        assertThat(LatinRules.of(3, 0, 0).withDiagonals().names()).hasSize(8)
                .endsWith("the diagonal from the top left", "the diagonal from the top right");
    }

    @Test
    void checkPassesASolutionAndNamesTheFirstBrokenRule() {
        List<String> givens = List.of("1...", "....", "....", "...1");
        assertThat(SUDOKU.check(SOLVED, givens)).isNull();
        assertThat(SUDOKU.check(SOLVED, null)).isNull();
        Score changed = SUDOKU.check(SOLVED, List.of("2...", "....", "....", "...."));
        assertThat(changed.detail()).contains("changes the given 2 to 1");
        // rows and columns hold 1..4 once, but the top-left box holds 1, 2, 2, 1
        List<String> latinOnly = List.of("1234", "2143", "3412", "4321");
        assertThat(LatinRules.of(4, 0, 0).check(latinOnly, null)).isNull();
        assertThat(SUDOKU.check(latinOnly, null).detail()).isEqualTo("the box in rows 1-2, columns 1-2 has two 2s");
        assertThat(SUDOKU.check(List.of("123", "341"), null)).isNotNull();
    }

    @Test
    void countStopsAtTheLimitAndSeesGivensAndFilters() {
        assertThat(LatinRules.of(3, 0, 0).count(null, 100, null)).isEqualTo(12);
        assertThat(LatinRules.of(3, 0, 0).count(null, 5, null)).isEqualTo(5);
        assertThat(SUDOKU.count(List.of("12..", "34..", "....", "...."), 1000, null)).isEqualTo(12);
        assertThat(SUDOKU.count(List.of("11..", "....", "....", "...."), 10, null)).isZero();
        DancingLinks.Filter noOneInTheCorner = new DancingLinks.Filter() {
            @Override
            public boolean allows(int row) {
                return row != 0;
            }

            @Override
            public void push(int row) {}

            @Override
            public void pop(int row) {}
        };
        assertThat(LatinRules.of(3, 0, 0).count(null, 100, noOneInTheCorner)).isEqualTo(8);
        assertThat(LatinRules.of(3, 0, 0).count(List.of("1..", "...", "..."), 100, noOneInTheCorner)).isZero();
    }

    @Test
    void digKeepsTheSolutionUniqueAndNearMissesFailTheCheck() {
        SplittableRandom random = new SplittableRandom(7);
        LatinRules.Dug dug = SUDOKU.generate(0.6, 20_000, 20_000, random);
        assertThat(SUDOKU.check(dug.solution(), dug.givens())).isNull();
        assertThat(SUDOKU.count(dug.givens(), 2, null)).isEqualTo(1);
        assertThat(String.join("", dug.givens()).chars().filter(cell -> cell == '.').count()).isBetween(1L, 10L);
        assertThat(SUDOKU.nearMisses(dug.solution(), dug.givens(), random)).isNotEmpty()
                .allSatisfy(miss -> assertThat(SUDOKU.check(miss, dug.givens())).isNotNull());
    }

    @Test
    void aBoardFollowsPushAndPopAndKnowsPeers() {
        LatinRules.Board board = SUDOKU.board();
        assertThat(board.free(5)).isEqualTo(0b11110);
        board.push(0 * 4 + 2);
        assertThat(board.at(0)).isEqualTo(3);
        assertThat(board.free(5)).isEqualTo(0b10110);
        assertThat(board.free(10)).isEqualTo(0b11110);
        assertThat(board.peers(0, 5)).isTrue();
        assertThat(board.peers(0, 10)).isFalse();
        assertThat(board.freeAfter(1, 9, 4)).isEqualTo(0b00110);
        board.pop(0 * 4 + 2);
        assertThat(board.at(0)).isZero();
        assertThat(board.free(5)).isEqualTo(0b11110);
    }
}
