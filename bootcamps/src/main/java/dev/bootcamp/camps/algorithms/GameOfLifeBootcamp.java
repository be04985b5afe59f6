package dev.bootcamp.camps.algorithms;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Camp;
import dev.bootcamp.camps.kit.Codec;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.Grid;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** Conway's Game of Life: the grid after a number of steps. */
@AutoService(Bootcamp.class)
public final class GameOfLifeBootcamp extends Camp<GameOfLifeBootcamp.Puzzle, GameOfLifeBootcamp.Answer> {
    private static final Knob<Integer> ROWS = Knob.integer("rows", 3, 60, 8, "number of rows of the grid");
    private static final Knob<Integer> COLUMNS = Knob.integer("columns", 3, 60, 8, "number of columns of the grid");
    private static final Knob<Double> DENSITY = Knob.decimal("density", 0.05, 0.6, 0.35, "chance that a cell of the starting grid is live");
    private static final Knob<Integer> STEPS = Knob.integer("steps", 1, 50, 2, "number of steps to simulate");
    private static final Knob<Boolean> WRAP = Knob.flag("wrap", false, "the grid wraps around at its edges (a torus) instead of being surrounded by dead cells");
    private static final BootcampInfo INFO = BootcampInfo.builder(GameOfLifeBootcamp.class)
            .title("Conway's Game of Life")
            .domain("algorithms")
            .tags("simulation", "cellular-automaton", "grids")
            .summary("Given a grid of live and dead cells, give the grid after a number of steps of Conway's Game of Life"
                    + " (a live cell survives with 2 or 3 live neighbours, a dead cell comes to life with exactly 3), on a"
                    + " grid whose outside cells are dead or on one that wraps around at its edges. The answer is unique and"
                    + " compared cell by cell: CORRECT when every cell matches, otherwise WRONG with the number of"
                    + " differing cells and the first of them. There is no partial credit, since a fraction of matching"
                    + " cells would reward copying the starting grid. Live cells may be written # O X * or 1, dead cells"
                    + " . 0 or _. Starts that die out or end where they began are drawn again.")
            .knob(ROWS)
            .knob(COLUMNS)
            .knob(DENSITY)
            .knob(STEPS)
            .knob(WRAP)
            .answerShape("the final grid, one line per row, # for a live cell and . for a dead one (O, X, * or 1 also"
                    + " read as live, 0 or _ as dead)")
            .build();

    private static final char LIVE = '#';
    private static final char DEAD = '.';
    private static final String LIVE_MARKS = "#OoXx*1";
    private static final String DEAD_MARKS = ".0_";
    /** Starts drawn before a trivial one (dying out, or ending as it began) is accepted; only extreme knobs get there. */
    private static final int ATTEMPTS = 1000;

    /** The starting grid as rows of '#' and '.', the steps, the edge rule, and the final grid (kept for checking). */
    public record Puzzle(List<String> start, int steps, boolean wrap, List<String> result) {
        public Puzzle {
            start = List.copyOf(start);
            result = List.copyOf(result);
        }
    }

    /** The grid as rows of '#' and '.'. */
    public record Answer(List<String> rows) {
        public Answer {
            rows = List.copyOf(rows);
        }
    }

    public GameOfLifeBootcamp() {
        super(INFO, Codec.of((List<String> rows) -> String.join("\n", rows), GameOfLifeBootcamp::read).map(Answer::new, Answer::rows));
    }

    /** Rows of cells in any of the live and dead marks, as rows of '#' and '.'. */
    private static List<String> read(String text) {
        return Grid.parseRows(text, LIVE_MARKS + DEAD_MARKS).stream()
                .map(row -> row.chars().mapToObj(cell -> String.valueOf(LIVE_MARKS.indexOf(cell) >= 0 ? LIVE : DEAD)).reduce("", String::concat)).toList();
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(ROWS, Draw.scale(level, 4, 14))
                .with(COLUMNS, Draw.scale(level, 4, 16))
                .with(STEPS, Draw.scale(level, 1, 8))
                .with(WRAP, level >= 6);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int steps = knobs.get(STEPS);
        boolean wrap = knobs.get(WRAP);
        List<String> start = randomGrid(knobs, random);
        List<String> result = run(start, steps, wrap);
        for (int attempt = 1; attempt < ATTEMPTS && (result.stream().allMatch(row -> row.indexOf(LIVE) < 0) || result.equals(start)); attempt++) {
            start = randomGrid(knobs, random);
            result = run(start, steps, wrap);
        }
        return new Puzzle(start, steps, wrap, result);
    }

    private static List<String> randomGrid(Knobs knobs, RandomGenerator random) {
        List<String> rows = new ArrayList<>();
        for (int r = 0; r < knobs.get(ROWS); r++) {
            StringBuilder row = new StringBuilder();
            for (int c = 0; c < knobs.get(COLUMNS); c++) {
                row.append(random.nextDouble() < knobs.get(DENSITY) ? LIVE : DEAD);
            }
            rows.add(row.toString());
        }
        return rows;
    }

    private static List<String> run(List<String> start, int steps, boolean wrap) {
        List<String> grid = start;
        for (int i = 0; i < steps; i++) {
            grid = step(grid, wrap);
        }
        return grid;
    }

    /** One generation; with at least 3 rows and columns a wrapped neighbour is never counted twice. */
    private static List<String> step(List<String> grid, boolean wrap) {
        int rows = grid.size();
        int columns = grid.get(0).length();
        List<String> next = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            StringBuilder row = new StringBuilder();
            for (int c = 0; c < columns; c++) {
                int live = 0;
                for (int dr = -1; dr <= 1; dr++) {
                    for (int dc = -1; dc <= 1; dc++) {
                        int nr = wrap ? Math.floorMod(r + dr, rows) : r + dr;
                        int nc = wrap ? Math.floorMod(c + dc, columns) : c + dc;
                        if ((dr != 0 || dc != 0) && nr >= 0 && nr < rows && nc >= 0 && nc < columns && grid.get(nr).charAt(nc) == LIVE) {
                            live++;
                        }
                    }
                }
                row.append(live == 3 || live == 2 && grid.get(r).charAt(c) == LIVE ? LIVE : DEAD);
            }
            next.add(row.toString());
        }
        return next;
    }

    @Override
    public String question(Puzzle puzzle) {
        int rows = puzzle.start().size();
        int columns = puzzle.start().get(0).length();
        StringBuilder text = new StringBuilder();
        text.append("Conway's Game of Life is played on a grid of cells, each either live (#) or dead (.). A cell's neighbours")
                .append(" are the eight cells next to it horizontally, vertically and diagonally. In each step every cell is")
                .append(" updated at the same time, from the grid as it was before the step:\n")
                .append("- a live cell with 2 or 3 live neighbours stays live; any other live cell dies;\n")
                .append("- a dead cell with exactly 3 live neighbours becomes live; any other dead cell stays dead.\n");
        if (puzzle.wrap()) {
            text.append("The grid wraps around: the top row and the bottom row are next to each other, and so are the left")
                    .append(" and right columns, so every cell has eight neighbours inside the grid (the corners are next to")
                    .append(" each other).\n\n");
        } else {
            text.append("The grid does not wrap: cells beyond its edges are dead, count as dead neighbours and never come")
                    .append(" to life.\n\n");
        }
        text.append("Here is the grid, ").append(rows).append(" rows of ").append(columns).append(" cells:\n\n");
        puzzle.start().forEach(row -> text.append(row).append('\n'));
        text.append("\nWhat is the grid after ").append(puzzle.steps()).append(puzzle.steps() == 1 ? " step" : " steps")
                .append("? Answer with ").append(rows).append(" lines of ").append(columns)
                .append(" characters, # for a live cell and . for a dead one.");
        return text.toString();
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(run(puzzle.start(), puzzle.steps(), puzzle.wrap()));
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        List<String> expected = puzzle.result();
        int columns = expected.get(0).length();
        List<String> found = answer.rows();
        if (found.size() != expected.size()) {
            return Score.wrong("expected " + expected.size() + " rows, found " + found.size());
        }
        for (int r = 0; r < found.size(); r++) {
            if (found.get(r).length() != columns) {
                return Score.wrong("expected " + columns + " cells in each row, found " + found.get(r).length() + " in row " + (r + 1));
            }
        }
        int differing = 0;
        int firstRow = -1;
        int firstColumn = -1;
        for (int r = 0; r < expected.size(); r++) {
            for (int c = 0; c < columns; c++) {
                if (expected.get(r).charAt(c) != found.get(r).charAt(c) && differing++ == 0) {
                    firstRow = r;
                    firstColumn = c;
                }
            }
        }
        int cells = expected.size() * columns;
        if (differing == 0) {
            return Score.correct("all " + cells + " cells match");
        }
        String first = "row " + (firstRow + 1) + ", column " + (firstColumn + 1) + ", which should be "
                + (expected.get(firstRow).charAt(firstColumn) == LIVE ? "live" : "dead");
        if (differing == 1) {
            return Score.wrong("1 of " + cells + " cells differs: " + first);
        }
        return Score.wrong(differing + " of " + cells + " cells differ; the first is at " + first);
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<List<String>> candidates = new ArrayList<>();
        candidates.add(run(puzzle.start(), puzzle.steps() - 1, puzzle.wrap()));
        candidates.add(run(puzzle.start(), puzzle.steps() + 1, puzzle.wrap()));
        candidates.add(run(puzzle.start(), puzzle.steps(), !puzzle.wrap()));
        Grid flipped = Grid.of(gold.rows());
        int r = random.nextInt(flipped.rows());
        int c = random.nextInt(flipped.columns());
        candidates.add(flipped.with(r, c, flipped.at(r, c) == LIVE ? DEAD : LIVE).lines());
        return candidates.stream().map(Answer::new).filter(miss -> !miss.equals(gold)).toList();
    }

    @Override
    public double cost(Puzzle puzzle) {
        return (double) puzzle.start().size() * puzzle.start().get(0).length() * puzzle.steps();
    }
}
