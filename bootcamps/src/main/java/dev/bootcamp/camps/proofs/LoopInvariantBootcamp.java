package dev.bootcamp.camps.proofs;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Camp;
import dev.bootcamp.camps.kit.Codec;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.formal.IntFormula;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.random.RandomGenerator;

/** Hoare logic: a loop invariant proving a triple {P} while B do S {Q}, checked on every state of a bounded box. */
@AutoService(Bootcamp.class)
public final class LoopInvariantBootcamp extends Camp<LoopInvariantBootcamp.Puzzle, LoopInvariantBootcamp.Answer> {
    private static final Knob<Integer> SHAPE = Knob.integer("shape", 0, 5, 1, "hardest loop shape drawn: 0 count up, 1 count down, 2 two accumulators, 3 triangular sum, 4 product, 5 quadratic");
    private static final Knob<Integer> STEP = Knob.integer("step", 1, 5, 2, "largest constant added per pass");
    private static final BootcampInfo INFO = BootcampInfo.builder(LoopInvariantBootcamp.class)
            .title("Loop invariant for a Hoare triple")
            .domain("proofs")
            .tags("hoare-logic", "loop-invariant", "program-verification", "partial-correctness")
            .summary("A Hoare triple {P} while B do S {Q} over integer variables must be proved with a loop invariant I:"
                    + " P implies I, I and B before a pass imply I after it, and I without B implies Q. The three conditions"
                    + " are checked on every state of a stated bounded box of variable values; any invariant (at most 600 characters) meeting them is"
                    + " CORRECT, and the first failing condition is named with a state. No partial credit.")
            .knob(SHAPE)
            .knob(STEP)
            .version(1)
            .answerShape("one condition such as (k <= m) & (r = 2 * k + 1)")
            .severalAnswers()
            .build();
    private static final int COUNTER_MAX = 5;
    private static final int ACCUMULATOR_MAX = 24;
    private static final int MAX_INVARIANT = 600;

    /** The variables (counters first), the triple, the invariant found by the generator (never shown). */
    public record Puzzle(List<String> counters, List<String> accumulators, String pre, String condition,
            List<String> assigned, List<String> values, String post, String invariant) {
        public Puzzle {
            counters = List.copyOf(counters);
            accumulators = List.copyOf(accumulators);
            assigned = List.copyOf(assigned);
            values = List.copyOf(values);
        }
    }

    /** The invariant. */
    public record Answer(IntFormula invariant) {}

    public LoopInvariantBootcamp() {
        super(INFO, Codec.of(answer -> answer.invariant().render(), text -> new Answer(IntFormula.parseAssertion(text))));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults().with(SHAPE, Draw.scale(level, 0, 5)).with(STEP, Draw.scale(level, 3, 5));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int shape = Draw.between(Math.max(0, knobs.get(SHAPE) - 2), knobs.get(SHAPE), random);
        int a = Draw.between(1, knobs.get(STEP), random);
        int b = Draw.between(1, knobs.get(STEP), random);
        int x0 = random.nextInt(10);
        int y0 = random.nextInt(10);
        int i0 = random.nextInt(3);
        String i = Draw.pick(List.of("i", "j", "k", "q"), random);
        String n = Draw.pick(List.of("n", "m", "N"), random);
        String x = Draw.pick(List.of("x", "s", "r", "z"), random);
        String y = Draw.pick(List.of("y", "t", "p", "w"), random);
        String start = i + " = " + i0 + " & " + n + " >= " + i0;
        String done = "(" + n + " - " + i0 + ")";
        String gone = "(" + i + " - " + i0 + ")";
        return switch (shape) {
            case 0 -> new Puzzle(List.of(i, n), List.of(x), start + " & " + x + " = " + x0, i + " < " + n,
                    List.of(i, x), List.of(i + " + 1", x + " + " + a), x + " = " + x0 + " + " + a + " * " + done,
                    "(" + i + " <= " + n + ") & (" + x + " = " + x0 + " + " + a + " * " + gone + ")");
            case 1 -> new Puzzle(List.of(i, n), List.of(x), i + " = " + n + " & " + x + " = " + x0, i + " > 0",
                    List.of(i, x), List.of(i + " - 1", x + " + " + a), x + " = " + x0 + " + " + a + " * " + n,
                    "(" + i + " >= 0) & (" + x + " + " + a + " * " + i + " = " + x0 + " + " + a + " * " + n + ")");
            case 2 -> new Puzzle(List.of(i, n), List.of(x, y), start + " & " + x + " = " + x0 + " & " + y + " = " + y0, i + " < " + n,
                    List.of(i, x, y), List.of(i + " + 1", x + " + " + a, y + " + " + b),
                    b + " * " + x + " + " + a + " * " + y + " = " + (b * x0 + a * y0) + " + " + (2 * a * b) + " * " + done,
                    "(" + i + " <= " + n + ") & (" + x + " = " + x0 + " + " + a + " * " + gone + ") & (" + y + " = " + y0 + " + " + b + " * " + gone + ")");
            case 3 -> new Puzzle(List.of(i, n), List.of(x), start + " & " + x + " = " + x0, i + " < " + n,
                    List.of(i, x), List.of(i + " + 1", x + " + " + i),
                    "2 * " + x + " + " + (i0 * (i0 + 1)) + " = " + (2 * x0) + " + " + n + " * (" + n + " + 1)",
                    "(" + i + " <= " + n + ") & (2 * " + x + " + " + (i0 * (i0 + 1)) + " = " + (2 * x0) + " + " + i + " * (" + i + " + 1))");
            case 4 -> new Puzzle(List.of(i, n, "c"), List.of(x), start + " & " + x + " = " + x0, i + " < " + n,
                    List.of(i, x), List.of(i + " + 1", x + " + c"), x + " = " + x0 + " + c * " + done,
                    "(" + i + " <= " + n + ") & (" + x + " = " + x0 + " + c * " + gone + ")");
            default -> new Puzzle(List.of(i, n), List.of(x, y), i + " = 0 & " + x + " = 0 & " + y + " = " + y0, i + " < " + n,
                    List.of(i, x, y), List.of(i + " + 1", x + " + " + a, y + " + " + x),
                    "2 * " + y + " = " + (2 * y0) + " + " + a + " * " + n + " * (" + n + " + 1)",
                    "(" + i + " <= " + n + ") & (" + x + " = " + a + " * " + i + ") & (2 * " + y + " = " + (2 * y0) + " + " + a + " * " + i + " * (" + i + " + 1))");
        };
    }

    @Override
    public String question(Puzzle puzzle) {
        StringBuilder text = new StringBuilder();
        text.append("A Hoare triple {P} S {Q} says: if S starts in a state where P holds and S finishes, then Q holds at")
                .append(" the end. All variables hold integers. Here S is a loop:\n\n")
                .append("{ ").append(puzzle.pre()).append(" }\n")
                .append("while (").append(puzzle.condition()).append(") {\n");
        for (int k = 0; k < puzzle.assigned().size(); k++) {
            text.append("  ").append(puzzle.assigned().get(k)).append(" := ").append(puzzle.values().get(k)).append(";\n");
        }
        text.append("}\n{ ").append(puzzle.post()).append(" }\n\n")
                .append("The assignments in the body run one after another, each seeing the values left by the ones before.");
        List<String> fixed = new ArrayList<>(puzzle.counters());
        fixed.removeAll(puzzle.assigned());
        if (!fixed.isEmpty()) {
            text.append(" The loop never changes ").append(String.join(" or ", fixed)).append('.');
        }
        text.append("\n\nProve the triple with a loop invariant I, a condition on the variables such that:\n")
                .append("1. every state satisfying the precondition satisfies I;\n")
                .append("2. from every state satisfying I and the loop condition, one pass of the body leads to a state satisfying I;\n")
                .append("3. every state satisfying I but not the loop condition satisfies the postcondition.\n")
                .append("Your invariant is checked on every starting state with ").append(String.join(", ", puzzle.counters()))
                .append(" each from 0 to ").append(COUNTER_MAX).append(" and ").append(String.join(", ", puzzle.accumulators()))
                .append(" each from 0 to ").append(ACCUMULATOR_MAX).append(" (a state after a pass may leave that range; I is")
                .append(" evaluated there all the same).\n\n")
                .append("Write I with integers, the variables, + - * and parentheses, comparisons = != < <= > >=, and & (and),")
                .append(" | (or), ! (not); & binds tighter than |. Answer with the invariant only, on one line of at most " + MAX_INVARIANT + " characters, for example:")
                .append(" (q >= 1) & (w = 2 * q + 1) | (w = 0)");
        return text.toString();
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(IntFormula.parseAssertion(puzzle.invariant()));
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        if (answer.invariant().render().length() > MAX_INVARIANT) {
            return Score.wrong("the invariant is too long (at most " + MAX_INVARIANT + " characters when written out)");
        }
        List<String> names = new ArrayList<>(puzzle.counters());
        names.addAll(puzzle.accumulators());
        for (String name : answer.invariant().variables()) {
            if (!names.contains(name)) {
                return Score.wrong("the invariant uses " + name + ", which is not a variable of the program");
            }
        }
        IntFormula pre = IntFormula.parseAssertion(puzzle.pre());
        IntFormula condition = IntFormula.parseAssertion(puzzle.condition());
        IntFormula post = IntFormula.parseAssertion(puzzle.post());
        List<IntFormula> values = puzzle.values().stream().map(IntFormula::parseNumber).toList();
        int[] limits = new int[names.size()];
        for (int k = 0; k < names.size(); k++) {
            limits[k] = k < puzzle.counters().size() ? COUNTER_MAX : ACCUMULATOR_MAX;
        }
        int[] digits = new int[names.size()];
        IntFormula invariant = answer.invariant();
        try {
            do {
                Map<String, Long> state = new TreeMap<>();
                for (int k = 0; k < names.size(); k++) {
                    state.put(names.get(k), (long) digits[k]);
                }
                boolean holds = invariant.holds(state);
                if (pre.holds(state) && !holds) {
                    return Score.wrong("condition 1 fails at " + show(state) + ": the precondition holds there but the invariant does not");
                }
                if (!holds) {
                    continue;
                }
                if (condition.holds(state)) {
                    Map<String, Long> after = new TreeMap<>(state);
                    for (int k = 0; k < values.size(); k++) {
                        after.put(puzzle.assigned().get(k), values.get(k).number(after));
                    }
                    if (!invariant.holds(after)) {
                        return Score.wrong("condition 2 fails at " + show(state) + ": one pass leads to " + show(after) + ", where the invariant is false");
                    }
                } else if (!post.holds(state)) {
                    return Score.wrong("condition 3 fails at " + show(state) + ": the invariant holds and the loop stops, but the postcondition is false");
                }
            } while (next(digits, limits));
        } catch (ArithmeticException overflow) {
            return Score.wrong("the invariant cannot be evaluated: " + overflow.getMessage());
        }
        return Score.correct("the invariant proves the triple on every state checked");
    }

    private static boolean next(int[] digits, int[] limits) {
        for (int k = digits.length - 1; k >= 0; k--) {
            if (digits[k] < limits[k]) {
                digits[k]++;
                return true;
            }
            digits[k] = 0;
        }
        return false;
    }

    private static String show(Map<String, Long> state) {
        List<String> parts = new ArrayList<>();
        state.forEach((name, value) -> parts.add(name + " = " + value));
        return String.join(", ", parts);
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<Answer> misses = new ArrayList<>();
        misses.add(new Answer(IntFormula.parseAssertion("true")));
        misses.add(new Answer(IntFormula.parseAssertion(puzzle.post())));
        IntFormula invariant = gold.invariant();
        if (invariant.op().equals("&")) {
            misses.add(new Answer(invariant.args().get(1)));
        }
        return misses.stream().filter(miss -> !check(puzzle, miss).passed()).toList();
    }

    @Override
    public double cost(Puzzle puzzle) {
        // the checker evaluates the invariant on every state of the box
        double states = Math.pow(COUNTER_MAX + 1, puzzle.counters().size()) * Math.pow(ACCUMULATOR_MAX + 1, puzzle.accumulators().size());
        return states * puzzle.invariant().length() / 1000.0;
    }
}
