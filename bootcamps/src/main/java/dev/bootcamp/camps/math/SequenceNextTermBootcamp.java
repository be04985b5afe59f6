package dev.bootcamp.camps.math;

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
import dev.bootcamp.camps.kit.NumberAnswers;
import dev.bootcamp.verify.Answers;
import dev.bootcamp.verify.Rational;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/** Continue a sequence whose rule is one of a few named kinds, with enough terms shown to fix the continuation. */
@AutoService(Bootcamp.class)
public final class SequenceNextTermBootcamp extends Camp<SequenceNextTermBootcamp.Puzzle, SequenceNextTermBootcamp.Answer> {
    private static final Knob<Integer> HARDEST_KIND = Knob.integer("hardest-kind", 1, 6, 1, "hardest kind of rule the sequence may follow: 1 arithmetic,"
            + " 2 geometric, 3 quadratic, 4 multiply-and-add, 5 two-term recurrence, 6 cubic");
    private static final Knob<Integer> KINDS_LISTED = Knob.integer("kinds-listed", 1, 6, 1, "how many kinds of rule the prompt names as possible");
    private static final Knob<Integer> NEXT = Knob.integer("next", 1, 4, 1, "how many next terms are asked for");
    private static final Knob<Integer> EXTRA_TERMS = Knob.integer("extra-terms", 0, 4, 2, "terms shown beyond the fewest that fix every listed kind");
    private static final Knob<Integer> MAX_START = Knob.integer("max-start", 1, 50, 10, "largest starting value and step in absolute value");
    private static final BootcampInfo INFO = BootcampInfo.builder(SequenceNextTermBootcamp.class)
            .title("Next terms of a sequence")
            .domain("math")
            .tags("sequences", "patterns", "recurrences")
            .summary("Give the next terms of a sequence that follows a rule of one of the listed kinds (arithmetic,"
                    + " geometric, quadratic or cubic in n, multiply-and-add, two-term linear recurrence). The terms shown"
                    + " fix the parameters of every listed kind that fits them, and all fitting kinds agree on the"
                    + " continuation, so the answer is unique. CORRECT when every asked term is exactly right; otherwise"
                    + " WRONG.")
            .version(2)
            .knob(HARDEST_KIND)
            .knob(KINDS_LISTED)
            .knob(NEXT)
            .knob(EXTRA_TERMS)
            .knob(MAX_START)
            .answerShape("the next terms in order, separated by commas")
            .build();

    private static final SequenceNextTermRules[] KINDS = SequenceNextTermRules.values();
    /** Largest term shown or asked for, in absolute value of numerator and denominator. */
    private static final BigInteger MAX_TERM = BigInteger.valueOf(10_000_000);
    private static final int ATTEMPTS = 500;
    private static final int MAX_ANSWER = 2_000;

    /** The terms shown, the kinds named (as enum names), and the next terms. */
    public record Puzzle(List<Rational> terms, List<String> kinds, List<Rational> next) {
        public Puzzle {
            terms = List.copyOf(terms);
            kinds = List.copyOf(kinds);
            next = List.copyOf(next);
        }
    }

    public record Answer(List<Rational> terms) {
        public Answer {
            terms = List.copyOf(terms);
        }
    }

    public SequenceNextTermBootcamp() {
        super(INFO, Codec.of(SequenceNextTermBootcamp::write, SequenceNextTermBootcamp::read));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(HARDEST_KIND, Math.min(6, Draw.scale(level, 1, 7)))
                .with(KINDS_LISTED, Draw.scale(level, 1, 6))
                .with(NEXT, Draw.scale(level, 1, 3))
                .with(EXTRA_TERMS, Draw.scale(level, 2, 0))
                .with(MAX_START, level == 1 ? 10 : Draw.scale(level, 40, 50));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int count = knobs.get(NEXT);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            SequenceNextTermRules kind = KINDS[random.nextInt(knobs.get(HARDEST_KIND))];
            List<SequenceNextTermRules> listed = new ArrayList<>(List.of(kind));
            List<SequenceNextTermRules> others = new ArrayList<>(Arrays.asList(KINDS));
            others.remove(kind);
            listed.addAll(Draw.sample(others, knobs.get(KINDS_LISTED) - 1, random));
            listed.sort(null);
            int shown = listed.stream().mapToInt(SequenceNextTermRules::fewestTerms).max().orElse(3) + knobs.get(EXTRA_TERMS);
            List<Rational> all = sequence(kind, shown + count, knobs.get(MAX_START), random);
            Puzzle puzzle = all == null ? null : determined(all.subList(0, shown), listed, count);
            if (puzzle != null) {
                return puzzle;
            }
        }
        // an arithmetic sequence with a non-zero step, named alone, always fixes its continuation
        List<Rational> all = new ArrayList<>();
        for (int i = 0; i < 4 + count; i++) {
            all.add(Rational.of(1 + 2L * i));
        }
        return determined(all.subList(0, 4), List.of(SequenceNextTermRules.ARITHMETIC), count);
    }

    /** A puzzle if every listed kind either misses the terms or fits them once, all fitting ones agreeing; else null. */
    private static Puzzle determined(List<Rational> terms, List<SequenceNextTermRules> listed, int count) {
        List<Rational> next = null;
        for (SequenceNextTermRules kind : listed) {
            List<Rational> continuation = kind.continuation(terms, count);
            if (continuation == null || next != null && !continuation.isEmpty() && !continuation.equals(next)) {
                return null;
            }
            if (!continuation.isEmpty()) {
                next = continuation;
            }
        }
        if (next == null || !next.stream().allMatch(SequenceNextTermBootcamp::small)) {
            return null;
        }
        Puzzle puzzle = new Puzzle(terms, listed.stream().map(Enum::name).toList(), next);
        if (joined(terms).contains(joined(next))) {
            return null; // a periodic sequence would show its own answer
        }
        return puzzle;
    }

    /** The first {@code length} terms of a random sequence of the kind, or null when they grow too large. */
    private static List<Rational> sequence(SequenceNextTermRules kind, int length, int limit, RandomGenerator random) {
        List<Rational> terms = new ArrayList<>();
        long start = Draw.between(-limit, limit, random);
        switch (kind) {
            case ARITHMETIC, QUADRATIC, CUBIC -> {
                int order = kind == SequenceNextTermRules.ARITHMETIC ? 1 : kind == SequenceNextTermRules.QUADRATIC ? 2 : 3;
                long[] differences = new long[order + 1];
                differences[0] = start;
                for (int i = 1; i <= order; i++) {
                    differences[i] = Draw.nonZero(i == order ? Math.max(1, limit / (2 * i - 1)) : limit, random);
                }
                for (int n = 0; n < length; n++) {
                    terms.add(Rational.of(differences[0]));
                    for (int i = 0; i < order; i++) {
                        differences[i] += differences[i + 1];
                    }
                }
            }
            case GEOMETRIC -> {
                long numerator = Draw.pick(List.of(-4L, -3L, -2L, 2L, 3L, 4L, 5L, -1L, 1L), random);
                long denominator = Math.abs(numerator) == 1 ? Draw.between(2, 3, random) : random.nextInt(4) == 0 ? 3 : 1;
                if (denominator == 3 && Math.abs(numerator) == 3) {
                    denominator = 2;
                }
                Rational ratio = Rational.of(numerator, denominator);
                Rational term = Rational.of(Draw.nonZero(Math.max(1, limit / 2), random) * BigInteger.valueOf(denominator).pow(length - 2).longValueExact());
                for (int n = 0; n < length; n++) {
                    terms.add(term);
                    term = term.multiply(ratio);
                }
            }
            case AFFINE -> {
                long factor = Draw.pick(List.of(-3L, -2L, 2L, 3L), random);
                long constant = Draw.nonZero(limit, random);
                Rational term = Rational.of(start);
                for (int n = 0; n < length; n++) {
                    terms.add(term);
                    term = term.multiply(Rational.of(factor)).add(Rational.of(constant));
                }
            }
            case TWO_TERM -> {
                long p = Draw.between(-3, 3, random);
                long q = Draw.nonZero(3, random);
                terms.add(Rational.of(start));
                terms.add(Rational.of(Draw.between(-limit, limit, random)));
                while (terms.size() < length) {
                    Rational previous = terms.get(terms.size() - 1);
                    Rational before = terms.get(terms.size() - 2);
                    terms.add(previous.multiply(Rational.of(p)).add(before.multiply(Rational.of(q))));
                }
            }
        }
        return terms.stream().allMatch(SequenceNextTermBootcamp::small) ? terms : null;
    }

    private static boolean small(Rational value) {
        return value.numerator().abs().compareTo(MAX_TERM) <= 0 && value.denominator().compareTo(MAX_TERM) <= 0;
    }

    private static String joined(List<Rational> values) {
        return String.join(", ", values.stream().map(Rational::toString).toList());
    }

    @Override
    public String question(Puzzle puzzle) {
        StringBuilder text = new StringBuilder("Here are the first ").append(puzzle.terms().size()).append(" terms of a sequence:\n\n    ")
                .append(joined(puzzle.terms())).append("\n\n");
        if (puzzle.kinds().size() == 1) {
            text.append("The sequence follows this kind of rule, the same for every term: ")
                    .append(SequenceNextTermRules.valueOf(puzzle.kinds().get(0)).description()).append(".\n\n");
        } else {
            text.append("The sequence follows a rule of one of these kinds, the same rule for every term:\n");
            for (String kind : puzzle.kinds()) {
                text.append("- ").append(SequenceNextTermRules.valueOf(kind).description()).append('\n');
            }
            text.append("\nThe terms shown rule out every other continuation: all kinds above that fit them agree on"
                    + " what comes next.\n\n");
        }
        int count = puzzle.next().size();
        text.append(count == 1 ? "Give the next term." : "Give the next " + count + " terms, in order, separated by commas.")
                .append(" Write each exactly, as an integer or a fraction in lowest terms such as -5/2.");
        return text.toString();
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.next());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        return Items.allOrNothing(puzzle.next(), answer.terms(), "term");
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<Answer> misses = new ArrayList<>();
        List<Rational> next = puzzle.next();
        List<Rational> changed = new ArrayList<>(next);
        int index = random.nextInt(next.size());
        changed.set(index, next.get(index).add(Rational.ONE));
        misses.add(new Answer(changed));
        Rational last = puzzle.terms().get(puzzle.terms().size() - 1);
        Rational step = last.subtract(puzzle.terms().get(puzzle.terms().size() - 2));
        List<Rational> linear = new ArrayList<>();
        for (int i = 1; i <= next.size(); i++) {
            linear.add(last.add(step.multiply(Rational.of(i))));
        }
        misses.add(new Answer(linear));
        if (next.size() > 1) {
            misses.add(new Answer(next.subList(0, next.size() - 1)));
        }
        return misses.stream().filter(miss -> !miss.equals(gold)).toList();
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.kinds().size() * 10.0 + puzzle.next().size() * 10.0
                + puzzle.kinds().stream().mapToInt(kind -> SequenceNextTermRules.valueOf(kind).ordinal()).max().orElse(0) * 10.0;
    }

    private static String write(Answer answer) {
        return joined(answer.terms());
    }

    /** Reads {@code 31, 63}, one term a line, or {@code a7 = 31, a8 = 63}. */
    private static Answer read(String text) {
        NumberAnswers.capped(text, MAX_ANSWER);
        List<Rational> terms = new ArrayList<>();
        for (String piece : Answers.stripDecoration(text).replace(';', ',').replace('\n', ',').split(",", -1)) {
            String item = piece.strip();
            item = NumberAnswers.afterLastEquals(item).strip();
            if (item.isEmpty()) {
                throw new AnswerFormatException("an empty item in the list of terms");
            }
            for (String token : item.split("\\s+")) {
                terms.add(Answers.rational(token));
                if (terms.size() > Answers.MAX_ITEMS) {
                    throw new AnswerFormatException("more than " + Answers.MAX_ITEMS + " terms");
                }
            }
        }
        return new Answer(terms);
    }
}
