package dev.bootcamp.camps.kit.planning;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** Plausible wrong plans near a gold plan, for a bootcamp's near misses (the bootcamp keeps those its check fails). */
public final class PlanMisses {
    private PlanMisses() {}

    /**
     * The gold plan without its last step, without a random step, with two neighbouring steps exchanged, with one step
     * replaced by another step the domain offers at that point, and with a legal detour (a step and then the gold plan
     * from the state it leads to is not attempted; the detour is the gold plan with a legal first step prepended).
     */
    public static <S> List<Plan> around(PlanDomain<S> domain, Plan gold, RandomGenerator random) {
        List<String> steps = gold.steps();
        List<Plan> misses = new ArrayList<>();
        if (steps.size() > 1) {
            misses.add(new Plan(steps.subList(0, steps.size() - 1)));
            List<String> dropped = new ArrayList<>(steps);
            dropped.remove(random.nextInt(steps.size()));
            misses.add(new Plan(dropped));
            List<String> swapped = new ArrayList<>(steps);
            int at = random.nextInt(steps.size() - 1);
            swapped.set(at, steps.get(at + 1));
            swapped.set(at + 1, steps.get(at));
            misses.add(new Plan(swapped));
        }
        int at = random.nextInt(steps.size());
        S state = domain.start();
        for (int i = 0; i < at && state != null; i++) {
            Outcome<S> outcome = domain.apply(state, steps.get(i));
            state = outcome.state();
        }
        if (state != null) {
            for (String other : domain.steps(state)) {
                if (!other.equals(steps.get(at))) {
                    List<String> replaced = new ArrayList<>(steps);
                    replaced.set(at, other);
                    misses.add(new Plan(replaced));
                    break;
                }
            }
            List<String> first = domain.steps(domain.start());
            if (!first.isEmpty()) {
                List<String> detour = new ArrayList<>();
                detour.add(first.get(random.nextInt(first.size())));
                detour.addAll(steps);
                misses.add(new Plan(detour));
            }
        }
        return misses;
    }
}
