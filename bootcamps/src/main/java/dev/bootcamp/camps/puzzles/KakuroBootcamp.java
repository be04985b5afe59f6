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
import dev.bootcamp.camps.kit.NearMisses;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** Kakuro: fill the white cells with 1..9 so that every run adds up to its clue without repeating a digit. */
@AutoService(Bootcamp.class)
public final class KakuroBootcamp extends Camp<KakuroBootcamp.Puzzle, KakuroBootcamp.Answer> {
    private static final Knob<Integer> SIZE = Knob.integer("size", 3, 14, 7, "side of the grid, counting the top row and left column of clue cells");
    private static final Knob<Double> BLACK = Knob.decimal("black", 0.1, 0.5, 0.25, "chance that an inner cell starts black, before short runs are"
            + " tidied away");
    private static final BootcampInfo INFO = BootcampInfo.builder(KakuroBootcamp.class)
            .title("Kakuro")
            .domain("puzzles")
            .tags("arithmetic", "constraint-satisfaction", "grid", "unique-solution")
            .summary("Fill the white cells of a Kakuro grid with digits 1 to 9 so that every horizontal and vertical run"
                    + " adds up to its clue with no digit repeated. A random pattern of runs of 2 to 9 cells is filled"
                    + " with random digits to make the clues; where the clues allow several fillings, cells are given"
                    + " until one remains, proved by a bounding solver and an independent combination-based counter."
                    + " The checker tests every run. No partial credit.")
            .knob(SIZE)
            .knob(BLACK)
            .answerShape("the grid, one line per row from top to bottom, # for every black or clue cell and a digit for"
                    + " every white cell")
            .uniqueSolution()
            .version(2)
            .build();

    private static final String BLACK_MARKS = "#Xx";
    private static final String WHITE_MARKS = ".123456789";

    /** A run of white cells, 1-based from its first cell, across (left to right) or down (top to bottom). */
    public record Run(boolean across, int row, int column, int length, int sum) {}

    /**
     * The grid as rows of '#' (black), '.' (empty white) and digits (given white cells), the runs, and the unique
     * solution as rows of '#' and digits (never shown).
     */
    public record Puzzle(List<String> grid, List<Run> runs, List<String> solution) {
        public Puzzle {
            grid = List.copyOf(grid);
            runs = List.copyOf(runs);
            solution = List.copyOf(solution);
        }
    }

    /** A filled grid: rows of '#' and digits ('.' where a white cell was left empty); the checker tests the shape. */
    public record Answer(List<String> rows) {
        public Answer {
            rows = List.copyOf(requireNonNull(rows, "rows is null"));
        }
    }

    public KakuroBootcamp() {
        super(INFO, Codec.of((Answer answer) -> Grid.of(answer.rows()).compact(), KakuroBootcamp::read));
    }

    @Override
    public Knobs atLevel(int level) {
        int[] sizes = {4, 5, 5, 6, 6, 7, 7, 8, 9, 10};
        return INFO.defaults()
                .with(SIZE, sizes[level - 1])
                .with(BLACK, Draw.scale(level, 30, 22) / 100.0);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        return KakuroGenerator.generate(knobs.get(SIZE), knobs.get(BLACK), random);
    }

    @Override
    public String question(Puzzle puzzle) {
        int size = puzzle.grid().size();
        String[][] tokens = new String[size][size];
        for (int row = 0; row < size; row++) {
            for (int column = 0; column < size; column++) {
                char cell = puzzle.grid().get(row).charAt(column);
                tokens[row][column] = cell == '#' ? "" : String.valueOf(cell);
            }
        }
        String[][] down = new String[size][size];
        String[][] across = new String[size][size];
        for (Run run : puzzle.runs()) {
            int row = run.row() - 1 - (run.across() ? 0 : 1);
            int column = run.column() - 1 - (run.across() ? 1 : 0);
            (run.across() ? across : down)[row][column] = String.valueOf(run.sum());
        }
        StringBuilder text = new StringBuilder();
        text.append("Solve this Kakuro puzzle. Fill every white cell with a digit from 1 to 9. A run is a line of white")
                .append(" cells next to each other, across (left to right) or down (top to bottom), ended by black cells")
                .append(" or the edge. The digits of each run must add up to the run's clue, and no digit may appear twice")
                .append(" in the same run. In the grid below, . is an empty white cell, a digit is a white cell that is")
                .append(" already filled in, ## is a black cell, and a black cell with clues shows D\\A: D is the sum of the")
                .append(" run going down from the cell below it and A is the sum of the run going across from the cell to")
                .append(" its right (one side may be empty, as in 16\\ or \\24). The puzzle has exactly one solution. Rows")
                .append(" and columns are numbered from 1 at the top left, counting the clue cells.\n\n");
        for (int row = 0; row < size; row++) {
            StringBuilder line = new StringBuilder();
            for (int column = 0; column < size; column++) {
                String token = tokens[row][column];
                if (token.isEmpty()) {
                    boolean clue = down[row][column] != null || across[row][column] != null;
                    token = clue ? (down[row][column] == null ? "" : down[row][column]) + "\\"
                            + (across[row][column] == null ? "" : across[row][column]) : "##";
                }
                line.append(String.format("%7s", token));
            }
            text.append(line.toString().stripTrailing()).append('\n');
        }
        text.append("\nThe same runs as a list:\n");
        for (Run run : puzzle.runs()) {
            text.append(run.across() ? "Across, row " + run.row() + ", columns " + run.column() + " to " + (run.column() + run.length() - 1)
                    : "Down, column " + run.column() + ", rows " + run.row() + " to " + (run.row() + run.length() - 1))
                    .append(": sum ").append(run.sum()).append('\n');
        }
        text.append("\nAnswer with the whole grid: ").append(size).append(" lines, one per row from top to bottom, each with ")
                .append(size).append(" characters: # for every black cell (with or without clues) and the digit in every")
                .append(" white cell.");
        return text.toString();
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.solution());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        List<String> grid = puzzle.grid();
        int size = grid.size();
        List<String> rows = answer.rows();
        if (rows.size() != size) {
            return Score.malformed("expected " + size + " rows, found " + rows.size());
        }
        for (int row = 0; row < size; row++) {
            if (rows.get(row).length() != size) {
                return Score.malformed("expected " + size + " cells in row " + (row + 1) + ", found " + rows.get(row).length());
            }
            for (int column = 0; column < size; column++) {
                char shown = grid.get(row).charAt(column);
                char cell = rows.get(row).charAt(column);
                String where = "row " + (row + 1) + ", column " + (column + 1);
                if ((shown == '#') != (cell == '#')) {
                    return Score.wrong(shown == '#' ? "the black cell at " + where + " holds '" + cell + "'" : "the white cell at " + where + " is marked black");
                }
                if (cell == '.') {
                    return Score.wrong("the white cell at " + where + " is empty");
                }
                if (shown != '#' && shown != '.' && shown != cell) {
                    return Score.wrong("the given " + shown + " at " + where + " is changed to " + cell);
                }
            }
        }
        for (Run run : puzzle.runs()) {
            int sum = 0;
            int seen = 0;
            for (int i = 0; i < run.length(); i++) {
                int row = run.row() - 1 + (run.across() ? 0 : i);
                int column = run.column() - 1 + (run.across() ? i : 0);
                int value = rows.get(row).charAt(column) - '0';
                if ((seen >>> value & 1) != 0) {
                    return Score.wrong(name(run) + " repeats the digit " + value);
                }
                seen |= 1 << value;
                sum += value;
            }
            if (sum != run.sum()) {
                return Score.wrong(name(run) + " adds up to " + sum + ", not " + run.sum());
            }
        }
        return Score.correct("every run adds up to its clue without repeats");
    }

    /** A white cell changed, two white cells of a row swapped, and an empty white cell. */
    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<Answer> misses = new ArrayList<>();
        NearMisses.latin(gold.rows(), puzzle.grid(), '.', "123456789", random).forEach(rows -> misses.add(new Answer(rows)));
        for (Grid.Cell cell : Grid.of(puzzle.grid()).cells('.').stream().limit(1).toList()) {
            misses.add(new Answer(Grid.of(gold.rows()).with(cell.row(), cell.column(), '.').lines()));
        }
        return misses;
    }

    @Override
    public double cost(Puzzle puzzle) {
        return Grid.of(puzzle.grid()).count('.');
    }

    @Override
    public long countSolutions(Puzzle puzzle, long limit) {
        int size = puzzle.grid().size();
        int[] givens = DigitGrids.cells(puzzle.grid());
        int[][] cells = KakuroGenerator.runCells(puzzle.runs(), size);
        int[] sums = puzzle.runs().stream().mapToInt(Run::sum).toArray();
        return KakuroCounter.count(size * size, cells, sums, givens, limit);
    }

    private static String name(Run run) {
        return run.across() ? "the across run in row " + run.row() + " from column " + run.column()
                : "the down run in column " + run.column() + " from row " + run.row();
    }

    /** Reads rows of marks; X also means a black cell. */
    private static Answer read(String text) {
        List<String> rows = Grid.parseRows(text, BLACK_MARKS + WHITE_MARKS);
        return new Answer(rows.stream().map(row -> row.replace('X', '#').replace('x', '#')).toList());
    }
}
