package dev.bootcamp.camps.interactive;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bootcamp.api.Turn;
import dev.bootcamp.api.Verdict;
import dev.bootcamp.camps.kit.playboards.LightsAlgebra;
import dev.bootcamp.camps.kit.playboards.WordGame;
import java.util.List;
import org.junit.jupiter.api.Test;

class PuzzlePlayTest {
    private final LightsOutPlayBootcamp lights = new LightsOutPlayBootcamp();
    private final MinesweeperPlayBootcamp mines = new MinesweeperPlayBootcamp();
    private final SlidingTilesPlayBootcamp tiles = new SlidingTilesPlayBootcamp();
    private final SokobanPlayBootcamp sokoban = new SokobanPlayBootcamp();
    private final WordlePlayBootcamp wordle = new WordlePlayBootcamp();
    private final LetterLockPlayBootcamp lock = new LetterLockPlayBootcamp();
    private final PegSolitairePlayBootcamp pegs = new PegSolitairePlayBootcamp();
    private final TiltMarblesPlayBootcamp tilt = new TiltMarblesPlayBootcamp();

    @Test
    void lightsOutPressesToggleAPlusAndWinWhenDark() {
        // The 3x3 board made by pressing the centre: B1, A2, B2, C2, B3 are on.
        var state = new LightsOutPlayBootcamp.State(3, 3, LightsAlgebra.press(3, 3, 4), 1, 4);
        assertThat(lights.expertAction(state)).isEqualTo("B2");
        var corner = lights.act(state, "press A1");
        assertThat(corner.state().lit()).isEqualTo(LightsAlgebra.press(3, 3, 4) ^ 0b000_001_011L);
        assertThat(corner.done()).isFalse();
        var won = lights.act(state, "b2");
        assertThat(won.done()).isTrue();
        assertThat(lights.outcome(won.state()).verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(lights.outcome(state).verdict()).isEqualTo(Verdict.WRONG);
        var unread = lights.act(state, "D7");
        assertThat(unread.state()).isEqualTo(state);
        assertThat(unread.observation()).startsWith("I could not read a cell");
    }

    @Test
    void minesweeperOpensDeducedCellsAndLosesOnAMine() {
        // Mines at B2 and A3; row 1 is open showing 1 1 1. A2 and C2 are provably safe, A2 first in row order.
        var state = new MinesweeperPlayBootcamp.State(3, 3, "....*.*..", "111######", false, 5);
        assertThat(mines.expertAction(state)).isEqualTo("A2");
        Turn<MinesweeperPlayBootcamp.State> opened = mines.act(state, "C2");
        assertThat(opened.state().shown()).isEqualTo("111##1###");
        assertThat(opened.observation()).startsWith("You opened C2: it shows 1.");
        var boom = mines.act(state, "open B2");
        assertThat(boom.done()).isTrue();
        assertThat(mines.outcome(boom.state()).verdict()).isEqualTo(Verdict.WRONG);
        assertThat(mines.act(state, "A1").observation()).isEqualTo("A1 is already open. Nothing changed.");
        assertThat(mines.act(state, "flag B2").observation()).startsWith("This game has no flags");
        var almost = new MinesweeperPlayBootcamp.State(3, 3, "....*.*..", "1112#1#2#", false, 5);
        var won = mines.act(almost, "C3");
        assertThat(won.done()).isTrue();
        assertThat(mines.outcome(won.state()).verdict()).isEqualTo(Verdict.CORRECT);
    }

    @Test
    void slidingTilesMoveByDirectionOrNumber() {
        // Gap at the middle of the bottom row, tile 5 right of it: "left" (or "5") finishes.
        var state = new SlidingTilesPlayBootcamp.State(2, 3, "123450", "123405", 1, 3);
        assertThat(tiles.expertAction(state)).isEqualTo("left");
        var won = tiles.act(state, "5");
        assertThat(won.state().position()).isEqualTo("123450");
        assertThat(won.done()).isTrue();
        assertThat(tiles.outcome(won.state()).verdict()).isEqualTo(Verdict.CORRECT);
        var down = tiles.act(state, "Down");
        assertThat(down.state().position()).isEqualTo("103425");
        assertThat(down.observation()).startsWith("Tile 2 slid down.");
        assertThat(tiles.act(state, "up").observation()).startsWith("No tile can slide up");
        assertThat(tiles.act(state, "1").observation()).startsWith("Tile 1 is not next to the gap");
        assertThat(tiles.outcome(state).verdict()).isEqualTo(Verdict.WRONG);
    }

    @Test
    void sokobanPushesBoxesAndRefusesBlockedMoves() {
        String room = "######" + "#----#" + "#-.--#" + "#----#" + "#----#" + "######";
        var state = new SokobanPlayBootcamp.State(room, 6, 21, List.of(20), 3, 6);
        assertThat(sokoban.expertAction(state)).isEqualTo("down");
        var pushedLeft = sokoban.act(state, "left");
        assertThat(pushedLeft.state().boxes()).containsExactly(19);
        assertThat(pushedLeft.observation()).startsWith("You pushed a box left.");
        var below = new SokobanPlayBootcamp.State(room, 6, 26, List.of(20), 1, 4);
        assertThat(sokoban.act(below, "down").observation()).startsWith("You cannot move down");
        var won = sokoban.act(below, "U");
        assertThat(won.done()).isTrue();
        assertThat(sokoban.outcome(won.state()).verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(sokoban.act(state, "jump").observation()).startsWith("I could not read a direction");
        assertThat(sokoban.outcome(state).verdict()).isEqualTo(Verdict.WRONG);
    }

    @Test
    void wordleMarksEachLetterOfTheSecretOnce() {
        var state = new WordGame.State(5, 40, 1L, "apple", 6, List.of());
        assertThat(wordle.act(state, "my guess: PAPER").observation()).isEqualTo("paper  Y Y G Y .");
        var won = wordle.act(state, "apple");
        assertThat(won.done()).isTrue();
        assertThat(wordle.outcome(won.state()).verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(wordle.act(state, "pear").observation()).startsWith("I could not read a guess");
        assertThat(wordle.outcome(wordle.act(state, "paper").state()).verdict()).isEqualTo(Verdict.WRONG);
    }

    @Test
    void theLetterLockMarksOnlyRightPlaces() {
        var state = new WordGame.State(5, 40, 1L, "apple", 6, List.of());
        assertThat(lock.act(state, "ample").observation()).isEqualTo("ample  G . G G G");
        assertThat(lock.act(state, "paper").observation()).isEqualTo("paper  . . G . .");
    }

    @Test
    void theWordExpertGuessesAConsistentCandidate() {
        var state = new WordGame.State(5, 40, 7L, "", 6, List.of());
        List<String> candidates = WordGame.candidates(state);
        String secret = candidates.get(candidates.size() - 1);
        var playing = new WordGame.State(5, 40, 7L, secret, 6, List.of());
        String first = wordle.expertAction(playing);
        assertThat(first).isEqualTo(candidates.get(0));
        var after = wordle.act(playing, first).state();
        String second = wordle.expertAction(after);
        assertThat(candidates).contains(second);
        assertThat(wordle.act(new WordGame.State(5, 40, 7L, second, 6, List.of()), first).observation())
                .isEqualTo(wordle.act(playing, first).observation());
    }

    @Test
    void pegsJumpOverPegsIntoHoles() {
        // A 1x4 row: pegs at A1, B1 and D1. Only B1 can jump, right or left? Left lands off the board; right needs C1
        // to hold a peg. A1 jumps right over B1 into C1, then D1 jumps left over C1 into B1: one peg.
        long start = 0b1011L;
        var state = new PegSolitairePlayBootcamp.State(1, 4, start, 2, 4);
        assertThat(pegs.expertAction(state)).isEqualTo("A1 right");
        var first = pegs.act(state, "A1 C1");
        assertThat(first.state().pegs()).isEqualTo(0b1100L);
        assertThat(first.observation()).startsWith("The peg at A1 jumped right to C1.");
        var won = pegs.act(first.state(), "d1 left");
        assertThat(won.state().pegs()).isEqualTo(0b0010L);
        assertThat(won.done()).isTrue();
        assertThat(pegs.outcome(won.state()).verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(pegs.act(state, "B1 right").observation()).startsWith("The peg at B1 cannot jump right");
        assertThat(pegs.act(state, "A1").observation()).startsWith("I could not read where the peg at A1 jumps");
        assertThat(pegs.act(state, "hop").observation()).startsWith("I could not read a jump");
        assertThat(pegs.outcome(first.state()).verdict()).isEqualTo(Verdict.WRONG);
    }

    @Test
    void marblesRollTogetherUntilBlockedAndDropIntoTheHole() {
        // A 3x3 floor inside walls, cells numbered row * 5 + column: the hole at cell 6 (top left of the floor),
        // marbles at 8 (top right) and 16 (bottom left).
        String board = "#####" + "#H--#" + "#---#" + "#---#" + "#####";
        var state = new TiltMarblesPlayBootcamp.State(board, 5, List.of(8, 16), 2, 0, 4);
        var left = tilt.act(state, "tilt left");
        assertThat(left.state().marbles()).containsExactly(16);
        assertThat(left.observation()).startsWith("You tilted the board left. A marble dropped into the hole.");
        assertThat(tilt.act(state, "right").state().marbles()).containsExactly(8, 18);
        assertThat(tilt.act(state, "down").state().marbles()).containsExactly(16, 18);
        // Stacked in one column, the lower marble stops at the wall and the upper one against it.
        var stacked = new TiltMarblesPlayBootcamp.State(board, 5, List.of(12, 17), 2, 0, 4);
        assertThat(tilt.act(stacked, "down").state().marbles()).containsExactly(12, 17);
        // Up drops the bottom left marble (it rolls onto the hole), then left drops the other: the expert's shortest way.
        assertThat(tilt.expertAction(state)).isEqualTo("up");
        var won = tilt.act(tilt.act(state, "up").state(), "left");
        assertThat(won.done()).isTrue();
        assertThat(tilt.outcome(won.state()).verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(tilt.outcome(state).verdict()).isEqualTo(Verdict.WRONG);
        assertThat(tilt.act(state, "shake it").observation()).startsWith("I could not read a tilt");
    }
}
