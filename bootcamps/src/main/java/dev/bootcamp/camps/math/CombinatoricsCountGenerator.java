package dev.bootcamp.camps.math;

import static java.math.BigInteger.ONE;
import static java.math.BigInteger.ZERO;

import dev.bootcamp.camps.kit.Binomials;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.Words;
import dev.bootcamp.camps.math.CombinatoricsCountBootcamp.Problem;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * Counting problems in words, one method per kind, each with its closed formula and the usual mistakes; every count
 * small enough is recounted by {@link CombinatoricsCountBruteForce} before the problem is returned.
 */
final class CombinatoricsCountGenerator {
    /** The kinds in order of difficulty; the kinds knob makes the first few available. */
    static final List<String> KINDS = List.of("word", "committee", "sharing", "envelopes", "grid-paths", "strings", "round-table");

    private static final List<String> GUESTS = List.of("Ann", "Bob", "Cal", "Dee");

    private CombinatoricsCountGenerator() {}

    static Problem generate(String kind, int size, boolean twist, RandomGenerator random) {
        Problem problem = switch (kind) {
            case "word" -> word(size, twist, random);
            case "committee" -> committee(size, twist, random);
            case "sharing" -> sharing(size, twist, random);
            case "envelopes" -> envelopes(size, twist, random);
            case "grid-paths" -> gridPaths(size, twist, random);
            case "strings" -> strings(size, twist, random);
            case "round-table" -> roundTable(size, twist, random);
            default -> throw new IllegalArgumentException("unknown kind " + kind);
        };
        List<BigInteger> mistakes = problem.mistakes().stream().filter(value -> value.signum() >= 0 && !value.equals(problem.count()))
                .distinct().toList();
        return new Problem(problem.kind(), problem.statement(), problem.count(), problem.bruteForced(), mistakes, problem.steps());
    }

    private static Problem word(int size, boolean twist, RandomGenerator random) {
        int low = Math.min(Words.MAX_LENGTH, 4 + size / 2);
        List<String> words = Words.ofLength(low, Math.min(Words.MAX_LENGTH, low + 3)).stream().filter(w -> repeats(w) > 0).toList();
        String word = Draw.pick(words, random);
        int[] counts = letterCounts(word);
        List<Character> repeated = new ArrayList<>();
        for (char c = 'a'; c <= 'z'; c++) {
            if (counts[c - 'a'] >= 2) {
                repeated.add(c);
            }
        }
        char glued = Draw.pick(repeated, random);
        int copies = counts[glued - 'a'];
        BigInteger denominator = ONE;
        BigInteger others = ONE;
        for (int count : counts) {
            denominator = denominator.multiply(Binomials.factorial(count));
        }
        others = denominator.divide(Binomials.factorial(copies));
        int n = word.length();
        BigInteger all = Binomials.factorial(n).divide(denominator);
        BigInteger count = twist ? Binomials.factorial(n - copies + 1).divide(others) : all;
        String upper = word.toUpperCase(Locale.ROOT);
        String statement = "How many different arrangements of the letters of the word " + upper + " are there? Each arrangement"
                + " uses every letter exactly once, and arrangements that read the same are counted once."
                + (twist ? " Count only the arrangements in which " + (copies == 2 ? "both" : "all " + copies) + " copies of the letter "
                        + Character.toUpperCase(glued) + " stand next to each other." : "");
        Long brute = all.compareTo(BigInteger.valueOf(CombinatoricsCountBruteForce.LIMIT)) <= 0
                ? CombinatoricsCountBruteForce.wordArrangements(word, twist ? glued : 0) : null;
        List<BigInteger> mistakes = new ArrayList<>(List.of(Binomials.factorial(n), all.add(ONE), Binomials.factorial(n).divide(Binomials.factorial(copies))));
        if (twist) {
            mistakes.addAll(List.of(all, Binomials.factorial(n - copies + 1), Binomials.factorial(n - copies).divide(others)));
        }
        return checked("word", statement, count, brute, mistakes, 1 + repeated.size() + (twist ? 1 : 0));
    }

    private static Problem committee(int size, boolean twist, RandomGenerator random) {
        int people = Math.min(30, Draw.between(5, 7 + size, random));
        int women = Draw.between(2, people - 2, random);
        int men = people - women;
        int members = Draw.between(2, Math.min(people - 2, 2 + (size + 1) / 2), random);
        int least = Draw.between(1, Math.min(women, members), random);
        BigInteger base = ZERO;
        BigInteger together = ZERO;
        for (int w = least; w <= Math.min(women, members); w++) {
            base = base.add(Binomials.choose(women, w).multiply(Binomials.choose(men, members - w)));
            if (members - w >= 1) {
                together = together.add(Binomials.choose(women - 1, w - 1).multiply(Binomials.choose(men - 1, members - w - 1)));
            }
        }
        BigInteger count = twist ? base.subtract(together) : base;
        String statement = "A club has " + women + " women and " + men + " men, all different people. In how many ways can a"
                + " committee of " + members + " members be chosen from the club so that it includes at least " + least
                + (least == 1 ? " woman" : " women") + "?"
                + (twist ? " Ann (one of the women) and Bob (one of the men) refuse to serve together, so no committee may"
                        + " include both of them." : "")
                + " The order in which members are chosen does not matter.";
        Long brute = people <= 16 ? CombinatoricsCountBruteForce.committees(women, men, members, least, twist) : null;
        List<BigInteger> mistakes = new ArrayList<>(List.of(Binomials.choose(women, least).multiply(Binomials.choose(men, members - least)),
                Binomials.choose(people, members), Binomials.choose(women, least).multiply(Binomials.choose(people - least, members - least))));
        if (twist) {
            mistakes.add(base);
            mistakes.add(Binomials.choose(people, members).subtract(Binomials.choose(people - 2, members - 2)));
        }
        return checked("committee", statement, count, brute, mistakes, (Math.min(women, members) - least + 1) * (twist ? 2 : 1));
    }

    private static Problem sharing(int size, boolean twist, RandomGenerator random) {
        int children = Math.min(8, Draw.between(2, 3 + size / 3, random));
        int least = Draw.between(0, 2, random);
        int sweets = children * least + Draw.between(2, 3 + 2 * size, random);
        int spare = sweets - children * least;
        int most = sweets;
        int lowestCap = (sweets + children - 1) / children;
        int highestCap = sweets - (children - 1) * least - 1;
        boolean capped = twist && lowestCap <= highestCap;
        if (capped) {
            most = Draw.between(lowestCap, highestCap, random);
        }
        BigInteger count = ZERO;
        int terms = 0;
        for (int i = 0; i <= children && spare - i * (most - least + 1) >= 0; i++) {
            terms++;
            BigInteger term = Binomials.choose(children, i).multiply(Binomials.choose(spare - i * (most - least + 1) + children - 1, children - 1));
            count = i % 2 == 0 ? count.add(term) : count.subtract(term);
        }
        BigInteger uncapped = Binomials.choose(spare + children - 1, children - 1);
        String statement = "In how many ways can " + sweets + " identical sweets be shared out among " + children
                + " children (the children are different people)" + (least == 0 ? "" : " so that every child gets at least " + least
                + (least == 1 ? " sweet" : " sweets")) + (capped ? (least == 0 ? " so that" : " and") + " no child gets more than " + most : "")
                + "? All the sweets must be given out" + (least == 0 ? ", and a child may get none" : "")
                + ". Two ways are different when some child gets a different number of sweets.";
        Long brute = uncapped.compareTo(BigInteger.valueOf(CombinatoricsCountBruteForce.LIMIT)) <= 0
                ? CombinatoricsCountBruteForce.shares(sweets, children, least, most) : null;
        List<BigInteger> mistakes = new ArrayList<>(List.of(Binomials.choose(spare + children, children), Binomials.choose(spare + children - 1, children),
                Binomials.choose(sweets + children - 1, children - 1), Binomials.choose(spare - 1, children - 1)));
        if (capped) {
            mistakes.add(uncapped);
            mistakes.add(uncapped.subtract(Binomials.choose(children, 1).multiply(Binomials.choose(spare - (most - least + 1) + children - 1, children - 1))));
        }
        return checked("sharing", statement, count, brute, mistakes, terms);
    }

    private static Problem envelopes(int size, boolean twist, RandomGenerator random) {
        int letters = Math.min(20, Draw.between(4, 5 + size / 2, random));
        // Exactly k right is the harder variant; it also comes up untwisted, so that one derangement number is no safe guess.
        int right = twist || random.nextBoolean() ? Draw.between(1, letters - 2, random) : 0;
        BigInteger count = Binomials.choose(letters, right).multiply(derangements(letters - right));
        String statement = letters + " letters are written to " + letters + " different people, and each person has an"
                + " addressed envelope. The letters are put into the envelopes, one letter in each envelope. In how many of"
                + " the possible ways of doing this " + (right == 0 ? "does no letter go into its own envelope"
                        : (right == 1 ? "does exactly 1 letter" : "do exactly " + right + " letters") + " go into the right"
                                + " envelope (and every other letter into a wrong one)") + "?";
        Long brute = letters <= 8 ? CombinatoricsCountBruteForce.permutationsWithFixedPoints(letters, right) : null;
        BigInteger atLeast = ZERO;
        for (int j = right; j <= letters; j++) {
            atLeast = atLeast.add(Binomials.choose(letters, j).multiply(derangements(letters - j)));
        }
        List<BigInteger> mistakes = new ArrayList<>(List.of(derangements(letters - right), Binomials.choose(letters, right).multiply(Binomials.factorial(letters - right)),
                Binomials.factorial(letters).subtract(Binomials.factorial(letters - 1)), count.add(ONE), atLeast, derangements(letters - right + 1)));
        return checked("envelopes", statement, count, brute, mistakes, letters - right + 1);
    }

    private static Problem gridPaths(int size, boolean twist, RandomGenerator random) {
        int width = Math.min(14, Draw.between(2, 3 + size / 2, random));
        int height = Math.min(14, Draw.between(2, 3 + size / 2, random));
        int[] first = innerPoint(width, height, random);
        int[] second = innerPoint(width, height, random);
        while (twist && second[0] == first[0] && second[1] == first[1]) {
            second = innerPoint(width, height, random);
        }
        BigInteger total = Binomials.choose(width + height, width);
        BigInteger throughFirst = paths(0, 0, first[0], first[1]).multiply(paths(first[0], first[1], width, height));
        BigInteger count;
        List<BigInteger> mistakes = new ArrayList<>(List.of(total));
        String condition;
        if (twist) {
            BigInteger throughSecond = paths(0, 0, second[0], second[1]).multiply(paths(second[0], second[1], width, height));
            BigInteger throughBoth = paths(0, 0, first[0], first[1]).multiply(paths(first[0], first[1], second[0], second[1]))
                    .multiply(paths(second[0], second[1], width, height))
                    .add(paths(0, 0, second[0], second[1]).multiply(paths(second[0], second[1], first[0], first[1]))
                            .multiply(paths(first[0], first[1], width, height)));
            count = total.subtract(throughFirst).subtract(throughSecond).add(throughBoth);
            mistakes.add(total.subtract(throughFirst).subtract(throughSecond));
            mistakes.add(total.subtract(throughFirst));
            condition = "never pass through either of the points " + point(first) + " and " + point(second);
        } else {
            count = throughFirst;
            mistakes.add(paths(0, 0, first[0], first[1]).add(paths(first[0], first[1], width, height)));
            mistakes.add(total.subtract(throughFirst));
            condition = "pass through the point " + point(first);
        }
        String statement = "A path on the grid of whole-number points goes from (0, 0) to (" + width + ", " + height + "),"
                + " each step moving one unit right (x increases by 1) or one unit up (y increases by 1). How many such paths "
                + condition + "?";
        Long brute = total.compareTo(BigInteger.valueOf(CombinatoricsCountBruteForce.LIMIT)) <= 0
                ? CombinatoricsCountBruteForce.gridPaths(width, height, first, twist ? second : null) : null;
        return checked("grid-paths", statement, count, brute, mistakes, twist ? 7 : 2);
    }

    private static Problem strings(int size, boolean twist, RandomGenerator random) {
        int alphabet = Math.min(10, Draw.between(3, 4 + size / 3, random));
        int length = Math.min(12, Draw.between(3, 4 + size / 2, random));
        int required = twist ? Draw.between(2, Math.min(3, Math.min(alphabet - 1, length)), random) : 1;
        BigInteger count = ZERO;
        for (int i = 0; i <= required; i++) {
            BigInteger term = Binomials.choose(required, i).multiply(BigInteger.valueOf(alphabet - i).pow(length));
            count = i % 2 == 0 ? count.add(term) : count.subtract(term);
        }
        List<String> letters = new ArrayList<>();
        for (int i = 0; i < alphabet; i++) {
            letters.add(String.valueOf((char) ('A' + i)));
        }
        String needed = required == 1 ? "the letter A at least once"
                : "each of the letters " + String.join(", ", letters.subList(0, required - 1)) + " and " + letters.get(required - 1)
                        + " at least once";
        String statement = "How many strings of length " + length + " can be made from the " + alphabet + " letters "
                + String.join(", ", letters) + " (each letter may be used any number of times) that contain " + needed + "?";
        BigInteger everything = BigInteger.valueOf(alphabet).pow(length);
        Long brute = everything.compareTo(BigInteger.valueOf(CombinatoricsCountBruteForce.LIMIT)) <= 0
                ? CombinatoricsCountBruteForce.strings(alphabet, length, required) : null;
        List<BigInteger> mistakes = new ArrayList<>(List.of(everything.subtract(BigInteger.valueOf(alphabet - required).pow(length)), everything,
                Binomials.choose(length, required).multiply(Binomials.factorial(required)).multiply(BigInteger.valueOf(alphabet).pow(length - required)),
                everything.subtract(BigInteger.valueOf(alphabet - 1).pow(length).multiply(BigInteger.valueOf(required)))));
        return checked("strings", statement, count, brute, mistakes, required + 1);
    }

    private static Problem roundTable(int size, boolean twist, RandomGenerator random) {
        int people = Math.min(15, Draw.between(4, 5 + size / 2, random));
        int group = twist ? 2 : Draw.between(2, Math.min(4, people - 2), random);
        BigInteger together = Binomials.factorial(group).multiply(Binomials.factorial(people - group));
        BigInteger count = twist ? Binomials.factorial(people - 1).subtract(together) : together;
        String names = String.join(", ", GUESTS.subList(0, group - 1)) + " and " + GUESTS.get(group - 1);
        String condition = twist ? "are Ann and Bob not sitting next to each other"
                : group == 2 ? "do Ann and Bob sit next to each other" : "do " + names + " sit together in a block of "
                        + group + " neighbouring seats (in any order)";
        String statement = people + " people, " + names + " among them, sit down at a round table with " + people + " seats."
                + " Two seatings count as the same when one is a rotation of the other (everyone has the same neighbour on"
                + " the left and on the right). In how many different seatings " + condition + "?";
        Long brute = people <= 9 ? CombinatoricsCountBruteForce.roundTables(people, group, twist) : null;
        List<BigInteger> mistakes = new ArrayList<>(List.of(Binomials.factorial(people - group), Binomials.factorial(group).multiply(Binomials.factorial(people - group + 1)),
                Binomials.factorial(people - 1), BigInteger.valueOf(people).multiply(count), Binomials.factorial(group).multiply(Binomials.factorial(people - group - 1))));
        if (twist) {
            mistakes.add(Binomials.factorial(people - 1).subtract(Binomials.factorial(people - 2)));
            mistakes.add(Binomials.factorial(people).subtract(BigInteger.TWO.multiply(Binomials.factorial(people - 1))));
        }
        return checked("round-table", statement, count, brute, mistakes, twist ? 3 : 2);
    }

    /** The problem, once the brute-force count (where there is one) agrees with the formula. */
    private static Problem checked(String kind, String statement, BigInteger count, Long brute, List<BigInteger> mistakes, int steps) {
        if (brute != null && !BigInteger.valueOf(brute).equals(count)) {
            throw new IllegalStateException(kind + ": the formula gives " + count + " but brute force counts " + brute + " for: " + statement);
        }
        return new Problem(kind, statement, count, brute != null, mistakes, steps);
    }

    private static int[] innerPoint(int width, int height, RandomGenerator random) {
        while (true) {
            int x = Draw.between(0, width, random);
            int y = Draw.between(0, height, random);
            if (x + y > 1 && x + y < width + height - 1) {
                return new int[] {x, y};
            }
        }
    }

    private static String point(int[] point) {
        return "(" + point[0] + ", " + point[1] + ")";
    }

    /** Monotone lattice paths from one point to another; zero when the second is not up and to the right. */
    private static BigInteger paths(int fromX, int fromY, int toX, int toY) {
        if (toX < fromX || toY < fromY) {
            return ZERO;
        }
        return Binomials.choose(toX - fromX + toY - fromY, toX - fromX);
    }

    private static int repeats(String word) {
        int[] counts = letterCounts(word);
        int repeated = 0;
        for (int count : counts) {
            repeated += count >= 2 ? 1 : 0;
        }
        return repeated;
    }

    private static int[] letterCounts(String word) {
        int[] counts = new int[26];
        for (char c : word.toCharArray()) {
            counts[c - 'a']++;
        }
        return counts;
    }

    private static BigInteger derangements(int n) {
        BigInteger previous = ONE;
        BigInteger current = ZERO;
        if (n == 0) {
            return ONE;
        }
        for (int i = 2; i <= n; i++) {
            BigInteger next = BigInteger.valueOf(i - 1).multiply(current.add(previous));
            previous = current;
            current = next;
        }
        return current;
    }
}
