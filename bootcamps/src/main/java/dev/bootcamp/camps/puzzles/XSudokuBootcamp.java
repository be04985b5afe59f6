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
import dev.bootcamp.camps.kit.Grid;
import dev.bootcamp.camps.kit.LatinRules;
import java.util.List;
import java.util.random.RandomGenerator;

/** X-Sudoku: a Sudoku whose two main diagonals must also hold every digit once. */
@AutoService(Bootcamp.class)
public final class XSudokuBootcamp extends Camp<XSudokuBootcamp.Puzzle, XSudokuBootcamp.Answer> {
    private static final Knob<String> SIZE = Knob.choice("size", List.of("4", "6", "9"), "9", "side of the grid: 4, 6 or 9");
    private static final Knob<Double> HOLES = Knob.decimal("holes", 0.05, 1.0, 0.6, "fraction of the cells to empty; the generator"
            + " stops early when no further cell can be emptied without a second solution, so 1 gives a minimal puzzle");
    private static final BootcampInfo INFO = BootcampInfo.builder(XSudokuBootcamp.class)
            .title("X-Sudoku")
            .domain("puzzles")
            .tags("constraint-satisfaction", "diagonals", "grid", "sudoku-variant", "unique-solution")
            .summary("Complete a Sudoku of size 4 (2x2 boxes), 6 (boxes of 2 rows by 3 columns) or 9 (3x3 boxes) in which,"
                    + " besides every row, column and box, both main diagonals hold each digit once. Puzzles are made by"
                    + " emptying cells of a random full grid while the solution stays unique, proved by an independent"
                    + " dancing-links counter. The checker tests the rules and the givens and names the first one broken."
                    + " No partial credit.")
            .knob(SIZE)
            .knob(HOLES)
            .answerShape("the completed grid, one line per row from top to bottom, digits separated by spaces")
            .uniqueSolution()
            .build();

    private static final List<String> SIZES = List.of("4", "4", "6", "6", "9", "9", "9", "9", "9", "9");
    private static final double[] HOLES_AT = {0.4, 0.5, 0.55, 0.6, 0.6, 0.62, 0.66, 0.7, 0.8, 1.0};
    private static final long FILL_NODE_CAP = 20_000;
    /** Bounds one uniqueness test; a test that gives up keeps the cell, so uniqueness is never assumed. */
    private static final long REMOVE_NODE_CAP = 20_000;

    /** The givens (rows with '.' for an empty cell), the box shape, and the unique solution (never shown). */
    public record Puzzle(int size, int boxRows, int boxColumns, List<String> givens, List<String> solution) {
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

    public XSudokuBootcamp() {
        super(INFO, Codecs.grid("0123456789").map(Answer::new, Answer::rows));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(SIZE, SIZES.get(level - 1))
                .with(HOLES, HOLES_AT[level - 1]);
    }

    /** A random full grid, then cells emptied in random order while no solution changes the emptied cell. */
    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int size = Integer.parseInt(knobs.get(SIZE));
        int boxRows = size == 9 ? 3 : 2;
        LatinRules rules = LatinRules.of(size, boxRows, size / boxRows).withDiagonals();
        LatinRules.Dug dug = rules.generate(knobs.get(HOLES), FILL_NODE_CAP, REMOVE_NODE_CAP, random);
        return new Puzzle(size, boxRows, size / boxRows, dug.givens(), dug.solution());
    }

    @Override
    public String question(Puzzle puzzle) {
        int size = puzzle.size();
        String boxes = size == 9 ? "nine 3x3 boxes" : size == 6 ? "six boxes of 2 rows by 3 columns" : "four 2x2 boxes";
        return "Solve this " + size + "x" + size + " X-Sudoku. Fill every empty cell (shown as '.') with a digit from 1 to "
                + size + " so that every row, every column, each of the " + boxes + " (marked off by the lines in the grid)"
                + " and each of the two main diagonals (from the top-left corner to the bottom-right corner, and from the"
                + " top-right corner to the bottom-left corner) contains each digit from 1 to " + size + " exactly once."
                + " Keep the given digits as they are. The puzzle has exactly one solution.\n\n"
                + DigitGrids.picture(puzzle.givens(), puzzle.boxRows(), puzzle.boxColumns())
                + "\n\nAnswer with the completed grid: " + size + " lines, one per row from top to bottom, each with " + size
                + " digits separated by spaces (no box lines needed).";
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.solution());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        Score failed = rules(puzzle).check(answer.rows(), puzzle.givens());
        return failed != null ? failed : Score.correct("every row, column, box and both diagonals hold 1 to " + puzzle.size() + " once");
    }

    /** One open cell changed (a row repeats a digit), and two open cells of a row swapped (a column repeats). */
    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        return rules(puzzle).nearMisses(gold.rows(), puzzle.givens(), random).stream().map(Answer::new).toList();
    }

    @Override
    public double cost(Puzzle puzzle) {
        return Grid.of(puzzle.givens()).count('.');
    }

    /** Dancing links over the exact cover of cells and the digits of every row, column, box and diagonal. */
    @Override
    public long countSolutions(Puzzle puzzle, long limit) {
        return rules(puzzle).count(puzzle.givens(), limit, null);
    }

    /** Rows, columns (interleaved: row 1, column 1, row 2, ...), boxes, then the two diagonals. */
    private static LatinRules rules(Puzzle puzzle) {
        return LatinRules.of(puzzle.size(), puzzle.boxRows(), puzzle.boxColumns()).withDiagonals();
    }

}
