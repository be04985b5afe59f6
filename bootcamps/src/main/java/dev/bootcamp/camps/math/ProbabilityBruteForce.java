package dev.bootcamp.camps.math;

import dev.bootcamp.verify.Rational;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Probabilities found by listing every equally likely outcome, to cross-check the formulas of
 * {@link ProbabilityGenerator} at generation time. Callers only ask when the outcomes number about {@link #LIMIT}.
 */
final class ProbabilityBruteForce {
    /** Largest number of outcomes the generator asks to have listed. */
    static final long LIMIT = 60_000;

    private ProbabilityBruteForce() {}

    /** Heads exactly (or at least) {@code heads} times in {@code tosses} fair tosses. */
    static Rational coins(int tosses, int heads, boolean atLeast) {
        long favourable = 0;
        for (int mask = 0; mask < 1 << tosses; mask++) {
            int count = Integer.bitCount(mask);
            favourable += count == heads || atLeast && count > heads ? 1 : 0;
        }
        return Rational.of(favourable, 1L << tosses);
    }

    /** The sum of {@code count} fair dice is exactly (or at least) {@code target}. */
    static Rational dice(int count, int sides, int target, boolean atLeast) {
        int[] faces = new int[count];
        long favourable = 0;
        long outcomes = 0;
        while (true) {
            int sum = count;
            for (int face : faces) {
                sum += face;
            }
            favourable += sum == target || atLeast && sum > target ? 1 : 0;
            outcomes++;
            int position = 0;
            while (position < count && faces[position] == sides - 1) {
                faces[position++] = 0;
            }
            if (position == count) {
                return Rational.of(favourable, outcomes);
            }
            faces[position]++;
        }
    }

    /**
     * Ordered draws without replacement of labelled balls ({@code balls[c]} of colour c): exactly {@code red} of colour
     * 0, or all of one colour when {@code red} is negative.
     */
    static Rational urn(int[] balls, int drawn, int red) {
        List<Integer> colours = new ArrayList<>();
        for (int c = 0; c < balls.length; c++) {
            for (int i = 0; i < balls[c]; i++) {
                colours.add(c);
            }
        }
        long[] tally = new long[2];
        draw(colours, new boolean[colours.size()], new int[drawn], 0, red, tally);
        return Rational.of(tally[0], tally[1]);
    }

    private static void draw(List<Integer> colours, boolean[] used, int[] hand, int depth, int red, long[] tally) {
        if (depth == hand.length) {
            int reds = 0;
            boolean same = true;
            for (int colour : hand) {
                reds += colour == 0 ? 1 : 0;
                same &= colour == hand[0];
            }
            tally[0] += (red < 0 ? same : reds == red) ? 1 : 0;
            tally[1]++;
            return;
        }
        for (int i = 0; i < colours.size(); i++) {
            if (!used[i]) {
                used[i] = true;
                hand[depth] = colours.get(i);
                draw(colours, used, hand, depth + 1, red, tally);
                used[i] = false;
            }
        }
    }

    /**
     * Hands of {@code drawn} (at most 3) cards from 52, card c of suit c / 13 (hearts are suit 0) and rank c % 13 (aces
     * are rank 0): with {@code twist}, all one suit or at least one ace; otherwise exactly {@code target} hearts or aces.
     */
    static Rational cards(int drawn, boolean twist, boolean suits, int target) {
        long[] tally = new long[2];
        deal(new int[drawn], 0, 0, twist, suits, target, tally);
        return Rational.of(tally[0], tally[1]);
    }

    private static void deal(int[] hand, int depth, int from, boolean twist, boolean suits, int target, long[] tally) {
        if (depth == hand.length) {
            tally[0] += matches(hand, twist, suits, target) ? 1 : 0;
            tally[1]++;
            return;
        }
        for (int card = from; card < 52; card++) {
            hand[depth] = card;
            deal(hand, depth + 1, card + 1, twist, suits, target, tally);
        }
    }

    private static boolean matches(int[] hand, boolean twist, boolean suits, int target) {
        int hearts = 0;
        int aces = 0;
        boolean sameSuit = true;
        for (int card : hand) {
            hearts += card / 13 == 0 ? 1 : 0;
            aces += card % 13 == 0 ? 1 : 0;
            sameSuit &= card / 13 == hand[0] / 13;
        }
        if (twist) {
            return suits ? sameSuit : aces >= 1;
        }
        return (suits ? hearts : aces) == target;
    }

    /** Colour sequences of {@code draws} draws with replacement, each weighted by its chance. */
    static Rational repeatedDraws(int red, int blue, int draws, int wanted, boolean atLeast) {
        BigInteger favourable = BigInteger.ZERO;
        for (int mask = 0; mask < 1 << draws; mask++) {
            int reds = Integer.bitCount(mask);
            if (reds == wanted || atLeast && reds > wanted) {
                favourable = favourable.add(BigInteger.valueOf(red).pow(reds).multiply(BigInteger.valueOf(blue).pow(draws - reds)));
            }
        }
        return new Rational(favourable, BigInteger.valueOf(red + blue).pow(draws));
    }

    /**
     * Each die face, then each ordered draw of {@code drawn} labelled balls from the urn it picks (faces 1..faces pick
     * the first urn): the chance of the first urn among the outcomes where every ball drawn is red (colour 0).
     */
    static Rational twoUrns(int[] first, int[] second, int faces, int drawn) {
        Rational firstAndRed = Rational.ZERO;
        Rational red = Rational.ZERO;
        for (int face = 1; face <= 6; face++) {
            int[] urn = face <= faces ? first : second;
            Rational share = urn(urn, drawn, drawn).multiply(Rational.of(1, 6));
            red = red.add(share);
            if (face <= faces) {
                firstAndRed = firstAndRed.add(share);
            }
        }
        return firstAndRed.divide(red);
    }
}
