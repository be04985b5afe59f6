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
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.Items;
import dev.bootcamp.camps.kit.NearMisses;
import dev.bootcamp.camps.kit.NumberAnswers;
import dev.bootcamp.verify.Answers;
import dev.bootcamp.verify.Rational;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * Exact probabilities of events with coins, dice, urns, cards, repeated draws and two urns (Bayes' rule), several
 * independent questions a case, all of which must be right.
 */
@AutoService(Bootcamp.class)
public final class ProbabilityBootcamp extends Camp<ProbabilityBootcamp.Puzzle, ProbabilityBootcamp.Answer> {
    private static final Knob<Integer> KINDS = Knob.integer("kinds", 1, ProbabilityGenerator.KINDS.size(), ProbabilityGenerator.KINDS.size(),
            "how many problem kinds are drawn from, in order: coins, dice, urn, cards, repeated-draws, two-urns");
    private static final Knob<Integer> SIZE = Knob.integer("size", 1, 16, 5, "instance size: tosses, dice, balls, cards, draws");
    private static final Knob<Double> TWIST = Knob.decimal("twist", 0, 1, 0.3, "chance of the harder variant of a kind (at least instead of exactly,"
            + " all the same colour or suit, two balls drawn)");
    private static final Knob<Integer> QUESTIONS = Knob.integer("questions", 1, 6, 3, "independent questions in one case");
    private static final BootcampInfo INFO = BootcampInfo.builder(ProbabilityBootcamp.class)
            .title("Exact probability")
            .domain("math")
            .tags("probability", "combinatorics", "fractions", "bayes")
            .summary("Compute the exact probabilities of several independent events stated in words: heads among tosses of"
                    + " a fair or biased coin, sums of dice, colours drawn from an urn without replacement, cards dealt from a"
                    + " standard deck, draws with replacement, and which of two urns a ball came from (Bayes' rule)."
                    + " Probabilities come from formulas and, where the sample space is small, are recomputed by listing every"
                    + " outcome at generation. CORRECT when every value is exactly equal to its probability (3/8, 6/16, 0.375"
                    + " and 37.5% are all equal); a rounded decimal or any other value makes the whole answer WRONG.")
            .version(2)
            .knob(KINDS)
            .knob(SIZE)
            .knob(TWIST)
            .knob(QUESTIONS)
            .answerShape("the exact probabilities in order, one a line, each a fraction in lowest terms such as 3/8")
            .build();

    private static final int MAX_ANSWER = 2_000;
    private static final Pattern LABEL = Pattern.compile("^\\(?[0-9]+[.):]\\s+");

    /** One question: its kind and text, the probability, whether enumeration confirmed it, and common wrong values. */
    public record Problem(String kind, String statement, Rational probability, boolean bruteForced, List<Rational> mistakes) {
        public Problem {
            requireNonNull(kind, "kind is null");
            requireNonNull(statement, "statement is null");
            requireNonNull(probability, "probability is null");
            mistakes = List.copyOf(mistakes);
        }
    }

    /** The questions of one case, answered in order. */
    public record Puzzle(List<Problem> problems) {
        public Puzzle {
            problems = List.copyOf(problems);
        }
    }

    public record Answer(List<Rational> values) {
        public Answer {
            values = List.copyOf(values);
        }
    }

    public ProbabilityBootcamp() {
        super(INFO, Codec.of(ProbabilityBootcamp::write, ProbabilityBootcamp::read));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(KINDS, Draw.scale(level, 3, ProbabilityGenerator.KINDS.size()))
                .with(SIZE, Draw.scale(level, 1, 10))
                .with(TWIST, level <= 2 ? 0.0 : (level - 2) / 10.0)
                .with(QUESTIONS, Draw.scale(level, 2, 4));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        List<Problem> problems = new ArrayList<>();
        while (problems.size() < knobs.get(QUESTIONS)) {
            String kind = Draw.pick(ProbabilityGenerator.KINDS.subList(0, knobs.get(KINDS)), random);
            boolean twist = random.nextDouble() < knobs.get(TWIST);
            Problem problem = ProbabilityGenerator.generate(kind, knobs.get(SIZE), twist, random);
            if (problems.stream().noneMatch(other -> other.statement().equals(problem.statement()))) {
                problems.add(problem);
            }
        }
        return new Puzzle(problems);
    }

    @Override
    public String question(Puzzle puzzle) {
        int count = puzzle.problems().size();
        StringBuilder text = new StringBuilder("Answer each of these " + count + " independent probability questions.\n");
        for (int i = 0; i < count; i++) {
            text.append("\n").append(i + 1).append(". ").append(puzzle.problems().get(i).statement()).append("\n");
        }
        return text + "\nGive the " + count + " exact probabilities in the order of the questions, one a line, each as a"
                + " fraction in lowest terms (such as 3/8), not a rounded decimal. The answer is correct only if every"
                + " probability is right.";
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.problems().stream().map(Problem::probability).toList());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        return Items.allOrNothing(solve(puzzle).values(), answer.values(), "probability");
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<List<Rational>> wrong = puzzle.problems().stream().map(problem -> {
            List<Rational> values = new ArrayList<>(problem.mistakes());
            values.add(new Rational(problem.probability().numerator().add(BigInteger.ONE), problem.probability().denominator()));
            return values;
        }).toList();
        List<List<Rational>> misses = new ArrayList<>(NearMisses.oneItem(gold.values(), wrong));
        misses.add(gold.values().subList(0, gold.values().size() - 1));
        return misses.stream().distinct().map(Answer::new).toList();
    }

    /** The digits of the exact answers plus a step per kind of reasoning, summed over the questions. */
    @Override
    public double cost(Puzzle puzzle) {
        double total = 0;
        for (Problem problem : puzzle.problems()) {
            total += problem.probability().denominator().bitLength() + 4 * ProbabilityGenerator.KINDS.indexOf(problem.kind());
        }
        return total;
    }

    private static Rational value(String item) {
        int approximately = item.indexOf('\u2248');
        String body = Answers.stripDecoration(approximately >= 0 ? item.substring(0, approximately) : item);
        body = NumberAnswers.afterLastEquals(body).strip();
        if (body.endsWith("%")) {
            String number = body.substring(0, body.length() - 1);
            number = number.endsWith("\\") ? number.substring(0, number.length() - 1) : number;
            return Answers.rational(number).divide(Rational.of(100));
        }
        return Answers.rational(body);
    }

    private static String write(Answer answer) {
        return String.join("\n", answer.values().stream().map(Rational::toString).toList());
    }

    /**
     * Reads values one a line (or separated by semicolons or commas), each a fraction, an exact decimal or a percentage,
     * optionally labelled "2." or "(2)"; {@code P = 3/8} and {@code 3/8 ≈ 0.375} read as 3/8.
     */
    private static Answer read(String text) {
        NumberAnswers.capped(text, MAX_ANSWER);
        List<Rational> values = new ArrayList<>();
        for (String item : Answers.stripDecoration(text.replace("\\approx", "\u2248")).split("[\n;,]")) {
            if (!item.isBlank()) {
                values.add(value(LABEL.matcher(item.strip()).replaceFirst("")));
            }
        }
        if (values.isEmpty()) {
            throw new AnswerFormatException("expected the probabilities, one a line");
        }
        return new Answer(values);
    }
}
