package dev.bootcamp.camps.science;

import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.verify.Rational;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/** Random series-parallel networks whose parts have whole-number resistances, built top-down from target values. */
final class ResistorNetworkGenerator {
    private static final int ATTEMPTS = 200;

    private ResistorNetworkGenerator() {}

    /** A resistor (leaf) or a series or parallel group of at least two parts. */
    record Part(boolean series, List<Part> children, int ohms) {
        Part {
            children = List.copyOf(children);
        }

        Rational value() {
            if (children.isEmpty()) {
                return Rational.of(ohms);
            }
            Rational total = Rational.ZERO;
            for (Part child : children) {
                total = total.add(series ? child.value() : Rational.ONE.divide(child.value()));
            }
            return series ? total : Rational.ONE.divide(total);
        }
    }

    /**
     * A random network whose top-level parts each have a whole-number resistance (so the answer is a fraction with a
     * modest denominator): each part is built top-down from a drawn target value. Falls back to free resistances when
     * the targets do not fit under {@code maxOhms}.
     */
    static Part build(int leaves, boolean series, int maxOhms, RandomGenerator random) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            int[] sizes = split(leaves, random);
            List<Part> children = new ArrayList<>();
            for (int size : sizes) {
                int lowest = size == 1 || !series ? 1 : size;
                int target = Draw.between(lowest, Math.max(lowest, maxOhms / (series ? 1 : 2)), random);
                Part child = exact(size, !series, target, maxOhms, random);
                if (child == null) {
                    break;
                }
                children.add(child);
            }
            if (children.size() == sizes.length) {
                return sizes.length == 1 ? children.get(0) : new Part(series, children, 0);
            }
        }
        return free(leaves, series, maxOhms, random);
    }

    /** A part of {@code leaves} resistors whose resistance is exactly {@code value}, or null when it does not fit. */
    private static Part exact(int leaves, boolean series, int value, int maxOhms, RandomGenerator random) {
        if (leaves == 1) {
            return value <= maxOhms ? new Part(false, List.of(), value) : null;
        }
        int[] sizes = split(leaves, random);
        int[] values = series ? seriesValues(value, sizes, random) : parallelValues(value, sizes.length, random);
        if (values == null) {
            return null;
        }
        List<Part> children = new ArrayList<>();
        for (int i = 0; i < sizes.length; i++) {
            Part child = exact(sizes[i], !series, values[i], maxOhms, random);
            if (child == null) {
                return null;
            }
            children.add(child);
        }
        return new Part(series, children, 0);
    }

    /** Whole numbers summing to {@code value}, each at least 1; null when {@code value} is too small. */
    private static int[] seriesValues(int value, int[] sizes, RandomGenerator random) {
        if (value < sizes.length) {
            return null;
        }
        int[] values = new int[sizes.length];
        Arrays.fill(values, 1);
        for (int rest = value - sizes.length; rest > 0; rest--) {
            values[random.nextInt(values.length)]++;
        }
        return values;
    }

    /**
     * Whole numbers whose parallel combination is {@code value}: a value W splits into W(a+b)/a and W(a+b)/b for
     * coprime divisors a, b of W, since a/(W(a+b)) + b/(W(a+b)) = 1/W.
     */
    private static int[] parallelValues(int value, int count, RandomGenerator random) {
        List<Integer> values = new ArrayList<>(List.of(value));
        while (values.size() < count) {
            int at = random.nextInt(values.size());
            int whole = values.get(at);
            List<int[]> pairs = new ArrayList<>();
            for (int a = 1; a <= whole && a <= 6; a++) {
                for (int b = a; b <= whole && b <= 6; b++) {
                    if (whole % a == 0 && whole % b == 0 && gcd(a, b) == 1) {
                        pairs.add(new int[] {a, b});
                    }
                }
            }
            int[] pair = Draw.pick(pairs, random);
            values.set(at, whole / pair[0] * (pair[0] + pair[1]));
            values.add(whole / pair[1] * (pair[0] + pair[1]));
        }
        Draw.shuffle(values, random);
        return values.stream().mapToInt(Integer::intValue).toArray();
    }

    private static Part free(int leaves, boolean series, int maxOhms, RandomGenerator random) {
        if (leaves == 1) {
            return new Part(false, List.of(), Draw.between(1, maxOhms, random));
        }
        List<Part> children = new ArrayList<>();
        for (int size : split(leaves, random)) {
            children.add(free(size, !series, maxOhms, random));
        }
        return new Part(series, children, 0);
    }

    /** Two or three group sizes, each at least 1, summing to {@code leaves}. */
    private static int[] split(int leaves, RandomGenerator random) {
        int groups = Draw.between(2, Math.min(3, leaves), random);
        int[] sizes = new int[groups];
        Arrays.fill(sizes, 1);
        for (int extra = leaves - groups; extra > 0; extra--) {
            sizes[random.nextInt(groups)]++;
        }
        return sizes;
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
