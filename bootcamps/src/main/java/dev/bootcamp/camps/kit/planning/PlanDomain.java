package dev.bootcamp.camps.kit.planning;

import java.util.List;

/**
 * The rules of one planning puzzle instance, written once and used both by the search (the solver) and by the
 * replaying checker, so the two cannot disagree.
 *
 * @param <S> an immutable state with value equality (a record, a string, a {@code List})
 */
public interface PlanDomain<S> {
    /** The state the plan starts from. */
    S start();

    /** Every step worth trying from {@code state}, in canonical form and a fixed order (the search keeps the legal ones). */
    List<String> steps(S state);

    /** The state after {@code step} (in canonical form, but possibly nonsense from a model), or why it is illegal. */
    Outcome<S> apply(S state, String step);

    /** Null when {@code state} meets the goal, otherwise what is still missing, in a few words. */
    String unmet(S state);

    /**
     * Offers every legal step from {@code state} with the state it leads to, in the order of {@link #steps}; a domain
     * may override this with a faster equivalent of the default, which tries each of {@link #steps} with {@link #apply}.
     */
    default void successors(S state, java.util.function.BiConsumer<String, S> offer) {
        for (String step : steps(state)) {
            Outcome<S> outcome = apply(state, step);
            if (outcome.legal()) {
                offer.accept(step, outcome.state());
            }
        }
    }

    /** Whether every step costs 1 (then the search is a plain breadth-first search). */
    default boolean unitCosts() {
        return true;
    }

    /** Whether {@code state} meets the goal; a domain may override this with a faster test than {@link #unmet}. */
    default boolean reached(S state) {
        return unmet(state) == null;
    }

    /** What a legal {@code step} from {@code state} costs; 1 unless the puzzle weighs its steps. */
    default int cost(S state, String step) {
        return 1;
    }
}
