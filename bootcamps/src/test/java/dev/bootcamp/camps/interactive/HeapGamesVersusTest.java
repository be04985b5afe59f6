package dev.bootcamp.camps.interactive;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bootcamp.api.Turn;
import dev.bootcamp.api.Verdict;
import dev.bootcamp.camps.kit.opponents.HeapGame.Position;
import dev.bootcamp.camps.kit.opponents.Versus.State;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeapGamesVersusTest {
    private final NimVersusBootcamp nim = new NimVersusBootcamp();
    private final SubtractionGameVersusBootcamp subtraction = new SubtractionGameVersusBootcamp();
    private final WythoffVersusBootcamp wythoff = new WythoffVersusBootcamp();

    private static State<Position> nimAt(Integer... heaps) {
        return new State<>(new Position(List.of(heaps), List.of()), 5, 0, 10, "playing");
    }

    @Test
    void theNimOpponentRestoresAZeroNimSum() {
        // 3, 4, 5 less one from A is 2, 4, 5 (nim-sum 3); the only heap that can go down to its xor with 3 is A: 2 -> 1.
        Turn<State<Position>> turn = nim.act(nimAt(3, 4, 5), "take 1 from heap A");
        assertThat(turn.observation()).startsWith("You: take 1 from heap A. Opponent: take 1 from heap A.");
        assertThat(turn.state().position().heaps()).containsExactly(1, 4, 5);
        assertThat(turn.done()).isFalse();
    }

    @Test
    void theExpertLeavesAZeroNimSum() {
        assertThat(nim.expertAction(nimAt(3, 4, 5))).isEqualTo("take 2 from heap A");
    }

    @Test
    void anIllegalOrUnreadableMoveCostsTheTurnAndTheOpponentWaits() {
        Turn<State<Position>> illegal = nim.act(nimAt(3, 4, 5), "take 9 from heap B");
        assertThat(illegal.observation()).startsWith("Heap B has only 4 objects. Your turn is lost.");
        assertThat(illegal.state()).isEqualTo(nimAt(3, 4, 5));
        assertThat(illegal.done()).isFalse();
        assertThat(nim.act(nimAt(3, 4, 5), "\u0000 hello").observation()).startsWith("Write a move as 'take COUNT from heap LETTER'");
    }

    @Test
    void takingTheLastObjectWinsAndLeavingItLoses() {
        Turn<State<Position>> won = nim.act(nimAt(0, 0, 2), "take 2 from heap C");
        assertThat(won.done()).isTrue();
        assertThat(won.observation()).endsWith("You win!");
        assertThat(nim.outcome(won.state()).verdict()).isEqualTo(Verdict.CORRECT);

        Turn<State<Position>> lost = nim.act(nimAt(1, 1, 0), "take 1 from heap A");
        assertThat(lost.done()).isTrue();
        assertThat(lost.observation()).contains("Opponent: take 1 from heap B.").endsWith("you lose.");
        assertThat(nim.outcome(lost.state()).verdict()).isEqualTo(Verdict.WRONG);
        assertThat(nim.outcome(nimAt(3, 4, 5)).verdict()).isEqualTo(Verdict.WRONG);
    }

    @Test
    void aSubtractionGameAllowsOnlyItsAmounts() {
        // Take 1, 2 or 5: values 0 1 2 0 1 2 0 1 2 for heaps 0..8 (g5 = mex{g4=1, g3=0, g0=0} = 2). From 8 (value 2) less 1
        // = 7 (value 1) the opponent takes 1 to reach 6 (value 0); the expert takes 2 from 8 at once.
        State<Position> state = new State<>(new Position(List.of(8), List.of(1, 2, 5)), 5, 0, 10, "playing");
        assertThat(subtraction.act(state, "take 3 from heap A").observation()).startsWith("A move takes exactly 1, 2 or 5 objects, not 3.");
        Turn<State<Position>> turn = subtraction.act(state, "take 1 from heap A");
        assertThat(turn.observation()).startsWith("You: take 1 from heap A. Opponent: take 1 from heap A.");
        assertThat(subtraction.expertAction(state)).isEqualTo("take 2 from heap A");
    }

    @Test
    void theWythoffOpponentMovesToTheNextLostPair() {
        // Lost pairs: (1, 2), (3, 5), (4, 7), (6, 10). From (5, 7) the first winning move in order is 1 from A, to (4, 7).
        State<WythoffVersusBootcamp.Pair> state = new State<>(new WythoffVersusBootcamp.Pair(6, 7), 5, 0, 10, "playing");
        Turn<State<WythoffVersusBootcamp.Pair>> turn = wythoff.act(state, "take 1 from heap A");
        assertThat(turn.observation()).startsWith("You: take 1 from heap A. Opponent: take 1 from heap A.");
        assertThat(turn.state().position()).isEqualTo(new WythoffVersusBootcamp.Pair(4, 7));
        // From (6, 7) the expert's first winning move in order (A, then B, then both) is 2 from A, to (4, 7).
        assertThat(wythoff.expertAction(state)).isEqualTo("take 2 from heap A");
        assertThat(wythoff.act(state, "take 7 from both").observation()).startsWith("Heap A has only 6.");
        Turn<State<WythoffVersusBootcamp.Pair>> won = wythoff.act(new State<>(new WythoffVersusBootcamp.Pair(2, 2), 5, 0, 10, "playing"),
                "take 2 from both");
        assertThat(won.done()).isTrue();
        assertThat(wythoff.outcome(won.state()).verdict()).isEqualTo(Verdict.CORRECT);
    }
}
