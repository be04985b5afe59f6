package dev.bootcamp.camps.math;

import static java.util.Objects.requireNonNull;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Camp;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.NumberAnswers;
import dev.bootcamp.camps.kit.Polynomial;
import dev.bootcamp.camps.kit.Rationals;
import dev.bootcamp.verify.Rational;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import java.util.random.RandomGenerator;

/** Compute an exact finite sum: arithmetic, geometric, powers of k, a polynomial in k, or a telescoping fraction. */
@AutoService(Bootcamp.class)
public final class SeriesSumBootcamp extends Camp<SeriesSumBootcamp.Puzzle, SeriesSumBootcamp.Answer> {
    private static final Knob<Integer> HARDEST_KIND = Knob.integer("hardest-kind", 1, 5, 1, "hardest kind of sum: 1 arithmetic, 2 geometric, 3 powers of k,"
            + " 4 polynomial in k, 5 telescoping fraction");
    private static final Knob<Integer> MAX_TERMS = Knob.integer("max-terms", 4, 500, 10, "largest number of terms");
    private static final Knob<Integer> MAX_COEFFICIENT = Knob.integer("max-coefficient", 1, 30, 5, "largest start, step or coefficient in absolute value");
    private static final Knob<Integer> MAX_POWER = Knob.integer("max-power", 1, 5, 2, "largest power of k in a sum of powers or a polynomial summand");
    private static final BootcampInfo INFO = BootcampInfo.builder(SeriesSumBootcamp.class)
            .title("Exact finite sums")
            .domain("math")
            .tags("series", "sums", "fractions")
            .summary("Compute the exact value of a finite sum: an arithmetic or geometric series written with an ellipsis,"
                    + " or a sum over k of a power of k, a polynomial in k, or a telescoping fraction 1/((k + a)(k + a + d)),"
                    + " as an integer or a fraction. Any exactly equal form is CORRECT; any other value is WRONG.")
            .version(2)
            .knob(HARDEST_KIND)
            .knob(MAX_TERMS)
            .knob(MAX_COEFFICIENT)
            .knob(MAX_POWER)
            .answerShape("the exact value as an integer or a fraction in lowest terms (such as -7/4)")
            .build();

    private static final int MAX_ANSWER = 400;

    /**
     * The sum as shown, its kind (arithmetic, geometric, or sigma for a sum over k), its value, and the terms just inside
     * and just outside its end (for off-by-one near misses), and its number of terms.
     */
    public record Puzzle(String sum, String kind, Rational value, Rational lastTerm, Rational nextTerm, int terms) {
        public Puzzle {
            requireNonNull(sum, "sum is null");
            requireNonNull(kind, "kind is null");
            requireNonNull(value, "value is null");
            requireNonNull(lastTerm, "lastTerm is null");
            requireNonNull(nextTerm, "nextTerm is null");
        }
    }

    public record Answer(Rational value) {
        public Answer {
            requireNonNull(value, "value is null");
        }
    }

    public SeriesSumBootcamp() {
        super(INFO, NumberAnswers.rational(MAX_ANSWER).map(Answer::new, Answer::value));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(HARDEST_KIND, Draw.scale(level, 1, 5))
                .with(MAX_TERMS, Draw.scale(level, 8, 100))
                .with(MAX_COEFFICIENT, Draw.scale(level, 6, 15))
                .with(MAX_POWER, Draw.scale(level, 1, 3));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int hardest = knobs.get(HARDEST_KIND);
        int kind = Draw.between((hardest + 1) / 2, hardest, random);
        int maxTerms = knobs.get(MAX_TERMS);
        int maxCoefficient = knobs.get(MAX_COEFFICIENT);
        return switch (kind) {
            case 1 -> arithmetic(maxTerms, maxCoefficient, random);
            case 2 -> geometric(maxTerms, maxCoefficient, random);
            case 3 -> powers(maxTerms, knobs.get(MAX_POWER), random);
            case 4 -> polynomial(maxTerms, knobs.get(MAX_POWER), maxCoefficient, random);
            default -> telescoping(maxTerms, maxCoefficient, random);
        };
    }

    private static Puzzle arithmetic(int maxTerms, int maxCoefficient, RandomGenerator random) {
        long start = Draw.between(-maxCoefficient, 3 * maxCoefficient, random);
        long step = Draw.nonZero(maxCoefficient, random);
        int count = Draw.between(Math.min(4, maxTerms), maxTerms, random);
        return listed("arithmetic", count, k -> Rational.of(start + step * k));
    }

    private static Puzzle geometric(int maxTerms, int maxCoefficient, RandomGenerator random) {
        long numerator = Draw.pick(List.of(2L, 3L, 4L, -2L, -3L, -4L, 1L, -1L), random);
        long denominator = Math.abs(numerator) == 1 ? 2 : random.nextInt(4) == 0 ? Math.abs(numerator) + 1 : 1;
        int limit = denominator > 1 || Math.abs(numerator) == 4 ? 8 : Math.abs(numerator) == 2 ? 14 : 10;
        int count = Draw.between(Math.min(4, maxTerms), Math.min(limit, maxTerms), random);
        Rational ratio = Rational.of(numerator, denominator);
        // a first term divisible by denominator^(count-1) keeps every term a whole number
        Rational first = Rational.of(Draw.nonZero(maxCoefficient, random)).multiply(Rationals.power(Rational.of(denominator), count - 1));
        return listed("geometric", count, k -> first.multiply(Rationals.power(ratio, (int) k)));
    }

    /** A sum written as its first three terms, an ellipsis and its last term. */
    private static Puzzle listed(String kind, int count, LongFunction<Rational> term) {
        List<String> shown = new ArrayList<>();
        Rational total = Rational.ZERO;
        for (int k = 0; k < count; k++) {
            total = total.add(term.apply(k));
            if (k < 3 || k == count - 1) {
                Rational value = term.apply(k);
                shown.add(value.signum() < 0 ? "(" + value + ")" : value.toString());
            }
            if (k == 3 && count > 4) {
                shown.add("...");
            }
        }
        return new Puzzle(String.join(" + ", shown), kind, total, term.apply(count - 1), term.apply(count), count);
    }

    private static Puzzle powers(int maxTerms, int maxPower, RandomGenerator random) {
        int power = Draw.between(Math.min(2, maxPower), maxPower, random);
        long from = Draw.between(1, Math.max(5, maxTerms / 2), random);
        long to = from + Draw.between(Math.min(4, maxTerms), maxTerms, random) - 1;
        Polynomial summand = Polynomial.X.pow(power);
        return sigma(summand.text("k"), from, to, k -> summand.evaluate(Rational.of(k)));
    }

    private static Puzzle polynomial(int maxTerms, int maxPower, int maxCoefficient, RandomGenerator random) {
        Polynomial summand = Polynomial.random(Math.max(1, maxPower), maxCoefficient, random);
        long from = Draw.between(0, Math.max(1, maxTerms / 4), random);
        long to = from + Draw.between(Math.min(4, maxTerms), maxTerms, random) - 1;
        return sigma(summand.text("k"), from, to, k -> summand.evaluate(Rational.of(k)));
    }

    /** c / ((k + a)(k + a + d)), which telescopes to (c/d) times d leftover reciprocals at each end. */
    private static Puzzle telescoping(int maxTerms, int maxCoefficient, RandomGenerator random) {
        long numerator = Draw.between(1, Math.max(1, maxCoefficient / 2), random);
        long shift = Draw.between(0, 3, random);
        long gap = Draw.between(1, 3, random);
        long from = Draw.between(1, 5, random);
        long to = from + Draw.between(Math.min(4, maxTerms), maxTerms, random) - 1;
        String first = shift == 0 ? "k" : "(k + " + shift + ")";
        String text = numerator + "/(" + first + "(k + " + (shift + gap) + "))";
        return sigma(text, from, to, k -> Rational.of(numerator, (k + shift) * (k + shift + gap)));
    }

    private static Puzzle sigma(String summand, long from, long to, LongFunction<Rational> term) {
        Rational total = Rational.ZERO;
        for (long k = from; k <= to; k++) {
            total = total.add(term.apply(k));
        }
        return new Puzzle("the sum of (" + summand + ") over every integer k from " + from + " to " + to, "sigma", total, term.apply(to), term.apply(to + 1), (int) (to - from + 1));
    }

    @Override
    public String question(Puzzle puzzle) {
        String format = " Give the exact value as an integer, or as a fraction in lowest terms if it is not a whole number (not a"
                + " decimal approximation).";
        if (puzzle.kind().equals("sigma")) {
            return "Compute " + puzzle.sum() + ", both ends included.\n\nHere k^2 means k squared and a number or bracket next"
                    + " to another means multiplication." + format;
        }
        String pattern = puzzle.kind().equals("arithmetic") ? "an arithmetic progression (each term is the previous term plus a fixed"
                + " number)" : "a geometric progression (each term is the previous term times a fixed number)";
        return "Compute the exact value of this sum:\n\n    " + puzzle.sum() + "\n\nIts terms form " + pattern + ", from the first"
                + " term up to and including the last term shown; the dots stand for the terms in between." + format;
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.value());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        return NumberAnswers.check(puzzle.value(), answer.value(), "the value of the sum");
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<Rational> misses = List.of(puzzle.value().subtract(puzzle.lastTerm()), puzzle.value().add(puzzle.nextTerm()),
                puzzle.value().add(Rational.ONE), puzzle.value().negate());
        return NumberAnswers.misses(puzzle.value(), misses, Answer::new);
    }

    /** The terms to add (or the size of the closed form's inputs), the digits of the exact value, and a step for sigma notation. */
    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.terms() + 4.0 * puzzle.value().digits() + (puzzle.kind().equals("sigma") ? 10 : 0);
    }
}
