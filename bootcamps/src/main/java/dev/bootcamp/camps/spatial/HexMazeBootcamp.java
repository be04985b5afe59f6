package dev.bootcamp.camps.spatial;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Camp;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.MoveReplay;
import dev.bootcamp.camps.kit.StateSearch;
import dev.bootcamp.camps.kit.mazes.Mazes;
import dev.bootcamp.camps.kit.mazes.MoveCodec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/** Hex maze: the fewest moves across a board of hexagons with blocked cells, the rows offset as on a honeycomb. */
@AutoService(Bootcamp.class)
public final class HexMazeBootcamp extends Camp<HexMazeBootcamp.Puzzle, HexMazeBootcamp.Answer> {
    private static final Knob<Integer> ROWS = Knob.integer("rows", 3, 20, 7, "rows of hexagons");
    private static final Knob<Integer> COLUMNS = Knob.integer("columns", 3, 20, 7, "hexagons per row");
    private static final Knob<Integer> BLOCKED = Knob.integer("blocked", 0, 50, 35, "percent of hexagons that are blocked");
    private static final int MOST_MOVES = 4_000;
    /** The six directions in search order; each has a row step and column steps from odd and from even rows (counted from 1). */
    private static final List<String> NAMES = List.of("E", "W", "NE", "NW", "SE", "SW");
    private static final int[] ROW_STEP = {0, 0, -1, -1, 1, 1};
    private static final int[] COLUMN_STEP_ODD_ROW = {1, -1, 0, -1, 0, -1};
    private static final int[] COLUMN_STEP_EVEN_ROW = {1, -1, 1, 0, 1, 0};
    private static final BootcampInfo INFO = BootcampInfo.builder(HexMazeBootcamp.class)
            .title("Hex maze")
            .version(1)
            .domain("spatial")
            .tags("maze", "hexagonal-grid", "shortest-path", "breadth-first-search", "partial-credit")
            .summary("A board of hexagons is drawn row by row, every even-numbered row shifted half a cell to the right, so"
                    + " each hexagon has six neighbours reached by the moves E, W, NE, NW, SE and SW (the prompt states"
                    + " how each changes the row and column). Some hexagons are blocked (#). Give a route from S to T with"
                    + " the fewest moves (found by breadth-first search): any shortest route is CORRECT, a legal longer"
                    + " one PARTIAL with reward optimum/length, an illegal move or a route ending elsewhere WRONG.")
            .knob(ROWS)
            .knob(COLUMNS)
            .knob(BLOCKED)
            .answerShape("moves among E, W, NE, NW, SE, SW separated by spaces, such as E E W NE")
            .severalAnswers()
            .build();

    /** The board rows (with S and T), the start and target cells, and one shortest route (never shown). */
    public record Puzzle(List<String> board, int start, int target, List<String> route) {
        public Puzzle {
            board = List.copyOf(board);
            route = List.copyOf(route);
        }
    }

    /** Moves, each one of E, W, NE, NW, SE, SW. */
    public record Answer(List<String> moves) {
        public Answer {
            moves = List.copyOf(moves);
        }
    }

    public HexMazeBootcamp() {
        super(INFO, MoveCodec.of(NAMES, Map.of("east", "E", "west", "W", "northeast", "NE", "northwest", "NW",
                "southeast", "SE", "southwest", "SW"), MOST_MOVES).map(Answer::new, Answer::moves));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(ROWS, Draw.scale(level, 5, 14))
                .with(COLUMNS, Draw.scale(level, 5, 14))
                .with(BLOCKED, Draw.scale(level, 25, 36));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        while (true) {
            char[][] grid = Mazes.scatter(knobs.get(ROWS), knobs.get(COLUMNS), knobs.get(BLOCKED) / 100.0, random);
            List<Integer> open = Mazes.cells(grid, Mazes.OPEN);
            if (open.size() < 2) {
                continue;
            }
            int start = Draw.pick(open, random);
            StateSearch search = StateSearch.all(grid.length * grid[0].length, start, (cell, step) -> {
                for (int direction = 0; direction < NAMES.size(); direction++) {
                    int next = step(grid, cell, direction);
                    if (next >= 0 && Mazes.at(grid, next) != Mazes.WALL) {
                        step.to(next, direction);
                    }
                }
            });
            int target = Mazes.far(search, open, 0.7, random);
            if (target < 0 || search.distance(target) < Math.min(4, grid.length + grid[0].length - 4)) {
                continue;
            }
            List<String> route = search.path(target).stream().map(step -> NAMES.get(step[1])).toList();
            int columns = grid[0].length;
            grid[start / columns][start % columns] = 'S';
            grid[target / columns][target % columns] = 'T';
            return new Puzzle(Mazes.lines(grid), start, target, route);
        }
    }

    /** The hexagon one move from {@code cell}, or -1 off the board. */
    private static int step(char[][] grid, int cell, int direction) {
        int columns = grid[0].length;
        int row = cell / columns;
        int column = cell % columns + (row % 2 == 0 ? COLUMN_STEP_ODD_ROW : COLUMN_STEP_EVEN_ROW)[direction];
        row += ROW_STEP[direction];
        if (row < 0 || row >= grid.length || column < 0 || column >= columns) {
            return -1;
        }
        return row * columns + column;
    }

    @Override
    public String question(Puzzle puzzle) {
        StringBuilder picture = new StringBuilder();
        for (int row = 0; row < puzzle.board().size(); row++) {
            String line = puzzle.board().get(row);
            picture.append(String.format("%2d  ", row + 1)).append(row % 2 == 1 ? " " : "");
            for (int column = 0; column < line.length(); column++) {
                picture.append(column == 0 ? "" : " ").append(line.charAt(column));
            }
            picture.append('\n');
        }
        return "This board is made of hexagons laid out like a honeycomb. Each row is drawn on its own line, the row number"
                + " first; even-numbered rows (2, 4, ...) are pushed half a hexagon to the right, so every hexagon touches"
                + " two in its own row and two in each neighbouring row. Columns are counted from 1 on the left of each row."
                + " # is a blocked hexagon, . a free one, S your start and T your target.\n\n" + picture
                + "\nThe six moves, from a hexagon in row r and column c:\n"
                + "- E: row r, column c + 1.   W: row r, column c - 1.\n"
                + "- If r is odd: NE goes to row r - 1, column c; NW to row r - 1, column c - 1; SE to row r + 1, column c;"
                + " SW to row r + 1, column c - 1.\n"
                + "- If r is even: NE goes to row r - 1, column c + 1; NW to row r - 1, column c; SE to row r + 1, column"
                + " c + 1; SW to row r + 1, column c.\n"
                + "You may not enter a blocked hexagon or leave the board. Reach T in as few moves as possible (any"
                + " equally short route counts). Answer with the moves in order, separated by spaces, like E E W NE (that"
                + " only shows the format).";
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.route());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        char[][] grid = Mazes.chars(puzzle.board());
        int[] at = {puzzle.start()};
        return MoveReplay.score(answer.moves(), (number, move) -> {
            int next = step(grid, at[0], NAMES.indexOf(move));
            String named = "move " + number + " (" + move + ") from " + Mazes.where(grid, at[0]);
            if (next < 0) {
                return named + " leaves the board";
            }
            if (Mazes.at(grid, next) == Mazes.WALL) {
                return named + " enters the blocked hexagon at " + Mazes.where(grid, next);
            }
            at[0] = next;
            return null;
        }, () -> at[0] == puzzle.target() ? null : "the moves end at " + Mazes.where(grid, at[0]) + ", not on T at "
                + Mazes.where(grid, puzzle.target()), puzzle.route().size(), "reached T", "moves");
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<String> moves = gold.moves();
        List<List<String>> misses = new ArrayList<>();
        misses.add(moves.subList(0, moves.size() - 1));
        // the same route read on a board without the half-cell offset: NE and NW swapped, SE and SW swapped
        misses.add(moves.stream().map(move -> move.length() == 1 ? move : move.charAt(0) + (move.charAt(1) == 'E' ? "W" : "E")).toList());
        List<String> changed = new ArrayList<>(moves);
        int at = random.nextInt(moves.size());
        changed.set(at, NAMES.get((NAMES.indexOf(moves.get(at)) + 2) % NAMES.size()));
        misses.add(changed);
        return misses.stream().filter(miss -> !miss.isEmpty()).map(Answer::new).filter(miss -> !check(puzzle, miss).passed()).toList();
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.route().size() + Mazes.cells(Mazes.chars(puzzle.board()), Mazes.OPEN).size();
    }
}
