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

/** Checkpoint tour: the shortest walk from the start that visits every checkpoint of a walled grid, in any order. */
@AutoService(Bootcamp.class)
public final class CheckpointTourBootcamp extends Camp<CheckpointTourBootcamp.Puzzle, CheckpointTourBootcamp.Answer> {
    private static final Knob<Integer> ROWS = Knob.integer("rows", 4, 20, 8, "rows of the grid");
    private static final Knob<Integer> COLUMNS = Knob.integer("columns", 4, 20, 8, "columns of the grid");
    private static final Knob<Integer> WALLS = Knob.integer("walls", 0, 45, 25, "percent of cells that are walls");
    private static final Knob<Integer> CHECKPOINTS = Knob.integer("checkpoints", 1, 8, 3, "checkpoints to visit");
    private static final int MOST_MOVES = 4_000;
    private static final BootcampInfo INFO = BootcampInfo.builder(CheckpointTourBootcamp.class)
            .title("Shortest tour of checkpoints")
            .version(1)
            .domain("spatial")
            .tags("grid", "travelling-salesman", "shortest-path", "state-search", "partial-credit")
            .summary("A walled grid has a start P and numbered checkpoints; give compass steps N, E, S, W for a walk from P"
                    + " that passes over every checkpoint, in any order, ending wherever it likes, with the fewest steps"
                    + " (breadth-first search over cell and visited set). The walk is replayed: shortest is CORRECT, a legal"
                    + " longer walk that visits all checkpoints PARTIAL with reward optimum/length, a step into a wall or"
                    + " off the grid, or a missed checkpoint, WRONG.")
            .knob(ROWS)
            .knob(COLUMNS)
            .knob(WALLS)
            .knob(CHECKPOINTS)
            .answerShape("compass steps N, E, S, W separated by spaces, such as N S N S")
            .severalAnswers()
            .build();

    /** The grid (P and checkpoint digits), the start cell, the checkpoint count and one shortest walk (never shown). */
    public record Puzzle(List<String> grid, int start, int checkpoints, List<String> walk) {
        public Puzzle {
            grid = List.copyOf(grid);
            walk = List.copyOf(walk);
        }
    }

    /** Steps, each N, E, S or W. */
    public record Answer(List<String> steps) {
        public Answer {
            steps = List.copyOf(steps);
        }
    }

    public CheckpointTourBootcamp() {
        super(INFO, MoveCodec.compass(MOST_MOVES).map(Answer::new, Answer::steps));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(ROWS, Draw.scale(level, 5, 12))
                .with(COLUMNS, Draw.scale(level, 5, 14))
                .with(WALLS, Draw.scale(level, 20, 30))
                .with(CHECKPOINTS, Draw.scale(level, 2, 6));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        while (true) {
            char[][] grid = Mazes.scatter(knobs.get(ROWS), knobs.get(COLUMNS), knobs.get(WALLS) / 100.0, random);
            List<Integer> open = Mazes.cells(grid, Mazes.OPEN);
            if (open.size() < 3) {
                continue;
            }
            int start = Draw.pick(open, random);
            StateSearch reach = Mazes.walk(grid, start);
            List<Integer> reached = new ArrayList<>(open.stream().filter(cell -> reach.distance(cell) > 0).toList());
            int count = Math.min(knobs.get(CHECKPOINTS), reached.size());
            if (count < 1 || reached.size() < Math.min(8, open.size() / 2)) {
                continue;
            }
            Draw.shuffle(reached, random);
            int columns = grid[0].length;
            for (int checkpoint = 0; checkpoint < count; checkpoint++) {
                int cell = reached.get(checkpoint);
                grid[cell / columns][cell % columns] = (char) ('1' + checkpoint);
            }
            grid[start / columns][start % columns] = 'P';
            List<String> walk = shortest(grid, start, count);
            if (walk.size() >= 3) {
                return new Puzzle(Mazes.lines(grid), start, count, walk);
            }
        }
    }

    private static List<String> shortest(char[][] grid, int start, int count) {
        int cells = grid.length * grid[0].length;
        StateSearch search = StateSearch.all(cells << count, start, (state, step) -> {
            int cell = state % cells;
            int seen = state / cells;
            for (Compass heading : Compass.values()) {
                int next = Mazes.step(grid, cell, heading);
                if (next >= 0 && Mazes.at(grid, next) != Mazes.WALL) {
                    step.to(visit(grid, next, seen) * cells + next, heading.ordinal());
                }
            }
        });
        int best = -1;
        int all = (1 << count) - 1;
        for (int cell = 0; cell < cells; cell++) {
            int state = all * cells + cell;
            if (search.distance(state) >= 0 && (best < 0 || search.distance(state) < search.distance(best))) {
                best = state;
            }
        }
        return search.path(best).stream().map(step -> String.valueOf(Compass.values()[step[1]].letter())).toList();
    }

    private static int visit(char[][] grid, int cell, int seen) {
        char value = Mazes.at(grid, cell);
        return Character.isDigit(value) ? seen | 1 << (value - '1') : seen;
    }

    @Override
    public String question(Puzzle puzzle) {
        return "A courier starts at P on the map below and has to pass over each of the " + puzzle.checkpoints()
                + " numbered checkpoints (1 to " + puzzle.checkpoints() + ") at least once, in any order. # marks a"
                + " wall; dots, digits and P are open cells. The top of the map is north.\n\n"
                + Grid.of(puzzle.grid()).render() + "\n\n"
                + "Each step goes to the adjacent cell to the north (N, up), south (S, down), east (E, right) or west"
                + " (W, left), never into a wall or off the map. The walk may end anywhere once every checkpoint has been"
                + " visited, and may cross any cell as often as it likes. Find a walk with the smallest possible number"
                + " of steps (any walk of that length counts). Write the steps in order separated by spaces, in the"
                + " style N S N S (format only).";
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.walk());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        char[][] grid = Mazes.chars(puzzle.grid());
        int[] at = {puzzle.start(), 0};
        return MoveReplay.score(answer.steps(), (number, move) -> {
            Compass heading = Compass.of(move.charAt(0));
            String blocked = Mazes.blocked(grid, at[0], heading, number, move);
            if (blocked == null) {
                at[0] = Mazes.step(grid, at[0], heading);
                at[1] = visit(grid, at[0], at[1]);
            }
            return blocked;
        }, () -> missed(puzzle.checkpoints(), at[1]), puzzle.walk().size(), "visited every checkpoint", "steps");
    }

    private static String missed(int count, int seen) {
        List<String> missing = new ArrayList<>();
        for (int checkpoint = 0; checkpoint < count; checkpoint++) {
            if ((seen >> checkpoint & 1) == 0) {
                missing.add(String.valueOf(checkpoint + 1));
            }
        }
        return missing.isEmpty() ? null : "the walk never visits checkpoint " + String.join(", ", missing);
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<String> steps = gold.steps();
        List<List<String>> misses = new ArrayList<>();
        misses.add(steps.subList(0, steps.size() - 1));
        List<String> turned = new ArrayList<>(steps);
        int at = random.nextInt(steps.size());
        turned.set(at, String.valueOf(Compass.of(steps.get(at).charAt(0)).right().letter()));
        misses.add(turned);
        misses.add(steps.subList(0, steps.size() / 2));
        return misses.stream().filter(miss -> !miss.isEmpty()).map(Answer::new).filter(miss -> !check(puzzle, miss).passed()).toList();
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.walk().size() * (double) puzzle.checkpoints();
    }
}
