package dev.bootcamp.camps.puzzles;

import static java.util.Objects.requireNonNull;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Camp;
import dev.bootcamp.camps.kit.Codecs;
import dev.bootcamp.camps.kit.DigitGrids;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.Grid;
import dev.bootcamp.camps.kit.GridSearch;
import dev.bootcamp.camps.kit.LatinRules;
import java.util.List;
import java.util.random.RandomGenerator;

/** Latin square completion: fill a partly given n x n grid so that every row and column holds 1..n once. */
@AutoService(Bootcamp.class)
public final class LatinSquareBootcamp extends Camp<LatinSquareBootcamp.Puzzle, LatinSquareBootcamp.Answer> {
    private static final Knob<Integer> SIZE = Knob.integer("size", 3, 9, 6, "side of the grid; cells hold the digits 1 to size");
    private static final Knob<Double> HOLES = Knob.decimal("holes", 0.05, 1.0, 0.6, "fraction of the cells to empty; the generator"
            + " stops early when no further cell can be emptied without a second completion, so 1 gives a minimal puzzle");
    private static final BootcampInfo INFO = BootcampInfo.builder(LatinSquareBootcamp.class)
            .title("Latin square completion")
            .domain("puzzles")
            .tags("constraint-satisfaction", "grid", "latin-square", "unique-solution")
            .summary("Complete a partly filled n x n grid so that every row and every column holds each digit from 1 to n"
                    + " exactly once. Puzzles are made by emptying cells of a random Latin square while the completion stays"
                    + " unique, proved by an independent dancing-links counter. The checker tests the rules and the givens"
                    + " and names the first one broken. No partial credit.")
            .knob(SIZE)
            .knob(HOLES)
            .answerShape("the completed grid, one line per row from top to bottom, digits separated by spaces")
            .uniqueSolution()
            .version(2)
            .build();

    private static final long FILL_NODE_CAP = 20_000;
    /** Bounds one uniqueness test; a test that gives up keeps the cell, so uniqueness is never assumed. */
    private static final long REMOVE_NODE_CAP = 5_000;

    /** The givens (rows with '.' for an empty cell) and the unique completion (never shown). */
    public record Puzzle(int size, List<String> givens, List<String> solution) {
        public Puzzle {
            givens = List.copyOf(givens);
            solution = List.copyOf(solution);
        }
    }

    /** A filled grid: rows top to bottom, one digit per cell. */
    public record Answer(List<String> rows) {
        public Answer {
            rows = List.copyOf(requireNonNull(rows, "rows is null"));
        }
    }

    public LatinSquareBootcamp() {
        super(INFO, Codecs.grid("0123456789").map(Answer::new, Answer::rows));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(SIZE, Draw.scale(level, 4, 9))
                .with(HOLES, Draw.scale(level, 40, 100) / 100.0);
    }

    /** A random Latin square, then cells emptied in random order while no completion changes the emptied cell. */
    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int size = knobs.get(SIZE);
        LatinRules.Dug dug = LatinRules.of(size, 0, 0).generate(knobs.get(HOLES), FILL_NODE_CAP, REMOVE_NODE_CAP, random);
        return new Puzzle(size, dug.givens(), dug.solution());
    }

    @Override
    public String question(Puzzle puzzle) {
        int size = puzzle.size();
        return "Complete this " + size + "x" + size + " Latin square. Fill every empty cell (shown as '.') with a digit"
                + " from 1 to " + size + " so that every row and every column contains each digit exactly once. Keep the"
                + " given digits as they are. The completion is unique.\n\n" + DigitGrids.render(puzzle.givens())
                + "\n\nAnswer with the completed grid: " + size + " lines, one per row from top to bottom, each with " + size
                + " digits separated by spaces.";
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.solution());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        Score failed = LatinRules.of(puzzle.size(), 0, 0).check(answer.rows(), puzzle.givens());
        return failed != null ? failed : Score.correct("every row and column holds 1 to " + puzzle.size() + " once, givens kept");
    }

    /** One open cell changed (a row repeats a digit), and two open cells of a row swapped (a column repeats). */
    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        return LatinRules.of(puzzle.size(), 0, 0).nearMisses(gold.rows(), puzzle.givens(), random).stream().map(Answer::new).toList();
    }

    @Override
    public double cost(Puzzle puzzle) {
        return Grid.of(puzzle.givens()).count('.');
    }

    /** Dancing links over the exact cover of cells, row-digit and column-digit pairs; independent of {@link GridSearch}. */
    @Override
    public long countSolutions(Puzzle puzzle, long limit) {
        return LatinRules.of(puzzle.size(), 0, 0).count(puzzle.givens(), limit, null);
    }
}
