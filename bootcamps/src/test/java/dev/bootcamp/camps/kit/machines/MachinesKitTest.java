package dev.bootcamp.camps.kit.machines;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MachinesKitTest {
    /** Accepts the words over a, b with an even number of a's. */
    private static final Dfa EVEN_A = new Dfa("ab", List.of(List.of(1, 0), List.of(0, 1)), List.of(true, false));
    /** Accepts every word. */
    private static final Dfa ALL = new Dfa("ab", List.of(List.of(0, 0)), List.of(true));

    @Test
    void aDfaRunsItsTable() {
        assertThat(EVEN_A.accepts("")).isTrue();
        assertThat(EVEN_A.accepts("abba")).isTrue();
        assertThat(EVEN_A.accepts("ab")).isFalse();
        assertThat(EVEN_A.accepts("aca")).isFalse();
    }

    @Test
    void theShortestDifferenceIsFoundInAlphabetOrder() {
        assertThat(Dfa.difference(ALL, EVEN_A)).isEqualTo("a");
        assertThat(Dfa.difference(EVEN_A, ALL)).isNull();
    }

    @Test
    void anNfaFollowsEmptyMovesBeforeAndAfterLetters() {
        // q0 -empty-> q1; q1 -a-> q2; q2 -empty-> q0; q0 -b-> q0
        Nfa nfa = new Nfa("ab", List.of(List.of(List.of(), List.of(0), List.of(1)), List.of(List.of(2), List.of(), List.of()),
                List.of(List.of(), List.of(), List.of(0))), List.of(false, false, true));
        assertThat(nfa.run("")).containsExactly(0, 1);
        assertThat(nfa.run("a")).containsExactly(0, 1, 2);
        assertThat(nfa.run("bb")).containsExactly(0, 1);
        assertThat(nfa.run("ab")).containsExactly(0, 1);
        assertThat(nfa.run("c")).isEmpty();
    }

    @Test
    void theMatcherMatchesWholeWords() {
        Regex regex = Regex.compile("a(b|c)*d", "abcd");
        assertThat(regex.matches("ad")).isTrue();
        assertThat(regex.matches("abcbd")).isTrue();
        assertThat(regex.matches("abcb")).isFalse();
        assertThat(regex.matches("xabd")).isFalse();
        Regex counted = Regex.compile("[^a]{2,3}a?", "abc");
        assertThat(counted.matches("bc")).isTrue();
        assertThat(counted.matches("cbca")).isTrue();
        assertThat(counted.matches("b")).isFalse();
        assertThat(counted.matches("bbbb")).isFalse();
        assertThat(Regex.compile("(a|)+b", "ab").matches("aab")).isTrue();
    }

    @Test
    void theMatcherIsLinearOnPathologicalPatterns() {
        Regex regex = Regex.compile("(a*)*(a*)*(a*)*b", "ab");
        assertThat(regex.matches("a".repeat(20_000))).isFalse();
    }

    @Test
    void witnessesHaveTheAskedLengthAndMatch() {
        Regex regex = Regex.compile("a(ba)*b{2}", "ab");
        SplittableRandom random = new SplittableRandom(7);
        assertThat(regex.witness(7, random)).isEqualTo("abababb");
        assertThat(regex.witness(4, random)).isNull();
    }

    @Test
    void aRegisterProgramSumsOneToFive() {
        List<String> program = List.of("set i 5", "add s i", "dec i", "jnz i 2");
        RegisterMachine.Run run = RegisterMachine.run(program, Map.of(), 100);
        assertThat(run.halted()).isTrue();
        assertThat(run.registers()).containsEntry("s", 15L).containsEntry("i", 0L);
        assertThat(run.steps()).isEqualTo(1 + 5 * 3);
    }

    @Test
    void aLoopingRegisterProgramStopsAtTheStepLimit() {
        RegisterMachine.Run run = RegisterMachine.run(List.of("inc a", "jmp 1"), Map.of(), 50);
        assertThat(run.halted()).isFalse();
        assertThat(run.steps()).isEqualTo(50);
        assertThat(RegisterMachine.run(List.of("set a 17", "mod a x"), Map.of("x", 5L), 10).registers()).containsEntry("a", 2L);
    }
}
