package dev.bootcamp.camps.kit.planning;

import dev.bootcamp.api.Score;
import dev.bootcamp.verify.Answers;

/**
 * The checker shared by the planning bootcamps: replay a plan step by step from the start, stop at the first illegal
 * step with its number and reason, then test the goal; a legal plan that reaches the goal is scored against a bound on
 * its length or against the proven least cost.
 */
public final class PlanCheck {
    private PlanCheck() {}

    /** The end of a replay: the state reached and the total cost, or the reason the plan fails (then state is null). */
    public record Replay<S>(S state, int cost, String wrong) {}

    /** Plays {@code plan} from the start; the first illegal step or an unmet goal is reported as {@code wrong}. */
    public static <S> Replay<S> replay(PlanDomain<S> domain, Plan plan) {
        S state = domain.start();
        int cost = 0;
        for (int i = 0; i < plan.length(); i++) {
            String step = plan.steps().get(i);
            Outcome<S> outcome = domain.apply(state, step);
            if (!outcome.legal()) {
                return new Replay<>(null, cost, "step " + (i + 1) + " (" + Answers.abbreviate(step) + ") is illegal: " + outcome.illegal());
            }
            cost += domain.cost(state, step);
            state = outcome.state();
        }
        String unmet = domain.unmet(state);
        if (unmet != null) {
            return new Replay<>(null, cost, "after all " + plan.length() + " steps the goal is not reached: " + unmet);
        }
        return new Replay<>(state, cost, null);
    }

    /** CORRECT when the plan is legal, reaches the goal and has at most {@code bound} steps; WRONG otherwise. */
    public static <S> Score withinSteps(PlanDomain<S> domain, Plan plan, int bound) {
        if (plan.length() > bound) {
            return Score.wrong("the plan has " + plan.length() + " steps; at most " + bound + " are allowed");
        }
        Replay<S> replay = replay(domain, plan);
        if (replay.wrong() != null) {
            return Score.wrong(replay.wrong());
        }
        return Score.correct("goal reached in " + plan.length() + " steps (at most " + bound + " allowed)");
    }

    /**
     * CORRECT when the plan is legal, reaches the goal and costs {@code optimum} (the proven least cost); a legal but
     * dearer plan is PARTIAL with reward optimum / cost / 2, so only the optimum earns more than half; WRONG otherwise.
     * {@code unit} names the cost ("steps", "minutes").
     */
    public static <S> Score optimal(PlanDomain<S> domain, Plan plan, int optimum, int maxSteps, String unit) {
        if (plan.length() > maxSteps) {
            return Score.wrong("the plan has " + plan.length() + " steps; more than " + maxSteps + " are never needed here");
        }
        Replay<S> replay = replay(domain, plan);
        if (replay.wrong() != null) {
            return Score.wrong(replay.wrong());
        }
        if (replay.cost() <= optimum) {
            return Score.correct("goal reached at the least possible cost, " + replay.cost() + " " + unit);
        }
        return Score.partial(0.5 * optimum / replay.cost(), "goal reached legally at " + replay.cost() + " " + unit + "; the least possible is " + optimum);
    }
}
