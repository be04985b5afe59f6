package dev.bootcamp.camps.interactive;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bootcamp.api.Turn;
import dev.bootcamp.api.Verdict;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalculatorToolBootcampTest {
    private final CalculatorToolBootcamp bootcamp = new CalculatorToolBootcamp();
    // 12 * 3 + 4 = 40; the expert's calls: 12 * 3, then r1 + 4.
    private final CalculatorToolBootcamp.State start = new CalculatorToolBootcamp.State("12 * 3 + 4", List.of("12 * 3", "r1 + 4"),
            BigInteger.valueOf(40), List.of(), "", 5);

    @Test
    void callsStoreNamedResultsAndTheExactAnswerWins() {
        Turn<CalculatorToolBootcamp.State> first = bootcamp.act(start, bootcamp.expertAction(start));
        assertThat(first.observation()).isEqualTo("r1 = 36");
        Turn<CalculatorToolBootcamp.State> second = bootcamp.act(first.state(), "calc r1 + 4");
        assertThat(second.observation()).isEqualTo("r2 = 40");
        assertThat(bootcamp.expertAction(second.state())).isEqualTo("answer 40");
        Turn<CalculatorToolBootcamp.State> answer = bootcamp.act(second.state(), "answer 40");
        assertThat(answer.done()).isTrue();
        assertThat(bootcamp.outcome(answer.state()).verdict()).isEqualTo(Verdict.CORRECT);
    }

    @Test
    void aWrongAnswerLosesAndEndsTheEpisode() {
        Turn<CalculatorToolBootcamp.State> answer = bootcamp.act(start, "answer: 41");
        assertThat(answer.done()).isTrue();
        assertThat(bootcamp.outcome(answer.state()).verdict()).isEqualTo(Verdict.WRONG);
        assertThat(bootcamp.outcome(answer.state()).detail()).isEqualTo("answered 41; the value was 40");
        assertThat(bootcamp.outcome(start).verdict()).isEqualTo(Verdict.WRONG);
    }

    @Test
    void refusedCallsSayWhyAndChangeNothing() {
        Turn<CalculatorToolBootcamp.State> tooMany = bootcamp.act(start, "calc 12 * 3 + 4 - 0");
        assertThat(tooMany.observation()).isEqualTo("The calculator refused that call: at most 2 operations per call. Nothing was stored.");
        assertThat(tooMany.state()).isEqualTo(start);
        assertThat(bootcamp.act(start, "what is it?").observation()).startsWith("Unreadable call \"what is it?\". Use \"calc EXPRESSION\"");
        assertThat(bootcamp.act(start, "answer soon").observation()).startsWith("Give the answer as a whole number");
        assertThat(bootcamp.act(start, "calc " + "(".repeat(1900)).observation()).contains("refused");
        assertThat(bootcamp.act(start, "answer " + "9".repeat(1990)).state().answered()).isEmpty();
    }
}
