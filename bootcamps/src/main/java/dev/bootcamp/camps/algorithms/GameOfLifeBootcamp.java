package dev.bootcamp.camps.algorithms;

import static dev.bootcamp.camps.algorithms.GameOfLifeSimulator.DEAD;
import static dev.bootcamp.camps.algorithms.GameOfLifeSimulator.LIVE;
import static dev.bootcamp.camps.algorithms.GameOfLifeSimulator.isEmpty;
import static dev.bootcamp.camps.algorithms.GameOfLifeSimulator.randomGrid;
import static dev.bootcamp.camps.algorithms.GameOfLifeSimulator.run;
import static dev.bootcamp.camps.algorithms.GameOfLifeSimulator.toGrid;
import static dev.bootcamp.camps.algorithms.GameOfLifeSimulator.toRows;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.AnswerFormatException;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Camp;
import dev.bootcamp.camps.kit.Codec;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.verify.Answers;
import dev.bootcamp.verify.Grids;
import java.util.ArrayList;
import java.util.Arrays;
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
        super(INFO, Codec.of(GameOfLifeBootcamp::write, GameOfLifeBootcamp::read));
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
        int rows = knobs.get(ROWS);
        int columns = knobs.get(COLUMNS);
        double density = knobs.get(DENSITY);
        int steps = knobs.get(STEPS);
        boolean wrap = knobs.get(WRAP);
        boolean[][] start = randomGrid(rows, columns, density, random);
        boolean[][] result = run(start, steps, wrap);
        for (int attempt = 1; attempt < ATTEMPTS && (isEmpty(result) || Arrays.deepEquals(result, start)); attempt++) {
            start = randomGrid(rows, columns, density, random);
            result = run(start, steps, wrap);
        }
        return new Puzzle(toRows(start), steps, wrap, toRows(result));
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
        return new Answer(toRows(run(toGrid(puzzle.start()), puzzle.steps(), puzzle.wrap())));
    }

    private static String write(Answer answer) {
        return String.join("\n", answer.rows());
    }

    private static Answer read(String text) {
        List<String> lines = rowLines(text);
        if (lines.isEmpty()) {
            throw new AnswerFormatException("no grid rows found");
        }
        if (lines.size() > Grids.MAX_SIDE) {
            throw new AnswerFormatException("more than " + Grids.MAX_SIDE + " rows");
        }
        List<String> rows = new ArrayList<>();
        for (String line : lines) {
            char[] cells = Grids.characters(line, 1, cellCount(line), LIVE_MARKS + DEAD_MARKS)[0];
            StringBuilder row = new StringBuilder(cells.length);
            for (char cell : cells) {
                row.append(LIVE_MARKS.indexOf(cell) >= 0 ? LIVE : DEAD);
            }
            rows.add(row.toString());
        }
        return new Answer(rows);
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
        boolean[][] start = toGrid(puzzle.start());
        List<boolean[][]> candidates = new ArrayList<>();
        candidates.add(run(start, puzzle.steps() - 1, puzzle.wrap()));
        candidates.add(run(start, puzzle.steps() + 1, puzzle.wrap()));
        candidates.add(run(start, puzzle.steps(), !puzzle.wrap()));
        boolean[][] flipped = toGrid(gold.rows());
        int r = random.nextInt(flipped.length);
        int c = random.nextInt(flipped[0].length);
        flipped[r][c] = !flipped[r][c];
        candidates.add(flipped);
        List<Answer> misses = new ArrayList<>();
        for (boolean[][] candidate : candidates) {
            Answer miss = new Answer(toRows(candidate));
            if (!miss.equals(gold)) {
                misses.add(miss);
            }
        }
        return misses;
    }

    @Override
    public double cost(Puzzle puzzle) {
        return (double) puzzle.start().size() * puzzle.start().get(0).length() * puzzle.steps();
    }

    /** Non-blank lines, or the rows of a bracketed list of lists such as {@code [[0,1,0],[1,1,0]]}. */
    private static List<String> rowLines(String text) {
        String body = text.strip();
        if (body.startsWith("[[") && body.endsWith("]]")) {
            return Answers.lines(body.substring(1, body.length() - 1).replace("],", "]\n"));
        }
        return Answers.lines(body);
    }

    /**
     * The number of cells in a row as {@link Grids} splits it (separated cells, or one packed run of characters); parse
     * reads each row's width this way because it does not know the puzzle, and a row of the wrong width is then
     * WRONG rather than unreadable.
     */
    private static int cellCount(String line) {
        String row = line;
        if (row.startsWith("[") && row.endsWith("]") || row.startsWith("(") && row.endsWith(")")) {
            row = row.substring(1, row.length() - 1);
        }
        int cells = 0;
        int length = 0;
        boolean inCell = false;
        for (int i = 0; i < row.length(); i++) {
            char character = row.charAt(i);
            boolean separator = Character.isWhitespace(character) || character == ',' || character == '|' || character == ';';
            if (!separator) {
                length++;
                cells += inCell ? 0 : 1;
            }
            inCell = !separator;
        }
        int count = cells == 1 ? length : cells;
        if (count == 0 || count > Grids.MAX_SIDE) {
            throw new AnswerFormatException(count == 0 ? "a row has no cells" : "more than " + Grids.MAX_SIDE + " cells in a row");
        }
        return count;
    }
}
