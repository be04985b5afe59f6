package dev.bootcamp.camps.puzzles;

import static java.util.Objects.requireNonNull;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Cages;
import dev.bootcamp.camps.kit.Camp;
import dev.bootcamp.camps.kit.Codecs;
import dev.bootcamp.camps.kit.DigitGrids;
import dev.bootcamp.camps.kit.LatinRules;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** Killer Sudoku: a Sudoku with no given digits, only cages whose digits differ and add up to a stated sum. */
@AutoService(Bootcamp.class)
public final class KillerSudokuBootcamp extends Camp<KillerSudokuBootcamp.Puzzle, KillerSudokuBootcamp.Answer> {
    private static final Knob<String> SIZE = Knob.choice("size", List.of("4", "6", "9"), "9", "side of the grid: 4, 6 or 9");
    private static final Knob<Integer> CAGE_SIZE = Knob.integer("cage-size", 2, 6, 4, "largest number of cells in a cage as"
            + " drawn (a leftover cell may make one cage a cell larger)");
    private static final BootcampInfo INFO = BootcampInfo.builder(KillerSudokuBootcamp.class)
            .title("Killer Sudoku")
            .domain("puzzles")
            .tags("arithmetic", "cages", "constraint-satisfaction", "grid", "sudoku-variant", "unique-solution")
            .summary("Complete an empty Sudoku of size 4 (2x2 boxes), 6 (boxes of 2 rows by 3 columns) or 9 (3x3 boxes)"
                    + " whose cells are split into cages: the digits of a cage are all different and add up to the cage's"
                    + " sum. Cages are drawn at random and split in two until the solution is unique, proved by an"
                    + " independent dancing-links counter. The checker tests the rules and names the first one broken."
                    + " No partial credit.")
            .knob(SIZE)
            .knob(CAGE_SIZE)
            .answerShape("the completed grid, one line per row from top to bottom, digits separated by spaces")
            .uniqueSolution()
            .build();

    private static final List<String> SIZES = List.of("4", "4", "4", "6", "6", "6", "9", "9", "9", "9");
    private static final int[] CAGE_SIZES_AT = {2, 2, 3, 3, 3, 3, 3, 4, 5, 5};

    /** A cage: the sum of its digits and its cells (row-major, from 0). */
    public record Cage(int sum, List<Integer> cells) {
        public Cage {
            cells = List.copyOf(cells);
        }
    }

    /** The box shape, the cages in label order (A, B, ...) and the unique solution (never shown). */
    public record Puzzle(int size, int boxRows, int boxColumns, List<Cage> cages, List<String> solution) {
        public Puzzle {
            cages = List.copyOf(cages);
            solution = List.copyOf(solution);
        }
    }

    /** A filled grid: rows top to bottom, one digit per cell. */
    public record Answer(List<String> rows) {
        public Answer {
            rows = List.copyOf(requireNonNull(rows, "rows is null"));
        }
    }

    public KillerSudokuBootcamp() {
        super(INFO, Codecs.grid("0123456789").map(Answer::new, Answer::rows));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(SIZE, SIZES.get(level - 1))
                .with(CAGE_SIZE, CAGE_SIZES_AT[level - 1]);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        return KillerSudokuGenerator.generate(Integer.parseInt(knobs.get(SIZE)), knobs.get(CAGE_SIZE), random);
    }

    @Override
    public String question(Puzzle puzzle) {
        int size = puzzle.size();
        List<int[]> cells = puzzle.cages().stream().map(cage -> cage.cells().stream().mapToInt(Integer::intValue).toArray()).toList();
        String boxes = size == 9 ? "nine 3x3 boxes" : size == 6 ? "six boxes of 2 rows by 3 columns" : "four 2x2 boxes";
        StringBuilder text = new StringBuilder();
        text.append("Solve this ").append(size).append('x').append(size).append(" Killer Sudoku. Fill every cell with a digit")
                .append(" from 1 to ").append(size).append(" so that every row, every column and each of the ").append(boxes)
                .append(" (marked off by the lines in the map) contains each digit exactly once. No digits are given;")
                .append(" instead the grid is divided into cages, shown by letters in the map below");
        text.append(puzzle.cages().size() > 26 ? " (upper- and lower-case letters are different cages)" : "")
                .append(". The digits in a cage must all be different and must add up to the cage's sum. The puzzle has")
                .append(" exactly one solution.\n\nCage map (rows from top to bottom):\n")
                .append(DigitGrids.picture(Cages.labelRows(size, cells), puzzle.boxRows(), puzzle.boxColumns()))
                .append("\n\nCage sums, with their cells as (row, column) numbered from 1:\n");
        for (int index = 0; index < puzzle.cages().size(); index++) {
            Cage cage = puzzle.cages().get(index);
            text.append(Cages.label(index)).append(": sum ").append(cage.sum()).append(Cages.cellList(cage.cells(), size)).append('\n');
        }
        text.append("\nAnswer with the completed grid: ").append(size).append(" lines, one per row from top to bottom, each with ")
                .append(size).append(" digits separated by spaces (no box lines needed).");
        return text.toString();
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.solution());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        Score failed = LatinRules.of(puzzle.size(), puzzle.boxRows(), puzzle.boxColumns()).check(answer.rows(), null);
        if (failed != null) {
            return failed;
        }
        int[] grid = DigitGrids.cells(answer.rows());
        for (int index = 0; index < puzzle.cages().size(); index++) {
            Cage cage = puzzle.cages().get(index);
            int[] cells = cage.cells().stream().mapToInt(Integer::intValue).toArray();
            failed = DigitGrids.checkDistinct(answer.rows(), cells, "cage " + Cages.label(index));
            if (failed != null) {
                return failed;
            }
            int sum = cage.cells().stream().mapToInt(cell -> grid[cell]).sum();
            if (sum != cage.sum()) {
                return Score.wrong("cage " + Cages.label(index) + " adds up to " + sum + ", not " + cage.sum());
            }
        }
        return Score.correct("a valid Sudoku that meets all " + puzzle.cages().size() + " cages");
    }

    /** One cell changed (a row repeats a digit), and two cells of a row swapped (a column repeats). */
    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        return LatinRules.of(puzzle.size(), 0, 0).nearMisses(gold.rows(), null, random).stream().map(Answer::new).toList();
    }

    /** Cells outside one-cell cages: a one-cell cage is a given digit. */
    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.cages().stream().filter(cage -> cage.cells().size() > 1).mapToInt(cage -> cage.cells().size()).sum();
    }

    @Override
    public long countSolutions(Puzzle puzzle, long limit) {
        return LatinRules.of(puzzle.size(), puzzle.boxRows(), puzzle.boxColumns())
                .count(null, limit, new KillerSudokuCounter(puzzle.size(), puzzle.boxRows(), puzzle.boxColumns(), puzzle.cages()));
    }
}
