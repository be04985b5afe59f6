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

    /** What a legal {@code step} from {@code state} costs; 1 unless the puzzle weighs its steps. */
    default int cost(S state, String step) {
        return 1;
    }
}
