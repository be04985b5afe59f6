package dev.bootcamp.tests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bootcamp.api.Verdict;
import dev.bootcamp.camps.logic.ZebraPuzzleBootcamp;
import dev.bootcamp.camps.logic.ZebraPuzzleBootcamp.Puzzle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The zebra puzzle's prompt asks for each house's values "in this order" (the attributes as listed); the verifier holds
 * answers to that order, so the prompt and the verifier accept the same answers (issue 13).
 */
class ZebraAnswerOrderTest {
    private final ZebraPuzzleBootcamp bootcamp = new ZebraPuzzleBootcamp();

    @Test
    void valuesInTheStatedOrderAreCorrect() {
        for (long seed = 0; seed < 10; seed++) {
            Puzzle puzzle = bootcamp.generate(bootcamp.atLevel(3), new SplittableRandom(seed));
            assertThat(bootcamp.question(puzzle)).contains("in this order");
            String gold = bootcamp.render(bootcamp.solve(puzzle));
            assertThat(bootcamp.check(puzzle, bootcamp.parse(gold)).verdict()).as(gold).isEqualTo(Verdict.CORRECT);
        }
    }

    @Test
    void valuesOutOfTheStatedOrderAreWrong() {
        for (long seed = 0; seed < 10; seed++) {
            Puzzle puzzle = bootcamp.generate(bootcamp.atLevel(3), new SplittableRandom(seed));
            String swapped = String.join("\n", puzzle.solution().stream().map(row -> {
                List<String> values = new ArrayList<>(row);
                Collections.reverse(values);
                return "House " + (puzzle.solution().indexOf(row) + 1) + ": " + String.join(", ", values);
            }).toList());
            assertThat(bootcamp.check(puzzle, bootcamp.parse(swapped)).verdict()).as(swapped).isEqualTo(Verdict.WRONG);
            assertThat(bootcamp.check(puzzle, bootcamp.parse(swapped)).detail()).contains("should be its " + puzzle.attributes().get(0));
        }
    }
}
