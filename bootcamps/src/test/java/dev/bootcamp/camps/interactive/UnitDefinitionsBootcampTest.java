package dev.bootcamp.camps.interactive;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bootcamp.api.Turn;
import dev.bootcamp.api.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnitDefinitionsBootcampTest {
    private final UnitDefinitionsBootcamp bootcamp = new UnitDefinitionsBootcamp();
    // Base zint; 1 bolo = 4 zint; 1 kapa = 3 bolo; 1 mire = 6 zint. How many mire are 5 kapa? 5 * 12 / 6 = 10.
    // How many kapa are 5 mire? 5 * 6 / 12 = 5/2.
    private final UnitDefinitionsBootcamp.State start = new UnitDefinitionsBootcamp.State(List.of("zint", "bolo", "kapa", "mire"),
            List.of(-1, 0, 1, 0), List.of(1, 4, 3, 6), 5, 2, 3, List.of(), "", 6);

    @Test
    void definitionsAreLookedUp() {
        assertThat(bootcamp.act(start, "define kapa").observation()).isEqualTo("1 kapa = 3 bolo");
        assertThat(bootcamp.act(start, "please define mires").observation()).isEqualTo("1 mire = 6 zint");
        assertThat(bootcamp.act(start, "define zint").observation()).isEqualTo("The zint is the base unit.");
        assertThat(bootcamp.act(start, "define foot").observation()).startsWith("The dictionary has no such unit.");
        assertThat(UnitDefinitionsBootcamp.plan(start)).containsExactly(2, 1, 3);
        assertThat(bootcamp.expertAction(start)).isEqualTo("define kapa");
    }

    @Test
    void theExactAmountWinsEvenAsAFraction() {
        Turn<UnitDefinitionsBootcamp.State> won = bootcamp.act(start, "answer: 10 mire");
        assertThat(won.done()).isTrue();
        assertThat(bootcamp.outcome(won.state()).verdict()).isEqualTo(Verdict.CORRECT);
        UnitDefinitionsBootcamp.State back = new UnitDefinitionsBootcamp.State(start.names(), start.parents(), start.factors(), 5, 3, 2,
                List.of(), "", 6);
        assertThat(bootcamp.outcome(bootcamp.act(back, "answer 10/4").state()).verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(bootcamp.outcome(bootcamp.act(back, "answer 2.5").state()).verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(bootcamp.outcome(bootcamp.act(back, "answer 2").state()).detail()).isEqualTo("answered 2; the amount was 5/2");
    }

    @Test
    void unreadableAnswersSayWhy() {
        assertThat(bootcamp.act(start, "answer ten").observation()).startsWith("Give the answer as a whole number or a fraction");
        assertThat(bootcamp.act(start, "answer 1/0").done()).isFalse();
        assertThat(bootcamp.act(start, "answer 7/" + "(".repeat(150) + "1").state()).isEqualTo(start);
        assertThat(bootcamp.act(start, "convert it").observation()).startsWith("Unreadable command");
    }
}
