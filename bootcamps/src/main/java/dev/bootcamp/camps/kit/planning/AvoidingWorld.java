package dev.bootcamp.camps.kit.planning;

import java.util.List;
import java.util.function.BiConsumer;

/**
 * A STRIPS world with forbidden atoms: a step is illegal when it would make one of them true, so a plan must reach the
 * goal without ever passing through a state that contains a forbidden atom.
 */
public final class AvoidingWorld implements PlanDomain<Facts> {
    private final StripsWorld world;
    private final List<String> forbidden;
    private final int[] indices;

    /** {@code forbidden} atoms must all be false in the world's start. */
    public AvoidingWorld(StripsWorld world, List<String> forbidden) {
        this.world = world;
        this.forbidden = List.copyOf(forbidden);
        this.indices = forbidden.stream().mapToInt(world::atom).toArray();
        if (violated(world.start()) != null) {
            throw new IllegalArgumentException("a forbidden atom is true at the start");
        }
    }

    /** The first forbidden atom true in {@code state}, or null. */
    private String violated(Facts state) {
        for (int i = 0; i < indices.length; i++) {
            if (indices[i] >= 0 && state.has(indices[i])) {
                return forbidden.get(i);
            }
        }
        return null;
    }

    @Override
    public Facts start() {
        return world.start();
    }

    @Override
    public List<String> steps(Facts state) {
        return world.steps(state);
    }

    @Override
    public Outcome<Facts> apply(Facts state, String step) {
        Outcome<Facts> outcome = world.apply(state, step);
        if (!outcome.legal()) {
            return outcome;
        }
        String atom = violated(outcome.state());
        return atom == null ? outcome : Outcome.illegal("it makes the forbidden atom (" + atom + ") true");
    }

    @Override
    public void successors(Facts state, BiConsumer<String, Facts> offer) {
        world.successors(state, (step, next) -> {
            if (violated(next) == null) {
                offer.accept(step, next);
            }
        });
    }

    @Override
    public boolean reached(Facts state) {
        return world.reached(state);
    }

    @Override
    public String unmet(Facts state) {
        return world.unmet(state);
    }
}
