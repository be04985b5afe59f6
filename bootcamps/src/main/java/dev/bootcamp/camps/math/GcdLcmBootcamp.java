package dev.bootcamp.camps.math;

import static java.util.Objects.requireNonNull;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Camp;
import dev.bootcamp.camps.kit.Codec;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.LabelledValues;
import dev.bootcamp.camps.kit.NumberAnswers;
import dev.bootcamp.camps.kit.Primes;
import dev.bootcamp.verify.Answers;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/** Find the greatest common divisor and the least common multiple of several positive integers. */
@AutoService(Bootcamp.class)
public final class GcdLcmBootcamp extends Camp<GcdLcmBootcamp.Puzzle, GcdLcmBootcamp.Answer> {
    private static final Knob<Integer> NUMBERS = Knob.integer("numbers", 2, 12, 3, "how many integers");
    private static final Knob<Integer> MAX_VALUE = Knob.integer("max-value", 10, 1_000_000_000, 1000, "largest integer");
    private static final BootcampInfo INFO = BootcampInfo.builder(GcdLcmBootcamp.class)
            .title("GCD and LCM")
            .version(2)
            .domain("math")
            .tags("number-theory", "divisibility")
            .summary("Given several positive integers built from a shared pool of primes, give their greatest common"
                    + " divisor and least common multiple, labelled gcd and lcm. CORRECT when both are right; WRONG otherwise (no credit for one of the two, which a"
                    + " constant guess such as gcd = 1 would often collect).")
            .knob(NUMBERS)
            .knob(MAX_VALUE)
            .answerShape("gcd = G, lcm = L with both values as integers")
            .build();

    private static final int[] MAX_VALUE_BY_LEVEL = {100, 1_000, 3_000, 10_000, 30_000, 100_000, 300_000, 1_000_000, 10_000_000, 100_000_000};
    private static final int[] SMALL_PRIMES = {2, 3, 5, 7, 11, 13};
    private static final List<String> NAMES = List.of("gcd", "lcm");
    private static final Map<String, String> ALIASES = Map.of("gcd", "gcd", "hcf", "gcd", "gcf", "gcd",
            "greatestcommondivisor", "gcd", "greatestcommonfactor", "gcd", "highestcommonfactor", "gcd",
            "lcm", "lcm", "leastcommonmultiple", "lcm", "lowestcommonmultiple", "lcm");

    /** The integers, and their gcd and lcm. */
    public record Puzzle(List<Long> numbers, BigInteger gcd, BigInteger lcm) {
        public Puzzle {
            numbers = List.copyOf(numbers);
            requireNonNull(gcd, "gcd is null");
            requireNonNull(lcm, "lcm is null");
        }
    }

    public record Answer(BigInteger gcd, BigInteger lcm) {
        public Answer {
            requireNonNull(gcd, "gcd is null");
            requireNonNull(lcm, "lcm is null");
        }
    }

    public GcdLcmBootcamp() {
        super(INFO, Codec.of(GcdLcmBootcamp::write, GcdLcmBootcamp::read));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(NUMBERS, Draw.scale(level, 2, 6))
                .with(MAX_VALUE, MAX_VALUE_BY_LEVEL[level - 1]);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int count = knobs.get(NUMBERS);
        long max = knobs.get(MAX_VALUE);
        // Too many numbers for the bound cannot all be distinct: the bound doubles after every hundred failures.
        for (int attempt = 1; ; attempt++) {
            if (attempt % 100 == 0) {
                max *= 2;
            }
            long common = commonFactor(max, random);
            long limit = max / common;
            int bound = (int) Math.max(5, Math.min(100_000, Math.sqrt(limit)));
            List<Integer> pool = Draw.sample(Primes.between(2, bound), count + 1, random);
            List<Long> numbers = new ArrayList<>();
            for (int tries = 0; tries < 10 * count && numbers.size() < count; tries++) {
                long cofactor = 1;
                int factors = Draw.between(1, 6, random);
                for (int f = 0; f < factors; f++) {
                    long prime = Draw.pick(pool, random);
                    if (cofactor * prime <= limit) {
                        cofactor *= prime;
                    }
                }
                long number = common * cofactor;
                if (number >= 2 && !numbers.contains(number)) {
                    numbers.add(number);
                }
            }
            if (numbers.size() == count) {
                BigInteger gcd = BigInteger.ZERO;
                BigInteger lcm = BigInteger.ONE;
                for (long number : numbers) {
                    BigInteger value = BigInteger.valueOf(number);
                    gcd = gcd.gcd(value);
                    lcm = lcm.divide(lcm.gcd(value)).multiply(value);
                }
                return new Puzzle(numbers, gcd, lcm);
            }
        }
    }

    @Override
    public String question(Puzzle puzzle) {
        return "Find the greatest common divisor (gcd) and the least common multiple (lcm) of these "
                + puzzle.numbers().size() + " positive integers:\n\n    "
                + String.join(", ", puzzle.numbers().stream().map(String::valueOf).toList())
                + "\n\nThe gcd is the largest integer that divides all of them; the lcm is the smallest positive integer"
                + " that all of them divide. Answer in the form gcd = G, lcm = L, with G and L written out in full as integers.";
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.gcd(), puzzle.lcm());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        boolean gcd = answer.gcd().equals(puzzle.gcd());
        boolean lcm = answer.lcm().equals(puzzle.lcm());
        if (gcd && lcm) {
            return Score.correct("gcd and lcm are both right");
        }
        if (gcd) {
            return Score.wrong("the gcd is right but the lcm " + Answers.abbreviate(answer.lcm().toString()) + " is wrong");
        }
        if (lcm) {
            return Score.wrong("the lcm is right but the gcd " + Answers.abbreviate(answer.gcd().toString()) + " is wrong");
        }
        return Score.wrong("both the gcd and the lcm are wrong");
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        BigInteger product = BigInteger.ONE;
        BigInteger smallest = null;
        for (long number : puzzle.numbers()) {
            product = product.multiply(BigInteger.valueOf(number));
            smallest = smallest == null ? BigInteger.valueOf(number) : smallest.min(BigInteger.valueOf(number));
        }
        BigInteger first = BigInteger.valueOf(puzzle.numbers().get(0));
        BigInteger second = BigInteger.valueOf(puzzle.numbers().get(1));
        List<Answer> misses = new ArrayList<>();
        misses.add(new Answer(gold.gcd(), product));
        misses.add(new Answer(gold.lcm(), gold.gcd()));
        misses.add(new Answer(BigInteger.ONE, gold.lcm()));
        misses.add(new Answer(smallest, gold.lcm()));
        misses.add(new Answer(first.gcd(second), first.multiply(second).divide(first.gcd(second))));
        misses.add(new Answer(gold.gcd(), gold.lcm().add(BigInteger.ONE)));
        return NumberAnswers.misses(gold, misses, miss -> miss);
    }

    /** The work of the task: the digits to be factored or run through Euclid's algorithm, over all the numbers. */
    @Override
    public double cost(Puzzle puzzle) {
        double digits = 0;
        for (long number : puzzle.numbers()) {
            digits += Math.log10(number) + 1;
        }
        return digits;
    }

    /** A common factor of all the numbers: a product of small primes no larger than the square root of the bound. */
    private static long commonFactor(long max, RandomGenerator random) {
        long common = 1;
        int primes = Draw.between(0, 3, random);
        for (int i = 0; i < primes; i++) {
            int prime = SMALL_PRIMES[random.nextInt(SMALL_PRIMES.length)];
            if (common * prime * common * prime <= max) {
                common *= prime;
            }
        }
        return common;
    }

    private static String write(Answer answer) {
        return "gcd = " + answer.gcd() + ", lcm = " + answer.lcm();
    }

    private static Answer read(String text) {
        List<String> values = LabelledValues.read(text, ALIASES, NAMES);
        return new Answer(Answers.integer(values.get(0)), Answers.integer(values.get(1)));
    }
}
