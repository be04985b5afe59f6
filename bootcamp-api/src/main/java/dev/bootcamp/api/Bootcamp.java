package dev.bootcamp.api;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * One task type: a difficulty-configurable generator, a reference solver and a rule-based checker.
 *
 * <p>Implementations are stateless (or hold only immutable data), have a public no-argument constructor and are
 * registered with {@code @AutoService(Bootcamp.class)}. {@code P} and {@code A} are records or JDK types that
 * Jackson serialises without annotations; the framework resolves them from the class's type arguments.
 *
 * @param <P> the puzzle: everything the question and the checker need
 * @param <A> the answer
 */
public interface Bootcamp<P, A> {

    /** Identity, description and knobs; the same object on every call. */
    BootcampInfo info();

    /**
     * The knob values for a level in 1..10: 1 is trivial for a small model, 10 hard for a frontier model, and each
     * numeric knob moves monotonically with the level. Start from {@code info().defaults()} and use {@link Knobs#with}.
     */
    Knobs atLevel(int level);

    /**
     * Makes a puzzle. Pure: it draws randomness only from {@code random}, so the same knobs and random state give the
     * same puzzle. Total: it never throws for valid knobs (retry internally). Bounded in time.
     */
    P generate(Knobs knobs, RandomGenerator random);

    /**
     * The task as the model sees it: the rules, the instance, and the exact shape of the answer text; never the
     * answer. The framework appends the answer-style instruction, so do not mention tags or boxes here.
     */
    String question(P puzzle);

    /** The reference answer; {@code check(puzzle, solve(puzzle))} is {@link Verdict#CORRECT}. */
    A solve(P puzzle);

    /** The canonical answer text, the inverse of {@link #parse}. */
    String render(A answer);

    /**
     * Reads the text found inside the answer wrapper, leniently about whitespace, case and separators and strictly
     * about content. Throws {@link AnswerFormatException} with a reason, and nothing else, for any text.
     */
    A parse(String text);

    /**
     * Checks an answer against the rules (not by comparing with {@link #solve} where several answers are valid).
     * Never throws for an answer {@link #parse} produced.
     */
    Score check(P puzzle, A answer);

    /** Plausible wrong answers, each of which must score below 1. */
    default List<A> nearMisses(P puzzle, A gold, RandomGenerator random) {
        return List.of();
    }

    /**
     * A measure of how hard a puzzle is (instance size, solver steps); its mean must not fall as the level rises.
     * The default is the length of the question.
     */
    default double cost(P puzzle) {
        return question(puzzle).length();
    }

    /**
     * Counts solutions up to {@code limit} with a solver independent of the generator. Required when
     * {@link BootcampInfo#uniqueSolution()} is set; the contract checks that it returns 1 with a limit of 2.
     */
    default long countSolutions(P puzzle, long limit) {
        throw new UnsupportedOperationException(info().id() + " does not count solutions");
    }
}
