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

/** Teleporter maze: pairs of numbered pads whisk you to their twin; reach the exit in the fewest moves. */
@AutoService(Bootcamp.class)
public final class TeleporterMazeBootcamp extends Camp<TeleporterMazeBootcamp.Puzzle, TeleporterMazeBootcamp.Answer> {
    private static final Knob<Integer> SIZE = Knob.integer("size", 5, 24, 9, "rows and columns of the grid");
    private static final Knob<Integer> WALLS = Knob.integer("walls", 0, 50, 35, "percent of cells that are walls");
    private static final Knob<Integer> PAIRS = Knob.integer("pairs", 1, 9, 2, "pairs of teleporter pads");
    private static final int MOST_MOVES = 4_000;
    private static final BootcampInfo INFO = BootcampInfo.builder(TeleporterMazeBootcamp.class)
            .title("Teleporter maze")
            .version(1)
            .domain("spatial")
            .tags("maze", "teleporters", "shortest-path", "breadth-first-search", "partial-credit")
            .summary("A walled grid holds pairs of teleporter pads marked with the same digit: stepping onto a pad sends you"
                    + " at once to its twin, within the same move. Give moves U, D, L, R from S to X with the fewest moves"
                    + " (breadth-first search over cells, teleports included). Every puzzle is drawn so the pads shorten"
                    + " the best route or are needed at all. Any shortest route is CORRECT, a legal longer one PARTIAL with"
                    + " reward optimum/length, an illegal move or a route ending elsewhere WRONG.")
            .knob(SIZE)
            .knob(WALLS)
            .knob(PAIRS)
            .answerShape("moves U, D, L, R separated by spaces, such as U D U D")
            .severalAnswers()
            .build();

    /** The grid (S, X, digit pads), the start and exit cells, and one shortest route (never shown). */
    public record Puzzle(List<String> grid, int start, int exit, List<String> route) {
        public Puzzle {
            grid = List.copyOf(grid);
            route = List.copyOf(route);
        }
    }

    /** Moves, each U, D, L or R. */
    public record Answer(List<String> moves) {
        public Answer {
            moves = List.copyOf(moves);
        }
    }

    public TeleporterMazeBootcamp() {
        super(INFO, MoveCodec.screen(MOST_MOVES).map(Answer::new, Answer::moves));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(SIZE, Draw.scale(level, 6, 15))
                .with(WALLS, Draw.scale(level, 30, 38))
                .with(PAIRS, Draw.scale(level, 1, 5));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int size = knobs.get(SIZE);
        while (true) {
            char[][] grid = Mazes.scatter(size, size, knobs.get(WALLS) / 100.0, random);
            List<Integer> open = new ArrayList<>(Mazes.cells(grid, Mazes.OPEN));
            int pairs = Math.min(knobs.get(PAIRS), (open.size() - 2) / 2);
            if (pairs < 1) {
                continue;
            }
            Draw.shuffle(open, random);
            for (int pad = 0; pad < 2 * pairs; pad++) {
                int cell = open.get(pad);
                grid[cell / size][cell % size] = (char) ('1' + pad / 2);
            }
            List<Integer> free = open.subList(2 * pairs, open.size());
            int start = free.get(0);
            StateSearch search = moves(grid, start, true);
            int exit = Mazes.far(search, free, 0.7, random);
            if (exit < 0 || search.distance(exit) < 4) {
                continue;
            }
            int plain = Mazes.walk(grid, start).distance(exit);
            if (plain >= 0 && plain <= search.distance(exit)) {
                continue;
            }
            List<String> route = Mazes.route(search, exit).stream().map(heading -> String.valueOf(heading.screen())).toList();
            grid[start / size][start % size] = 'S';
            grid[exit / size][exit % size] = 'X';
            return new Puzzle(Mazes.lines(grid), start, exit, route);
        }
    }

    private static StateSearch moves(char[][] grid, int start, boolean teleport) {
        return StateSearch.all(grid.length * grid[0].length, start, (cell, step) -> {
            for (Compass heading : Compass.values()) {
                int next = Mazes.step(grid, cell, heading);
                if (next >= 0 && Mazes.at(grid, next) != Mazes.WALL) {
                    step.to(teleport ? land(grid, next) : next, heading.ordinal());
                }
            }
        });
    }

    /** Where a move onto {@code cell} ends: the twin pad when it is a pad, else the cell itself. */
    private static int land(char[][] grid, int cell) {
        char value = Mazes.at(grid, cell);
        if (!Character.isDigit(value)) {
            return cell;
        }
        for (int other : Mazes.cells(grid, value)) {
            if (other != cell) {
                return other;
            }
        }
        return cell;
    }

    @Override
    public String question(Puzzle puzzle) {
        return "The grid below is a maze with teleporters. # is a wall, . is floor, S is your position, X is the exit, and"
                + " each digit marks a teleporter pad; every digit appears on exactly two pads, which are linked.\n\n"
                + Grid.of(puzzle.grid()).render() + "\n\n"
                + "A move is one cell up (U), down (D), left (L) or right (R) onto a pad or floor cell (walls and the"
                + " outside are off limits). If a move lands you on a pad, you are instantly carried to the other pad with"
                + " the same digit, as part of that same move. Arriving there does not send you back; you only teleport"
                + " again by stepping off and onto a pad once more. What is a shortest sequence of moves that gets you"
                + " onto X? Any sequence of the fewest moves is accepted. Give the moves separated by spaces, as in the"
                + " format sample U D U D.";
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.route());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        char[][] grid = Mazes.chars(puzzle.grid());
        int[] at = {puzzle.start()};
        return MoveReplay.score(answer.moves(), (number, move) -> {
            Compass heading = Compass.of(move.charAt(0));
            String blocked = Mazes.blocked(grid, at[0], heading, number, move);
            at[0] = blocked == null ? land(grid, Mazes.step(grid, at[0], heading)) : at[0];
            return blocked;
        }, () -> at[0] == puzzle.exit() ? null : "the moves end at " + Mazes.where(grid, at[0]) + ", not on X at "
                + Mazes.where(grid, puzzle.exit()), puzzle.route().size(), "reached X", "moves");
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<String> moves = gold.moves();
        List<List<String>> misses = new ArrayList<>();
        misses.add(moves.subList(0, moves.size() - 1));
        char[][] grid = Mazes.chars(puzzle.grid());
        StateSearch plain = moves(grid, puzzle.start(), false);
        if (plain.distance(puzzle.exit()) > 0) {
            // the best route if pads were plain floor
            misses.add(Mazes.route(plain, puzzle.exit()).stream().map(heading -> String.valueOf(heading.screen())).toList());
        }
        List<String> turned = new ArrayList<>(moves);
        int at = random.nextInt(moves.size());
        turned.set(at, String.valueOf(Compass.of(moves.get(at).charAt(0)).opposite().screen()));
        misses.add(turned);
        return misses.stream().filter(miss -> !miss.isEmpty()).map(Answer::new).filter(miss -> !check(puzzle, miss).passed()).toList();
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.route().size() + puzzle.grid().size() * puzzle.grid().size() / 4.0;
    }
}
