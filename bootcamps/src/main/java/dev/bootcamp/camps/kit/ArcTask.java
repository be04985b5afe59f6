package dev.bootcamp.camps.kit;

import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.ArcGrids.Example;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The task shape the ARC rule bootcamps share: a puzzle of examples, a test input and its output, one prompt template,
 * the output grid as the answer, a cell-by-cell check and near misses. A bootcamp's own part is its rule (how outputs
 * are made, what makes the examples determine it, and which neighbouring rules make good near misses).
 */
public final class ArcTask {
    private ArcTask() {}

    /** What every ARC puzzle record shows and keeps: the examples, the test input and its output (never shown). */
    public interface Puzzle {
        List<Example> examples();

        List<String> test();

        List<String> output();
    }

    /** The output grid as rows of digits. */
    public record Answer(List<String> rows) {
        public Answer {
            rows = List.copyOf(rows);
        }
    }

    /** The answer codec: rows of digits written together, read leniently by {@link ArcGrids#parse}. */
    public static Codec<Answer> codec() {
        return Codec.of(ArcGrids::render, ArcGrids::parse).map(Answer::new, Answer::rows);
    }

    /** The grid as an answer. */
    public static Answer answer(int[][] grid) {
        return new Answer(ArcGrids.rows(grid));
    }

    /** The shared prompt; never the rule. */
    public static String question(Puzzle puzzle) {
        return ArcGrids.question(puzzle.examples(), puzzle.test());
    }

    /** CORRECT when the shape and every cell match the test output; no partial credit. */
    public static Score check(Puzzle puzzle, Answer answer) {
        return ArcGrids.check(puzzle.output(), answer.rows());
    }

    /** {@link ArcGrids#nearMisses} as answers, with the given outputs of neighbouring rules. */
    public static List<Answer> nearMisses(Puzzle puzzle, Answer gold, List<List<String>> alternatives, RandomGenerator random) {
        return ArcGrids.nearMisses(gold.rows(), puzzle.test(), alternatives, random).stream().map(Answer::new).toList();
    }

    /** The first {@code count} inputs with their outputs, as examples. */
    public static List<Example> examples(List<int[][]> inputs, List<int[][]> outputs, int count) {
        List<Example> examples = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            examples.add(new Example(ArcGrids.rows(inputs.get(i)), ArcGrids.rows(outputs.get(i))));
        }
        return examples;
    }
}
