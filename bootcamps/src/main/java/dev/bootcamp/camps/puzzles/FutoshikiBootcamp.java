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
import dev.bootcamp.camps.kit.LatinRules;
import java.util.List;
import java.util.random.RandomGenerator;

/** Futoshiki: fill a Latin square that obeys inequality signs between neighbouring cells. */
@AutoService(Bootcamp.class)
public final class FutoshikiBootcamp extends Camp<FutoshikiBootcamp.Puzzle, FutoshikiBootcamp.Answer> {
    private static final Knob<Integer> SIZE = Knob.integer("size", 3, 9, 6, "side of the grid; cells hold the digits 1 to size");
    private static final Knob<Double> GIVENS = Knob.decimal("givens", 0.0, 1.0, 0.1, "fraction of the cells shown before clues are added for uniqueness");
    private static final Knob<Double> SIGNS = Knob.decimal("signs", 0.0, 1.0, 0.25, "fraction of neighbouring pairs given a sign before clues are added"
            + " for uniqueness");
    private static final BootcampInfo INFO = BootcampInfo.builder(FutoshikiBootcamp.class)
            .title("Futoshiki")
            .domain("puzzles")
            .tags("constraint-satisfaction", "grid", "inequalities", "latin-square", "unique-solution")
            .summary("Fill an n x n grid with the digits 1 to n so that every row and column holds each digit once, the"
                    + " given digits stay, and every inequality sign between two neighbouring cells holds. Clues are drawn"
                    + " at random and more are added until the solution is unique, proved by an independent dancing-links"
                    + " counter. The checker tests the rules and the givens and names the first one broken. No partial credit.")
            .knob(SIZE)
            .knob(GIVENS)
            .knob(SIGNS)
            .answerShape("the completed grid, one line per row from top to bottom, digits separated by spaces")
            .uniqueSolution()
            .build();

    /**
     * An inequality between the cell at (row, column) and its right neighbour (or, when {@code down}, the cell below);
     * {@code less} when the first cell holds the smaller digit. Rows and columns count from 0.
     */
    public record Sign(int row, int column, boolean down, boolean less) {}

    /** The givens (rows with '.' for an empty cell), the signs, and the unique solution (never shown). */
    public record Puzzle(int size, List<String> givens, List<Sign> signs, List<String> solution) {
        public Puzzle {
            givens = List.copyOf(givens);
            signs = List.copyOf(signs);
            solution = List.copyOf(solution);
        }
    }

    /** A filled grid: rows top to bottom, one digit per cell. */
    public record Answer(List<String> rows) {
        public Answer {
            rows = List.copyOf(requireNonNull(rows, "rows is null"));
        }
    }

    public FutoshikiBootcamp() {
        super(INFO, Codecs.grid("0123456789").map(Answer::new, Answer::rows));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(SIZE, Draw.scale(level, 4, 9))
                .with(GIVENS, Draw.scale(level, 30, 8) / 100.0)
                .with(SIGNS, Draw.scale(level, 40, 15) / 100.0);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        return FutoshikiGenerator.generate(knobs.get(SIZE), knobs.get(GIVENS), knobs.get(SIGNS), random);
    }

    @Override
    public String question(Puzzle puzzle) {
        int size = puzzle.size();
        StringBuilder text = new StringBuilder();
        text.append("Solve this ").append(size).append('x').append(size).append(" Futoshiki puzzle. Fill every empty cell")
                .append(" (shown as '.') with a digit from 1 to ").append(size).append(" so that every row and every column")
                .append(" contains each digit exactly once, the given digits stay, and every inequality sign holds.")
                .append(" In the picture, '<' and '>' between two cells of a row compare them left to right; '^' between")
                .append(" two cells of a column means the upper cell is smaller than the lower one, and 'v' means the upper")
                .append(" cell is larger. The puzzle has exactly one solution.\n\n");
        text.append(picture(puzzle)).append("\n\n");
        if (!puzzle.signs().isEmpty()) {
            text.append("The same inequalities written out, with (row, column) numbered from 1 at the top left:\n");
            for (Sign sign : puzzle.signs()) {
                text.append(cellName(sign.row(), sign.column())).append(sign.less() ? " < " : " > ")
                        .append(cellName(sign.down() ? sign.row() + 1 : sign.row(), sign.down() ? sign.column() : sign.column() + 1))
                        .append('\n');
            }
            text.append('\n');
        }
        text.append("Answer with the completed grid: ").append(size).append(" lines, one per row from top to bottom, each with ")
                .append(size).append(" digits separated by spaces.");
        return text.toString();
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.solution());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        int size = puzzle.size();
        Score failed = LatinRules.of(size, 0, 0).check(answer.rows(), puzzle.givens());
        if (failed != null) {
            return failed;
        }
        int[] grid = DigitGrids.cells(answer.rows());
        for (Sign sign : puzzle.signs()) {
            if (!holds(sign, grid, size)) {
                int other = second(sign, size);
                return Score.wrong("the sign " + cellName(sign.row(), sign.column()) + (sign.less() ? " < " : " > ")
                        + cellName(other / size, other % size) + " is broken by " + grid[sign.row() * size + sign.column()]
                        + " and " + grid[other]);
            }
        }
        return Score.correct("a Latin square that keeps the givens and all " + puzzle.signs().size() + " signs");
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

    @Override
    public long countSolutions(Puzzle puzzle, long limit) {
        return LatinRules.of(puzzle.size(), 0, 0).count(puzzle.givens(), limit, new FutoshikiCounter(puzzle.size(), puzzle.signs()));
    }

    static int second(Sign sign, int size) {
        return sign.down() ? (sign.row() + 1) * size + sign.column() : sign.row() * size + sign.column() + 1;
    }

    static boolean holds(Sign sign, int[] grid, int size) {
        int first = grid[sign.row() * size + sign.column()];
        int other = grid[second(sign, size)];
        return sign.less() ? first < other : first > other;
    }

    private static String picture(Puzzle puzzle) {
        int size = puzzle.size();
        char[][] lines = new char[2 * size - 1][];
        for (int line = 0; line < lines.length; line++) {
            lines[line] = " ".repeat(4 * size - 3).toCharArray();
        }
        for (int row = 0; row < size; row++) {
            for (int column = 0; column < size; column++) {
                lines[2 * row][4 * column] = puzzle.givens().get(row).charAt(column);
            }
        }
        for (Sign sign : puzzle.signs()) {
            if (sign.down()) {
                lines[2 * sign.row() + 1][4 * sign.column()] = sign.less() ? '^' : 'v';
            } else {
                lines[2 * sign.row()][4 * sign.column() + 2] = sign.less() ? '<' : '>';
            }
        }
        StringBuilder text = new StringBuilder();
        for (char[] line : lines) {
            text.append(text.length() == 0 ? "" : "\n").append(new String(line).stripTrailing());
        }
        return text.toString();
    }

    private static String cellName(int row, int column) {
        return "(" + (row + 1) + ", " + (column + 1) + ")";
    }
}
