package dev.bootcamp.camps.planning;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Camp;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.planning.Plan;
import dev.bootcamp.camps.kit.planning.PlanCodecs;
import dev.bootcamp.camps.kit.planning.Strips;
import dev.bootcamp.camps.kit.planning.StripsProblem;
import dev.bootcamp.camps.kit.planning.StripsPuzzle;
import dev.bootcamp.camps.kit.planning.StripsSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** Visit-all on a grid with blocked cells: walk so that every marked cell is visited, in the fewest moves. */
@AutoService(Bootcamp.class)
public final class PddlVisitCellsBootcamp extends Camp<StripsPuzzle, Plan> {
    private static final Knob<Integer> SIDE = Knob.integer("side", 2, 5, 4, "the grid is side by side cells");
    private static final Knob<Integer> TARGETS = Knob.integer("targets", 1, 7, 4, "cells that must be visited");
    private static final Knob<Integer> BLOCKED = Knob.integer("blocked", 0, 5, 2, "blocked cells (not drawn as objects)");
    private static final BootcampInfo INFO = BootcampInfo.builder(PddlVisitCellsBootcamp.class)
            .title("Visit the marked cells, fewest moves (PDDL)")
            .version(1)
            .domain("planning")
            .tags("planning", "pddl", "strips", "optimal-plan", "partial-credit")
            .summary("A visit-all variant in PDDL-like text: a walker moves between connected cells of a grid with blocked"
                    + " squares, and every cell it enters becomes visited. Give a shortest move sequence after which every marked"
                    + " cell has been visited (optimum by breadth-first search). Replayed move by move; the fewest moves is"
                    + " CORRECT, a longer legal plan PARTIAL with reward shortest / length / 2, anything else WRONG.")
            .knob(SIDE)
            .knob(TARGETS)
            .knob(BLOCKED)
            .answerShape("moves separated by commas, each walk followed by two cells, such as walk p1-1 p1-2")
            .severalAnswers()
            .build();

    static final List<StripsSchema> SCHEMAS = List.of(
            StripsSchema.of("walk", "?from place, ?to place", "walker-at ?from; link ?from ?to", "walker-at ?to; visited ?to", "walker-at ?from"));

    public PddlVisitCellsBootcamp() {
        super(INFO, PlanCodecs.steps(400));
    }

    @Override
    public Knobs atLevel(int level) {
        int[] side = {3, 4, 4, 4, 4, 4, 5, 5, 5, 5};
        int[] targets = {2, 2, 3, 3, 3, 4, 5, 5, 6, 7};
        int[] blocked = {1, 1, 1, 2, 2, 2, 3, 3, 4, 5};
        return INFO.defaults().with(SIDE, side[level - 1]).with(TARGETS, targets[level - 1]).with(BLOCKED, blocked[level - 1]);
    }

    @Override
    public StripsPuzzle generate(Knobs knobs, RandomGenerator random) {
        int side = knobs.get(SIDE);
        int blocked = Math.min(knobs.get(BLOCKED), side * side - 2);
        int targets = Math.min(knobs.get(TARGETS), side * side - 1 - blocked);
        return Strips.generate(SCHEMAS, () -> draw(side, blocked, targets, random), () -> draw(side, 0, 1, random), side + targets, 20_000, 4, 0);
    }

    private static String cell(int column, int row) {
        return "p" + column + "-" + row;
    }

    private static StripsProblem draw(int side, int blocked, int targets, RandomGenerator random) {
        List<String> cells = new ArrayList<>();
        for (int row = 1; row <= side; row++) {
            for (int column = 1; column <= side; column++) {
                cells.add(cell(column, row));
            }
        }
        List<String> order = new ArrayList<>(cells);
        Draw.shuffle(order, random);
        List<String> wall = order.subList(0, blocked);
        StripsProblem.Builder problem = new StripsProblem.Builder();
        cells.stream().filter(cell -> !wall.contains(cell)).forEach(cell -> problem.object(cell, "place"));
        for (int row = 1; row <= side; row++) {
            for (int column = 1; column <= side; column++) {
                int[][] around = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};
                for (int[] d : around) {
                    int c = column + d[0];
                    int r = row + d[1];
                    if (c >= 1 && c <= side && r >= 1 && r <= side && !wall.contains(cell(column, row)) && !wall.contains(cell(c, r))) {
                        problem.init("link " + cell(column, row) + " " + cell(c, r));
                    }
                }
            }
        }
        String start = order.get(blocked);
        problem.init("walker-at " + start).init("visited " + start);
        order.subList(blocked + 1, blocked + 1 + targets).forEach(cell -> problem.goal("visited " + cell));
        return problem.build();
    }

    @Override
    public String question(StripsPuzzle puzzle) {
        return "A walker patrols a square grid. Places are named p<column>-<row>; a missing name is a blocked square, and"
                + " (link x y) means the walker can step from x to the neighbouring place y. Entering a place marks it visited,"
                + " and the start counts as visited. The single action, in PDDL-like form:\n\n" + Strips.domainText(SCHEMAS)
                + "\nThe grid and the places to inspect:\n" + puzzle.problem().text() + "\n\n" + Strips.LANGUAGE
                + "\n\nPlan the patrol with the smallest possible number of walk actions so that, at the end, every place in the"
                + " goal has been visited at some point (the walker may finish anywhere and may pass a place more than once)."
                + " Give the walk actions in order, separated by commas, each as walk followed by the two places, for example:"
                + " walk p4-4 p4-5, walk p4-5 p3-5";
    }

    @Override
    public Plan solve(StripsPuzzle puzzle) {
        return new Plan(puzzle.plan());
    }

    @Override
    public Score check(StripsPuzzle puzzle, Plan plan) {
        return Strips.check(SCHEMAS, puzzle, plan, true);
    }

    @Override
    public List<Plan> nearMisses(StripsPuzzle puzzle, Plan gold, RandomGenerator random) {
        return Strips.misses(SCHEMAS, puzzle, true, random);
    }

    @Override
    public double cost(StripsPuzzle puzzle) {
        return puzzle.explored() + puzzle.plan().size();
    }
}
