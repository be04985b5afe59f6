package dev.bootcamp.camps.math;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Camp;
import dev.bootcamp.camps.kit.NumberAnswers;
import dev.bootcamp.camps.kit.Primes;
import dev.bootcamp.camps.kit.SmoothNumbers;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.random.RandomGenerator;

/** Compute Euler's totient phi(n), the count of 1..n coprime to n. */
@AutoService(Bootcamp.class)
public final class TotientBootcamp extends Camp<TotientBootcamp.Puzzle, TotientBootcamp.Answer> {
    private static final Knob<Integer> DIGITS = Knob.integer("digits", 2, SmoothNumbers.MAX_DIGITS, 6, "number of digits of n");
    private static final Knob<Integer> MAX_PRIME = Knob.integer("max-prime", 5, 1_000_000, 500, "largest prime factor of n");
    private static final BootcampInfo INFO = BootcampInfo.builder(TotientBootcamp.class)
            .title("Euler's totient")
            .domain("math")
            .tags("number-theory", "primes", "totient")
            .summary("Compute Euler's totient phi(n), the number of integers from 1 to n that share no factor greater than 1"
                    + " with n, for a composite n of a chosen number of digits drawn uniformly among those whose prime"
                    + " factors are all at most a bound. CORRECT for the exact value, WRONG otherwise.")
            .version(2)
            .knob(DIGITS)
            .knob(MAX_PRIME)
            .answerShape("a single integer")
            .build();

    private static final int[] DIGITS_BY_LEVEL = {4, 5, 6, 7, 8, 9, 10, 11, 12, 13};
    private static final int[] MAX_PRIME_BY_LEVEL = {50, 100, 200, 300, 500, 1_000, 2_000, 4_000, 8_000, 20_000};
    private static final int MAX_ANSWER = 300;

    /** n, its factorisation (prime to exponent) and phi(n). */
    public record Puzzle(long number, SortedMap<String, Integer> factors, long totient) {
        public Puzzle {
            factors = Collections.unmodifiableSortedMap(new TreeMap<>(factors));
        }
    }

    public record Answer(BigInteger value) {}

    public TotientBootcamp() {
        super(INFO, NumberAnswers.integer(MAX_ANSWER).map(Answer::new, Answer::value));
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
        SortedMap<String, Integer> factorisation = new TreeMap<>();
        powers.forEach((prime, exponent) -> factorisation.put(String.valueOf(prime), exponent));
        return new Puzzle(SmoothNumbers.value(powers), factorisation, Primes.totient(powers));
    }

    @Override
    public String question(Puzzle puzzle) {
        return "Compute Euler's totient function phi(" + puzzle.number() + "): the number of integers k with 1 <= k <= "
                + puzzle.number() + " whose greatest common divisor with " + puzzle.number() + " is 1.\n\nGive phi("
                + puzzle.number() + ") as a single integer.";
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(BigInteger.valueOf(puzzle.totient()));
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        return NumberAnswers.check(BigInteger.valueOf(puzzle.totient()), answer.value(), "phi(" + puzzle.number() + ")");
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        long n = puzzle.number();
        long phi = puzzle.totient();
        long withoutPowers = 1;
        long distinctOnly = 1;
        for (Map.Entry<String, Integer> factor : puzzle.factors().entrySet()) {
            long prime = Long.parseLong(factor.getKey());
            distinctOnly *= prime - 1;
            for (int i = 0; i < factor.getValue(); i++) {
                withoutPowers *= prime - 1;
            }
        }
        List<Long> misses = new ArrayList<>(List.of(n - 1, phi + 1, phi - 1, withoutPowers, distinctOnly, n - phi));
        return NumberAnswers.misses(phi, misses, value -> new Answer(BigInteger.valueOf(value)));
    }

    /** Factoring n by trial division, then one multiplication per prime power. */
    @Override
    public double cost(Puzzle puzzle) {
        SortedMap<Long, Integer> powers = new TreeMap<>();
        puzzle.factors().forEach((prime, exponent) -> powers.put(Long.parseLong(prime), exponent));
        return SmoothNumbers.trialDivisions(powers) + puzzle.factors().size();
    }
}
