package dev.bootcamp.camps.puzzles;

import static java.util.Objects.requireNonNull;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Camp;
import dev.bootcamp.camps.kit.Codec;
import dev.bootcamp.camps.kit.DigitGrids;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.Grid;
import dev.bootcamp.camps.kit.LatinRules;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;

/** Sudoku on 4x4, 6x6 and 9x9 grids, each puzzle with exactly one solution. */
@AutoService(Bootcamp.class)
public final class SudokuBootcamp extends Camp<SudokuBootcamp.Puzzle, SudokuBootcamp.Answer> {
    private static final Knob<String> SIZE = Knob.choice("size", List.of("4", "6", "9"), "9", "side of the grid: 4, 6 or 9");
    private static final Knob<Double> HOLES = Knob.decimal("holes", 0.05, 1.0, 0.5, "fraction of the cells to empty; the generator"
            + " stops early when no further cell can be emptied without a second solution, so 1 gives a minimal puzzle");
    private static final BootcampInfo INFO = BootcampInfo.builder(SudokuBootcamp.class)
            .title("Sudoku")
            .domain("puzzles")
            .tags("constraint-satisfaction", "grid", "latin-square", "unique-solution")
            .summary("Complete a Sudoku grid of size 4 (2x2 boxes), 6 (boxes of 2 rows by 3 columns) or 9 (3x3 boxes)"
                    + " so that every row, column and box holds each digit once. Puzzles are made by emptying cells of a"
                    + " random full grid while the solution stays unique, proved by a second, independent solver. The"
                    + " checker tests the rules and the givens, not equality with a stored grid; the first broken rule"
                    + " is named. No partial credit.")
            .knob(SIZE)
            .knob(HOLES)
            .answerShape("the completed grid, one line of digits per row from top to bottom (no spaces needed)")
            .uniqueSolution()
            .build();

    private static final List<String> SIZES = List.of("4", "4", "6", "6", "9", "9", "9", "9", "9", "9");
    private static final double[] HOLES_AT = {0.35, 0.5, 0.5, 0.55, 0.55, 0.58, 0.62, 0.65, 0.68, 1.0};

    /**
     * A puzzle: the givens, rows top to bottom with '.' for an empty cell, and the unique solution (kept for
     * {@link #solve}, never shown).
     */
    public record Puzzle(int size, int boxRows, int boxColumns, List<String> givens, List<String> solution) {
        public Puzzle {
            givens = List.copyOf(givens);
            solution = List.copyOf(solution);
            if (boxRows * boxColumns != size || givens.size() != size || solution.size() != size) {
                throw new IllegalArgumentException("a " + size + "x" + size + " puzzle needs " + size + " rows and boxes of "
                        + size + " cells, found " + givens.size() + " rows and " + boxRows + "x" + boxColumns + " boxes");
            }
        }
    }

    /** A filled grid: rows top to bottom, one character per cell ('.' where the answer left a cell empty). */
    public record Answer(List<String> rows) {
        public Answer {
            rows = List.copyOf(requireNonNull(rows, "rows is null"));
        }
    }

    public SudokuBootcamp() {
        super(INFO, Codec.of((Answer answer) -> Grid.of(answer.rows()).compact(), SudokuBootcamp::read));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(SIZE, SIZES.get(level - 1))
                .with(HOLES, HOLES_AT[level - 1]);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int size = Integer.parseInt(knobs.get(SIZE));
        int boxRows = size == 6 ? 2 : (int) Math.sqrt(size);
        int cells = size * size;
        int target = LatinRules.holeCount(knobs.get(HOLES), cells);
        SudokuSolver solver = new SudokuSolver(size, boxRows, size / boxRows);
        solver.fillRandomly(random);
        int[] solution = solver.grid();
        int removed = 0;
        for (int cell : Draw.permutation(cells, random)) {
            if (removed == target) {
                break;
            }
            if (solver.removeIfUnique(cell)) {
                removed++;
            }
        }
        return new Puzzle(size, boxRows, size / boxRows, DigitGrids.rows(solver.grid(), size), DigitGrids.rows(solution, size));
    }

    @Override
    public String question(Puzzle puzzle) {
        int size = puzzle.size();
        String boxes = size == 6 ? "six boxes of 2 rows by 3 columns" : size == 4 ? "four 2x2 boxes" : "nine 3x3 boxes";
        return "Solve this " + size + "x" + size + " Sudoku. Fill every empty cell (shown as '.') with a digit from 1 to "
                + size + " so that every row, every column and each of the " + boxes + " (marked off by the lines in the"
                + " grid) contains each digit from 1 to " + size + " exactly once. Keep the given digits as they are. The"
                + " puzzle has exactly one solution.\n\n" + DigitGrids.picture(puzzle.givens(), puzzle.boxRows(), puzzle.boxColumns())
                + "\n\nAnswer with the completed grid: " + size + " lines of " + size + " digits, one line per row from top to"
                + " bottom, with no spaces needed.";
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.solution());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        Score failed = rules(puzzle).check(answer.rows(), puzzle.givens());
        return failed != null ? failed : Score.correct("every row, column and box holds the digits 1 to " + puzzle.size() + " once");
    }

    /** Two filled-in cells of a row swapped, and one filled-in cell changed: both keep the givens but break a rule. */
    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        return rules(puzzle).nearMisses(gold.rows(), puzzle.givens(), random).stream().map(Answer::new).toList();
    }

    @Override
    public double cost(Puzzle puzzle) {
        return Grid.of(puzzle.givens()).count('.');
    }

    /** Dancing links over rows, columns and boxes: shares nothing with {@link SudokuSolver}, so the two check each other. */
    @Override
    public long countSolutions(Puzzle puzzle, long limit) {
        return rules(puzzle).count(puzzle.givens(), limit, null);
    }

    private static LatinRules rules(Puzzle puzzle) {
        return LatinRules.of(puzzle.size(), puzzle.boxRows(), puzzle.boxColumns());
    }

    /**
     * Reads one row per line ('0' or '.' for an empty cell); box borders a model may copy from the prompt are skipped. A
     * grid on one line, such as {@code [[5,3,4,...],[6,7,2,...],...]}, is cut into rows when its length is 16, 36 or 81.
     */
    private static Answer read(String text) {
        List<String> rows = Grid.parseRows(text, "0123456789.").stream().map(row -> row.replace('0', '.')).toList();
        for (int size : new int[] {4, 6, 9}) {
            if (rows.size() == 1 && rows.get(0).length() == size * size) {
                String cells = rows.get(0);
                return new Answer(IntStream.range(0, size).mapToObj(row -> cells.substring(row * size, row * size + size)).toList());
            }
        }
        return new Answer(rows);
    }
}
