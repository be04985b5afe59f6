package dev.bootcamp.camps.spatial;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bootcamp.api.Score;
import dev.bootcamp.api.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-made puzzles whose answers were worked out by hand, replayed by each bootcamp's checker. */
class MazeRulesTest {
    @Test
    void aDoorOpensOnlyForAHeldKey() {
        KeyDoorMazeBootcamp camp = new KeyDoorMazeBootcamp();
        KeyDoorMazeBootcamp.Puzzle puzzle = new KeyDoorMazeBootcamp.Puzzle(List.of("#######", "#S.A.E#", "#a#####"), 8, 12,
                List.of("D", "U", "R", "R", "R", "R"));
        assertThat(camp.check(puzzle, camp.parse("D U R R R R")).verdict()).isEqualTo(Verdict.CORRECT);
        Score straight = camp.check(puzzle, camp.parse("R R R R"));
        assertThat(straight.verdict()).isEqualTo(Verdict.WRONG);
        assertThat(straight.detail()).contains("move 2 (R)").contains("without key a");
    }

    @Test
    void thePuckStopsOnlyAtARockOrTheEdge() {
        IceSlideBootcamp camp = new IceSlideBootcamp();
        // the puck slides from the top left down the first column to the bottom edge
        IceSlideBootcamp.Puzzle bottom = new IceSlideBootcamp.Puzzle(List.of("S..#", "....", "G..."), 0, 8, List.of("D"));
        assertThat(camp.check(bottom, camp.parse("D")).verdict()).isEqualTo(Verdict.CORRECT);
        IceSlideBootcamp.Puzzle middle = new IceSlideBootcamp.Puzzle(List.of("S..#", "G...", "...."), 0, 4, List.of("R", "D", "L", "U"));
        assertThat(camp.check(middle, camp.parse("D")).detail()).contains("row 3, column 1");
        assertThat(camp.check(middle, camp.parse("L")).detail()).contains("does not move");
        // R stops before the rock at column 4, D slides to the bottom, L to the left edge, U to the top: never on G
        assertThat(camp.check(middle, camp.parse("R D L U")).verdict()).isEqualTo(Verdict.WRONG);
    }

    @Test
    void hexRowsAreOffsetAsStated() {
        HexMazeBootcamp camp = new HexMazeBootcamp();
        // from row 1, column 1 (an odd row) SE leads to row 2, column 1; from row 1, column 2 it leads to row 2, column 2
        HexMazeBootcamp.Puzzle puzzle = new HexMazeBootcamp.Puzzle(List.of("S.", ".T"), 0, 3, List.of("E", "SE"));
        assertThat(camp.check(puzzle, camp.parse("E SE")).verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(camp.check(puzzle, camp.parse("SE E")).verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(camp.check(puzzle, camp.parse("SE")).detail()).contains("row 2, column 1");
        assertThat(camp.check(puzzle, camp.parse("NE")).detail()).contains("leaves the board");
        assertThat(camp.check(puzzle, camp.parse("E SW E")).verdict()).isEqualTo(Verdict.PARTIAL);
    }

    @Test
    void aBlockedRobotStepIsSkipped() {
        ObstacleRobotBootcamp camp = new ObstacleRobotBootcamp();
        // east one cell, two steps skipped at the rock, a right turn to face south, one step down
        ObstacleRobotBootcamp.Puzzle puzzle = new ObstacleRobotBootcamp.Puzzle(List.of("R.#", "...", "..."), 0, "E", List.of("F3", "R", "F1"));
        assertThat(camp.render(camp.solve(puzzle))).isEqualTo("2 2 S");
        assertThat(camp.check(puzzle, camp.parse("row 2, column 2, facing south")).verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(camp.check(puzzle, camp.parse("2 2 E")).verdict()).isEqualTo(Verdict.WRONG);
    }

    @Test
    void aTeleporterCarriesTheMoveToItsTwin() {
        TeleporterMazeBootcamp camp = new TeleporterMazeBootcamp();
        // S steps right onto pad 1 and lands on the other 1, one step above X
        TeleporterMazeBootcamp.Puzzle puzzle = new TeleporterMazeBootcamp.Puzzle(List.of("S1#1", "###X"), 0, 7, List.of("R", "D"));
        assertThat(camp.check(puzzle, camp.parse("R D")).verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(camp.check(puzzle, camp.parse("R R")).detail()).contains("leaves the grid");
    }

    @Test
    void theKnightMustJumpInAnL() {
        KnightMazeBootcamp camp = new KnightMazeBootcamp();
        // a 4 by 4 board: the knight on a1 (bottom left), target c2
        KnightMazeBootcamp.Puzzle puzzle = new KnightMazeBootcamp.Puzzle(List.of("....", "....", "..T.", "N..."), 12, 10, List.of("c2"));
        assertThat(camp.check(puzzle, camp.parse("c2")).verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(camp.check(puzzle, camp.parse("b2")).detail()).contains("not a knight's move");
        assertThat(camp.check(puzzle, camp.parse("b3 d4 c2")).verdict()).isEqualTo(Verdict.PARTIAL);
    }

    @Test
    void aGateOpensOnlyAtMultiplesOfItsNumber() {
        TimedGateMazeBootcamp camp = new TimedGateMazeBootcamp();
        // the gate 3 is the second cell: entering it with the first action (clock 1) is refused, after two waits (clock 3) allowed
        TimedGateMazeBootcamp.Puzzle puzzle = new TimedGateMazeBootcamp.Puzzle(List.of("S3G"), 0, 2, List.of("W", "W", "R", "R"));
        assertThat(camp.check(puzzle, camp.parse("R R")).detail()).contains("clock reads 1");
        assertThat(camp.check(puzzle, camp.parse("W W R R")).verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(camp.check(puzzle, camp.parse("wait wait wait wait wait R R")).verdict()).isEqualTo(Verdict.PARTIAL);
    }

    @Test
    void theRoverNeedsFuelForEveryStep() {
        FuelMazeBootcamp camp = new FuelMazeBootcamp();
        // a tank of 3: straight east runs dry one cell short of G; the pump below the third cell refills it
        FuelMazeBootcamp.Puzzle puzzle = new FuelMazeBootcamp.Puzzle(List.of("S...G", "##P##"), 0, 4, 3, List.of("E", "E", "S", "N", "E", "E"));
        assertThat(camp.check(puzzle, camp.parse("E E E E")).detail()).contains("step 4").contains("empty tank");
        assertThat(camp.check(puzzle, camp.parse("E E S N E")).verdict()).isEqualTo(Verdict.WRONG);
        assertThat(camp.check(puzzle, camp.parse("E E S N E E")).verdict()).isEqualTo(Verdict.CORRECT);
    }
}
