package dev.bootcamp.camps.math;

import static java.util.Objects.requireNonNull;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.AnswerFormatException;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Camp;
import dev.bootcamp.camps.kit.Codec;
import dev.bootcamp.camps.kit.NumberAnswers;
import dev.bootcamp.camps.kit.Primes;
import dev.bootcamp.camps.kit.SmoothNumbers;
import dev.bootcamp.verify.Answers;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.random.RandomGenerator;

/** Write a positive integer as a product of prime powers. */
@AutoService(Bootcamp.class)
public final class PrimeFactorizationBootcamp extends Camp<PrimeFactorizationBootcamp.Puzzle, PrimeFactorizationBootcamp.Answer> {
    private static final Knob<Integer> DIGITS = Knob.integer("digits", 2, SmoothNumbers.MAX_DIGITS, 6, "number of digits of the number");
    private static final Knob<Integer> MAX_PRIME = Knob.integer("max-prime", 5, 1_000_000, 500, "largest prime factor");
    private static final BootcampInfo INFO = BootcampInfo.builder(PrimeFactorizationBootcamp.class)
            .title("Prime factorisation")
            .domain("math")
            .tags("number-theory", "primes", "factorisation")
            .summary("Factor a composite integer of a chosen number of digits, drawn uniformly among those whose prime factors"
                    + " are all at most a bound, into primes. The answer is read as a product of factors and powers in any"
                    + " order (2^3 * 3 * 7^2, 2*2*2*3*7*7, 2³ × 3 × 7², 2**3 · 3 · 7**2 all read alike); it is CORRECT"
                    + " when every factor is prime and the product is the number, otherwise WRONG.")
            .version(2)
            .knob(DIGITS)
            .knob(MAX_PRIME)
            .answerShape("the factorisation as a product of prime powers, such as 2^3 * 3 * 7^2")
            .build();

    private static final int[] DIGITS_BY_LEVEL = {3, 5, 6, 7, 8, 9, 10, 11, 12, 13};
    private static final int[] MAX_PRIME_BY_LEVEL = {30, 100, 200, 300, 500, 1_000, 2_000, 4_000, 8_000, 20_000};
    private static final int MAX_ANSWER = 2_000;
    private static final int MAX_EXPONENT = 200;
    private static final String SUPERSCRIPTS = "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079";
    private static final List<String> EXAMPLES = List.of("2^3 * 5 * 11^2", "3^2 * 5 * 13");

    /** The number and its factorisation (prime to exponent, ascending). */
    public record Puzzle(long number, List<Factor> factors) {
        public Puzzle {
            factors = List.copyOf(factors);
        }
    }

    /** One prime power; in an answer the base may be any integer, the checker decides whether it is prime. */
    public record Factor(BigInteger base, int exponent) {
        public Factor {
            requireNonNull(base, "base is null");
        }
    }

    /** Factors merged by base, ascending. */
    public record Answer(List<Factor> factors) {
        public Answer {
            factors = List.copyOf(factors);
        }
    }

    public PrimeFactorizationBootcamp() {
        super(INFO, Codec.of(PrimeFactorizationBootcamp::write, PrimeFactorizationBootcamp::read));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(DIGITS, DIGITS_BY_LEVEL[level - 1])
                .with(MAX_PRIME, MAX_PRIME_BY_LEVEL[level - 1]);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        SortedMap<Long, Integer> powers = SmoothNumbers.random(knobs.get(DIGITS), knobs.get(MAX_PRIME), random);
        List<Factor> factors = new ArrayList<>();
        powers.forEach((prime, exponent) -> factors.add(new Factor(BigInteger.valueOf(prime), exponent)));
        return new Puzzle(SmoothNumbers.value(powers), factors);
    }

    @Override
    public String question(Puzzle puzzle) {
        String example = render(new Answer(puzzle.factors())).equals(EXAMPLES.get(0)) ? EXAMPLES.get(1) : EXAMPLES.get(0);
        return "Write " + puzzle.number() + " as a product of prime numbers.\n\nGive the prime factorisation, writing a"
                + " repeated prime as a power with ^ and putting * between the factors, for example " + example
                + ". Every factor must be prime.";
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.factors());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        long bits = 0;
        for (Factor factor : answer.factors()) {
            if (factor.base().signum() <= 0) {
                return Score.wrong(Answers.abbreviate(factor.base().toString()) + " is not a prime");
            }
            bits += (long) (factor.base().bitLength() - 1) * factor.exponent();
        }
        BigInteger product = BigInteger.ONE;
        if (bits < 64) {
            for (Factor factor : answer.factors()) {
                product = product.multiply(factor.base().pow(factor.exponent()));
            }
        }
        if (bits >= 64 || !product.equals(BigInteger.valueOf(puzzle.number()))) {
            return Score.wrong("the factors multiply to " + (bits >= 64 ? "far more than " + puzzle.number() : product) + ", not " + puzzle.number());
        }
        for (Factor factor : answer.factors()) {
            if (!Primes.isPrime(factor.base())) {
                return Score.wrong("the product is right but " + factor.base() + " is not a prime");
            }
        }
        return Score.correct("a product of primes equal to " + puzzle.number());
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<Factor> factors = gold.factors();
        List<Answer> misses = new ArrayList<>();
        int at = random.nextInt(factors.size());
        misses.add(new Answer(replace(factors, at, new Factor(factors.get(at).base(), factors.get(at).exponent() + 1))));
        misses.add(new Answer(factors.subList(0, factors.size() - 1)));
        for (int i = 0; i < factors.size(); i++) {
            if (factors.get(i).exponent() > 1) {
                misses.add(new Answer(replace(factors, i, new Factor(factors.get(i).base(), 1))));
                break;
            }
        }
        SortedMap<BigInteger, Integer> merged = new TreeMap<>();
        factors.forEach(factor -> merged.put(factor.base(), factor.exponent()));
        BigInteger first = factors.get(0).base();
        if (factors.size() >= 2) {
            BigInteger second = factors.get(1).base();
            merged.merge(first, -1, Integer::sum);
            merged.merge(second, -1, Integer::sum);
            merged.merge(first.multiply(second), 1, Integer::sum);
        } else {
            merged.merge(first, -2, Integer::sum);
            merged.merge(first.multiply(first), 1, Integer::sum);
        }
        merged.values().removeIf(exponent -> exponent == 0);
        List<Factor> composite = new ArrayList<>();
        merged.forEach((base, exponent) -> composite.add(new Factor(base, exponent)));
        misses.add(new Answer(composite));
        return misses.stream().filter(miss -> !miss.factors().isEmpty() && !miss.equals(gold)).toList();
    }

    @Override
    public double cost(Puzzle puzzle) {
        SortedMap<Long, Integer> powers = new TreeMap<>();
        puzzle.factors().forEach(factor -> powers.put(factor.base().longValueExact(), factor.exponent()));
        return SmoothNumbers.trialDivisions(powers);
    }

    /** Multiplication signs, ** and superscript exponents rewritten as spaces and ^; braces dropped. */
    private static String normalise(String text) {
        String body = text.replace("\\cdot", " ").replace("\\times", " ").replace("**", "^").replace("{", "").replace("}", "");
        StringBuilder out = new StringBuilder(body.length() + 8);
        boolean inSuperscript = false;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            int digit = SUPERSCRIPTS.indexOf(c);
            if (digit >= 0) {
                out.append(inSuperscript ? "" : "^").append((char) ('0' + digit));
                inSuperscript = true;
                continue;
            }
            inSuperscript = false;
            out.append("*\u00d7\u00b7\u22c5\u2219".indexOf(c) >= 0 ? ' ' : c);
        }
        return out.toString().toLowerCase(java.util.Locale.ROOT);
    }

    private static List<Factor> replace(List<Factor> factors, int index, Factor factor) {
        List<Factor> copy = new ArrayList<>(factors);
        copy.set(index, factor);
        return copy;
    }

    private static String write(Answer answer) {
        List<String> parts = new ArrayList<>();
        for (Factor factor : answer.factors()) {
            parts.add(factor.exponent() == 1 ? factor.base().toString() : factor.base() + "^" + factor.exponent());
        }
        return String.join(" * ", parts);
    }

    private static Answer read(String text) {
        NumberAnswers.capped(text, MAX_ANSWER);
        String body = normalise(text);
        body = NumberAnswers.afterLastEquals(body);
        SortedMap<BigInteger, Integer> powers = new TreeMap<>();
        for (String token : Answers.tokens(body)) {
            if (token.equals("x")) {
                continue;
            }
            int caret = token.indexOf('^');
            BigInteger base = Answers.integer(caret < 0 ? token : token.substring(0, caret));
            int exponent = caret < 0 ? 1 : Answers.intValue(token.substring(caret + 1));
            if (exponent < 1 || exponent > MAX_EXPONENT) {
                throw new AnswerFormatException("expected an exponent in 1.." + MAX_EXPONENT + ", found " + exponent);
            }
            powers.merge(base, exponent, Integer::sum);
        }
        if (powers.isEmpty()) {
            throw new AnswerFormatException("no factors found");
        }
        List<Factor> factors = new ArrayList<>();
        powers.forEach((base, exponent) -> factors.add(new Factor(base, exponent)));
        return new Answer(factors);
    }
}
