package dev.bootcamp.camps.games;

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
import dev.bootcamp.camps.kit.MoveReplay;
import dev.bootcamp.verify.Answers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.random.RandomGenerator;

/** Lights Out: choose cells to press so that every light goes off, each press toggling a cell and its neighbours. */
@AutoService(Bootcamp.class)
public final class LightsOutBootcamp extends Camp<LightsOutBootcamp.Puzzle, LightsOutBootcamp.Answer> {
    private static final Knob<Integer> ROWS = Knob.integer("rows", 2, 12, 4, "rows of the grid");
    private static final Knob<Integer> COLUMNS = Knob.integer("columns", 2, 12, 4, "columns of the grid");
    private static final Knob<Integer> PRESSES = Knob.integer("presses", 1, 144, 5, "random presses used to make the start (at most the number of cells)");
    private static final BootcampInfo INFO = BootcampInfo.builder(LightsOutBootcamp.class)
            .title("Lights Out")
            .version(2)
            .domain("games")
            .tags("puzzle", "linear-algebra", "parity", "grid")
            .summary("A rectangular grid of lights, some on; pressing a cell toggles it and its up to four orthogonal"
                    + " neighbours. Name the cells to press so that all lights end up off. The start is made by pressing"
                    + " random cells of a dark grid, so it is always solvable. The answer is checked by simulation: any"
                    + " set of presses (in any order, a cell pressed twice counting twice) that leaves every light off is"
                    + " CORRECT; a cell outside the grid or any light left on is WRONG.")
            .knob(ROWS)
            .knob(COLUMNS)
            .knob(PRESSES)
            .answerShape("the cells to press as (row,column) pairs separated by spaces, such as (2,1) (1,3)")
            .severalAnswers()
            .build();

    /** A cell, numbered from 1: row 1 at the top, column 1 at the left. */
    public record Cell(int row, int column) {}

    /** The lights, one string per row of 1 (on) and 0 (off). */
    public record Puzzle(List<String> lights) {
        public Puzzle {
            lights = List.copyOf(lights);
        }
    }

    /** The presses, sorted by row then column; a cell may appear more than once. */
    public record Answer(List<Cell> presses) {
        public Answer {
            presses = presses.stream().sorted(Comparator.comparingInt(Cell::row).thenComparingInt(Cell::column)).toList();
        }
    }

    public LightsOutBootcamp() {
        super(INFO, Codec.of(LightsOutBootcamp::write, LightsOutBootcamp::read));
    }

    @Override
    public Knobs atLevel(int level) {
        // A 3x3 grid with two or three presses has under a hundred starts, too few to tell cases apart.
        int[] rows = {3, 4, 4, 4, 4, 5, 5, 6, 6, 7};
        int[] columns = {4, 5, 5, 5, 5, 5, 6, 6, 7, 7};
        int[] presses = {3, 4, 4, 5, 7, 9, 11, 14, 17, 20};
        return INFO.defaults()
                .with(ROWS, rows[level - 1])
                .with(COLUMNS, columns[level - 1])
                .with(PRESSES, presses[level - 1]);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int rows = knobs.get(ROWS);
        int columns = knobs.get(COLUMNS);
        List<Integer> cells = new ArrayList<>();
        for (int cell = 0; cell < rows * columns; cell++) {
            cells.add(cell);
        }
        while (true) {
            boolean[][] lights = new boolean[rows][columns];
            for (int cell : Draw.sample(cells, knobs.get(PRESSES), random)) {
                press(lights, cell / columns, cell % columns);
            }
            List<String> rendered = new ArrayList<>();
            boolean any = false;
            for (boolean[] row : lights) {
                StringBuilder line = new StringBuilder();
                for (boolean on : row) {
                    line.append(on ? '1' : '0');
                    any |= on;
                }
                rendered.add(line.toString());
            }
            if (any) {
                return new Puzzle(rendered);
            }
        }
    }

    @Override
    public String question(Puzzle puzzle) {
        int rows = puzzle.lights().size();
        int columns = puzzle.lights().get(0).length();
        StringBuilder text = new StringBuilder();
        text.append("Lights Out on a grid of ").append(rows).append(" rows and ").append(columns).append(" columns.")
                .append(" Each cell holds a light, on (1) or off (0). Pressing a cell toggles that light and the lights")
                .append(" directly above, below, left and right of it (those that exist; there is no wrap-around at the edges).\n\n");
        text.append("The lights now (row 1 at the top, column 1 at the left):\n");
        for (String row : puzzle.lights()) {
            text.append(String.join(" ", row.split(""))).append('\n');
        }
        text.append("\nFind cells to press so that every light is off. The order of presses does not matter.")
                .append(" Answer with the cells as (row,column) pairs separated by spaces, for example (2,1) (1,3).");
        return text.toString();
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        int rows = puzzle.lights().size();
        int columns = puzzle.lights().get(0).length();
        int cells = rows * columns;
        long[][] equations = new long[cells][(cells + 64) / 64];
        for (int cell = 0; cell < cells; cell++) {
            int row = cell / columns;
            int column = cell % columns;
            for (int neighbour : neighbourhood(rows, columns, row, column)) {
                setBit(equations[cell], neighbour);
            }
            if (puzzle.lights().get(row).charAt(column) == '1') {
                setBit(equations[cell], cells);
            }
        }
        int[] pivotColumn = new int[cells];
        int rank = 0;
        for (int variable = 0; variable < cells && rank < cells; variable++) {
            int pivot = rank;
            while (pivot < cells && !bit(equations[pivot], variable)) {
                pivot++;
            }
            if (pivot == cells) {
                continue;
            }
            long[] swap = equations[pivot];
            equations[pivot] = equations[rank];
            equations[rank] = swap;
            for (int other = 0; other < cells; other++) {
                if (other != rank && bit(equations[other], variable)) {
                    for (int word = 0; word < equations[other].length; word++) {
                        equations[other][word] ^= equations[rank][word];
                    }
                }
            }
            pivotColumn[rank++] = variable;
        }
        List<Cell> presses = new ArrayList<>();
        for (int equation = 0; equation < rank; equation++) {
            if (bit(equations[equation], cells)) {
                presses.add(new Cell(pivotColumn[equation] / columns + 1, pivotColumn[equation] % columns + 1));
            }
        }
        return new Answer(presses);
    }

    private static String write(Answer answer) {
        if (answer.presses().isEmpty()) {
            return "none";
        }
        return String.join(" ", answer.presses().stream().map(cell -> "(" + cell.row() + "," + cell.column() + ")").toList());
    }

    private static Answer read(String text) {
        if (Answers.normalize(text).equals("none")) {
            return new Answer(List.of());
        }
        List<String> tokens = Answers.tokens(text, "()[]{}");
        if (tokens.isEmpty()) {
            throw new AnswerFormatException("no cells found");
        }
        if (tokens.size() % 2 != 0) {
            throw new AnswerFormatException("found " + tokens.size() + " numbers; each cell needs two, (row,column)");
        }
        List<Cell> presses = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i += 2) {
            presses.add(new Cell(Answers.intValue(tokens.get(i)), Answers.intValue(tokens.get(i + 1))));
        }
        return new Answer(presses);
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        int rows = puzzle.lights().size();
        int columns = puzzle.lights().get(0).length();
        boolean[][] lights = new boolean[rows][columns];
        for (int row = 0; row < rows; row++) {
            for (int column = 0; column < columns; column++) {
                lights[row][column] = puzzle.lights().get(row).charAt(column) == '1';
            }
        }
        String wrong = MoveReplay.replay(answer.presses(), (number, cell) -> {
            if (cell.row() < 1 || cell.row() > rows || cell.column() < 1 || cell.column() > columns) {
                return "there is no cell (" + cell.row() + "," + cell.column() + ") in a grid of " + rows + " rows and " + columns + " columns";
            }
            press(lights, cell.row() - 1, cell.column() - 1);
            return null;
        }, () -> stillOn(lights));
        return wrong == null ? Score.correct("all lights are off after " + answer.presses().size() + " presses") : Score.wrong(wrong);
    }

    /** How many lights stay on and the first of them, or null when all are off. */
    private static String stillOn(boolean[][] lights) {
        int on = 0;
        String first = "";
        for (int row = 0; row < lights.length; row++) {
            for (int column = 0; column < lights[row].length; column++) {
                if (lights[row][column]) {
                    first = on == 0 ? "(" + (row + 1) + "," + (column + 1) + ")" : first;
                    on++;
                }
            }
        }
        return on == 0 ? null : on + (on == 1 ? " light stays on" : " lights stay on") + " after the presses, the first at " + first;
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        int rows = puzzle.lights().size();
        int columns = puzzle.lights().get(0).length();
        List<Cell> presses = gold.presses();
        List<List<Cell>> misses = new ArrayList<>();
        if (!presses.isEmpty()) {
            List<Cell> fewer = new ArrayList<>(presses);
            int dropped = random.nextInt(fewer.size());
            fewer.remove(dropped);
            misses.add(fewer);
            List<Cell> shifted = new ArrayList<>(presses);
            Cell moved = shifted.get(dropped);
            shifted.set(dropped, new Cell(moved.row() == rows ? moved.row() - 1 : moved.row() + 1, moved.column()));
            misses.add(shifted);
            misses.add(presses.stream().map(cell -> new Cell(cell.column(), cell.row())).toList());
        }
        List<Cell> extra = new ArrayList<>(presses);
        extra.add(new Cell(1 + random.nextInt(rows), 1 + random.nextInt(columns)));
        misses.add(extra);
        List<Cell> lit = new ArrayList<>();
        for (int row = 0; row < rows; row++) {
            for (int column = 0; column < columns; column++) {
                if (puzzle.lights().get(row).charAt(column) == '1') {
                    lit.add(new Cell(row + 1, column + 1));
                }
            }
        }
        misses.add(lit);
        return misses.stream().map(Answer::new).filter(miss -> !check(puzzle, miss).passed()).toList();
    }

    @Override
    public double cost(Puzzle puzzle) {
        // Gaussian elimination over GF(2): one equation and one unknown per cell, so cells cubed bit operations.
        double cells = puzzle.lights().size() * puzzle.lights().get(0).length();
        return cells * cells * cells;
    }

    private static void press(boolean[][] lights, int row, int column) {
        int columns = lights[0].length;
        for (int cell : neighbourhood(lights.length, columns, row, column)) {
            lights[cell / columns][cell % columns] ^= true;
        }
    }

    /** The cell and its orthogonal neighbours inside the grid, as row * columns + column. */
    private static List<Integer> neighbourhood(int rows, int columns, int row, int column) {
        List<Integer> cells = new ArrayList<>(List.of(row * columns + column));
        if (row > 0) {
            cells.add((row - 1) * columns + column);
        }
        if (row < rows - 1) {
            cells.add((row + 1) * columns + column);
        }
        if (column > 0) {
            cells.add(row * columns + column - 1);
        }
        if (column < columns - 1) {
            cells.add(row * columns + column + 1);
        }
        return cells;
    }

    private static void setBit(long[] bits, int index) {
        bits[index >>> 6] |= 1L << (index & 63);
    }

    private static boolean bit(long[] bits, int index) {
        return (bits[index >>> 6] & 1L << (index & 63)) != 0;
    }
}
