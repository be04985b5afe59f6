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

/** Keys and doors: walk through a maze whose locked doors open only for a player holding the key of the same letter. */
@AutoService(Bootcamp.class)
public final class KeyDoorMazeBootcamp extends Camp<KeyDoorMazeBootcamp.Puzzle, KeyDoorMazeBootcamp.Answer> {
    private static final Knob<Integer> ROOM_ROWS = Knob.integer("room-rows", 2, 12, 4, "rows of rooms (the drawing has 2 * room-rows + 1 lines)");
    private static final Knob<Integer> ROOM_COLUMNS = Knob.integer("room-columns", 3, 14, 5, "columns of rooms");
    private static final Knob<Integer> KEYS = Knob.integer("keys", 1, 5, 2, "letters of keys and doors (fewer where the maze has no room for them)");
    private static final Knob<Integer> LOOPS = Knob.integer("loops", 0, 40, 15, "percent of the inner walls knocked out again after carving");
    private static final int MOST_MOVES = 4_000;
    private static final BootcampInfo INFO = BootcampInfo.builder(KeyDoorMazeBootcamp.class)
            .title("Maze with keys and doors")
            .version(1)
            .domain("spatial")
            .tags("maze", "keys-and-doors", "state-search", "grid", "planning")
            .summary("A drawn maze holds keys (lower-case letters) and locked doors (upper-case letters): stepping onto a key"
                    + " picks it up for good, and a door can be entered only while holding the key of its letter. Give"
                    + " moves U, D, L, R from S to the exit E. The route is replayed with the keys it collects; any legal"
                    + " route ending on E is CORRECT, the first move into a wall, off the grid or through a locked door, or"
                    + " a route that stops elsewhere, is WRONG. Doors are placed so that the exit cannot be reached"
                    + " without every key, and each key is reachable with the keys of earlier letters.")
            .knob(ROOM_ROWS)
            .knob(ROOM_COLUMNS)
            .knob(KEYS)
            .knob(LOOPS)
            .answerShape("moves U, D, L, R separated by spaces, such as R R L U")
            .severalAnswers()
            .build();

    /** The maze drawing, start and exit cells, and a shortest legal route (never shown). */
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

    public KeyDoorMazeBootcamp() {
        super(INFO, MoveCodec.screen(MOST_MOVES).map(Answer::new, Answer::moves));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(ROOM_ROWS, Draw.scale(level, 3, 9))
                .with(ROOM_COLUMNS, Draw.scale(level, 4, 12))
                .with(KEYS, Draw.scale(level, 1, 4))
                .with(LOOPS, Draw.scale(level, 10, 20));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        // a small maze may have no room for many keys: after every 20 failed tries use one letter fewer
        for (int tries = 0; ; tries++) {
            Puzzle puzzle = attempt(knobs, Math.max(1, knobs.get(KEYS) - tries / 20), random);
            if (puzzle != null) {
                return puzzle;
            }
        }
    }

    private static Puzzle attempt(Knobs knobs, int letters, RandomGenerator random) {
        char[][] grid = Mazes.carve(knobs.get(ROOM_ROWS), knobs.get(ROOM_COLUMNS), knobs.get(LOOPS) / 100.0, random);
        int columns = grid[0].length;
        List<Integer> rooms = new ArrayList<>();
        for (int cell : Mazes.cells(grid, Mazes.OPEN)) {
            if (cell / columns % 2 == 1 && cell % columns % 2 == 1) {
                rooms.add(cell);
            }
        }
        int start = Draw.pick(rooms, random);
        int exit = Mazes.far(Mazes.walk(grid, start), rooms, 0.6, random);
        if (exit < 0) {
            return null;
        }
        grid[exit / columns][exit % columns] = 'E';
        for (int letter = 0; letter < letters; letter++) {
            while (true) {
                StateSearch plain = blocked(grid, start, (1 << letter) - 1);
                if (plain.distance(exit) < 0) {
                    break;
                }
                List<Integer> corridor = new ArrayList<>();
                int at = start;
                for (Compass heading : Mazes.route(plain, exit)) {
                    at = Mazes.step(grid, at, heading);
                    if ((at / columns + at % columns) % 2 == 1 && Mazes.at(grid, at) == Mazes.OPEN) {
                        corridor.add(at);
                    }
                }
                if (corridor.isEmpty()) {
                    return null;
                }
                int cell = Draw.pick(corridor, random);
                grid[cell / columns][cell % columns] = (char) ('A' + letter);
            }
        }
        for (int letter = 0; letter < letters; letter++) {
            if (blocked(grid, start, (1 << letter) - 1).distance(exit) >= 0) {
                return null;
            }
        }
        for (int letter = 0; letter < letters; letter++) {
            StateSearch reach = blocked(grid, start, (1 << letter) - 1);
            List<Integer> spots = rooms.stream().filter(room -> room != start && Mazes.at(grid, room) == Mazes.OPEN
                    && reach.distance(room) > 0).toList();
            if (spots.isEmpty()) {
                return null;
            }
            int key = Draw.pick(spots, random);
            grid[key / columns][key % columns] = (char) ('a' + letter);
        }
        grid[start / columns][start % columns] = 'S';
        List<String> route = shortest(grid, start, exit, letters);
        return route == null ? null : new Puzzle(Mazes.lines(grid), start, exit, route);
    }

    /** A search through open cells, keys and the doors whose letters are in {@code held}, other doors closed. */
    private static StateSearch blocked(char[][] grid, int start, int held) {
        return StateSearch.all(grid.length * grid[0].length, start, (cell, step) -> {
            for (Compass heading : Compass.values()) {
                int next = Mazes.step(grid, cell, heading);
                if (next >= 0 && passable(Mazes.at(grid, next), held)) {
                    step.to(next, heading.ordinal());
                }
            }
        });
    }

    private static boolean passable(char value, int held) {
        return value != Mazes.WALL && !(Character.isUpperCase(value) && value != 'E' && value != 'S' && (held >> (value - 'A') & 1) == 0);
    }

    /** A shortest legal route over (cell, keys held) states, or null when the exit cannot be reached. */
    private static List<String> shortest(char[][] grid, int start, int exit, int letters) {
        int cells = grid.length * grid[0].length;
        StateSearch search = StateSearch.all(cells << letters, start, (state, step) -> {
            int cell = state % cells;
            int held = state / cells;
            for (Compass heading : Compass.values()) {
                int next = Mazes.step(grid, cell, heading);
                if (next >= 0 && passable(Mazes.at(grid, next), held)) {
                    char value = Mazes.at(grid, next);
                    int keys = Character.isLowerCase(value) ? held | 1 << (value - 'a') : held;
                    step.to(keys * cells + next, heading.ordinal());
                }
            }
        });
        int best = -1;
        for (int held = 0; held < 1 << letters; held++) {
            int state = held * cells + exit;
            if (search.distance(state) >= 0 && (best < 0 || search.distance(state) < search.distance(best))) {
                best = state;
            }
        }
        return best < 0 ? null : search.path(best).stream().map(step -> String.valueOf(Compass.values()[step[1]].screen())).toList();
    }

    @Override
    public String question(Puzzle puzzle) {
        return "You are at S in the maze below and must get out through the exit E. # is solid wall and . is an open"
                + " passage. Lower-case letters are keys lying on the floor; upper-case letters other than S and E are"
                + " locked doors.\n\n" + Grid.of(puzzle.maze()).render() + "\n\n"
                + "Rules: each move goes one cell up (U), down (D), left (L) or right (R). Walls and the outside of the"
                + " drawing cannot be entered. When you step onto a key you pick it up and keep it for the rest of the"
                + " walk. A door may be entered only if you already hold the key with the same letter (key a opens every"
                + " door A, key b every door B, and so on); a key is not used up. Give any sequence of moves that takes"
                + " you from S to E, separated by spaces; the format is like R R L U.";
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.route());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        char[][] grid = Mazes.chars(puzzle.maze());
        int[] at = {puzzle.start()};
        int[] held = {0};
        String problem = MoveReplay.replay(answer.moves(), (number, move) -> {
            Compass heading = Compass.of(move.charAt(0));
            String blocked = Mazes.blocked(grid, at[0], heading, number, move);
            if (blocked != null) {
                return blocked;
            }
            int next = Mazes.step(grid, at[0], heading);
            char value = Mazes.at(grid, next);
            if (!passable(value, held[0])) {
                return "move " + number + " (" + move + ") from " + Mazes.where(grid, at[0]) + " enters door " + value
                        + " at " + Mazes.where(grid, next) + " without key " + Character.toLowerCase(value);
            }
            held[0] |= Character.isLowerCase(value) ? 1 << (value - 'a') : 0;
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
        // the shortest way if every door stood open: it walks through a door without its key
        misses.add(Mazes.route(blocked(grid, puzzle.start(), -1), puzzle.exit()).stream().map(heading -> String.valueOf(heading.screen())).toList());
        List<String> turned = new ArrayList<>(moves);
        int at = random.nextInt(moves.size());
        turned.set(at, String.valueOf(Compass.of(moves.get(at).charAt(0)).left().screen()));
        misses.add(turned);
        return misses.stream().filter(miss -> !miss.isEmpty()).map(Answer::new).filter(miss -> !check(puzzle, miss).passed()).toList();
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.route().size() + puzzle.maze().size() * puzzle.maze().get(0).length() / 4.0;
    }
}
