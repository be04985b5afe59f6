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

/** Fuel maze: each step burns one unit of a small tank that only pumps refill; reach the goal without running dry. */
@AutoService(Bootcamp.class)
public final class FuelMazeBootcamp extends Camp<FuelMazeBootcamp.Puzzle, FuelMazeBootcamp.Answer> {
    private static final Knob<Integer> SIZE = Knob.integer("size", 5, 20, 8, "rows and columns of the map");
    private static final Knob<Integer> WALLS = Knob.integer("walls", 0, 40, 25, "percent of cells that are walls");
    private static final Knob<Integer> PUMPS = Knob.integer("pumps", 1, 12, 3, "fuel pumps on the map");
    private static final int MOST_MOVES = 4_000;
    private static final BootcampInfo INFO = BootcampInfo.builder(FuelMazeBootcamp.class)
            .title("Fuel-limited route")
            .version(1)
            .domain("spatial")
            .tags("maze", "fuel", "state-search", "resource-constraint", "grid")
            .summary("A rover with a tank of a stated size starts full at S on a walled map; every step N, E, S or W burns"
                    + " one unit, a step needs fuel in the tank, and driving onto a pump P refills the tank. Give any"
                    + " route from S to G; the tank is smaller than the shortest distance, so the route must detour to"
                    + " pumps. The route is replayed with the fuel: reaching G is CORRECT, however long; a step into a wall,"
                    + " off the map or with an empty tank, or a route ending elsewhere, is WRONG.")
            .knob(SIZE)
            .knob(WALLS)
            .knob(PUMPS)
            .answerShape("compass steps N, E, S, W separated by spaces, such as W E W E")
            .severalAnswers()
            .build();

    /** The map (S, G, P pumps), the start and goal, the tank size, and a shortest legal route (never shown). */
    public record Puzzle(List<String> map, int start, int goal, int tank, List<String> route) {
        public Puzzle {
            map = List.copyOf(map);
            route = List.copyOf(route);
        }
    }

    /** Steps, each N, E, S or W. */
    public record Answer(List<String> steps) {
        public Answer {
            steps = List.copyOf(steps);
        }
    }

    public FuelMazeBootcamp() {
        super(INFO, MoveCodec.compass(MOST_MOVES).map(Answer::new, Answer::steps));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(SIZE, Draw.scale(level, 6, 15))
                .with(WALLS, Draw.scale(level, 22, 30))
                .with(PUMPS, Draw.scale(level, 2, 7));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int size = knobs.get(SIZE);
        while (true) {
            char[][] grid = Mazes.scatter(size, size, knobs.get(WALLS) / 100.0, random);
            List<Integer> open = new ArrayList<>(Mazes.cells(grid, Mazes.OPEN));
            if (open.size() < knobs.get(PUMPS) + 2) {
                continue;
            }
            Draw.shuffle(open, random);
            int start = open.get(0);
            StateSearch plain = Mazes.walk(grid, start);
            int goal = Mazes.far(plain, open.subList(1, open.size()), 0.7, random);
            if (goal < 0 || plain.distance(goal) < 5) {
                continue;
            }
            List<Integer> spots = open.stream().filter(cell -> cell != start && cell != goal).toList();
            for (int cell : Draw.sample(spots, knobs.get(PUMPS), random)) {
                grid[cell / size][cell % size] = 'P';
            }
            int distance = plain.distance(goal);
            int tank = Draw.between(Math.max(2, distance / 3), distance - 1, random);
            List<String> route = shortest(grid, start, goal, tank);
            if (route != null) {
                grid[start / size][start % size] = 'S';
                grid[goal / size][goal % size] = 'G';
                return new Puzzle(Mazes.lines(grid), start, goal, tank, route);
            }
        }
    }

    /** A shortest legal route over (cell, fuel left) states, or null when the goal is out of reach. */
    private static List<String> shortest(char[][] grid, int start, int goal, int tank) {
        int cells = grid.length * grid[0].length;
        StateSearch search = StateSearch.all(cells * (tank + 1), start + cells * tank, (state, step) -> {
            int cell = state % cells;
            int fuel = state / cells;
            if (fuel == 0) {
                return;
            }
            for (Compass heading : Compass.values()) {
                int next = Mazes.step(grid, cell, heading);
                if (next >= 0 && Mazes.at(grid, next) != Mazes.WALL) {
                    step.to((Mazes.at(grid, next) == 'P' ? tank : fuel - 1) * cells + next, heading.ordinal());
                }
            }
        });
        int best = -1;
        for (int fuel = 0; fuel <= tank; fuel++) {
            int state = fuel * cells + goal;
            if (search.distance(state) >= 0 && (best < 0 || search.distance(state) < search.distance(best))) {
                best = state;
            }
        }
        return best < 0 ? null : search.path(best).stream().map(step -> String.valueOf(Compass.values()[step[1]].letter())).toList();
    }

    @Override
    public String question(Puzzle puzzle) {
        return "A rover must drive from S to G across the map below (north is up). # is a wall, . is open ground, and P is"
                + " a fuel pump.\n\n" + Grid.of(puzzle.map()).render() + "\n\n"
                + "The rover's tank holds " + puzzle.tank() + " units of fuel and is full at S. Each step moves it one cell"
                + " north (N), east (E), south (S) or west (W), never into a wall or off the map, and burns one unit; the"
                + " rover cannot take a step with an empty tank. Whenever a step ends on a pump, the tank is refilled to "
                + puzzle.tank() + " units (after paying for that step). Give any route that brings the rover to G, as"
                + " its steps in order separated by spaces; it need not be the shortest. Format sample: W E W E.";
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.route());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        char[][] grid = Mazes.chars(puzzle.map());
        int[] at = {puzzle.start(), puzzle.tank()};
        String problem = MoveReplay.replay(answer.steps(), (number, move) -> {
            Compass heading = Compass.of(move.charAt(0));
            String blocked = Mazes.blocked(grid, at[0], heading, number, move);
            if (blocked != null) {
                return blocked;
            }
            if (at[1] == 0) {
                return "step " + number + " (" + move + ") from " + Mazes.where(grid, at[0]) + " is taken with an empty tank";
            }
            at[0] = Mazes.step(grid, at[0], heading);
            at[1] = Mazes.at(grid, at[0]) == 'P' ? puzzle.tank() : at[1] - 1;
            return null;
        }, () -> at[0] == puzzle.goal() ? null : "the route ends at " + Mazes.where(grid, at[0]) + ", not on G");
        return problem == null ? Score.correct("reaches G in " + answer.steps().size() + " steps") : Score.wrong(problem);
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<String> steps = gold.steps();
        char[][] grid = Mazes.chars(puzzle.map());
        List<List<String>> misses = new ArrayList<>();
        misses.add(steps.subList(0, steps.size() - 1));
        // the shortest way with an endless tank, which runs dry
        misses.add(Mazes.route(Mazes.walk(grid, puzzle.start()), puzzle.goal()).stream().map(heading -> String.valueOf(heading.letter())).toList());
        List<String> turned = new ArrayList<>(steps);
        int at = random.nextInt(steps.size());
        turned.set(at, String.valueOf(Compass.of(steps.get(at).charAt(0)).left().letter()));
        misses.add(turned);
        return misses.stream().filter(miss -> !miss.isEmpty()).map(Answer::new).filter(miss -> !check(puzzle, miss).passed()).toList();
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.route().size() + puzzle.map().size() * puzzle.map().size() / 4.0;
    }
}
