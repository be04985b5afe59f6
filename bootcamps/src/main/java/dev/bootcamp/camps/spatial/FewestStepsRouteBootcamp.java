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

/** Fewest-steps route: cross a field of scattered rocks from S to G in as few compass steps as possible. */
@AutoService(Bootcamp.class)
public final class FewestStepsRouteBootcamp extends Camp<FewestStepsRouteBootcamp.Puzzle, FewestStepsRouteBootcamp.Answer> {
    private static final Knob<Integer> ROWS = Knob.integer("rows", 4, 24, 8, "rows of the field");
    private static final Knob<Integer> COLUMNS = Knob.integer("columns", 4, 24, 8, "columns of the field");
    private static final Knob<Integer> ROCKS = Knob.integer("rocks", 0, 45, 30, "percent of cells that are rocks");
    private static final int MOST_MOVES = 4_000;
    private static final BootcampInfo INFO = BootcampInfo.builder(FewestStepsRouteBootcamp.class)
            .title("Fewest-steps route across a rocky field")
            .version(1)
            .domain("spatial")
            .tags("maze", "shortest-path", "breadth-first-search", "grid", "partial-credit")
            .summary("A rectangular field with numbered rows and columns has rocks (#), a start S and a goal G; give a route"
                    + " of compass steps N, E, S, W from S to G that never enters a rock or leaves the field and uses the"
                    + " fewest steps possible (the optimum is found by breadth-first search). Any shortest route is"
                    + " CORRECT; a legal route that is longer is PARTIAL with reward optimum/length; an illegal step or a"
                    + " route that stops elsewhere is WRONG, naming the first bad step.")
            .knob(ROWS)
            .knob(COLUMNS)
            .knob(ROCKS)
            .answerShape("compass steps N, E, S, W separated by spaces, such as E E W N")
            .severalAnswers()
            .build();

    /** The field (with S and G), the start and goal cells, and one shortest route (never shown). */
    public record Puzzle(List<String> field, int start, int goal, List<String> route) {
        public Puzzle {
            field = List.copyOf(field);
            route = List.copyOf(route);
        }
    }

    /** Steps, each N, E, S or W. */
    public record Answer(List<String> steps) {
        public Answer {
            steps = List.copyOf(steps);
        }
    }

    public FewestStepsRouteBootcamp() {
        super(INFO, MoveCodec.compass(MOST_MOVES).map(Answer::new, Answer::steps));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(ROWS, Draw.scale(level, 5, 16))
                .with(COLUMNS, Draw.scale(level, 5, 20))
                .with(ROCKS, Draw.scale(level, 25, 34));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        while (true) {
            char[][] grid = Mazes.scatter(knobs.get(ROWS), knobs.get(COLUMNS), knobs.get(ROCKS) / 100.0, random);
            List<Integer> open = Mazes.cells(grid, Mazes.OPEN);
            if (open.size() < 2) {
                continue;
            }
            int start = Draw.pick(open, random);
            StateSearch search = Mazes.walk(grid, start);
            int goal = Mazes.far(search, open, 0.7, random);
            if (goal < 0 || search.distance(goal) < Math.min(5, grid.length + grid[0].length - 3)) {
                continue;
            }
            List<String> route = Mazes.route(search, goal).stream().map(heading -> String.valueOf(heading.letter())).toList();
            int columns = grid[0].length;
            grid[start / columns][start % columns] = 'S';
            grid[goal / columns][goal % columns] = 'G';
            return new Puzzle(Mazes.lines(grid), start, goal, route);
        }
    }

    @Override
    public String question(Puzzle puzzle) {
        return "A walker crosses a rocky field, shown below with its rows and columns numbered (row 1 is the northern edge,"
                + " column 1 the western edge). # marks a rock, . open ground, S the walker's starting cell and G the goal.\n\n"
                + Grid.of(puzzle.field()).numbered() + "\n\n"
                + "Each step moves to a neighbouring cell: N to the row above, S to the row below, E to the next column"
                + " on the right, W to the next column on the left. The walker cannot stand on a rock or leave the field."
                + " Give a route from S to G with as few steps as possible (if several routes are equally short, any of"
                + " them will do). Write the steps in order, separated by spaces, in the form E E W N (format only).";
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.route());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        char[][] grid = Mazes.chars(puzzle.field());
        int[] at = {puzzle.start()};
        return MoveReplay.score(answer.steps(), (number, move) -> {
            Compass heading = Compass.of(move.charAt(0));
            String blocked = Mazes.blocked(grid, at[0], heading, number, move);
            at[0] = blocked == null ? Mazes.step(grid, at[0], heading) : at[0];
            return blocked;
        }, () -> at[0] == puzzle.goal() ? null : "the route ends at " + Mazes.where(grid, at[0]) + ", not on G at "
                + Mazes.where(grid, puzzle.goal()), puzzle.route().size(), "reached G", "steps");
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<String> steps = gold.steps();
        List<List<String>> misses = new ArrayList<>();
        misses.add(steps.subList(0, steps.size() - 1));
        List<String> turned = new ArrayList<>(steps);
        int at = random.nextInt(steps.size());
        turned.set(at, String.valueOf(Compass.of(steps.get(at).charAt(0)).left().letter()));
        misses.add(turned);
        List<String> detour = new ArrayList<>(steps);
        String last = steps.get(steps.size() - 1);
        detour.add(String.valueOf(Compass.of(last.charAt(0)).opposite().letter()));
        detour.add(last);
        misses.add(detour);
        return misses.stream().filter(miss -> !miss.isEmpty()).map(Answer::new).filter(miss -> !check(puzzle, miss).passed()).toList();
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.route().size() + Mazes.cells(Mazes.chars(puzzle.field()), Mazes.OPEN).size() / 4.0;
    }
}
