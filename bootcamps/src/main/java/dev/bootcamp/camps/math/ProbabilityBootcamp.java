package dev.bootcamp.camps.math;

import static java.util.Objects.requireNonNull;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.AnswerFormatException;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.verify.Answers;
import dev.bootcamp.verify.Rational;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** Exact probabilities of events with coins, dice, urns, cards, repeated draws and two urns (Bayes' rule). */
@AutoService(Bootcamp.class)
public final class ProbabilityBootcamp implements Bootcamp<ProbabilityBootcamp.Puzzle, ProbabilityBootcamp.Answer> {
    private static final BootcampInfo INFO = BootcampInfo.builder(ProbabilityBootcamp.class)
            .title("Exact probability")
            .domain("math")
            .tags("probability", "combinatorics", "fractions", "bayes")
            .summary("Compute the exact probability of an event stated in words: heads among coin tosses, sums of dice,"
                    + " colours drawn from an urn without replacement, cards dealt from a standard deck, draws with"
                    + " replacement, and which of two urns a ball came from (Bayes' rule). Probabilities come from formulas"
                    + " and, where the sample space is small, are recomputed by listing every outcome at generation. Any"
                    + " exactly equal number is CORRECT (3/8, 6/16, 0.375, 37.5%); a rounded decimal or any other value is WRONG.")
            .knob(Knob.integer("kinds", 1, ProbabilityGenerator.KINDS.size(), ProbabilityGenerator.KINDS.size(),
                    "how many problem kinds are drawn from, in order: coins, dice, urn, cards, repeated-draws, two-urns"))
            .knob(Knob.integer("size", 1, 16, 5, "instance size: tosses, dice, balls, cards, draws"))
            .knob(Knob.decimal("twist", 0, 1, 0.3, "chance of the harder variant of a kind (at least instead of exactly,"
                    + " all the same colour or suit, two balls drawn)"))
            .answerShape("the exact probability as a fraction in lowest terms, such as 3/8")
            .build();

    private static final int MAX_ANSWER = 400;

    /** The problem kind and text, the probability, whether enumeration confirmed it, and wrong values from common mistakes. */
    public record Puzzle(String kind, String statement, Rational probability, boolean bruteForced, List<Rational> mistakes) {
        public Puzzle {
            requireNonNull(kind, "kind is null");
            requireNonNull(statement, "statement is null");
            requireNonNull(probability, "probability is null");
            mistakes = List.copyOf(mistakes);
        }
    }

    public record Answer(Rational value) {
        public Answer {
            requireNonNull(value, "value is null");
        }
    }

    @Override
    public BootcampInfo info() {
        return INFO;
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with("kinds", Draw.scale(level, 2, ProbabilityGenerator.KINDS.size()))
                .with("size", Draw.scale(level, 1, 10))
                .with("twist", level <= 2 ? 0.0 : (level - 2) / 10.0);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        String kind = Draw.pick(ProbabilityGenerator.KINDS.subList(0, knobs.integer("kinds")), random);
        boolean twist = random.nextDouble() < knobs.decimal("twist");
        return ProbabilityGenerator.generate(kind, knobs.integer("size"), twist, random);
    }

    @Override
    public String question(Puzzle puzzle) {
        return puzzle.statement() + "\n\nGive the exact probability as a fraction in lowest terms (such as 3/8), not a rounded decimal.";
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.probability());
    }

    @Override
    public String render(Answer answer) {
        return answer.value().toString();
    }

    /** Reads a fraction, an exact decimal or a percentage; {@code P = 3/8} and {@code 3/8 ≈ 0.375} read as 3/8. */
    @Override
    public Answer parse(String text) {
        if (text.length() > MAX_ANSWER) {
            throw new AnswerFormatException("the answer is longer than " + MAX_ANSWER + " characters");
        }
        String body = text.replace("\\approx", "\u2248");
        int approximately = body.indexOf('\u2248');
        body = Answers.stripDecoration(approximately >= 0 ? body.substring(0, approximately) : body);
        int equals = body.lastIndexOf('=');
        body = (equals >= 0 ? body.substring(equals + 1) : body).strip();
        if (body.endsWith("%")) {
            String number = body.substring(0, body.length() - 1);
            number = number.endsWith("\\") ? number.substring(0, number.length() - 1) : number;
            return new Answer(Answers.rational(number).divide(Rational.of(100)));
        }
        return new Answer(Answers.rational(body));
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        if (answer.value().equals(puzzle.probability())) {
            return Score.correct("the probability is " + puzzle.probability());
        }
        if (Math.abs(answer.value().toDouble() - puzzle.probability().toDouble()) < 1e-3) {
            return Score.wrong("close, but " + Answers.abbreviate(answer.value().toString()) + " is not exactly the probability");
        }
        return Score.wrong("found " + Answers.abbreviate(answer.value().toString()) + ", which is not the probability");
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<Rational> misses = new ArrayList<>(puzzle.mistakes());
        Rational probability = puzzle.probability();
        misses.add(new Rational(probability.numerator().add(BigInteger.ONE), probability.denominator()));
        return misses.stream().filter(value -> !value.equals(probability)).distinct().map(Answer::new).toList();
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.probability().denominator().bitLength() + 4 * ProbabilityGenerator.KINDS.indexOf(puzzle.kind());
    }
}
