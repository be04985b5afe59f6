package dev.bootcamp.verify;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/** The polynomial identity test behind {@link Formula#compare}; see there for the error bound. */
final class FormulaComparison {
    private FormulaComparison() {}

    static Formula.Comparison compare(Formula expected, Formula actual) {
        requireNonNull(expected, "expected is null");
        requireNonNull(actual, "actual is null");
        String expectedText = expected.text();
        String actualText = actual.text();
        if (expectedText.equals(actualText)) {
            return new Formula.Comparison(true, "the same formula");
        }
        SortedSet<String> names = new TreeSet<>(expected.variables());
        names.addAll(actual.variables());
        long state = mix(hash(expectedText)) + mix(hash(actualText));
        int wanted = names.isEmpty() ? 1 : Formula.POINTS + Formula.SMALL_POINTS;
        int agreed = 0;
        for (int attempt = 0; attempt < 4 * wanted && agreed < wanted; attempt++) {
            Map<String, Rational> point = new TreeMap<>();
            for (String name : names) {
                state += 0x9E3779B97F4A7C15L;
                long draw = mix(state);
                long value = agreed < Formula.SMALL_POINTS && attempt < 2 * Formula.SMALL_POINTS
                        ? Math.floorMod(draw, 19) - 9 : Math.floorMod(draw, (1L << 21) + 1) - (1L << 20);
                point.put(name, Rational.of(value));
            }
            Rational want;
            Rational found;
            try {
                want = expected.evaluate(point);
                found = actual.evaluate(point);
            } catch (ArithmeticException e) {
                continue;
            }
            if (!want.equals(found)) {
                return new Formula.Comparison(false, "differs at " + describe(point) + ": expected " + abbreviate(want) + ", found " + abbreviate(found));
            }
            agreed++;
        }
        if (agreed < wanted) {
            return new Formula.Comparison(false, "could be evaluated at only " + agreed + " of " + wanted + " test points");
        }
        return new Formula.Comparison(true, "equal at " + agreed + " test points");
    }

    private static String describe(Map<String, Rational> point) {
        if (point.isEmpty()) {
            return "every point";
        }
        List<String> parts = new ArrayList<>();
        point.forEach((name, value) -> parts.add(name + " = " + value));
        return String.join(", ", parts);
    }

    private static String abbreviate(Rational value) {
        return Answers.abbreviate(value.toString());
    }

    private static long hash(String text) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            hash = (hash ^ (b & 0xff)) * 0x100000001b3L;
        }
        return hash;
    }

    /** SplitMix64's finaliser. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
