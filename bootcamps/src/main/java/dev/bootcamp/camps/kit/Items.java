package dev.bootcamp.camps.kit;

import dev.bootcamp.api.Score;
import dev.bootcamp.verify.Answers;
import java.util.List;
import java.util.Objects;
import java.util.function.BiPredicate;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * Several results asked in one answer and scored all or nothing: the way to ask small-answer questions (yes/no, a
 * count, one of a few words) without paying a constant answer, since a constant hits every item only by chance.
 */
public final class Items {
    private Items() {}

    /**
     * CORRECT when {@code given} has as many items as {@code gold} and every item is right; otherwise WRONG, the detail
     * naming the first wrong item (numbered from 1) and how many are right.
     */
    public static <T> Score allOrNothing(List<T> gold, List<T> given, BiPredicate<T, T> right, String noun) {
        if (given.size() != gold.size()) {
            return Score.malformed("expected " + gold.size() + " " + noun + "s, one per item, found " + given.size());
        }
        int first = -1;
        int correct = 0;
        for (int i = 0; i < gold.size(); i++) {
            if (right.test(gold.get(i), given.get(i))) {
                correct++;
            } else if (first < 0) {
                first = i;
            }
        }
        if (first < 0) {
            return Score.correct("all " + gold.size() + " " + noun + "s are right");
        }
        return Score.wrong(noun + " " + (first + 1) + " is wrong ('" + Answers.abbreviate(String.valueOf(given.get(first)))
                + "'); " + correct + " of " + gold.size() + " are right, and every one must be");
    }

    /** {@link #allOrNothing} with equality. */
    public static <T> Score allOrNothing(List<T> gold, List<T> given, String noun) {
        return allOrNothing(gold, given, Object::equals, noun);
    }

    /**
     * The first problem with several results given in order: WRONG "expected {@code count} {@code things}, found n" when
     * {@code found} differs from {@code count}, else WRONG with the first non-null {@code problem(i)} (which names its
     * item); null when every item is right.
     */
    public static Score firstProblem(int count, int found, String things, IntFunction<String> problem) {
        if (found != count) {
            return Score.wrong("expected " + count + " " + things + ", found " + found);
        }
        return IntStream.range(0, count).mapToObj(problem).filter(Objects::nonNull).findFirst().map(Score::wrong).orElse(null);
    }
}
