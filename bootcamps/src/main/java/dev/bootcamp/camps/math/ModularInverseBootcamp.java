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
import dev.bootcamp.camps.kit.NumberAnswers;
import dev.bootcamp.camps.kit.Primes;
import dev.bootcamp.verify.Answers;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/** Find the inverse of a modulo m, or say that there is none. */
@AutoService(Bootcamp.class)
public final class ModularInverseBootcamp extends Camp<ModularInverseBootcamp.Puzzle, ModularInverseBootcamp.Answer> {
    private static final Knob<Integer> MAX_MODULUS = Knob.integer("max-modulus", 5, 2_000_000_000, 1_000, "largest modulus m");
    private static final Knob<Double> NONE_CHANCE = Knob.decimal("none-chance", 0, 1, 0, "chance that a shares a factor with m, so that no inverse exists;"
            + " above zero the question allows the answer none");
    private static final BootcampInfo INFO = BootcampInfo.builder(ModularInverseBootcamp.class)
            .title("Modular inverse")
            .domain("math")
            .tags("number-theory", "modular-arithmetic", "extended-euclid")
            .summary("Find the x in 0..m-1 with a*x = 1 (mod m). Where the none-chance knob is above zero the question says"
                    + " that a may share a factor with m, and the answer is then the word none. CORRECT for the exact"
                    + " residue in 0..m-1 (or none when there is no inverse); a congruent value outside 0..m-1 is WRONG.")
            .version(2)
            .knob(MAX_MODULUS)
            .knob(NONE_CHANCE)
            .answerShape("a single integer from 0 to m - 1, or the word none where the question allows it")
            .build();

    private static final int[] MAX_MODULUS_BY_LEVEL = {300, 500, 1_000, 2_000, 4_000, 10_000, 50_000, 300_000, 3_000_000, 100_000_000};
    private static final Set<String> NONE_WORDS = Set.of("none", "no inverse", "no inverse exists", "does not exist",
            "not invertible", "no solution", "undefined", "dne", "n/a", "there is no inverse");
    private static final int MAX_ANSWER = 300;
    /** Rare enough that answering none to everything earns next to nothing. */
    private static final double LEVEL_NONE_CHANCE = 0.02;

    /**
     * The number, the modulus, whether the question allows none, and the inverse (null when there is none).
     */
    public record Puzzle(long number, long modulus, boolean noneAllowed, Long inverse) {}

    /** The inverse, or {@code exists == false} for the answer none (value then zero). */
    public record Answer(boolean exists, BigInteger value) {
        public Answer {
            requireNonNull(value, "value is null");
        }

        static Answer none() {
            return new Answer(false, BigInteger.ZERO);
        }

        static Answer of(long value) {
            return new Answer(true, BigInteger.valueOf(value));
        }
    }

    public ModularInverseBootcamp() {
        super(INFO, Codec.of(ModularInverseBootcamp::write, ModularInverseBootcamp::read));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(MAX_MODULUS, MAX_MODULUS_BY_LEVEL[level - 1])
                .with(NONE_CHANCE, level <= 3 ? 0.0 : LEVEL_NONE_CHANCE);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        long max = knobs.get(MAX_MODULUS);
        double noneChance = knobs.get(NONE_CHANCE);
        boolean none = random.nextDouble() < noneChance;
        long low = Math.max(3, max / 4);
        while (true) {
            if (none) {
                // A shared odd prime, so that the missing inverse is not given away by two even numbers.
                int prime = Primes.random(3, (int) Math.max(3, Math.min(1_000, Math.sqrt(max))), random);
                long modulus = prime * random.nextLong(Math.max(2, low / prime), Math.max(3, max / prime + 1));
                long number = prime * random.nextLong(1, modulus / prime);
                return new Puzzle(number, modulus, true, null);
            }
            long modulus = random.nextLong(low, max + 1);
            long number = random.nextLong(2, modulus);
            if (BigInteger.valueOf(number).gcd(BigInteger.valueOf(modulus)).equals(BigInteger.ONE)) {
                long inverse = BigInteger.valueOf(number).modInverse(BigInteger.valueOf(modulus)).longValue();
                return new Puzzle(number, modulus, noneChance > 0, inverse);
            }
        }
    }

    @Override
    public String question(Puzzle puzzle) {
        long m = puzzle.modulus();
        StringBuilder text = new StringBuilder("Find the multiplicative inverse of ").append(puzzle.number()).append(" modulo ")
                .append(m).append(": the integer x with 0 <= x <= ").append(m - 1).append(" such that ").append(puzzle.number())
                .append(" * x leaves remainder 1 when divided by ").append(m).append('.');
        if (puzzle.noneAllowed()) {
            text.append("\n\n").append(puzzle.number()).append(" and ").append(m).append(" may have a common factor greater than 1,"
                    + " in which case no inverse exists; then answer with the single word none.");
        }
        text.append("\n\nGive x as a single integer from 0 to ").append(m - 1).append('.');
        return text.toString();
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return puzzle.inverse() == null ? Answer.none() : Answer.of(puzzle.inverse());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        if (puzzle.inverse() == null) {
            return answer.exists()
                    ? Score.wrong(puzzle.number() + " and " + puzzle.modulus() + " share a factor, so there is no inverse")
                    : Score.correct("there is no inverse");
        }
        if (!answer.exists()) {
            return Score.wrong("an inverse exists");
        }
        BigInteger modulus = BigInteger.valueOf(puzzle.modulus());
        BigInteger value = answer.value();
        if (value.equals(BigInteger.valueOf(puzzle.inverse()))) {
            return Score.correct("the inverse is " + value);
        }
        if (value.signum() < 0 || value.compareTo(modulus) >= 0) {
            String congruent = value.mod(modulus).equals(BigInteger.valueOf(puzzle.inverse())) ? "congruent to the inverse but " : "";
            return Score.wrong(congruent + Answers.abbreviate(value.toString()) + " is not in 0.." + (puzzle.modulus() - 1));
        }
        return Score.wrong(puzzle.number() + " * " + value + " leaves remainder "
                + BigInteger.valueOf(puzzle.number()).multiply(value).mod(modulus) + ", not 1");
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        long m = puzzle.modulus();
        List<Answer> misses = new ArrayList<>();
        if (puzzle.inverse() == null) {
            misses.add(Answer.of(0));
            misses.add(Answer.of(1));
            misses.add(Answer.of(BigInteger.valueOf(puzzle.number()).gcd(BigInteger.valueOf(m)).longValue()));
            return misses;
        }
        long inverse = puzzle.inverse();
        misses.add(Answer.none());
        misses.add(Answer.of(m - inverse));
        misses.add(Answer.of((inverse + 1) % m));
        misses.add(Answer.of(inverse + m));
        misses.add(Answer.of(inverse - m));
        // The other Bezout coefficient: a*x + m*y = 1 gives y = (1 - a*x) / m, reduced modulo m.
        BigInteger other = BigInteger.ONE.subtract(BigInteger.valueOf(puzzle.number()).multiply(BigInteger.valueOf(inverse)))
                .divide(BigInteger.valueOf(m)).mod(BigInteger.valueOf(m));
        misses.add(new Answer(true, other));
        return NumberAnswers.misses(gold, misses, miss -> miss);
    }

    /** The extended Euclidean algorithm: its division steps, each on numbers of the modulus' digits. */
    @Override
    public double cost(Puzzle puzzle) {
        int steps = 0;
        for (long a = puzzle.modulus(), b = puzzle.number(); b != 0; steps++) {
            long rest = a % b;
            a = b;
            b = rest;
        }
        return steps * Math.log10(puzzle.modulus()) + (puzzle.noneAllowed() ? 1 : 0);
    }

    private static String write(Answer answer) {
        return answer.exists() ? answer.value().toString() : "none";
    }

    /** Reads {@code 7}, {@code x = 7}, {@code 7 (mod 11)}, or none and its usual paraphrases. */
    private static Answer read(String text) {
        NumberAnswers.capped(text, MAX_ANSWER);
        String body = Answers.normalize(text).replace("\\equiv", "=").replace('\u2261', '=');
        if (NONE_WORDS.contains(body)) {
            return Answer.none();
        }
        int mod = body.indexOf("mod");
        if (mod >= 0) {
            body = body.substring(0, mod).strip();
            while (body.endsWith("(") || body.endsWith("\\p") || body.endsWith("\\b") || body.endsWith("\\")) {
                body = body.substring(0, body.length() - (body.endsWith("(") || body.endsWith("\\") ? 1 : 2)).strip();
            }
        }
        body = NumberAnswers.afterLastEquals(body);
        return new Answer(true, Answers.integer(body));
    }
}
