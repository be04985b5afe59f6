package dev.bootcamp.camps.kit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Verdict;
import dev.bootcamp.camps.kit.CipherTask.Letters;
import dev.bootcamp.camps.kit.CipherTask.Slip;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class CipherTaskTest {
    /** A reversing "cipher": the puzzle is the ciphertext, the answer its reverse. */
    private static final class Reverse implements CipherTask<String> {
        @Override
        public String expected(String puzzle) {
            return new StringBuilder(puzzle).reverse().toString();
        }

        @Override
        public List<Slip> slips(String puzzle) {
            return List.of(new Slip(puzzle, "this is the ciphertext"));
        }

        @Override
        public BootcampInfo info() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Knobs atLevel(int level) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String generate(Knobs knobs, RandomGenerator random) {
            return "ABCD";
        }

        @Override
        public String question(String puzzle) {
            return puzzle;
        }

        @Override
        public String render(Letters answer) {
            return answer.letters();
        }

        @Override
        public Letters parse(String text) {
            return new Letters(CipherText.parseLetters(text));
        }
    }

    @Test
    void checkNamesTheSlipThenTheFirstWrongLetter() {
        Reverse task = new Reverse();
        assertThat(task.check("ABCD", task.solve("ABCD")).verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(task.check("ABCD", new Letters("ABCD")).detail()).isEqualTo("this is the ciphertext");
        assertThat(task.check("ABCD", new Letters("DCBB")).detail()).startsWith("letter 4 is B but should be A");
    }

    @Test
    void nearMissesAreWrongDistinctAndNeverEmpty() {
        Reverse task = new Reverse();
        List<Letters> misses = task.nearMisses("ABCD", task.solve("ABCD"), new SplittableRandom(5));
        assertThat(misses).isNotEmpty().doesNotHaveDuplicates().doesNotContain(new Letters("DCBA"));
        assertThat(misses).allSatisfy(miss -> assertThat(task.check("ABCD", miss).verdict()).isEqualTo(Verdict.WRONG));
    }

    @Test
    void codecWritesBlocksAndReadsLettersOnly() {
        assertThat(CipherTask.letters(2).render(new Letters("ABCDE"))).isEqualTo("AB CD E");
        assertThat(CipherTask.letters().parse("ab, cd!")).isEqualTo(new Letters("ABCD"));
        assertThat(KeySquare.of("KEY")).startsWith("KEYABCD").hasSize(25).doesNotContain("J");
        assertThat(KeySquare.row(KeySquare.of(""), 1)).isEqualTo("F G H I K");
    }
}
