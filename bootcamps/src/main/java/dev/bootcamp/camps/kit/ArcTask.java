package dev.bootcamp.camps.kit;

import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.ArcGrids.Example;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * An ARC rule bootcamp: a bootcamp that {@code extends Camp<Puzzle, ArcTask.Answer>} and implements this interface
 * gives its hidden rule ({@link #apply}) and the neighbouring rules' test outputs ({@link #neighbours}), and gets the
 * shared prompt, the solver (the rule applied to the test input), the cell-by-cell check and near misses.
 *
 * @param <P> the puzzle
 */
public interface ArcTask<P extends ArcTask.Puzzle> extends Bootcamp<P, ArcTask.Answer> {
    /** What every ARC puzzle record shows and keeps: the examples, the test input and its output (never shown). */
    interface Puzzle {
        List<Example> examples();

        List<String> test();

        List<String> output();
    }

    /** The output grid as rows of digits. */
    record Answer(List<String> rows) {
        public Answer {
            rows = List.copyOf(rows);
        }
    }

    /** The puzzle's hidden rule applied to a grid. */
    int[][] apply(P puzzle, int[][] grid);

    /** What neighbouring rules make of the test input, for near misses; null entries are skipped. */
    List<int[][]> neighbours(P puzzle, int[][] test);

    /** The shared prompt; never the rule. */
    @Override
    default String question(P puzzle) {
        return ArcGrids.question(puzzle.examples(), puzzle.test());
    }

    @Override
    default Answer solve(P puzzle) {
        return new Answer(ArcGrids.rows(apply(puzzle, ArcGrids.grid(puzzle.test()))));
    }

    /** CORRECT when the shape and every cell match the test output; no partial credit. */
    @Override
    default Score check(P puzzle, Answer answer) {
        return ArcGrids.check(puzzle.output(), answer.rows());
    }

    /** {@link ArcGrids#nearMisses} with the neighbouring rules' outputs. */
    @Override
    default List<Answer> nearMisses(P puzzle, Answer gold, RandomGenerator random) {
        List<List<String>> alternatives = neighbours(puzzle, ArcGrids.grid(puzzle.test())).stream().filter(Objects::nonNull).map(ArcGrids::rows).toList();
        return ArcGrids.nearMisses(gold.rows(), puzzle.test(), alternatives, random).stream().map(Answer::new).toList();
    }

    /** The answer codec: rows of digits written together, read leniently by {@link ArcGrids#parse}. */
    static Codec<Answer> codec() {
        return Codec.of(ArcGrids::render, ArcGrids::parse).map(Answer::new, Answer::rows);
    }

    /** The first {@code count} inputs with their outputs, as examples. */
    static List<Example> examples(List<int[][]> inputs, List<int[][]> outputs, int count) {
        List<Example> examples = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            examples.add(new Example(ArcGrids.rows(inputs.get(i)), ArcGrids.rows(outputs.get(i))));
        }
        return examples;
    }
}
