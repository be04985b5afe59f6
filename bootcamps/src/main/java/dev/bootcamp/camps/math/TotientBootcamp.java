package dev.bootcamp.camps.math;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.AnswerFormatException;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.Primes;
import dev.bootcamp.verify.Answers;
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
public final class TotientBootcamp implements Bootcamp<TotientBootcamp.Puzzle, TotientBootcamp.Answer> {
    private static final BootcampInfo INFO = BootcampInfo.builder(TotientBootcamp.class)
            .title("Euler's totient")
            .domain("math")
            .tags("number-theory", "primes", "totient")
            .summary("Compute Euler's totient phi(n), the number of integers from 1 to n that share no factor greater than 1"
                    + " with n, for an n built from a chosen number of prime factors. CORRECT for the exact value, WRONG"
                    + " otherwise.")
            .knob(Knob.integer("factors", 1, 14, 3, "number of prime factors of n counted with multiplicity"))
            .knob(Knob.integer("max-prime", 5, 1_000_000, 50, "largest prime factor; one factor is at least a third of it"))
            .answerShape("a single integer")
            .build();

    private static final int[] MAX_PRIME_BY_LEVEL = {13, 23, 40, 80, 150, 400, 1_000, 3_000, 10_000, 50_000};
    private static final long MAX_NUMBER = 1_000_000_000_000_000L;
    private static final int MAX_ANSWER = 300;

    /** n, its factorisation (prime to exponent) and phi(n). */
    public record Puzzle(long number, SortedMap<String, Integer> factors, long totient) {
        public Puzzle {
            factors = Collections.unmodifiableSortedMap(new TreeMap<>(factors));
        }
    }

    public record Answer(BigInteger value) {}

    @Override
    public BootcampInfo info() {
        return INFO;
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with("factors", Draw.scale(level, 2, 8))
                .with("max-prime", MAX_PRIME_BY_LEVEL[level - 1]);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int maxPrime = knobs.integer("max-prime");
        int count = knobs.integer("factors");
        int smallBound = Math.max(5, Math.min(maxPrime, (int) Math.sqrt(maxPrime) * 2));
        // A product too large drops a factor and tries again; one factor below a million always fits.
        for (int attempt = 0; ; attempt++) {
            int factors = Math.max(1, count - attempt / 20);
            SortedMap<Long, Integer> powers = new TreeMap<>();
            powers.merge((long) Primes.random(Math.max(2, maxPrime / 3), maxPrime, random), 1, Integer::sum);
            for (int i = 1; i < factors; i++) {
                int bound = random.nextBoolean() ? Math.min(13, maxPrime) : smallBound;
                powers.merge((long) Primes.random(2, bound, random), 1, Integer::sum);
            }
            long number = 1;
            for (var power : powers.entrySet()) {
                for (int i = 0; i < power.getValue() && number > 0; i++) {
                    number = number > MAX_NUMBER / power.getKey() ? -1 : number * power.getKey();
                }
            }
            if (number > 2) {
                SortedMap<String, Integer> factorisation = new TreeMap<>();
                powers.forEach((prime, exponent) -> factorisation.put(String.valueOf(prime), exponent));
                return new Puzzle(number, factorisation, Primes.totient(powers));
            }
        }
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
    public String render(Answer answer) {
        return answer.value().toString();
    }

    @Override
    public Answer parse(String text) {
        if (text.length() > MAX_ANSWER) {
            throw new AnswerFormatException("the answer is longer than " + MAX_ANSWER + " characters");
        }
        String body = Answers.normalize(text);
        int equals = body.lastIndexOf('=');
        return new Answer(Answers.integer(equals >= 0 ? body.substring(equals + 1) : body));
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        if (answer.value().equals(BigInteger.valueOf(puzzle.totient()))) {
            return Score.correct("phi(" + puzzle.number() + ") = " + puzzle.totient());
        }
        return Score.wrong("found " + Answers.abbreviate(answer.value().toString()) + ", which is not phi(" + puzzle.number() + ")");
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
        return misses.stream().filter(value -> value != phi).distinct().map(value -> new Answer(BigInteger.valueOf(value))).toList();
    }

    @Override
    public double cost(Puzzle puzzle) {
        return Math.log10(puzzle.number()) * puzzle.factors().size();
    }
}
