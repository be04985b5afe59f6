package dev.bootcamp.camps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bootcamp.camps.math.MatrixRankBootcamp;
import dev.bootcamp.camps.math.ProbabilityBootcamp;
import dev.bootcamp.verify.Rational;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Prompt and checker agree on the alternative forms that matrix-rank and probability promise to accept. */
class MathWitnessAnswersTest {
    private final MatrixRankBootcamp rank = new MatrixRankBootcamp();
    private final ProbabilityBootcamp probability = new ProbabilityBootcamp();

    @Test
    void matrixRankAcceptsZeroRowsAndEqualFractionsButNotAWrongRank() {
        for (int level = 1; level <= 10; level++) {
            MatrixRankBootcamp.Puzzle puzzle = rank.generate(rank.atLevel(level), new SplittableRandom(level));
            List<List<Rational>> echelon = puzzle.echelon();
            int columns = puzzle.matrix().get(0).size();
            String zeroRow = String.join(" ", Collections.nCopies(columns, "0"));
            String gold = rank.render(rank.solve(puzzle));
            assertThat(rank.check(puzzle, rank.parse(gold + "\n" + zeroRow)).passed()).isTrue();
            String doubled = String.join("\n", echelon.stream()
                    .map(row -> String.join(", ", row.stream().map(value -> value.numerator().multiply(BigInteger.TWO)
                            + "/" + value.denominator().multiply(BigInteger.TWO)).toList())).toList());
            assertThat(rank.check(puzzle, rank.parse(doubled)).passed()).isTrue();
            if (echelon.size() > 1) {
                List<List<Rational>> fewer = echelon.subList(0, echelon.size() - 1);
                assertThat(rank.check(puzzle, rank.parse(render(fewer))).passed()).isFalse();
            }
            assertThat(rank.check(puzzle, rank.parse(String.valueOf(echelon.size()))).passed()).isFalse();
        }
    }

    @Test
    void probabilityReadsLabelledLinesAndEqualForms() {
        ProbabilityBootcamp.Puzzle puzzle = probability.generate(probability.atLevel(5), new SplittableRandom(7));
        List<Rational> values = probability.solve(puzzle).values();
        List<String> labelled = new ArrayList<>();
        List<String> scaled = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            labelled.add((i + 1) + ". P = " + values.get(i));
            Rational value = values.get(i);
            scaled.add(value.numerator().multiply(BigInteger.valueOf(3)) + "/" + value.denominator().multiply(BigInteger.valueOf(3)));
        }
        assertThat(probability.check(puzzle, probability.parse(String.join("\n", labelled))).passed()).isTrue();
        assertThat(probability.check(puzzle, probability.parse(String.join("; ", scaled))).passed()).isTrue();
        List<String> swapped = new ArrayList<>(scaled);
        Collections.swap(swapped, 0, 1);
        boolean same = values.get(0).equals(values.get(1));
        assertThat(probability.check(puzzle, probability.parse(String.join("\n", swapped))).passed()).isEqualTo(same);
        assertThat(probability.check(puzzle, probability.parse(String.join("\n", scaled.subList(0, scaled.size() - 1)))).passed()).isFalse();
    }

    private static String render(List<List<Rational>> rows) {
        return String.join("\n", rows.stream().map(row -> String.join(" ", row.stream().map(Rational::toString).toList())).toList());
    }
}
