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

/** Maze path: find any way from the start to the exit of a drawn corridor maze, as a list of moves. */
@AutoService(Bootcamp.class)
public final class MazePathBootcamp extends Camp<MazePathBootcamp.Puzzle, MazePathBootcamp.Answer> {
    private static final Knob<Integer> ROOM_ROWS = Knob.integer("room-rows", 2, 14, 4, "rows of rooms (the drawing has 2 * room-rows + 1 lines)");
    private static final Knob<Integer> ROOM_COLUMNS = Knob.integer("room-columns", 3, 18, 5, "columns of rooms");
    private static final Knob<Integer> LOOPS = Knob.integer("loops", 0, 40, 10, "percent of the inner walls left after carving that are knocked out again, making cycles");
    private static final int MOST_MOVES = 4_000;
    private static final BootcampInfo INFO = BootcampInfo.builder(MazePathBootcamp.class)
            .title("Maze path")
            .version(1)
            .domain("spatial")
            .tags("maze", "path-finding", "grid", "search")
            .summary("A corridor maze is drawn as a grid of walls (#) and open cells (.) with a start S and an exit E; give"
                    + " any sequence of single-cell moves U, D, L, R that walks from S to E without entering a wall or"
                    + " leaving the grid. The moves are replayed: any route that ends on E is CORRECT however long; the"
                    + " first illegal move, or a route that stops elsewhere, is WRONG. The mazes are carved by a random"
                    + " depth-first walk with some walls knocked out again, so they have dead ends and cycles.")
            .knob(ROOM_ROWS)
            .knob(ROOM_COLUMNS)
            .knob(LOOPS)
            .answerShape("moves U, D, L, R separated by spaces, such as D D R U")
            .severalAnswers()
            .build();

    /** The maze drawing (with S and E), the start and exit cells, and a shortest route (never shown). */
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

    public MazePathBootcamp() {
        super(INFO, MoveCodec.screen(MOST_MOVES).map(Answer::new, Answer::moves));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(ROOM_ROWS, Draw.scale(level, 3, 11))
                .with(ROOM_COLUMNS, Draw.scale(level, 4, 15))
                .with(LOOPS, Draw.scale(level, 4, 14));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        while (true) {
            char[][] grid = Mazes.carve(knobs.get(ROOM_ROWS), knobs.get(ROOM_COLUMNS), knobs.get(LOOPS) / 100.0, random);
            int columns = grid[0].length;
            List<Integer> rooms = new ArrayList<>();
            for (int cell : Mazes.cells(grid, Mazes.OPEN)) {
                if (cell / columns % 2 == 1 && cell % columns % 2 == 1) {
                    rooms.add(cell);
                }
            }
            int start = Draw.pick(rooms, random);
            StateSearch search = Mazes.walk(grid, start);
            int exit = Mazes.far(search, rooms, 0.6, random);
            if (exit < 0 || search.distance(exit) < 4) {
                continue;
            }
            List<String> route = Mazes.route(search, exit).stream().map(heading -> String.valueOf(heading.screen())).toList();
            grid[start / columns][start % columns] = 'S';
            grid[exit / columns][exit % columns] = 'E';
            return new Puzzle(Mazes.lines(grid), start, exit, route);
        }
    }

    @Override
    public String question(Puzzle puzzle) {
        return "Find a way through this maze. Each character is one cell: # is a wall, . is an open corridor, S is where"
                + " you stand and E is the exit (both open cells).\n\n" + Grid.of(puzzle.maze()).render() + "\n\n"
                + "You move one cell at a time: U goes up one row, D down one row, L one column to the left and R one"
                + " column to the right. You may never step onto a wall or off the drawing. Any route that ends on E"
                + " is accepted, short or long. Answer with your moves in order, separated by spaces, for example"
                + " D D R U (this only shows the format).";
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
            at[0] = blocked == null ? Mazes.step(grid, at[0], heading) : at[0];
            return blocked;
        }, () -> at[0] == puzzle.exit() ? null : "the moves end at " + Mazes.where(grid, at[0]) + ", not on the exit E at "
                + Mazes.where(grid, puzzle.exit()));
        return problem == null ? Score.correct("reaches the exit in " + answer.moves().size() + " moves") : Score.wrong(problem);
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<String> moves = gold.moves();
        List<List<String>> misses = new ArrayList<>();
        misses.add(moves.subList(0, moves.size() - 1));
        List<String> turned = new ArrayList<>(moves);
        int at = random.nextInt(moves.size());
        turned.set(at, String.valueOf(Compass.of(moves.get(at).charAt(0)).right().screen()));
        misses.add(turned);
        misses.add(moves.stream().map(move -> String.valueOf(Compass.of(move.charAt(0)).opposite().screen())).toList());
        return misses.stream().filter(miss -> !miss.isEmpty()).map(Answer::new).filter(miss -> !check(puzzle, miss).passed()).toList();
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.route().size() + Mazes.cells(Mazes.chars(puzzle.maze()), Mazes.OPEN).size();
    }
}
