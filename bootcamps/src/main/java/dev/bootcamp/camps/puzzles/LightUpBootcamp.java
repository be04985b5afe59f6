package dev.bootcamp.camps.puzzles;

import static java.util.Objects.requireNonNull;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Camp;
import dev.bootcamp.camps.kit.CellSearch;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.Grid;
import dev.bootcamp.camps.kit.MarkGrids;
import dev.bootcamp.camps.kit.NumberedBoard;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;

/** Light Up (Akari): place bulbs that light every white cell without lighting each other, matching numbered walls. */
@AutoService(Bootcamp.class)
public final class LightUpBootcamp extends Camp<LightUpBootcamp.Puzzle, LightUpBootcamp.Answer> {
    private static final Knob<Integer> ROWS = Knob.integer("rows", 3, 20, 7, "number of rows");
    private static final Knob<Integer> COLUMNS = Knob.integer("columns", 3, 20, 7, "number of columns");
    private static final Knob<Double> WALLS = Knob.decimal("walls", 0.1, 0.4, 0.22, "fraction of the cells that are walls");
    private static final Knob<Double> HIDE = Knob.decimal("hide", 0.0, 1.0, 0.5, "fraction of the wall numbers to remove; the generator stops early"
            + " when no further number can go without a second solution");
    private static final BootcampInfo INFO = BootcampInfo.builder(LightUpBootcamp.class)
            .title("Light Up (Akari)")
            .domain("puzzles")
            .tags("constraint-satisfaction", "grid", "logic", "unique-solution")
            .summary("A grid of white cells and walls, some walls numbered; place bulbs on white cells so that every white"
                    + " cell is lit (bulbs shine along their row and column until a wall), no bulb shines on another, and"
                    + " each numbered wall has that many bulbs beside it. Walls and a random bulb layout are drawn, every"
                    + " wall numbered, and numbers removed in random order while the solution stays unique, proved by a"
                    + " propagating solver and an independent cell-by-cell counter. The checker tests every rule. No"
                    + " partial credit.")
            .knob(ROWS)
            .knob(COLUMNS)
            .knob(WALLS)
            .knob(HIDE)
            .answerShape("the grid, one line per row from top to bottom, # for every wall, * for a bulb and . for a white"
                    + " cell without a bulb")
            .uniqueSolution()
            .build();

    private static final int[][] SIDES = {{-1, 0}, {1, 0}, {0, -1}, {0, 1}};

    /**
     * The grid as rows of '.' (white), '#' (wall) and '0'..'4' (numbered wall), the unique solution as rows of '#', '*'
     * and '.' (never shown), and the solver's work.
     */
    public record Puzzle(List<String> grid, List<String> solution, long work) {
        public Puzzle {
            grid = List.copyOf(grid);
            solution = List.copyOf(solution);
        }
    }

    /** A grid: rows top to bottom of '#' (wall), '*' (bulb) and '.'; the checker tests the shape. */
    public record Answer(List<String> rows) {
        public Answer {
            rows = List.copyOf(requireNonNull(rows, "rows is null"));
        }
    }

    /** Reads rows of marks; L also means a bulb, a digit a wall, and - or _ a white cell. */
    public LightUpBootcamp() {
        super(INFO, MarkGrids.codec("*Ll", "#01234", ".-_").map(Answer::new, Answer::rows));
    }

    @Override
    public Knobs atLevel(int level) {
        int[] rows = {4, 5, 6, 7, 7, 8, 9, 10, 11, 12};
        int[] columns = {4, 5, 6, 6, 7, 8, 9, 10, 11, 12};
        return INFO.defaults()
                .with(ROWS, rows[level - 1])
                .with(COLUMNS, columns[level - 1])
                .with(WALLS, Draw.scale(level, 25, 20) / 100.0)
                .with(HIDE, Draw.scale(level, 20, 100) / 100.0);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        return LightUpGenerator.generate(knobs.get(ROWS), knobs.get(COLUMNS), knobs.get(WALLS), knobs.get(HIDE), random);
    }

    @Override
    public String question(Puzzle puzzle) {
        int rows = puzzle.grid().size();
        int columns = puzzle.grid().get(0).length();
        StringBuilder text = new StringBuilder();
        text.append("Solve this Light Up (Akari) puzzle. The grid has ").append(rows).append(" rows and ").append(columns)
                .append(" columns. A . is a white cell; # is a wall, and a digit 0 to 4 is a numbered wall. Place light")
                .append(" bulbs on some white cells. A bulb lights its own cell and shines along its row and its column in")
                .append(" all four directions, lighting every white cell until a wall or the edge of the grid stops the")
                .append(" light. The rules:\n")
                .append("1. Every white cell is lit.\n")
                .append("2. No bulb is lit by another bulb: two bulbs may share a row or column only with a wall between")
                .append(" them.\n")
                .append("3. A numbered wall has exactly that many bulbs in the white cells directly above, below, left and")
                .append(" right of it (diagonals do not count). A wall without a number may have any number of bulbs")
                .append(" beside it.\n")
                .append("The puzzle has exactly one solution. Rows are numbered from the top and columns from the left.\n\n")
                .append(NumberedBoard.rows(puzzle.grid(), "%3d "));
        text.append("\nAnswer with the whole grid: ").append(rows).append(" lines, one per row from top to bottom, each")
                .append(" with ").append(columns).append(" characters: # for every wall (numbered or not), * for a bulb")
                .append(" and . for a white cell without a bulb. Do not write the row or column numbers.");
        return text.toString();
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.solution());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        Grid grid = Grid.of(puzzle.grid());
        List<String> marks = answer.rows();
        Score malformed = MarkGrids.shape(marks, grid.rows(), grid.columns());
        if (malformed != null) {
            return malformed;
        }
        for (Grid.Cell cell : grid.cells()) {
            boolean wall = grid.at(cell) != '.';
            if (wall != (marks.get(cell.row()).charAt(cell.column()) == '#')) {
                return Score.wrong(cell.where() + (wall ? " is a wall, to be written #" : " is a white cell, not a wall"));
            }
        }
        for (Grid.Cell cell : grid.cells()) {
            char mark = marks.get(cell.row()).charAt(cell.column());
            Grid.Cell seen = mark == '#' ? null : bulbInSight(marks, cell);
            if (mark == '*' && seen != null) {
                return Score.wrong("the bulbs at " + cell.where() + " and " + seen.where() + " light each other");
            }
            if (mark == '.' && seen == null) {
                return Score.wrong("the white cell at " + cell.where() + " is not lit");
            }
            long bulbs = Grid.of(marks).neighbours(cell, false).stream().filter(next -> marks.get(next.row()).charAt(next.column()) == '*').count();
            if (Character.isDigit(grid.at(cell)) && bulbs != grid.at(cell) - '0') {
                return Score.wrong("the wall at " + cell.where() + " shows " + grid.at(cell) + " but has " + bulbs + " bulbs beside it");
            }
        }
        return Score.correct("every white cell is lit, no bulbs see each other, and every number matches");
    }

    /** A bulb left out, a bulb added on a white cell, and a bulb moved there. */
    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        return MarkGrids.slips(gold.rows(), '*', '.', Grid.of(gold.rows()).cells('.'), random).stream().map(Answer::new).toList();
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.work();
    }

    /**
     * Counted by the kit's cell search over the white cells: each numbered wall's bulbs, at most one bulb in each run of
     * white cells along a row or column, and at least one in the row run and column run through each white cell.
     */
    @Override
    public long countSolutions(Puzzle puzzle, long limit) {
        Grid grid = Grid.of(puzzle.grid());
        int columns = grid.columns();
        CellSearch search = new CellSearch(grid.rows() * columns);
        for (Grid.Cell cell : grid.cells()) {
            int index = cell.row() * columns + cell.column();
            if (grid.at(cell) != '.') {
                search.fix(index, false);
                if (grid.at(cell) != '#') {
                    search.exactly(CellSearch.indices(grid.neighbours(cell, false), columns),
                            grid.at(cell) - '0');
                }
                continue;
            }
            int[] across = run(grid, cell, 0, 1);
            int[] down = run(grid, cell, 1, 0);
            search.atMost(across, 1).atMost(down, 1).between(IntStream.concat(IntStream.of(across), IntStream.of(down)).toArray(), 1, 2);
        }
        return search.count(limit, marked -> true);
    }

    /** The white cells in line with {@code cell} along one direction and back, up to walls or the edge, numbered row by row. */
    private static int[] run(Grid grid, Grid.Cell cell, int rowStep, int columnStep) {
        int row = cell.row();
        int column = cell.column();
        while (grid.inside(row - rowStep, column - columnStep) && grid.at(row - rowStep, column - columnStep) == '.') {
            row -= rowStep;
            column -= columnStep;
        }
        IntStream.Builder run = IntStream.builder();
        for (; grid.inside(row, column) && grid.at(row, column) == '.'; row += rowStep, column += columnStep) {
            run.add(row * grid.columns() + column);
        }
        return run.build().toArray();
    }

    /** The first bulb another cell's light reaches along its row or column (the cell itself not counted), or null. */
    private static Grid.Cell bulbInSight(List<String> marks, Grid.Cell from) {
        Grid grid = Grid.of(marks);
        for (int[] side : SIDES) {
            for (int r = from.row() + side[0], c = from.column() + side[1]; grid.inside(r, c) && grid.at(r, c) != '#'; r += side[0], c += side[1]) {
                if (grid.at(r, c) == '*') {
                    return new Grid.Cell(r, c);
                }
            }
        }
        return null;
    }
}
