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
import java.util.Map;
import java.util.random.RandomGenerator;

/** Timed gates: gates open only at multiples of their number; reach the goal in the fewest moves and waits. */
@AutoService(Bootcamp.class)
public final class TimedGateMazeBootcamp extends Camp<TimedGateMazeBootcamp.Puzzle, TimedGateMazeBootcamp.Answer> {
    private static final Knob<Integer> SIZE = Knob.integer("size", 5, 20, 8, "rows and columns of the grid");
    private static final Knob<Integer> WALLS = Knob.integer("walls", 0, 40, 25, "percent of cells that are walls");
    private static final Knob<Integer> GATES = Knob.integer("gates", 5, 40, 15, "percent of open cells that are gates");
    private static final Knob<Integer> LONGEST_PERIOD = Knob.integer("longest-period", 2, 5, 3, "largest gate number (gates are numbered 2 up to it)");
    private static final int CYCLE = 60;
    private static final int MOST_MOVES = 4_000;
    private static final BootcampInfo INFO = BootcampInfo.builder(TimedGateMazeBootcamp.class)
            .title("Maze with timed gates")
            .version(1)
            .domain("spatial")
            .tags("maze", "time-dependent", "state-search", "breadth-first-search", "partial-credit")
            .summary("A walled grid has gates marked with a number k from 2 to 5: a gate may be entered only by a move that"
                    + " brings the clock (moves and waits made so far) to a multiple of k. Give moves U, D, L, R and waits"
                    + " W from S to G with the fewest moves and waits together (breadth-first search over cell and clock"
                    + " modulo 60). Every puzzle is drawn so that the timing matters. Fewest is CORRECT, a legal longer plan"
                    + " PARTIAL with reward optimum/length, an illegal move or a plan ending elsewhere WRONG.")
            .knob(SIZE)
            .knob(WALLS)
            .knob(GATES)
            .knob(LONGEST_PERIOD)
            .answerShape("moves U, D, L, R and waits W separated by spaces, such as W U D W")
            .severalAnswers()
            .build();

    /** The grid (S, G, gate digits), the start and goal cells, and one fastest plan (never shown). */
    public record Puzzle(List<String> grid, int start, int goal, List<String> plan) {
        public Puzzle {
            grid = List.copyOf(grid);
            plan = List.copyOf(plan);
        }
    }

    /** Moves U, D, L, R and waits W. */
    public record Answer(List<String> plan) {
        public Answer {
            plan = List.copyOf(plan);
        }
    }

    public TimedGateMazeBootcamp() {
        super(INFO, MoveCodec.of(List.of("U", "D", "L", "R", "W"), Map.of("up", "U", "down", "D", "left", "L", "right", "R", "wait", "W"),
                MOST_MOVES).map(Answer::new, Answer::plan));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(SIZE, Draw.scale(level, 5, 13))
                .with(WALLS, Draw.scale(level, 20, 28))
                .with(GATES, Draw.scale(level, 15, 25))
                .with(LONGEST_PERIOD, Draw.scale(level, 2, 5));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int size = knobs.get(SIZE);
        while (true) {
            char[][] grid = Mazes.scatter(size, size, knobs.get(WALLS) / 100.0, random);
            List<Integer> open = new ArrayList<>(Mazes.cells(grid, Mazes.OPEN));
            if (open.size() < 4) {
                continue;
            }
            Draw.shuffle(open, random);
            int start = open.get(0);
            StateSearch plain = Mazes.walk(grid, start);
            int goal = Mazes.far(plain, open.subList(1, open.size()), 0.7, random);
            if (goal < 0 || plain.distance(goal) < 4) {
                continue;
            }
            for (int cell : open) {
                if (cell != start && cell != goal && random.nextInt(100) < knobs.get(GATES)) {
                    grid[cell / size][cell % size] = (char) ('0' + Draw.between(2, knobs.get(LONGEST_PERIOD), random));
                }
            }
            List<String> plan = fastest(grid, start, goal);
            if (plan.size() > plain.distance(goal)) {
                grid[start / size][start % size] = 'S';
                grid[goal / size][goal % size] = 'G';
                return new Puzzle(Mazes.lines(grid), start, goal, plan);
            }
        }
    }

    /** A fastest plan over (cell, clock modulo 60) states; waits are move number 4. */
    private static List<String> fastest(char[][] grid, int start, int goal) {
        int cells = grid.length * grid[0].length;
        StateSearch search = StateSearch.all(cells * CYCLE, start, (state, step) -> {
            int cell = state % cells;
            int clock = (state / cells + 1) % CYCLE;
            for (Compass heading : Compass.values()) {
                int next = Mazes.step(grid, cell, heading);
                if (next >= 0 && Mazes.at(grid, next) != Mazes.WALL && open(Mazes.at(grid, next), clock)) {
                    step.to(clock * cells + next, heading.ordinal());
                }
            }
            step.to(clock * cells + cell, 4);
        });
        int best = -1;
        for (int clock = 0; clock < CYCLE; clock++) {
            int state = clock * cells + goal;
            if (search.distance(state) >= 0 && (best < 0 || search.distance(state) < search.distance(best))) {
                best = state;
            }
        }
        return search.path(best).stream().map(step -> step[1] == 4 ? "W" : String.valueOf(Compass.values()[step[1]].screen())).toList();
    }

    /** Whether a cell holding {@code value} may be entered at time {@code clock} (60 is a multiple of every gate number). */
    private static boolean open(char value, int clock) {
        return !Character.isDigit(value) || clock % (value - '0') == 0;
    }

    @Override
    public String question(Puzzle puzzle) {
        return "You start on S in the grid below and want to reach G. # is a wall, . is free floor, and a digit k (2 to 5)"
                + " is a gate that opens only now and then.\n\n" + Grid.of(puzzle.grid()).render() + "\n\n"
                + "A clock starts at 0 and goes up by 1 with every action. The actions are U, D, L, R (move one cell up,"
                + " down, left or right, never into a wall or off the grid) and W (wait where you are for one tick). A"
                + " move onto a gate marked k is allowed only if the clock reading right after that move is a multiple of"
                + " k; for example a gate marked 3 can be entered by your 3rd, 6th, 9th, ... action. Standing on a gate"
                + " or leaving it is always allowed. Reach G using as few actions (moves plus waits) as possible; any"
                + " plan of that length is accepted. List the actions in order separated by spaces, as in W U D W"
                + " (format only).";
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.plan());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        char[][] grid = Mazes.chars(puzzle.grid());
        int[] at = {puzzle.start()};
        return MoveReplay.score(answer.plan(), (number, action) -> {
            if (action.equals("W")) {
                return null;
            }
            Compass heading = Compass.of(action.charAt(0));
            String blocked = Mazes.blocked(grid, at[0], heading, number, action);
            if (blocked != null) {
                return blocked;
            }
            int next = Mazes.step(grid, at[0], heading);
            char value = Mazes.at(grid, next);
            if (!open(value, number % CYCLE)) {
                return "move " + number + " (" + action + ") enters gate " + value + " at " + Mazes.where(grid, next)
                        + " when the clock reads " + number + ", not a multiple of " + value;
            }
            at[0] = next;
            return null;
        }, () -> at[0] == puzzle.goal() ? null : "the plan ends at " + Mazes.where(grid, at[0]) + ", not on G",
                puzzle.plan().size(), "reached G", "actions");
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<String> plan = gold.plan();
        char[][] grid = Mazes.chars(puzzle.grid());
        List<List<String>> misses = new ArrayList<>();
        misses.add(plan.subList(0, plan.size() - 1));
        // the fastest way if every gate stood open
        misses.add(Mazes.route(Mazes.walk(grid, puzzle.start()), puzzle.goal()).stream().map(heading -> String.valueOf(heading.screen())).toList());
        misses.add(plan.stream().filter(action -> !action.equals("W")).toList());
        return misses.stream().filter(miss -> !miss.isEmpty()).map(Answer::new).filter(miss -> !check(puzzle, miss).passed()).toList();
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.plan().size() + puzzle.grid().size() * puzzle.grid().size() / 4.0;
    }
}
