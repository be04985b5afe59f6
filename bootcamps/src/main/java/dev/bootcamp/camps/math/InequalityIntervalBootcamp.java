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
import dev.bootcamp.camps.kit.Polynomial;
import dev.bootcamp.camps.kit.RationalRoots;
import dev.bootcamp.verify.Answers;
import dev.bootcamp.verify.Rational;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Solve a polynomial inequality in one variable and give the solution set in interval notation. */
@AutoService(Bootcamp.class)
public final class InequalityIntervalBootcamp extends Camp<InequalityIntervalBootcamp.Puzzle, InequalityIntervalBootcamp.Answer> {
    private static final Knob<Integer> DEGREE = Knob.integer("degree", 1, 6, 1, "degree of the polynomial inequality");
    private static final Knob<Integer> MAX_ROOT = Knob.integer("max-root", 1, 30, 5, "largest numerator of a root in absolute value");
    private static final Knob<Double> FRACTIONAL_ROOTS = Knob.decimal("fractional-roots", 0, 1, 0, "chance that a root is a fraction p/q rather than an integer");
    private static final Knob<Integer> MAX_DENOMINATOR = Knob.integer("max-denominator", 2, 9, 2, "largest denominator of a fractional root");
    private static final Knob<Integer> MAX_CONTENT = Knob.integer("max-content", 1, 9, 1, "largest constant factor of the polynomial in absolute value");
    private static final Knob<Double> REPEATED_ROOTS = Knob.decimal("repeated-roots", 0, 1, 0, "chance that a root repeats an earlier one (degree 2 and up)");
    private static final Knob<Double> NO_REAL_ROOTS = Knob.decimal("no-real-roots", 0, 1, 0, "chance that a quadratic has no real root");
    private static final Knob<Boolean> BOTH_SIDES = Knob.flag("both-sides", false, "whether terms appear on both sides of the inequality");
    private static final Knob<Boolean> EXPANDED = Knob.flag("expanded", false, "whether a polynomial of degree 2 or more is shown multiplied out");
    private static final BootcampInfo INFO = BootcampInfo.builder(InequalityIntervalBootcamp.class)
            .title("Polynomial inequality in interval notation")
            .version(2)
            .domain("math")
            .tags("algebra", "inequalities", "intervals")
            .summary("Solve a linear, quadratic or higher polynomial inequality in x whose roots are rational, and give"
                    + " the set of all real solutions in interval notation (unions with U, -inf and inf for unbounded"
                    + " ends, {a} for a single point). The set is compared exactly: any notation of the same set is"
                    + " CORRECT (touching intervals may be merged or not); any other set is WRONG.")
            .knob(DEGREE)
            .knob(MAX_ROOT)
            .knob(FRACTIONAL_ROOTS)
            .knob(MAX_DENOMINATOR)
            .knob(MAX_CONTENT)
            .knob(REPEATED_ROOTS)
            .knob(NO_REAL_ROOTS)
            .knob(BOTH_SIDES)
            .knob(EXPANDED)
            .answerShape("the solution set in interval notation, such as (-inf, a] U (b, inf)")
            .build();

    private static final String VARIABLE = "x";
    private static final List<String> RELATIONS = List.of("<", "<=", ">", ">=");

    /**
     * An interval of the real line; a null end is infinite (and then open).
     *
     * @param low the lower end, or null for minus infinity
     * @param lowClosed whether the lower end belongs to the interval
     * @param high the upper end, or null for infinity
     * @param highClosed whether the upper end belongs to the interval
     */
    public record Interval(Rational low, boolean lowClosed, Rational high, boolean highClosed) {
        public Interval {
            lowClosed = lowClosed && low != null;
            highClosed = highClosed && high != null;
        }

        boolean contains(Rational x) {
            boolean above = low == null || (lowClosed ? x.compareTo(low) >= 0 : x.compareTo(low) > 0);
            boolean below = high == null || (highClosed ? x.compareTo(high) <= 0 : x.compareTo(high) < 0);
            return above && below;
        }

        String text() {
            if (low != null && low.equals(high)) {
                return "{" + low + "}";
            }
            return (lowClosed ? "[" : "(") + (low == null ? "-inf" : low.toString()) + ", " + (high == null ? "inf" : high.toString())
                    + (highClosed ? "]" : ")");
        }
    }

    /** The inequality as shown, its relation, and the solution set in canonical form. */
    public record Puzzle(String inequality, List<Interval> solution) {
        public Puzzle {
            requireNonNull(inequality, "inequality is null");
            solution = List.copyOf(solution);
        }
    }

    /** A set of reals as sorted, disjoint, non-touching intervals (the canonical form of any union). */
    public record Answer(List<Interval> intervals) {
        public Answer {
            intervals = canonical(intervals);
        }

        boolean contains(Rational x) {
            return intervals.stream().anyMatch(interval -> interval.contains(x));
        }
    }

    public InequalityIntervalBootcamp() {
        super(INFO, Codec.of(InequalityIntervalBootcamp::write, InequalityIntervalBootcamp::read));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(DEGREE, Draw.scale(level, 1, 4))
                .with(MAX_ROOT, Draw.scale(level, 12, 15))
                .with(FRACTIONAL_ROOTS, level <= 3 ? 0.0 : Math.min(0.5, (level - 3) / 10.0))
                .with(MAX_DENOMINATOR, Draw.scale(level, 2, 5))
                .with(MAX_CONTENT, Draw.scale(level, 2, 4))
                // Both make empty or all-real golds possible; kept rare so that neither is worth guessing.
                .with(REPEATED_ROOTS, level <= 4 ? 0.0 : 0.06)
                .with(NO_REAL_ROOTS, level <= 4 ? 0.0 : 0.02)
                .with(BOTH_SIDES, level >= 2)
                .with(EXPANDED, level >= 4);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int degree = knobs.get(DEGREE);
        int maxContent = knobs.get(MAX_CONTENT);
        long content = Draw.between(1, maxContent, random) * (random.nextBoolean() ? -1L : 1L);
        TreeMap<Rational, Integer> roots = new TreeMap<>();
        Polynomial polynomial = Polynomial.of(content);
        if (degree == 2 && random.nextDouble() < knobs.get(NO_REAL_ROOTS)) {
            polynomial = polynomial.multiply(RationalRoots.withoutRealRoots(knobs.get(MAX_ROOT), random));
        } else {
            for (int i = 0; i < degree; i++) {
                Rational root = i > 0 && random.nextDouble() < knobs.get(REPEATED_ROOTS) ? roots.lastKey() : root(knobs, random, roots);
                roots.merge(root, 1, Integer::sum);
                polynomial = polynomial.multiply(RationalRoots.factor(root));
            }
        }
        String relation = Draw.pick(RELATIONS, random);
        String inequality;
        if (degree >= 2 && !knobs.get(EXPANDED) && !roots.isEmpty()) {
            inequality = factored(content, roots) + " " + relation + " 0";
        } else if (knobs.get(BOTH_SIDES)) {
            Polynomial right = Polynomial.random(Draw.between(1, degree, random), 2 * knobs.get(MAX_ROOT), random);
            inequality = polynomial.add(right).text(VARIABLE) + " " + relation + " " + right.text(VARIABLE);
        } else {
            inequality = polynomial.text(VARIABLE) + " " + relation + " 0";
        }
        return new Puzzle(inequality, solve(roots, polynomial.leading().signum(), relation));
    }

    private static Rational root(Knobs knobs, RandomGenerator random, TreeMap<Rational, Integer> taken) {
        for (int spread = knobs.get(MAX_ROOT); ; spread++) {
            Rational root = RationalRoots.draw(spread, knobs.get(FRACTIONAL_ROOTS), knobs.get(MAX_DENOMINATOR), random);
            if (!taken.containsKey(root)) {
                return root;
            }
        }
    }

    private static String factored(long content, TreeMap<Rational, Integer> roots) {
        StringBuilder text = new StringBuilder(content == 1 ? "" : content == -1 ? "-" : String.valueOf(content));
        roots.forEach((root, multiplicity) -> text.append('(').append(RationalRoots.factor(root).text(VARIABLE)).append(')')
                .append(multiplicity > 1 ? "^" + multiplicity : ""));
        return text.toString();
    }

    /** Sign analysis: the sign right of every root is the leading sign; crossing a root of odd multiplicity flips it. */
    private static List<Interval> solve(TreeMap<Rational, Integer> roots, int leadingSign, String relation) {
        List<Interval> pieces = new ArrayList<>();
        boolean strict = relation.length() == 1;
        int wanted = relation.startsWith("<") ? -1 : 1;
        int sign = leadingSign;
        Rational upper = null;
        for (Rational root : roots.descendingKeySet()) {
            if (sign == wanted) {
                pieces.add(new Interval(root, false, upper, false));
            }
            if (!strict) {
                pieces.add(new Interval(root, true, root, true));
            }
            sign = roots.get(root) % 2 == 1 ? -sign : sign;
            upper = root;
        }
        if (sign == wanted) {
            pieces.add(new Interval(null, false, upper, false));
        }
        return canonical(pieces);
    }

    /** Sorts by lower end and merges intervals that overlap or touch at a point one of them contains. */
    static List<Interval> canonical(List<Interval> intervals) {
        List<Interval> sorted = new ArrayList<>(intervals);
        sorted.sort(Comparator.comparing((Interval interval) -> interval.low(), Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(interval -> !interval.lowClosed()));
        List<Interval> merged = new ArrayList<>();
        for (Interval next : sorted) {
            if (merged.isEmpty()) {
                merged.add(next);
                continue;
            }
            Interval last = merged.get(merged.size() - 1);
            boolean joins = last.high() == null || next.low() == null || next.low().compareTo(last.high()) < 0
                    || next.low().equals(last.high()) && (next.lowClosed() || last.highClosed());
            if (!joins) {
                merged.add(next);
                continue;
            }
            int order = last.high() == null ? 1 : next.high() == null ? -1 : last.high().compareTo(next.high());
            boolean keepLast = order > 0 || order == 0 && last.highClosed();
            merged.set(merged.size() - 1, new Interval(last.low(), last.lowClosed(), keepLast ? last.high() : next.high(),
                    keepLast ? last.highClosed() : next.highClosed()));
        }
        return List.copyOf(merged);
    }

    @Override
    public String question(Puzzle puzzle) {
        return "Find all real numbers x that satisfy this inequality:\n\n    " + puzzle.inequality() + "\n\n"
                + "Here x^2 means x squared, a number or bracket next to another means multiplication, and <= and >= mean"
                + " less than or equal to and greater than or equal to. Every endpoint of the solution set is a rational"
                + " number.\n\n"
                + "Write the solution set in interval notation: (a, b) leaves out its ends, [a, b] includes them, and"
                + " [a, b) or (a, b] includes one; use -inf and inf for unbounded ends and U to join intervals, as in"
                + " (-inf, a] U (b, inf). Write a single point as {a}, and answer empty if no x satisfies the inequality"
                + " (an interval from -inf to inf stands for all real numbers). Give endpoints as integers or fractions in"
                + " lowest terms.";
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.solution());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        Answer gold = new Answer(puzzle.solution());
        if (gold.equals(answer)) {
            return Score.correct("the solution set is " + Answers.abbreviate(render(gold)));
        }
        TreeSet<Rational> ends = ends(gold.intervals());
        ends.addAll(ends(answer.intervals()));
        List<Rational> probes = new ArrayList<>();
        Rational previous = null;
        for (Rational end : ends) {
            probes.add(previous == null ? end.subtract(Rational.ONE) : previous.add(end).divide(Rational.of(2)));
            probes.add(end);
            previous = end;
        }
        probes.add(previous == null ? Rational.ZERO : previous.add(Rational.ONE));
        for (Rational probe : probes) {
            if (gold.contains(probe) != answer.contains(probe)) {
                return Score.wrong("x = " + Answers.abbreviate(probe.toString()) + (gold.contains(probe)
                        ? " satisfies the inequality but is not in the answer" : " is in the answer but does not satisfy the inequality"));
            }
        }
        return Score.wrong("not the solution set");
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<Answer> misses = new ArrayList<>();
        misses.add(new Answer(List.of(new Interval(null, false, null, false))));
        misses.add(new Answer(List.of()));
        List<Interval> intervals = gold.intervals();
        if (!intervals.isEmpty()) {
            int index = random.nextInt(intervals.size());
            Interval chosen = intervals.get(index);
            List<Interval> toggled = new ArrayList<>(intervals);
            if (chosen.low() != null && chosen.low().equals(chosen.high())) {
                toggled.remove(index);
            } else if (chosen.low() != null) {
                toggled.set(index, new Interval(chosen.low(), !chosen.lowClosed(), chosen.high(), chosen.highClosed()));
            } else if (chosen.high() != null) {
                toggled.set(index, new Interval(chosen.low(), chosen.lowClosed(), chosen.high(), !chosen.highClosed()));
            }
            misses.add(new Answer(toggled));
            List<Interval> shifted = new ArrayList<>(intervals);
            shifted.set(index, new Interval(shift(chosen.low()), chosen.lowClosed(), shift(chosen.high()), chosen.highClosed()));
            misses.add(new Answer(shifted));
        }
        return misses.stream().filter(miss -> !miss.equals(gold)).toList();
    }

    private static Rational shift(Rational end) {
        return end == null ? null : end.add(Rational.ONE);
    }

    @Override
    public double cost(Puzzle puzzle) {
        // A sign chart: the expression's sign worked out on every interval between the solution set's endpoints.
        return puzzle.inequality().length() * (ends(puzzle.solution()).size() + 1.0);
    }

    /** The finite ends of the intervals, sorted. */
    private static TreeSet<Rational> ends(List<Interval> intervals) {
        return intervals.stream().flatMap(interval -> Stream.of(interval.low(), interval.high())).filter(Objects::nonNull)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String write(Answer answer) {
        if (answer.intervals().isEmpty()) {
            return "empty";
        }
        return String.join(" U ", answer.intervals().stream().map(Interval::text).toList());
    }

    private static Answer read(String text) {
        return new Answer(InequalityIntervalParser.parse(text));
    }
}
