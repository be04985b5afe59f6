package dev.bootcamp.camps.math;

import dev.bootcamp.camps.kit.Binomials;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.Rationals;
import dev.bootcamp.camps.math.ProbabilityBootcamp.Problem;
import dev.bootcamp.verify.Rational;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Probability problems in words, one method per kind, each computed by formula with the usual mistakes; every
 * sample space small enough is enumerated by {@link ProbabilityBruteForce} and must agree before the puzzle is returned.
 */
final class ProbabilityGenerator {
    /** The kinds in order of difficulty; the kinds knob makes the first few available. */
    static final List<String> KINDS = List.of("coins", "dice", "urn", "cards", "repeated-draws", "two-urns");

    private static final List<String> COLOURS = List.of("red", "blue", "green");
    private static final int[] DIE_SIDES = {4, 6, 6, 8, 10, 12, 20};

    private ProbabilityGenerator() {}

    static Problem generate(String kind, int size, boolean twist, RandomGenerator random) {
        Problem puzzle = switch (kind) {
            case "coins" -> coins(size, twist, random);
            case "dice" -> dice(size, twist, random);
            case "urn" -> urn(size, twist, random);
            case "cards" -> cards(size, twist, random);
            case "repeated-draws" -> repeatedDraws(size, twist, random);
            case "two-urns" -> twoUrns(size, twist, random);
            default -> throw new IllegalArgumentException("unknown kind " + kind);
        };
        List<Rational> mistakes = puzzle.mistakes().stream()
                .filter(value -> value.signum() >= 0 && value.compareTo(Rational.ONE) <= 0 && !value.equals(puzzle.probability()))
                .distinct().toList();
        return new Problem(puzzle.kind(), puzzle.statement(), puzzle.probability(), puzzle.bruteForced(), mistakes);
    }

    /** A fair coin half the time, otherwise one that lands heads with probability a/b for b from 3 to 6. */
    private static Problem coins(int size, boolean twist, RandomGenerator random) {
        int tosses = Math.min(16, Draw.between(2, 3 + size, random));
        int heads = twist ? Draw.between(1, tosses - 1, random) : Draw.between(0, tosses, random);
        int sides = random.nextBoolean() ? 2 : Draw.between(3, 6, random);
        int favourable = sides == 2 ? 1 : Draw.between(1, sides - 1, random);
        Rational p = Rational.of(favourable, sides);
        Rational exactly = binomial(tosses, heads, p);
        Rational atLeast = Rational.ZERO;
        for (int h = heads; h <= tosses; h++) {
            atLeast = atLeast.add(binomial(tosses, h, p));
        }
        Rational probability = twist ? atLeast : exactly;
        String coin = p.equals(Rational.of(1, 2)) ? "A fair coin" : "A biased coin that lands heads with probability " + p;
        String statement = coin + " is tossed " + tosses + " times. What is the probability of getting "
                + (heads == 0 ? "no heads at all" : (twist ? "at least " : "exactly ") + heads + (heads == 1 ? " head" : " heads")) + "?";
        Rational brute = ProbabilityBruteForce.repeatedDraws(favourable, sides - favourable, tosses, heads, twist);
        List<Rational> mistakes = List.of(twist ? exactly : atLeast, Rational.ONE.subtract(probability),
                Rationals.power(p, heads).multiply(Rationals.power(Rational.ONE.subtract(p), tosses - heads)), Rational.of(heads, tosses),
                fraction(Binomials.choose(tosses, heads), BigInteger.TWO.pow(tosses)));
        return checked("coins", statement, probability, brute, mistakes);
    }

    private static Problem dice(int size, boolean twist, RandomGenerator random) {
        int count = Math.min(6, 2 + size / 4);
        int sides = DIE_SIDES[Math.min(DIE_SIDES.length - 1, Draw.between(0, 2 + size / 2, random))];
        long[] ways = sumCounts(count, sides);
        int target = Draw.between(count + 1, count * sides - 1, random);
        BigInteger outcomes = BigInteger.valueOf(sides).pow(count);
        long atLeast = 0;
        for (int sum = target; sum <= count * sides; sum++) {
            atLeast += ways[sum];
        }
        Rational exactly = fraction(BigInteger.valueOf(ways[target]), outcomes);
        Rational atLeastProbability = fraction(BigInteger.valueOf(atLeast), outcomes);
        Rational probability = twist ? atLeastProbability : exactly;
        String dice = count == 2 ? "two" : String.valueOf(count);
        String statement = "Roll " + dice + " fair " + sides + "-sided dice, each numbered 1 to " + sides + ". What is the"
                + " probability that the sum of the numbers shown is " + (twist ? "at least " : "exactly ") + target + "?";
        Rational brute = outcomes.compareTo(BigInteger.valueOf(ProbabilityBruteForce.LIMIT)) <= 0
                ? ProbabilityBruteForce.dice(count, sides, target, twist) : null;
        List<Rational> mistakes = List.of(twist ? exactly : atLeastProbability, Rational.ONE.subtract(probability),
                Rational.of(1, (long) count * sides - count + 1), twist ? atLeastProbability.subtract(exactly) : fraction(BigInteger.ONE, outcomes),
                fraction(BigInteger.valueOf(ways[target]), BigInteger.valueOf((long) count * sides)));
        return checked("dice", statement, probability, brute, mistakes);
    }

    private static Problem urn(int size, boolean twist, RandomGenerator random) {
        int colours = size >= 4 ? 3 : 2;
        int[] balls = new int[colours];
        int total = 0;
        for (int c = 0; c < colours; c++) {
            balls[c] = Draw.between(c == 0 ? 2 : 1, 2 + size, random);
            total += balls[c];
        }
        int drawn = Draw.between(2, Math.min(total - 1, 2 + size / 3), random);
        int red = Draw.between(Math.max(0, drawn - (total - balls[0])), Math.min(balls[0], drawn), random);
        BigInteger hands = Binomials.choose(total, drawn);
        Rational exactly = fraction(Binomials.choose(balls[0], red).multiply(Binomials.choose(total - balls[0], drawn - red)), hands);
        BigInteger same = BigInteger.ZERO;
        for (int count : balls) {
            same = same.add(Binomials.choose(count, drawn));
        }
        if (twist && same.signum() == 0) {
            return urn(size, twist, random);
        }
        Rational allSame = fraction(same, hands);
        Rational probability = twist ? allSame : exactly;
        String statement = "An urn holds " + contents(balls) + ". " + drawn + " balls are drawn at random, one after another,"
                + " without putting any back. What is the probability that " + (twist ? (drawn == 2 ? "both" : "all " + drawn)
                        + " balls drawn have the same colour" : red == 0 ? "none of the balls drawn is red"
                                : "exactly " + red + " of the balls drawn " + (red == 1 ? "is" : "are") + " red") + "?";
        BigInteger ordered = Binomials.fallingFactorial(total, drawn);
        Rational brute = ordered.compareTo(BigInteger.valueOf(ProbabilityBruteForce.LIMIT)) <= 0
                ? ProbabilityBruteForce.urn(balls, drawn, twist ? -1 : red) : null;
        Rational withReplacement = twist ? sameWithReplacement(balls, drawn)
                : binomial(drawn, red, Rational.of(balls[0], total));
        List<Rational> mistakes = List.of(withReplacement, Rational.ONE.subtract(probability),
                twist ? fraction(Binomials.choose(balls[0], drawn), hands) : fraction(Binomials.choose(balls[0], red), hands),
                Rational.of(balls[0], total));
        return checked("urn", statement, probability, brute, mistakes);
    }

    private static Problem cards(int size, boolean twist, RandomGenerator random) {
        int drawn = Math.min(6, 2 + Draw.between(0, size / 3, random));
        BigInteger hands = Binomials.choose(52, drawn);
        Rational probability;
        String event;
        List<Rational> mistakes = new ArrayList<>();
        int target = -1;
        boolean suits = random.nextBoolean();
        if (twist) {
            if (suits) {
                probability = fraction(Binomials.choose(13, drawn).multiply(BigInteger.valueOf(4)), hands);
                event = (drawn == 2 ? "both" : "all " + drawn) + " cards are of the same suit";
                mistakes.add(fraction(Binomials.choose(13, drawn), hands));
                mistakes.add(Rational.of(1, 4).multiply(Rational.of(1, 1L << (2 * (drawn - 2)))));
            } else {
                probability = Rational.ONE.subtract(fraction(Binomials.choose(48, drawn), hands));
                event = "at least one of the cards is an ace";
                mistakes.add(Rational.of(drawn, 13));
                mistakes.add(fraction(Binomials.choose(4, 1).multiply(Binomials.choose(48, drawn - 1)), hands));
            }
        } else {
            int special = suits ? 13 : 4;
            target = Draw.between(suits ? 0 : 0, Math.min(drawn, suits ? drawn : 2), random);
            probability = fraction(Binomials.choose(special, target).multiply(Binomials.choose(52 - special, drawn - target)), hands);
            event = target == 0 ? "none of the cards is " + (suits ? "a heart" : "an ace")
                    : "exactly " + target + " of the cards " + (target == 1 ? "is " + (suits ? "a heart" : "an ace")
                            : "are " + (suits ? "hearts" : "aces"));
            mistakes.add(binomial(drawn, target, Rational.of(special, 52)));
            mistakes.add(fraction(Binomials.choose(special, target), hands));
        }
        mistakes.add(Rational.ONE.subtract(probability));
        String statement = drawn + " cards are dealt at random from a well-shuffled standard deck of 52 playing cards (4 suits"
                + " - hearts, diamonds, clubs, spades - of 13 ranks each, with one ace per suit). What is the probability that "
                + event + "?";
        Rational brute = drawn <= 3 ? ProbabilityBruteForce.cards(drawn, twist, suits, target) : null;
        return checked("cards", statement, probability, brute, mistakes);
    }

    private static Problem repeatedDraws(int size, boolean twist, RandomGenerator random) {
        int red = Draw.between(1, 2 + size, random);
        int blue = Draw.between(1, 2 + size, random);
        int draws = Math.min(16, Draw.between(3, 3 + size / 2, random));
        int wanted = Draw.between(twist ? 1 : 0, twist ? draws - 1 : draws, random);
        Rational p = Rational.of(red, red + blue);
        Rational exactly = binomial(draws, wanted, p);
        Rational atLeast = Rational.ZERO;
        for (int k = wanted; k <= draws; k++) {
            atLeast = atLeast.add(binomial(draws, k, p));
        }
        Rational probability = twist ? atLeast : exactly;
        String statement = "A bag holds " + red + " red " + (red == 1 ? "ball" : "balls") + " and " + blue + " blue "
                + (blue == 1 ? "ball" : "balls") + ". A ball is drawn at random, its colour noted, and it is put back; this is"
                + " done " + draws + " times in all. What is the probability that a red ball is drawn "
                + (twist ? "at least " : "exactly ") + wanted + (wanted == 1 ? " time" : " times") + "?";
        Rational brute = draws <= 16 ? ProbabilityBruteForce.repeatedDraws(red, blue, draws, wanted, twist) : null;
        List<Rational> mistakes = new ArrayList<>(List.of(twist ? exactly : atLeast, Rational.ONE.subtract(probability),
                Rationals.power(p, wanted).multiply(Rationals.power(Rational.ONE.subtract(p), draws - wanted))));
        if (draws <= red + blue && wanted <= red && draws - wanted <= blue) {
            mistakes.add(fraction(Binomials.choose(red, wanted).multiply(Binomials.choose(blue, draws - wanted)), Binomials.choose(red + blue, draws)));
        }
        return checked("repeated-draws", statement, probability, brute, mistakes);
    }

    private static Problem twoUrns(int size, boolean twist, RandomGenerator random) {
        int[] first = {Draw.between(1, 2 + size, random), Draw.between(1, 2 + size, random)};
        int[] second = {Draw.between(1, 2 + size, random), Draw.between(1, 2 + size, random)};
        if (twist) {
            first[0] = Math.max(2, first[0]);
            second[0] = Math.max(2, second[0]);
        }
        int faces = twist ? Draw.between(1, 5, random) : 3;
        Rational prior = Rational.of(faces, 6);
        int drawn = twist ? 2 : 1;
        Rational likelyFirst = fraction(Binomials.choose(first[0], drawn), Binomials.choose(first[0] + first[1], drawn));
        Rational likelySecond = fraction(Binomials.choose(second[0], drawn), Binomials.choose(second[0] + second[1], drawn));
        Rational joint = prior.multiply(likelyFirst);
        Rational evidence = joint.add(Rational.ONE.subtract(prior).multiply(likelySecond));
        Rational probability = joint.divide(evidence);
        String chooser = twist ? "A fair six-sided die is rolled: if it shows " + (faces == 1 ? "1" : "1 to " + faces)
                + ", urn A is chosen, otherwise urn B." : "A fair die is rolled: if it shows 1, 2 or 3, urn A is chosen, otherwise urn B.";
        String statement = "Urn A holds " + contents(first) + "; urn B holds " + contents(second) + ". " + chooser + " Then "
                + (twist ? "two balls are drawn at random from the chosen urn without putting the first back, and both are red."
                        : "one ball is drawn at random from the chosen urn, and it is red.")
                + " Given this, what is the probability that urn A was chosen?";
        Rational brute = ProbabilityBruteForce.twoUrns(first, second, faces, drawn);
        List<Rational> mistakes = List.of(likelyFirst, joint, prior, Rational.ONE.subtract(probability),
                likelyFirst.divide(likelyFirst.add(likelySecond)));
        return checked("two-urns", statement, probability, brute, mistakes);
    }

    /** The puzzle, once the enumerated probability (where there is one) agrees with the formula. */
    private static Problem checked(String kind, String statement, Rational probability, Rational brute, List<Rational> mistakes) {
        if (brute != null && !brute.equals(probability)) {
            throw new IllegalStateException(kind + ": the formula gives " + probability + " but enumeration gives " + brute + " for: " + statement);
        }
        return new Problem(kind, statement, probability, brute != null, mistakes);
    }

    private static String contents(int[] balls) {
        List<String> parts = new ArrayList<>();
        for (int c = 0; c < balls.length; c++) {
            parts.add(balls[c] + " " + COLOURS.get(c) + (balls[c] == 1 ? " ball" : " balls"));
        }
        return parts.size() == 2 ? parts.get(0) + " and " + parts.get(1) : parts.get(0) + ", " + parts.get(1) + " and " + parts.get(2);
    }

    /** Ways to roll each sum with {@code count} dice of {@code sides} sides, by convolution. */
    private static long[] sumCounts(int count, int sides) {
        long[] ways = new long[count * sides + 1];
        ways[0] = 1;
        for (int die = 0; die < count; die++) {
            long[] next = new long[ways.length];
            for (int sum = 0; sum < ways.length; sum++) {
                for (int face = 1; face <= sides && sum + face < ways.length && ways[sum] != 0; face++) {
                    next[sum + face] += ways[sum];
                }
            }
            ways = next;
        }
        return ways;
    }

    private static Rational sameWithReplacement(int[] balls, int drawn) {
        int total = 0;
        for (int count : balls) {
            total += count;
        }
        Rational sum = Rational.ZERO;
        for (int count : balls) {
            sum = sum.add(Rationals.power(Rational.of(count, total), drawn));
        }
        return sum;
    }

    private static Rational binomial(int trials, int successes, Rational p) {
        return Rational.of(Binomials.choose(trials, successes).longValueExact()).multiply(Rationals.power(p, successes))
                .multiply(Rationals.power(Rational.ONE.subtract(p), trials - successes));
    }

    private static Rational fraction(BigInteger numerator, BigInteger denominator) {
        return new Rational(numerator, denominator);
    }
}
