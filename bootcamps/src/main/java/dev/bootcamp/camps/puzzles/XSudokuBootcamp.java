package dev.bootcamp.camps.puzzles;

import static java.util.Objects.requireNonNull;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.DancingLinks;
import dev.bootcamp.camps.kit.DigitGrids;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.GridSearch;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** X-Sudoku: a Sudoku whose two main diagonals must also hold every digit once. */
@AutoService(Bootcamp.class)
public final class XSudokuBootcamp implements Bootcamp<XSudokuBootcamp.Puzzle, XSudokuBootcamp.Answer> {
    private static final BootcampInfo INFO = BootcampInfo.builder(XSudokuBootcamp.class)
            .title("X-Sudoku")
            .domain("puzzles")
            .tags("constraint-satisfaction", "diagonals", "grid", "sudoku-variant", "unique-solution")
            .summary("Complete a Sudoku of size 4 (2x2 boxes), 6 (boxes of 2 rows by 3 columns) or 9 (3x3 boxes) in which,"
                    + " besides every row, column and box, both main diagonals hold each digit once. Puzzles are made by"
                    + " emptying cells of a random full grid while the solution stays unique, proved by an independent"
                    + " dancing-links counter. The checker tests the rules and the givens and names the first one broken."
                    + " No partial credit.")
            .knob(Knob.choice("size", List.of("4", "6", "9"), "9", "side of the grid: 4, 6 or 9"))
            .knob(Knob.decimal("holes", 0.05, 1.0, 0.6, "fraction of the cells to empty; the generator stops early when"
                    + " no further cell can be emptied without a second solution, so 1 gives a minimal puzzle"))
            .answerShape("the completed grid, one line per row from top to bottom, digits separated by spaces")
            .uniqueSolution()
            .build();

    private static final List<String> SIZES = List.of("4", "4", "6", "6", "9", "9", "9", "9", "9", "9");
    private static final double[] HOLES = {0.4, 0.5, 0.55, 0.6, 0.6, 0.62, 0.66, 0.7, 0.8, 1.0};
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

    /** A random full grid, then cells emptied in random order while no solution changes the emptied cell. */
    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int size = Integer.parseInt(knobs.choice("size"));
        int boxRows = size == 9 ? 3 : 2;
        int boxColumns = size / boxRows;
        int cells = size * size;
        GridSearch search = new GridSearch(size, cells, groups(size, boxRows, boxColumns), null);
        int[] solution = null;
        while (solution == null) {
            solution = search.fillRandomly(FILL_NODE_CAP, random);
        }
        int target = Math.max(1, Math.min(cells - 1, (int) Math.round(knobs.decimal("holes") * cells)));
        int[] givens = search.dig(solution, solution, target, REMOVE_NODE_CAP, random);
        return new Puzzle(size, boxRows, boxColumns, DigitGrids.rows(givens, size), DigitGrids.rows(solution, size));
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
    public String render(Answer answer) {
        return DigitGrids.render(answer.rows());
    }

    @Override
    public Answer parse(String text) {
        return new Answer(DigitGrids.parse(text, "0123456789"));
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        int size = puzzle.size();
        Score failed = DigitGrids.checkFilled(answer.rows(), puzzle.givens(), size, 1, size);
        if (failed != null) {
            return failed;
        }
        List<int[]> groups = groups(size, puzzle.boxRows(), puzzle.boxColumns());
        for (int index = 0; index < groups.size(); index++) {
            failed = DigitGrids.checkDistinct(answer.rows(), groups.get(index), groupName(index, puzzle));
            if (failed != null) {
                return failed;
            }
        }
        return Score.correct("every row, column, box and both diagonals hold 1 to " + size + " once");
    }

    /** One open cell changed (a row repeats a digit), and two open cells of a row swapped (a column repeats). */
    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        int size = puzzle.size();
        List<Integer> open = new ArrayList<>();
        for (int cell = 0; cell < size * size; cell++) {
            if (puzzle.givens().get(cell / size).charAt(cell % size) == '.') {
                open.add(cell);
            }
        }
        Draw.shuffle(open, random);
        List<Answer> misses = new ArrayList<>();
        int changed = open.get(0);
        char digit = gold.rows().get(changed / size).charAt(changed % size);
        char replacement = (char) ('1' + (digit - '1' + 1 + random.nextInt(size - 1)) % size);
        misses.add(new Answer(DigitGrids.withCell(gold.rows(), changed / size, changed % size, replacement)));
        for (int first : open) {
            for (int second : open) {
                if (first / size == second / size && first != second) {
                    List<String> rows = DigitGrids.withCell(gold.rows(), first / size, first % size,
                            gold.rows().get(second / size).charAt(second % size));
                    misses.add(new Answer(DigitGrids.withCell(rows, second / size, second % size,
                            gold.rows().get(first / size).charAt(first % size))));
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

    /** Dancing links over the exact cover of cells and the digits of every row, column, box and diagonal. */
    @Override
    public long countSolutions(Puzzle puzzle, long limit) {
        int size = puzzle.size();
        DancingLinks links = DancingLinks.forGroups(size, size * size, groups(size, puzzle.boxRows(), puzzle.boxColumns()));
        int[] givens = DigitGrids.cells(puzzle.givens());
        for (int cell = 0; cell < givens.length; cell++) {
            if (givens[cell] != 0 && !links.select(cell * size + givens[cell] - 1)) {
                return 0;
            }
        }
        return links.count(limit, null);
    }

    /** Rows, columns (interleaved: row 1, column 1, row 2, ...), boxes, then the two diagonals. */
    private static List<int[]> groups(int size, int boxRows, int boxColumns) {
        List<int[]> groups = new ArrayList<>(GridSearch.latinGroups(size, boxRows, boxColumns));
        int[] diagonal = new int[size];
        int[] antiDiagonal = new int[size];
        for (int i = 0; i < size; i++) {
            diagonal[i] = i * size + i;
            antiDiagonal[i] = i * size + size - 1 - i;
        }
        groups.add(diagonal);
        groups.add(antiDiagonal);
        return groups;
    }

    private static String groupName(int index, Puzzle puzzle) {
        int size = puzzle.size();
        if (index < 2 * size) {
            return (index % 2 == 0 ? "row " : "column ") + (index / 2 + 1);
        }
        if (index < 3 * size) {
            int box = index - 2 * size;
            int boxesAcross = size / puzzle.boxColumns();
            int top = box / boxesAcross * puzzle.boxRows();
            int left = box % boxesAcross * puzzle.boxColumns();
            return "the box in rows " + (top + 1) + "-" + (top + puzzle.boxRows()) + ", columns " + (left + 1) + "-"
                    + (left + puzzle.boxColumns());
        }
        return index == 3 * size ? "the diagonal from the top left" : "the diagonal from the top right";
    }
}
