package dev.bootcamp.camps.kit.planning;

import dev.bootcamp.api.Score;
import java.util.List;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/** Helpers shared by the STRIPS bootcamps: the language paragraph, the domain text, generation by search, scoring. */
public final class Strips {
    private Strips() {}

    /** How the PDDL-like text is to be read, for the prompt. */
    public static final String LANGUAGE = "How to read the definitions: an action applies only when every atom of its :precondition is true;"
            + " applying it makes the atoms under (not ...) in its :effect false and then the other :effect atoms true; every atom not"
            + " listed in :init is false at the start; objects are typed, and two different parameters of one action never name"
            + " the same object.";

    /** The action schemas in PDDL-like text, one after another. */
    public static String domainText(List<StripsSchema> schemas) {
        StringBuilder text = new StringBuilder();
        schemas.forEach(schema -> text.append(schema.text()).append('\n'));
        return text.toString();
    }

    /**
     * Draws problems until one has a shortest plan of at least {@code minLength} steps found within {@code budget}
     * states, over at most {@code attempts} draws; otherwise the longest solved one. {@code slack} steps are added to the
     * shortest length to make the bound. Problems that are not solved within the budget are skipped; {@code fallback}
     * must make a problem that is.
     */
    public static StripsPuzzle generate(List<StripsSchema> schemas, Supplier<StripsProblem> draw, Supplier<StripsProblem> fallback,
            int minLength, int budget, int attempts, int slack) {
        StripsPuzzle best = null;
        for (int attempt = 0; attempt < attempts; attempt++) {
            StripsPuzzle puzzle = solved(schemas, draw.get(), budget, slack);
            if (puzzle != null && (best == null || puzzle.plan().size() > best.plan().size())) {
                best = puzzle;
            }
            if (best != null && best.plan().size() >= minLength) {
                return best;
            }
        }
        if (best == null) {
            best = solved(schemas, fallback.get(), Integer.MAX_VALUE, slack);
        }
        return best;
    }

    private static StripsPuzzle solved(List<StripsSchema> schemas, StripsProblem problem, int budget, int slack) {
        StripsWorld world = new StripsWorld(schemas, problem);
        if (world.unmet(world.start()) == null) {
            return null;
        }
        PlanSearch.Found found = PlanSearch.cheapest(world, budget);
        return found.solved() ? new StripsPuzzle(problem, found.plan(), found.expanded(), found.plan().size() + slack) : null;
    }

    /** Replays the plan; with {@code optimal} the shortest length earns CORRECT, otherwise any plan within the bound. */
    public static Score check(List<StripsSchema> schemas, StripsPuzzle puzzle, Plan plan, boolean optimal) {
        StripsWorld world = new StripsWorld(schemas, puzzle.problem());
        if (optimal) {
            return PlanCheck.optimal(world, plan, puzzle.plan().size(), 4 * puzzle.plan().size() + 20, "steps");
        }
        return PlanCheck.withinSteps(world, plan, puzzle.bound());
    }

    /** Near misses kept only where the check fails them. */
    public static List<Plan> misses(List<StripsSchema> schemas, StripsPuzzle puzzle, boolean optimal, RandomGenerator random) {
        StripsWorld world = new StripsWorld(schemas, puzzle.problem());
        return PlanMisses.around(world, new Plan(puzzle.plan()), random).stream()
                .filter(miss -> !check(schemas, puzzle, miss, optimal).passed()).toList();
    }
}
