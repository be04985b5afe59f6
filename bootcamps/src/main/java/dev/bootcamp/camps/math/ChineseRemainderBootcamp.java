package dev.bootcamp.camps.math;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Camp;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.NumberAnswers;
import dev.bootcamp.verify.Answers;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** Find the smallest non-negative solution of a system of simultaneous congruences. */
@AutoService(Bootcamp.class)
public final class ChineseRemainderBootcamp extends Camp<ChineseRemainderBootcamp.Puzzle, ChineseRemainderBootcamp.Answer> {
    private static final Knob<Integer> CONGRUENCES = Knob.integer("congruences", 2, 8, 3, "number of congruences");
    private static final Knob<Integer> MAX_MODULUS = Knob.integer("max-modulus", 3, 1_000, 20, "largest modulus");
    private static final Knob<Double> SHARED_FACTORS = Knob.decimal("shared-factors", 0, 1, 0, "chance that the moduli are not pairwise coprime");
    private static final BootcampInfo INFO = BootcampInfo.builder(ChineseRemainderBootcamp.class)
            .title("Chinese remainder theorem")
            .version(2)
            .domain("math")
            .tags("number-theory", "modular-arithmetic", "congruences")
            .summary("Find the smallest non-negative integer satisfying several congruences x = r (mod m). The moduli are"
                    + " pairwise coprime, or (where the question says so) share factors while the system stays consistent,"
                    + " so that solutions repeat with the lcm of the moduli. CORRECT only for the smallest solution; any"
                    + " other value, including a larger solution, is WRONG.")
            .knob(CONGRUENCES)
            .knob(MAX_MODULUS)
            .knob(SHARED_FACTORS)
            .answerShape("a single non-negative integer")
            .build();

    private static final long MAX_LCM = 1_000_000_000_000_000L;
    private static final int ATTEMPTS = 2_000;
    private static final int[] FALLBACK_MODULI = {3, 4, 5, 7, 11, 13, 17, 19};
    private static final int MAX_ANSWER = 300;

    /** The congruences x = residues[i] (mod moduli[i]), the lcm of the moduli and the smallest solution. */
    public record Puzzle(List<Long> residues, List<Long> moduli, long lcm, long solution) {
        public Puzzle {
            residues = List.copyOf(residues);
            moduli = List.copyOf(moduli);
        }
    }

    public record Answer(BigInteger value) {}

    public ChineseRemainderBootcamp() {
        super(INFO, NumberAnswers.integer(MAX_ANSWER).map(Answer::new, Answer::value));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(CONGRUENCES, Draw.scale(level, 2, 5))
                .with(MAX_MODULUS, Draw.scale(level, 16, 60))
                .with(SHARED_FACTORS, level <= 4 ? 0.0 : level <= 7 ? 0.3 : 0.5);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int count = knobs.get(CONGRUENCES);
        int max = knobs.get(MAX_MODULUS);
        boolean shared = random.nextDouble() < knobs.get(SHARED_FACTORS);
        List<Long> moduli = null;
        for (int attempt = 0; attempt < ATTEMPTS && moduli == null; attempt++) {
            moduli = moduli(count, max, shared, random);
        }
        if (moduli == null) {
            // Too many coprime moduli asked of too small a bound: small primes and prime powers always work.
            moduli = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                moduli.add((long) FALLBACK_MODULI[i]);
            }
        }
        long lcm = 1;
        for (long modulus : moduli) {
            lcm = lcm / gcd(lcm, modulus) * modulus;
        }
        // Below the largest modulus, x would show through as its own residue.
        long largest = moduli.stream().mapToLong(Long::longValue).max().orElse(1);
        long solution = random.nextLong(Math.min(largest, lcm - 1), lcm);
        List<Long> residues = new ArrayList<>();
        for (long modulus : moduli) {
            residues.add(solution % modulus);
        }
        return new Puzzle(residues, moduli, lcm, solution);
    }

    @Override
    public String question(Puzzle puzzle) {
        StringBuilder text = new StringBuilder("Find the smallest non-negative integer x that satisfies all of these congruences"
                + " (x ≡ r (mod m) means that x leaves remainder r when divided by m):\n\n");
        for (int i = 0; i < puzzle.moduli().size(); i++) {
            text.append("    x ≡ ").append(puzzle.residues().get(i)).append(" (mod ").append(puzzle.moduli().get(i)).append(")\n");
        }
        if (!pairwiseCoprime(puzzle.moduli())) {
            text.append("\nThe moduli are not pairwise coprime, but the congruences are consistent: solutions exist.\n");
        }
        text.append("\nGive x as a single integer.");
        return text.toString();
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(BigInteger.valueOf(puzzle.solution()));
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        BigInteger value = answer.value();
        if (value.equals(BigInteger.valueOf(puzzle.solution()))) {
            return Score.correct("the smallest solution is " + value);
        }
        if (value.signum() < 0) {
            return Score.wrong("x must be non-negative");
        }
        for (int i = 0; i < puzzle.moduli().size(); i++) {
            long modulus = puzzle.moduli().get(i);
            if (value.mod(BigInteger.valueOf(modulus)).longValue() != puzzle.residues().get(i)) {
                return Score.wrong(Answers.abbreviate(value.toString()) + " is not " + puzzle.residues().get(i) + " modulo " + modulus);
            }
        }
        return Score.wrong(Answers.abbreviate(value.toString()) + " satisfies every congruence but is not the smallest solution");
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        long x = puzzle.solution();
        List<Long> misses = new ArrayList<>(List.of(x + puzzle.lcm(), x + 1, x - 1));
        BigInteger product = BigInteger.ONE;
        for (long modulus : puzzle.moduli()) {
            product = product.multiply(BigInteger.valueOf(modulus));
        }
        if (product.bitLength() < 62 && product.longValue() != puzzle.lcm()) {
            misses.add(x + product.longValue());
        }
        // The smallest solution of all but the last congruence usually fails the last one.
        long partialLcm = 1;
        for (int i = 0; i < puzzle.moduli().size() - 1; i++) {
            partialLcm = partialLcm / gcd(partialLcm, puzzle.moduli().get(i)) * puzzle.moduli().get(i);
        }
        misses.add(x % partialLcm);
        return misses.stream().filter(value -> value >= 0 && value != x).distinct().map(value -> new Answer(BigInteger.valueOf(value))).toList();
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.moduli().size() * Math.log10(puzzle.lcm()) * (pairwiseCoprime(puzzle.moduli()) ? 1 : 1.5);
    }

    /** Distinct moduli in 2..max, none dividing another, pairwise coprime or not as asked; null when this draw fails. */
    private static List<Long> moduli(int count, int max, boolean shared, RandomGenerator random) {
        List<Long> moduli = new ArrayList<>();
        long lcm = 1;
        for (int tries = 0; tries < 20 * count && moduli.size() < count; tries++) {
            long candidate = Draw.between(2, max, random);
            boolean fits = true;
            for (long modulus : moduli) {
                fits &= candidate % modulus != 0 && modulus % candidate != 0 && (shared || gcd(candidate, modulus) == 1);
            }
            if (fits && lcm / gcd(lcm, candidate) <= MAX_LCM / candidate) {
                moduli.add(candidate);
                lcm = lcm / gcd(lcm, candidate) * candidate;
            }
        }
        if (moduli.size() < count || pairwiseCoprime(moduli) == shared) {
            return null;
        }
        return moduli;
    }

    private static boolean pairwiseCoprime(List<Long> moduli) {
        for (int i = 0; i < moduli.size(); i++) {
            for (int j = i + 1; j < moduli.size(); j++) {
                if (gcd(moduli.get(i), moduli.get(j)) != 1) {
                    return false;
                }
            }
        }
        return true;
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
