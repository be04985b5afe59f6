package dev.bootcamp.camps.math;

import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.Expression;
import dev.bootcamp.camps.kit.Expression.Operator;
import dev.bootcamp.camps.math.CountdownBootcamp.Puzzle;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** Makes Countdown puzzles whose target is the value of a random legal combination of some of the numbers. */
final class CountdownGenerator {
    /** Largest product the generator forms, so its arithmetic stays well inside {@code long}. */
    private static final long MAX_STEP = 100_000_000L;
    private static final int ATTEMPTS = 1_000;

    private CountdownGenerator() {}

    /**
     * Draws numbers and a solution over {@code used} of them until the solution's value has {@code digits} digits and is
     * not trivial; falls back to the closest try, so it never fails.
     */
    static Puzzle generate(int count, int used, int maxNumber, int digits, RandomGenerator random) {
        long low = digits == 1 ? 1 : (long) Math.pow(10, digits - 1);
        long high = (long) Math.pow(10, digits) - 1;
        Puzzle best = null;
        double bestMiss = Double.MAX_VALUE;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            List<Integer> numbers = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                numbers.add(Draw.between(1, maxNumber, random));
            }
            Step solution = combine(Draw.sample(numbers, used, random), random);
            Puzzle puzzle = new Puzzle(numbers, solution.value(), solution.expression().text());
            double miss = solution.value() < low ? Math.log((double) low / solution.value())
                    : solution.value() > high ? Math.log((double) solution.value() / high) : 0;
            if (trivial(numbers, solution.value(), used)) {
                miss += 100;
            }
            if (miss == 0) {
                return puzzle;
            }
            if (miss < bestMiss) {
                best = puzzle;
                bestMiss = miss;
            }
        }
        return best;
    }

    /**
     * Whether the target is too easy for a puzzle whose solution uses {@code used} numbers: it is a given number, or
     * (when the solution needs three or more) one operation on two of them.
     */
    private static boolean trivial(List<Integer> numbers, long target, int used) {
        if (numbers.contains((int) Math.min(target, Integer.MAX_VALUE))) {
            return true;
        }
        if (used < 3) {
            return false;
        }
        for (int i = 0; i < numbers.size(); i++) {
            for (int j = 0; j < numbers.size(); j++) {
                long a = numbers.get(i);
                long b = numbers.get(j);
                if (i != j && (a + b == target || a - b == target || a * b == target || a == target * b)) {
                    return true;
                }
            }
        }
        return false;
    }

    private record Step(Expression expression, long value) {}

    /**
     * Combines the numbers into one expression the way a player would: repeatedly take two intermediate results and
     * replace them with a legal operation on them, until one remains. Always succeeds, since addition is always legal.
     */
    private static Step combine(List<Integer> numbers, RandomGenerator random) {
        List<Step> pool = new ArrayList<>();
        numbers.forEach(number -> pool.add(new Step(Expression.literal(number), number)));
        while (pool.size() > 1) {
            Step first = pool.remove(random.nextInt(pool.size()));
            Step second = pool.remove(random.nextInt(pool.size()));
            Step larger = first.value() >= second.value() ? first : second;
            Step smaller = larger == first ? second : first;
            List<Step> options = new ArrayList<>();
            options.add(step(Operator.ADD, first, second, first.value() + second.value()));
            if (larger.value() > smaller.value()) {
                options.add(step(Operator.SUBTRACT, larger, smaller, larger.value() - smaller.value()));
            }
            if (smaller.value() > 1 && larger.value() <= MAX_STEP / smaller.value()) {
                options.add(step(Operator.MULTIPLY, first, second, first.value() * second.value()));
            }
            if (smaller.value() > 1 && larger.value() % smaller.value() == 0 && larger.value() != smaller.value()) {
                options.add(step(Operator.DIVIDE, larger, smaller, larger.value() / smaller.value()));
            }
            pool.add(Draw.pick(options, random));
        }
        return pool.get(0);
    }

    private static Step step(Operator operator, Step left, Step right, long value) {
        return new Step(Expression.of(operator, left.expression(), right.expression()), value);
    }
}
