package dev.bootcamp.camps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bootcamp.camps.math.CombinatoricsCountBootcamp;
import dev.bootcamp.camps.math.CombinatoricsCountBootcamp.Answer;
import dev.bootcamp.camps.math.CombinatoricsCountBootcamp.Puzzle;
import java.math.BigInteger;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The prompt asks for counts separated by semicolons; labelled counts on separate lines read the same. */
class CombinatoricsCountAnswerTest {
    private final CombinatoricsCountBootcamp bootcamp = new CombinatoricsCountBootcamp();

    @Test
    void labelledCountsOnLinesAreReadInOrder() {
        for (int level : List.of(1, 6, 10)) {
            Puzzle puzzle = bootcamp.generate(bootcamp.atLevel(level), new SplittableRandom(level));
            Answer gold = bootcamp.solve(puzzle);
            assertThat(bootcamp.question(puzzle)).contains("separated by semicolons");
            assertThat(bootcamp.check(puzzle, bootcamp.parse(bootcamp.render(gold))).passed()).isTrue();
            StringBuilder labelled = new StringBuilder();
            for (int i = 0; i < gold.values().size(); i++) {
                labelled.append("Problem ").append(i + 1).append(": ").append(gold.values().get(i)).append('\n');
            }
            assertThat(bootcamp.check(puzzle, bootcamp.parse(labelled.toString())).passed()).isTrue();
        }
    }

    @Test
    void everyCountMustBeRightAndInOrder() {
        Puzzle puzzle = bootcamp.generate(bootcamp.atLevel(4), new SplittableRandom(7));
        List<BigInteger> counts = bootcamp.solve(puzzle).values();
        assertThat(bootcamp.check(puzzle, new Answer(counts.subList(0, 1))).passed()).isFalse();
        assertThat(bootcamp.check(puzzle, new Answer(List.of(counts.get(0), counts.get(1).add(BigInteger.ONE)))).passed()).isFalse();
        if (!counts.get(0).equals(counts.get(1))) {
            assertThat(bootcamp.check(puzzle, new Answer(List.of(counts.get(1), counts.get(0)))).passed()).isFalse();
        }
    }
}
