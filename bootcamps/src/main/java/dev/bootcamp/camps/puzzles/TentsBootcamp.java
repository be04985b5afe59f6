package dev.bootcamp.camps.puzzles;

import static java.util.Objects.requireNonNull;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.verify.Grids;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** Tents: pair every tree with a tent beside it, tents never touching, with the tents counted per row and column. */
@AutoService(Bootcamp.class)
public final class TentsBootcamp implements Bootcamp<TentsBootcamp.Puzzle, TentsBootcamp.Answer> {
    private static final BootcampInfo INFO = BootcampInfo.builder(TentsBootcamp.class)
            .title("Tents and trees")
            .domain("puzzles")
            .tags("constraint-satisfaction", "grid", "logic", "unique-solution")
            .summary("A grid holds trees; place one tent beside each tree (above, below, left or right of it), so that"
                    + " trees and tents pair off one to one, no two tents touch even diagonally, and each row and column"
                    + " holds the given number of tents. Layouts are drawn at random and kept only when the tents are"
                    + " unique, proved by a row-by-row bitmask solver and an independent tree-by-tree counter. The checker"
                    + " tests every rule (the pairing by bipartite matching). No partial credit.")
            .knob(Knob.integer("rows", 3, 20, 8, "number of rows"))
            .knob(Knob.integer("columns", 3, 20, 8, "number of columns"))
            .knob(Knob.decimal("density", 0.05, 0.25, 0.18, "tents (and so trees) per cell, before tents that find no room"
                    + " for a tree are dropped"))
            .answerShape("the grid, one line per row from top to bottom, T for a tree, A for a tent and . for an empty cell")
            .uniqueSolution()
            .build();

    private static final String TENT_MARKS = "Aa^";
    private static final String TREE_MARKS = "Tt";
    private static final String EMPTY_MARKS = ".-_0";

    /**
     * The trees as rows of 'T' and '.', the tents wanted in each row and column, the unique solution as rows of 'T',
     * 'A' and '.' (never shown), and the solver's search nodes.
     */
    public record Puzzle(List<String> trees, List<Integer> rowCounts, List<Integer> columnCounts, List<String> solution, int nodes) {
        public Puzzle {
            trees = List.copyOf(trees);
            rowCounts = List.copyOf(rowCounts);
            columnCounts = List.copyOf(columnCounts);
            solution = List.copyOf(solution);
        }
    }

    /** A grid: rows top to bottom of 'T' (tree), 'A' (tent) and '.'; the checker tests the shape. */
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
        int[] rows = {4, 5, 6, 7, 8, 9, 10, 11, 12, 14};
        int[] columns = {4, 5, 6, 7, 8, 9, 10, 12, 13, 14};
        return INFO.defaults()
                .with("rows", rows[level - 1])
                .with("columns", columns[level - 1])
                .with("density", Draw.scale(level, 16, 20) / 100.0);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        return TentsGenerator.generate(knobs.integer("rows"), knobs.integer("columns"), knobs.decimal("density"), random);
    }

    @Override
    public String question(Puzzle puzzle) {
        int rows = puzzle.trees().size();
        int columns = puzzle.columnCounts().size();
        StringBuilder text = new StringBuilder();
        text.append("Solve this Tents puzzle. The grid has ").append(rows).append(" rows and ").append(columns)
                .append(" columns; T marks a tree and . an empty cell. Place tents on empty cells so that:\n")
                .append("1. Trees and tents pair off one to one: every tree has its own tent directly above, below, left")
                .append(" or right of it (not diagonally), and every tent belongs to exactly one tree. So there are as")
                .append(" many tents as trees. A tent may also happen to be next to other trees.\n")
                .append("2. No two tents touch, not even diagonally.\n")
                .append("3. Each row and each column holds exactly the number of tents given for it.\n")
                .append("The puzzle has exactly one solution. Rows are numbered from the top and columns from the left;")
                .append(" the number after each row is its tent count, and the bottom line gives the column counts.\n\n");
        text.append("        ");
        for (int column = 0; column < columns; column++) {
            text.append(String.format("%3d", column + 1));
        }
        text.append('\n');
        for (int row = 0; row < rows; row++) {
            text.append(String.format("Row %3d:", row + 1));
            for (char cell : puzzle.trees().get(row).toCharArray()) {
                text.append("  ").append(cell);
            }
            text.append("   tents: ").append(puzzle.rowCounts().get(row)).append('\n');
        }
        text.append("Tents:  ");
        for (int count : puzzle.columnCounts()) {
            text.append(String.format("%3d", count));
        }
        text.append("\n\nAnswer with the whole grid: ").append(rows).append(" lines, one per row from top to bottom, each")
                .append(" with ").append(columns).append(" characters: T for a tree (where the trees are now), A for a")
                .append(" tent and . for an empty cell. Do not write the row or column numbers or the counts.");
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

    /** Reads rows of marks; a and ^ also mean a tent, t a tree, and -, _ and 0 an empty cell. */
    @Override
    public Answer parse(String text) {
        List<String> rows = new ArrayList<>();
        for (char[] row : Grids.charRows(text, TENT_MARKS + TREE_MARKS + EMPTY_MARKS)) {
            StringBuilder line = new StringBuilder();
            for (char cell : row) {
                line.append(TENT_MARKS.indexOf(cell) >= 0 ? 'A' : TREE_MARKS.indexOf(cell) >= 0 ? 'T' : '.');
            }
            rows.add(line.toString());
        }
        return new Answer(rows);
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        List<String> trees = puzzle.trees();
        int rows = trees.size();
        int columns = puzzle.columnCounts().size();
        List<String> grid = answer.rows();
        if (grid.size() != rows) {
            return Score.malformed("expected " + rows + " rows, found " + grid.size());
        }
        for (int row = 0; row < rows; row++) {
            if (grid.get(row).length() != columns) {
                return Score.malformed("expected " + columns + " cells in row " + (row + 1) + ", found " + grid.get(row).length());
            }
        }
        int[] treeMasks = new int[rows];
        int[] tentMasks = new int[rows];
        int[] columnTotals = new int[columns];
        for (int row = 0; row < rows; row++) {
            for (int column = 0; column < columns; column++) {
                char cell = grid.get(row).charAt(column);
                boolean tree = trees.get(row).charAt(column) == 'T';
                String where = "row " + (row + 1) + ", column " + (column + 1);
                if (tree != (cell == 'T')) {
                    return Score.wrong(tree ? "the tree at " + where + " is missing" : "there is no tree at " + where);
                }
                if (cell == 'A') {
                    if (touchesTent(grid, row, column)) {
                        return Score.wrong("the tent at " + where + " touches another tent");
                    }
                    tentMasks[row] |= 1 << column;
                    columnTotals[column]++;
                }
                treeMasks[row] |= tree ? 1 << column : 0;
            }
            int count = Integer.bitCount(tentMasks[row]);
            if (count != puzzle.rowCounts().get(row)) {
                return Score.wrong("row " + (row + 1) + " has " + count + " tents, expected " + puzzle.rowCounts().get(row));
            }
        }
        for (int column = 0; column < columns; column++) {
            if (columnTotals[column] != puzzle.columnCounts().get(column)) {
                return Score.wrong("column " + (column + 1) + " has " + columnTotals[column] + " tents, expected "
                        + puzzle.columnCounts().get(column));
            }
        }
        if (!TentsSolver.pairsOff(treeMasks, tentMasks, columns)) {
            return Score.wrong("the tents cannot be paired one to one with trees beside them");
        }
        return Score.correct("every tree has its own tent, no tents touch, and every count matches");
    }

    /** A tent moved to another side of a tree, a tent left out, and a tent added beside a tree. */
    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        int rows = gold.rows().size();
        int columns = gold.rows().get(0).length();
        List<Integer> tents = new ArrayList<>();
        List<Integer> open = new ArrayList<>();
        for (int cell = 0; cell < rows * columns; cell++) {
            char mark = gold.rows().get(cell / columns).charAt(cell % columns);
            if (mark == 'A') {
                tents.add(cell);
            } else if (mark == '.') {
                open.add(cell);
            }
        }
        List<Answer> misses = new ArrayList<>();
        if (tents.isEmpty()) {
            return misses;
        }
        int tent = Draw.pick(tents, random);
        misses.add(withCell(gold, tent, '.'));
        if (!open.isEmpty()) {
            int cell = Draw.pick(open, random);
            misses.add(withCell(gold, cell, 'A'));
            misses.add(withCell(withCell(gold, tent, '.'), cell, 'A'));
        }
        return misses;
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.nodes() + puzzle.trees().size() * puzzle.columnCounts().size();
    }

    @Override
    public long countSolutions(Puzzle puzzle, long limit) {
        int rows = puzzle.trees().size();
        int columns = puzzle.columnCounts().size();
        boolean[][] trees = new boolean[rows][columns];
        for (int row = 0; row < rows; row++) {
            for (int column = 0; column < columns; column++) {
                trees[row][column] = puzzle.trees().get(row).charAt(column) == 'T';
            }
        }
        return TentsCounter.count(trees, toArray(puzzle.rowCounts()), toArray(puzzle.columnCounts()), limit);
    }

    private static boolean touchesTent(List<String> grid, int row, int column) {
        for (int r = Math.max(0, row - 1); r <= Math.min(grid.size() - 1, row + 1); r++) {
            for (int c = Math.max(0, column - 1); c <= Math.min(grid.get(0).length() - 1, column + 1); c++) {
                if ((r != row || c != column) && grid.get(r).charAt(c) == 'A') {
                    return true;
                }
            }
        }
        return false;
    }

    private static int[] toArray(List<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).toArray();
    }

    private static Answer withCell(Answer answer, int cell, char mark) {
        int columns = answer.rows().get(0).length();
        List<String> rows = new ArrayList<>(answer.rows());
        StringBuilder row = new StringBuilder(rows.get(cell / columns));
        row.setCharAt(cell % columns, mark);
        rows.set(cell / columns, row.toString());
        return new Answer(rows);
    }
}
