package dev.bootcamp.camps.kit.planning;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * One STRIPS domain played from several possible starts at once, as in conformant planning: a step is legal only when
 * it is legal from every start's current state, and the goal is reached only when it holds in all of them. A state is
 * the list of the per-start states, in the order of the problems given.
 */
public final class ConformantWorld implements PlanDomain<List<Facts>> {
    private final List<StripsWorld> worlds = new ArrayList<>();
    private final List<String> labels;

    /** The problems share objects and goal and differ in their initial atoms; {@code labels} name each start in messages. */
    public ConformantWorld(List<StripsSchema> schemas, List<StripsProblem> problems, List<String> labels) {
        if (problems.isEmpty() || problems.size() != labels.size()) {
            throw new IllegalArgumentException("one label per start, and at least one start");
        }
        problems.forEach(problem -> worlds.add(new StripsWorld(schemas, problem)));
        this.labels = List.copyOf(labels);
    }

    @Override
    public List<Facts> start() {
        return worlds.stream().map(StripsWorld::start).toList();
    }

    @Override
    public List<String> steps(List<Facts> state) {
        List<String> steps = new ArrayList<>();
        successors(state, (step, next) -> steps.add(step));
        return steps;
    }

    @Override
    public Outcome<List<Facts>> apply(List<Facts> state, String step) {
        List<Facts> next = new ArrayList<>();
        for (int i = 0; i < worlds.size(); i++) {
            Outcome<Facts> outcome = worlds.get(i).apply(state.get(i), step);
            if (!outcome.legal()) {
                return Outcome.illegal(labels.get(i) + ", " + outcome.illegal());
            }
            next.add(outcome.state());
        }
        return Outcome.to(List.copyOf(next));
    }

    @Override
    public void successors(List<Facts> state, BiConsumer<String, List<Facts>> offer) {
        worlds.get(0).successors(state.get(0), (step, first) -> {
            List<Facts> next = new ArrayList<>();
            next.add(first);
            for (int i = 1; i < worlds.size(); i++) {
                Outcome<Facts> outcome = worlds.get(i).apply(state.get(i), step);
                if (!outcome.legal()) {
                    return;
                }
                next.add(outcome.state());
            }
            offer.accept(step, List.copyOf(next));
        });
    }

    @Override
    public boolean reached(List<Facts> state) {
        for (int i = 0; i < worlds.size(); i++) {
            if (!worlds.get(i).reached(state.get(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String unmet(List<Facts> state) {
        for (int i = 0; i < worlds.size(); i++) {
            String unmet = worlds.get(i).unmet(state.get(i));
            if (unmet != null) {
                return labels.get(i) + ", " + unmet;
            }
        }
        return null;
    }
}
