package dev.bootcamp.camps.puzzles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The grid puzzles' solution counters (kit CellSearch and DancingLinks) tell one solution from two on small boards. */
class GridPuzzleCountersTest {
    @Test
    void bridgesCountsLoopsAndNeedsConnection() {
        BridgesBootcamp bridges = new BridgesBootcamp();
        List<BridgesBootcamp.Island> threes = List.of(new BridgesBootcamp.Island(1, 1, 3), new BridgesBootcamp.Island(1, 3, 3),
                new BridgesBootcamp.Island(3, 1, 3), new BridgesBootcamp.Island(3, 3, 3));
        // a square of 3s: singles and doubles alternate around it, in two ways
        assertThat(bridges.countSolutions(new BridgesBootcamp.Puzzle(3, 3, threes, List.of(), 0), 5)).isEqualTo(2);
        List<BridgesBootcamp.Island> twos = threes.stream().map(island -> new BridgesBootcamp.Island(island.row(), island.column(), 2)).toList();
        // a square of 2s: two double bridges would leave two islands apart, so only the single loop
        assertThat(bridges.countSolutions(new BridgesBootcamp.Puzzle(3, 3, twos, List.of(), 0), 5)).isEqualTo(1);
    }

    @Test
    void starBattleCountsKingSafePermutations() {
        StarBattleBootcamp starBattle = new StarBattleBootcamp();
        assertThat(starBattle.countSolutions(new StarBattleBootcamp.Puzzle(1, List.of("AAAA", "BBBB", "CCCC", "DDDD"), List.of()), 5))
                .isEqualTo(2);
        assertThat(starBattle.countSolutions(new StarBattleBootcamp.Puzzle(1, List.of("AABB", "CCCC", "DDDD", "DDDD"), List.of()), 5))
                .isZero();
    }

    @Test
    void minesweeperLightUpBinairoAndShikakuSeeTwoSolutions() {
        assertThat(new MinesweeperBootcamp().countSolutions(new MinesweeperBootcamp.Puzzle(List.of("??", "??"), 1, List.of()), 5))
                .isEqualTo(4);
        assertThat(new MinesweeperBootcamp().countSolutions(new MinesweeperBootcamp.Puzzle(List.of("?1", "11"), 1, List.of()), 5))
                .isEqualTo(1);
        assertThat(new LightUpBootcamp().countSolutions(new LightUpBootcamp.Puzzle(List.of("..", ".."), List.of(), 0), 5)).isEqualTo(2);
        assertThat(new LightUpBootcamp().countSolutions(new LightUpBootcamp.Puzzle(List.of(".0", ".."), List.of(), 0), 5)).isEqualTo(1);
        assertThat(new BinairoBootcamp().countSolutions(new BinairoBootcamp.Puzzle(4, List.of("....", "....", "....", "...."), List.of()), 2))
                .isEqualTo(2);
        assertThat(new BinairoBootcamp().countSolutions(new BinairoBootcamp.Puzzle(4, List.of("0110", "0110", "....", "...."), List.of()), 5))
                .isZero();
        assertThat(new ShikakuBootcamp().countSolutions(new ShikakuBootcamp.Puzzle(List.of(List.of("2", "."), List.of(".", "2")), List.of(), 0), 5))
                .isEqualTo(2);
        assertThat(new ShikakuBootcamp().countSolutions(new ShikakuBootcamp.Puzzle(List.of(List.of("2", "2"), List.of(".", ".")), List.of(), 0), 5))
                .isEqualTo(1);
    }

    @Test
    void tentsAndBattleshipsCountLayouts() {
        // a tree in the middle of a 3x3 grid, one tent in the middle row and column of counts: left or right of it
        assertThat(new TentsBootcamp().countSolutions(new TentsBootcamp.Puzzle(List.of("...", ".T.", "..."), List.of(0, 1, 0),
                List.of(1, 0, 1), List.of(), 0), 5)).isEqualTo(0);
        assertThat(new TentsBootcamp().countSolutions(new TentsBootcamp.Puzzle(List.of("...", ".T.", "..."), List.of(0, 1, 0),
                List.of(1, 0, 0), List.of(), 0), 5)).isEqualTo(1);
        // trees above and below the middle: tents in opposite corners, either pair
        assertThat(new TentsBootcamp().countSolutions(new TentsBootcamp.Puzzle(List.of(".T.", "...", ".T."), List.of(1, 0, 1),
                List.of(1, 0, 1), List.of(), 0), 5)).isEqualTo(2);
        // one ship of length 2 in a 2x2 grid with one ship cell in each row and column: it would lie diagonally
        assertThat(new BattleshipsBootcamp().countSolutions(new BattleshipsBootcamp.Puzzle(List.of("??", "??"), List.of(2),
                List.of(1, 1), List.of(1, 1), List.of()), 5)).isZero();
        assertThat(new BattleshipsBootcamp().countSolutions(new BattleshipsBootcamp.Puzzle(List.of("???", "???", "???"), List.of(1),
                List.of(0, 1, 0), List.of(0, 1, 0), List.of()), 5)).isEqualTo(1);
        assertThat(new BattleshipsBootcamp().countSolutions(new BattleshipsBootcamp.Puzzle(List.of("???", "???", "???"), List.of(1, 1),
                List.of(1, 0, 1), List.of(1, 0, 1), List.of()), 5)).isEqualTo(2);
    }
}
