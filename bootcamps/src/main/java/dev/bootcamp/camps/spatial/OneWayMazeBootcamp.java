package dev.bootcamp.camps.spatial;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Camp;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.Grid;
import dev.bootcamp.camps.kit.MoveReplay;
import dev.bootcamp.camps.kit.StateSearch;
import dev.bootcamp.camps.kit.mazes.Compass;
import dev.bootcamp.camps.kit.mazes.Mazes;
import dev.bootcamp.camps.kit.mazes.MoveCodec;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** One-way maze: arrow cells may be entered only moving the way they point; find a way to the exit. */
@AutoService(Bootcamp.class)
public final class OneWayMazeBootcamp extends Camp<OneWayMazeBootcamp.Puzzle, OneWayMazeBootcamp.Answer> {
    private static final Knob<Integer> ROOM_ROWS = Knob.integer("room-rows", 2, 12, 4, "rows of rooms (the drawing has 2 * room-rows + 1 lines)");
    private static final Knob<Integer> ROOM_COLUMNS = Knob.integer("room-columns", 3, 14, 5, "columns of rooms");
    private static final Knob<Integer> LOOPS = Knob.integer("loops", 5, 50, 25, "percent of the inner walls knocked out again after carving");
    private static final Knob<Integer> ARROWS = Knob.integer("arrows", 5, 60, 30, "percent of passages between rooms made one-way");
    private static final String ARROW_OF = "^>v<";
    private static final int MOST_MOVES = 4_000;
    private static final BootcampInfo INFO = BootcampInfo.builder(OneWayMazeBootcamp.class)
            .title("One-way maze")
            .version(1)
            .domain("spatial")
            .tags("maze", "one-way", "directed-graph", "path-finding")
            .summary("A drawn maze has one-way passages marked by arrows (^ > v <); an arrow cell may be entered only by a"
                    + " move in the direction it points. Give moves U, D, L, R from S to E. Every puzzle is drawn so that the"
                    + " shortest route ignoring the arrows breaks a one-way rule. Any legal route ending on E is CORRECT;"
                    + " the first move into a wall, off the grid or against an arrow, or a route ending elsewhere, is WRONG.")
            .knob(ROOM_ROWS)
            .knob(ROOM_COLUMNS)
            .knob(LOOPS)
            .knob(ARROWS)
            .answerShape("moves U, D, L, R separated by spaces, such as L R L R")
            .severalAnswers()
            .build();

    /** The drawing (with S, E and arrows), the start and exit, and a shortest legal route (never shown). */
    public record Puzzle(List<String> maze, int start, int exit, List<String> route) {
        public Puzzle {
            maze = List.copyOf(maze);
            route = List.copyOf(route);
        }
    }

    /** Moves, each U, D, L or R. */
    public record Answer(List<String> moves) {
        public Answer {
            moves = List.copyOf(moves);
        }
    }

    public OneWayMazeBootcamp() {
        super(INFO, MoveCodec.screen(MOST_MOVES).map(Answer::new, Answer::moves));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(ROOM_ROWS, Draw.scale(level, 3, 10))
                .with(ROOM_COLUMNS, Draw.scale(level, 4, 13))
                .with(LOOPS, Draw.scale(level, 20, 30))
                .with(ARROWS, Draw.scale(level, 25, 40));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        while (true) {
            char[][] grid = Mazes.carve(knobs.get(ROOM_ROWS), knobs.get(ROOM_COLUMNS), knobs.get(LOOPS) / 100.0, random);
            int columns = grid[0].length;
            List<Integer> rooms = new ArrayList<>();
            for (int cell : Mazes.cells(grid, Mazes.OPEN)) {
                int row = cell / columns;
                int column = cell % columns;
                if (row % 2 == 1 && column % 2 == 1) {
                    rooms.add(cell);
                } else if (random.nextInt(100) < knobs.get(ARROWS)) {
                    // a passage between rooms left and right gets < or >, between rooms above and below ^ or v
                    int side = (row % 2 == 1 ? 1 : 0) + (random.nextBoolean() ? 2 : 0);
                    grid[row][column] = ARROW_OF.charAt(side);
                }
            }
            int start = Draw.pick(rooms, random);
            StateSearch legal = moves(grid, start, true);
            int exit = Mazes.far(legal, rooms, 0.6, random);
            if (exit < 0 || legal.distance(exit) < 4 || moves(grid, start, false).distance(exit) >= legal.distance(exit)) {
                continue;
            }
            List<String> route = Mazes.route(legal, exit).stream().map(heading -> String.valueOf(heading.screen())).toList();
            grid[start / columns][start % columns] = 'S';
            grid[exit / columns][exit % columns] = 'E';
            return new Puzzle(Mazes.lines(grid), start, exit, route);
        }
    }

    private static StateSearch moves(char[][] grid, int start, boolean oneWay) {
        return StateSearch.all(grid.length * grid[0].length, start, (cell, step) -> {
            for (Compass heading : Compass.values()) {
                int next = Mazes.step(grid, cell, heading);
                if (next >= 0 && Mazes.at(grid, next) != Mazes.WALL && (!oneWay || allows(Mazes.at(grid, next), heading))) {
                    step.to(next, heading.ordinal());
                }
            }
        });
    }

    /** Whether a move towards {@code heading} may enter a cell holding {@code value}. */
    private static boolean allows(char value, Compass heading) {
        int arrow = ARROW_OF.indexOf(value);
        return arrow < 0 || arrow == heading.ordinal();
    }

    @Override
    public String question(Puzzle puzzle) {
        return "Below is a maze with one-way passages. # is wall, . is an ordinary open cell, S marks your starting cell and"
                + " E the exit. An arrow cell (^ up, > right, v down, < left) is open but one-way.\n\n"
                + Grid.of(puzzle.maze()).render() + "\n\n"
                + "Moves: U (one row up), D (one row down), L (one column left), R (one column right). Never move into a"
                + " wall or off the map. You may step onto an arrow cell only with a move in the direction the arrow"
                + " points: a > cell only with R, a < cell only with L, a ^ cell only with U, a v cell only with D."
                + " Ordinary cells can be entered from any side. Find any route from S to E (it need not be the"
                + " shortest) and write its moves in order separated by spaces; format example: L R L R.";
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.route());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        char[][] grid = Mazes.chars(puzzle.maze());
        int[] at = {puzzle.start()};
        String problem = MoveReplay.replay(answer.moves(), (number, move) -> {
            Compass heading = Compass.of(move.charAt(0));
            String blocked = Mazes.blocked(grid, at[0], heading, number, move);
            if (blocked != null) {
                return blocked;
            }
            int next = Mazes.step(grid, at[0], heading);
            if (!allows(Mazes.at(grid, next), heading)) {
                return "move " + number + " (" + move + ") from " + Mazes.where(grid, at[0]) + " enters the one-way cell "
                        + Mazes.at(grid, next) + " at " + Mazes.where(grid, next) + " against its arrow";
            }
            at[0] = next;
            return null;
        }, () -> at[0] == puzzle.exit() ? null : "the moves end at " + Mazes.where(grid, at[0]) + ", not on the exit E");
        return problem == null ? Score.correct("reaches the exit in " + answer.moves().size() + " moves") : Score.wrong(problem);
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<String> moves = gold.moves();
        char[][] grid = Mazes.chars(puzzle.maze());
        List<List<String>> misses = new ArrayList<>();
        misses.add(moves.subList(0, moves.size() - 1));
        // the shortest route when the arrows are ignored, which breaks a one-way rule
        misses.add(Mazes.route(moves(grid, puzzle.start(), false), puzzle.exit()).stream().map(heading -> String.valueOf(heading.screen())).toList());
        List<String> turned = new ArrayList<>(moves);
        int at = random.nextInt(moves.size());
        turned.set(at, String.valueOf(Compass.of(moves.get(at).charAt(0)).right().screen()));
        misses.add(turned);
        return misses.stream().filter(miss -> !miss.isEmpty()).map(Answer::new).filter(miss -> !check(puzzle, miss).passed()).toList();
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.route().size() + puzzle.maze().size() * puzzle.maze().get(0).length() / 4.0;
    }
}
