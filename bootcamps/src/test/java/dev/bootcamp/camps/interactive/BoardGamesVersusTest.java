package dev.bootcamp.camps.interactive;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bootcamp.api.Turn;
import dev.bootcamp.api.Verdict;
import dev.bootcamp.camps.kit.opponents.PinGame.Row;
import dev.bootcamp.camps.kit.opponents.Versus.State;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoardGamesVersusTest {
    private final KaylesVersusBootcamp kayles = new KaylesVersusBootcamp();
    private final DawsonsKaylesVersusBootcamp dawsons = new DawsonsKaylesVersusBootcamp();
    private final ChompVersusBootcamp chomp = new ChompVersusBootcamp();

    private static State<Row> row(String pins) {
        return new State<>(new Row(pins), 5, 0, 10, "playing");
    }

    private static State<ChompVersusBootcamp.Bar> bar(Integer... rows) {
        List<Integer> lengths = new ArrayList<>(List.of(rows));
        while (lengths.size() < 8) {
            lengths.add(0);
        }
        return new State<>(new ChompVersusBootcamp.Bar(lengths), 5, 0, 10, "playing");
    }

    @Test
    void theKaylesOpponentSplitsARunOfThreeEvenly() {
        // After "knock 1" the opponent faces a run of 3 (value 3); knocking its middle pin leaves two runs of 1 (1 ^ 1 = 0).
        Turn<State<Row>> turn = kayles.act(row("IIII."), "knock 1");
        assertThat(turn.observation()).startsWith("You: knock 1. Opponent: knock 3.");
        assertThat(turn.state().position().pins()).isEqualTo(".I.I.");
        // The expert takes the middle two of four at once (values 1 ^ 1 = 0).
        assertThat(kayles.expertAction(row("IIII."))).isEqualTo("knock 2 3");
    }

    @Test
    void illegalKnocksSayWhy() {
        assertThat(kayles.act(row("IIII."), "knock 1 3").observation()).startsWith("Two pins knocked together must be next to each other");
        assertThat(kayles.act(row("IIII."), "knock 5").observation()).startsWith("Pin 5 is already down. Your turn is lost.");
        assertThat(kayles.act(row("IIII."), "knock 9").observation()).startsWith("There is no pin 9; the pins are numbered 1 to 5.");
        assertThat(kayles.act(row("IIII."), "").observation()).startsWith("Write a move as 'knock N M'");
        assertThat(dawsons.act(row("IIII."), "knock 2").observation()).startsWith("A move knocks down exactly two neighbouring pins");
    }

    @Test
    void theLastKnockWinsAndAStrandedPinLosesInDawsonsKayles() {
        Turn<State<Row>> won = kayles.act(row(".II.."), "knock 2 3");
        assertThat(won.done()).isTrue();
        assertThat(kayles.outcome(won.state()).verdict()).isEqualTo(Verdict.CORRECT);
        // Dawson's: knocking 1 2 of "IIII" leaves "..II" and the opponent takes the last pair; the player is left with no move.
        Turn<State<Row>> lost = dawsons.act(row("IIII"), "knock 1 2");
        assertThat(lost.done()).isTrue();
        assertThat(lost.observation()).contains("Opponent: knock 3 4.").endsWith("you lose.");
        assertThat(dawsons.outcome(lost.state()).verdict()).isEqualTo(Verdict.WRONG);
        // Knocking 2 3 leaves two lone pins: the opponent cannot move, so the player has won.
        assertThat(dawsons.act(row("IIII"), "knock 2 3").done()).isTrue();
    }

    @Test
    void theChompOpponentTakesTheOnlyWinningSquare() {
        // Rows of 3 and 1 squares: eating C1 leaves rows of 2 and 1 for the opponent, and that bar is lost for the side to move: B1 leaves a column of 2 and A2 leaves a row of 2, each answered by the
        // last square. So from [3, 1] the player should eat C1; eating A2 leaves [3], where the opponent eats B1 and wins.
        assertThat(chomp.expertAction(bar(3, 1))).isEqualTo("C1");
        Turn<State<ChompVersusBootcamp.Bar>> lost = chomp.act(bar(3, 1), "A2");
        assertThat(lost.observation()).startsWith("You: A2. Opponent: B1.").endsWith("you lose.");
        assertThat(chomp.outcome(lost.state()).verdict()).isEqualTo(Verdict.WRONG);
        Turn<State<ChompVersusBootcamp.Bar>> won = chomp.act(bar(2), "B1");
        assertThat(won.done()).isTrue();
        assertThat(chomp.outcome(won.state()).verdict()).isEqualTo(Verdict.CORRECT);
    }

    @Test
    void chompRefusesThePoisonAndMissingSquares() {
        assertThat(chomp.act(bar(3, 1), "a1").observation()).startsWith("A1 is the poisoned square");
        assertThat(chomp.act(bar(3, 1), "B2").observation()).startsWith("B2 is not on the bar");
        assertThat(chomp.act(bar(3, 1), "eat the corner").observation()).startsWith("Write a move as a square's column letter");
    }
}
