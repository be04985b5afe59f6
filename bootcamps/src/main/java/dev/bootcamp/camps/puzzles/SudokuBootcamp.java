package dev.bootcamp.camps.puzzles;

import static java.util.Objects.requireNonNull;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.AnswerFormatException;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.verify.Answers;
import dev.bootcamp.verify.Grids;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** Sudoku on 4x4, 6x6 and 9x9 grids, each puzzle with exactly one solution. */
@AutoService(Bootcamp.class)
public final class SudokuBootcamp implements Bootcamp<SudokuBootcamp.Puzzle, SudokuBootcamp.Answer> {
    private static final BootcampInfo INFO = BootcampInfo.builder(SudokuBootcamp.class)
            .title("Sudoku")
            .domain("puzzles")
            .tags("constraint-satisfaction", "grid", "latin-square", "unique-solution")
            .summary("Complete a Sudoku grid of size 4 (2x2 boxes), 6 (boxes of 2 rows by 3 columns) or 9 (3x3 boxes)"
                    + " so that every row, column and box holds each digit once. Puzzles are made by emptying cells of a"
                    + " random full grid while the solution stays unique, proved by a second, independent solver. The"
                    + " checker tests the rules and the givens, not equality with a stored grid; the first broken rule"
                    + " is named. No partial credit.")
            .knob(Knob.choice("size", List.of("4", "6", "9"), "9", "side of the grid: 4, 6 or 9"))
            .knob(Knob.decimal("holes", 0.05, 1.0, 0.5, "fraction of the cells to empty; the generator stops early when"
                    + " no further cell can be emptied without a second solution, so 1 gives a minimal puzzle"))
            .answerShape("the completed grid, one line of digits per row from top to bottom (no spaces needed)")
            .uniqueSolution()
            .build();

    private static final List<String> SIZES = List.of("4", "4", "6", "6", "9", "9", "9", "9", "9", "9");
    private static final double[] HOLES = {0.35, 0.5, 0.5, 0.55, 0.55, 0.58, 0.62, 0.65, 0.68, 1.0};
    private static final String BORDER_CHARACTERS = "-+=_|";

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

    @Override
    public BootcampInfo info() {
        return INFO;
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with("size", SIZES.get(level - 1))
                .with("holes", HOLES[level - 1]);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int size = Integer.parseInt(knobs.choice("size"));
        int boxRows = size == 6 ? 2 : (int) Math.sqrt(size);
        int boxColumns = size / boxRows;
        int cells = size * size;
        int target = Math.max(1, Math.min(cells - 1, (int) Math.round(knobs.decimal("holes") * cells)));
        SudokuSolver solver = new SudokuSolver(size, boxRows, boxColumns);
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
        return new Puzzle(size, boxRows, boxColumns, rows(solver.grid(), size), rows(solution, size));
    }

    @Override
    public String question(Puzzle puzzle) {
        int size = puzzle.size();
        String boxes = size == 6 ? "six boxes of 2 rows by 3 columns"
                : size == 4 ? "four 2x2 boxes" : "nine 3x3 boxes";
        StringBuilder text = new StringBuilder();
        text.append("Solve this ").append(size).append('x').append(size).append(" Sudoku. Fill every empty cell (shown as")
                .append(" '.') with a digit from 1 to ").append(size).append(" so that every row, every column and each of")
                .append(" the ").append(boxes).append(" (marked off by the lines in the grid) contains each digit from 1 to ")
                .append(size).append(" exactly once. Keep the given digits as they are. The puzzle has exactly one solution.\n\n");
        for (int row = 0; row < size; row++) {
            String line = displayRow(puzzle.givens().get(row), puzzle.boxColumns());
            if (row > 0 && row % puzzle.boxRows() == 0) {
                text.append(line.replaceAll("[^|]", "-").replace('|', '+')).append('\n');
            }
            text.append(line).append('\n');
        }
        text.append("\nAnswer with the completed grid: ").append(size).append(" lines of ").append(size)
                .append(" digits, one line per row from top to bottom, with no spaces needed.");
        return text.toString();
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.solution());
    }

    @Override
    public String render(Answer answer) {
        return String.join("\n", answer.rows());
    }

    /**
     * Reads one row per line; box borders a model may copy from the prompt ("---+---", '|') are skipped. A grid on
     * one line, such as {@code [[5,3,4,...],[6,7,2,...],...]}, is tried at each size.
     */
    @Override
    public Answer parse(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : Answers.lines(text)) {
            if (!isBorder(line)) {
                lines.add(line);
            }
        }
        if (lines.size() == 1) {
            for (int size : new int[] {4, 6, 9}) {
                try {
                    return read(lines, size);
                } catch (AnswerFormatException e) {
                    // not a grid of this size; try the next
                }
            }
        }
        if (lines.size() != 4 && lines.size() != 6 && lines.size() != 9) {
            throw new AnswerFormatException("expected 4, 6 or 9 rows of digits, one per line; found " + lines.size());
        }
        return read(lines, lines.size());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        int size = puzzle.size();
        List<String> rows = answer.rows();
        if (rows.size() != size || rows.stream().anyMatch(row -> row.length() != size)) {
            return Score.malformed("expected " + size + " rows of " + size + " digits, found " + rows.size() + " rows");
        }
        for (int row = 0; row < size; row++) {
            for (int column = 0; column < size; column++) {
                char cell = rows.get(row).charAt(column);
                char given = puzzle.givens().get(row).charAt(column);
                String where = "the cell at row " + (row + 1) + ", column " + (column + 1);
                if (cell == '.') {
                    return Score.wrong(where + " is empty");
                }
                if (cell < '1' || cell - '0' > size) {
                    return Score.wrong(where + " holds '" + cell + "' but this grid uses only the digits 1 to " + size);
                }
                if (given != '.' && given != cell) {
                    return Score.wrong(where + " changes the given " + given + " to " + cell);
                }
            }
        }
        int[] rowSeen = new int[size];
        int[] columnSeen = new int[size];
        int[] boxSeen = new int[size];
        int boxesAcross = size / puzzle.boxColumns();
        for (int row = 0; row < size; row++) {
            for (int column = 0; column < size; column++) {
                int digit = rows.get(row).charAt(column) - '0';
                int bit = 1 << digit;
                int box = row / puzzle.boxRows() * boxesAcross + column / puzzle.boxColumns();
                if ((rowSeen[row] & bit) != 0) {
                    return Score.wrong("row " + (row + 1) + " has two " + digit + "s");
                }
                if ((columnSeen[column] & bit) != 0) {
                    return Score.wrong("column " + (column + 1) + " has two " + digit + "s");
                }
                if ((boxSeen[box] & bit) != 0) {
                    int top = box / boxesAcross * puzzle.boxRows();
                    int leftmost = box % boxesAcross * puzzle.boxColumns();
                    return Score.wrong("the box in rows " + (top + 1) + "-" + (top + puzzle.boxRows()) + ", columns "
                            + (leftmost + 1) + "-" + (leftmost + puzzle.boxColumns()) + " has two " + digit + "s");
                }
                rowSeen[row] |= bit;
                columnSeen[column] |= bit;
                boxSeen[box] |= bit;
            }
        }
        return Score.correct("every row, column and box holds the digits 1 to " + size + " once");
    }

    /** Two filled-in cells of a row swapped, and one filled-in cell changed: both keep the givens but break a rule. */
    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        int size = puzzle.size();
        List<Integer> open = new ArrayList<>();
        for (int cell = 0; cell < size * size; cell++) {
            if (puzzle.givens().get(cell / size).charAt(cell % size) == '.') {
                open.add(cell);
            }
        }
        List<Answer> misses = new ArrayList<>();
        int changed = Draw.pick(open, random);
        char digit = gold.rows().get(changed / size).charAt(changed % size);
        misses.add(withCell(gold, changed, (char) ('1' + (digit - '1' + 1 + random.nextInt(size - 1)) % size)));
        Draw.shuffle(open, random);
        for (int first : open) {
            for (int second : open) {
                if (first / size == second / size && first != second) {
                    char swapped = gold.rows().get(first / size).charAt(first % size);
                    Answer half = withCell(gold, first, gold.rows().get(second / size).charAt(second % size));
                    misses.add(withCell(half, second, swapped));
                    return misses;
                }
            }
        }
        return misses;
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.givens().stream().mapToLong(row -> row.chars().filter(cell -> cell == '.').count()).sum();
    }

    @Override
    public long countSolutions(Puzzle puzzle, long limit) {
        int size = puzzle.size();
        int[] grid = new int[size * size];
        for (int cell = 0; cell < grid.length; cell++) {
            char given = puzzle.givens().get(cell / size).charAt(cell % size);
            grid[cell] = given == '.' ? 0 : given - '0';
        }
        return SudokuCounter.count(size, puzzle.boxRows(), puzzle.boxColumns(), grid, limit);
    }

    private static Answer read(List<String> lines, int size) {
        List<String> rows = new ArrayList<>();
        for (char[] row : Grids.characters(String.join("\n", lines), size, size, "0123456789.")) {
            rows.add(new String(row).replace('0', '.'));
        }
        return new Answer(rows);
    }

    private static List<String> rows(int[] grid, int size) {
        List<String> rows = new ArrayList<>();
        for (int row = 0; row < size; row++) {
            StringBuilder line = new StringBuilder();
            for (int column = 0; column < size; column++) {
                int digit = grid[row * size + column];
                line.append(digit == 0 ? '.' : (char) ('0' + digit));
            }
            rows.add(line.toString());
        }
        return rows;
    }

    /** A row with spaces between cells and a bar between boxes: "5 3 . | . 7 . | . . .". */
    private static String displayRow(String row, int boxColumns) {
        StringBuilder line = new StringBuilder();
        for (int column = 0; column < row.length(); column++) {
            if (column > 0) {
                line.append(column % boxColumns == 0 ? " | " : " ");
            }
            line.append(row.charAt(column));
        }
        return line.toString();
    }

    private static boolean isBorder(String line) {
        return line.chars().allMatch(c -> Character.isWhitespace(c) || BORDER_CHARACTERS.indexOf(c) >= 0
                || c >= '\u2500' && c <= '\u257f');
    }

    private static Answer withCell(Answer answer, int cell, char digit) {
        int size = answer.rows().size();
        List<String> rows = new ArrayList<>(answer.rows());
        StringBuilder row = new StringBuilder(rows.get(cell / size));
        row.setCharAt(cell % size, digit);
        rows.set(cell / size, row.toString());
        return new Answer(rows);
    }
}
