package dev.bootcamp.camps.proofs;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Camp;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.formal.Formula;
import dev.bootcamp.camps.kit.formal.Positions;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** Linear temporal logic on a finite trace: every position at which a formula holds. */
@AutoService(Bootcamp.class)
public final class LtlTracePositionsBootcamp extends Camp<LtlTracePositionsBootcamp.Puzzle, List<Integer>> {
    private static final Knob<Integer> LENGTH = Knob.integer("length", 4, 30, 8, "positions in the trace");
    private static final Knob<Integer> OPERATORS = Knob.integer("operators", 1, 14, 3, "operators in the formula");
    private static final Knob<Integer> ATOMS = Knob.integer("atoms", 1, 3, 2, "proposition letters p, q, r used");
    private static final BootcampInfo INFO = BootcampInfo.builder(LtlTracePositionsBootcamp.class)
            .title("LTL formula on a finite trace")
            .domain("proofs")
            .tags("temporal-logic", "ltl", "model-checking", "traces")
            .summary("A finite trace lists which letters are true at each time step 1..n; a linear temporal logic formula"
                    + " uses X (next), F (eventually), G (always), U (until) and the Boolean connectives, with finite-trace"
                    + " meaning (X fails at the last step; F, G and U look only at steps up to n). List every step from which"
                    + " the formula holds. The set must be exact; it always has two or more members, misses two or more"
                    + " steps and is not one unbroken run, so a constant answer earns nothing. No partial credit.")
            .knob(LENGTH)
            .knob(OPERATORS)
            .knob(ATOMS)
            .version(1)
            .answerShape("the step numbers where the formula holds, such as 2, 5, 6")
            .build();
    private static final List<String> LETTERS = List.of("p", "q", "r");

    /** Steps 0..n-1 (written 1..n) with their true letters as bit masks, the formula, and where it holds. */
    public record Puzzle(List<Integer> letters, Formula formula, long holds) {
        public Puzzle {
            letters = List.copyOf(letters);
        }
    }

    public LtlTracePositionsBootcamp() {
        super(INFO, Positions.codec("", 1));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(LENGTH, Draw.scale(level, 8, 18))
                .with(OPERATORS, Draw.scale(level, 2, 9))
                .with(ATOMS, Draw.scale(level, 2, 3));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int length = knobs.get(LENGTH);
        List<String> atoms = LETTERS.subList(0, knobs.get(ATOMS));
        while (true) {
            List<Integer> letters = new ArrayList<>();
            for (int step = 0; step < length; step++) {
                letters.add(random.nextInt(1 << atoms.size()));
            }
            Formula formula = Formula.random(knobs.get(OPERATORS), atoms, List.of("~", "X", "F", "G"), List.of("&", "|", "->", "U", "U"), 0.4, random);
            String text = formula.render();
            if (!text.contains("X") && !text.contains("F") && !text.contains("G") && !text.contains("U")) {
                continue;
            }
            boolean[] holds = evaluate(formula, letters);
            long mask = 0;
            for (int step = 0; step < length; step++) {
                mask |= holds[step] ? 1L << step : 0;
            }
            int count = Long.bitCount(mask);
            int changes = Long.bitCount((mask ^ mask >>> 1) & (1L << length - 1) - 1);
            if (count >= 2 && count <= length - 2 && changes >= Math.min(3, length - 3)) {
                return new Puzzle(letters, formula, mask);
            }
        }
    }

    /** The truth of the formula at each step, with the finite-trace meaning of the temporal operators. */
    static boolean[] evaluate(Formula formula, List<Integer> letters) {
        int n = letters.size();
        boolean[] value = new boolean[n];
        switch (formula.operator()) {
            case "atom" -> {
                int letter = LETTERS.indexOf(formula.atom());
                for (int step = 0; step < n; step++) {
                    value[step] = (letters.get(step) >>> letter & 1) == 1;
                }
            }
            case "~", "X", "F", "G" -> {
                boolean[] inner = evaluate(formula.operands().get(0), letters);
                for (int step = n - 1; step >= 0; step--) {
                    boolean later = step + 1 < n;
                    value[step] = switch (formula.operator()) {
                        case "~" -> !inner[step];
                        case "X" -> later && inner[step + 1];
                        case "F" -> inner[step] || later && value[step + 1];
                        default -> inner[step] && (!later || value[step + 1]);
                    };
                }
            }
            default -> {
                boolean[] left = evaluate(formula.operands().get(0), letters);
                boolean[] right = evaluate(formula.operands().get(1), letters);
                for (int step = n - 1; step >= 0; step--) {
                    value[step] = switch (formula.operator()) {
                        case "&" -> left[step] && right[step];
                        case "|" -> left[step] || right[step];
                        case "->" -> !left[step] || right[step];
                        default -> right[step] || left[step] && step + 1 < n && value[step + 1];
                    };
                }
            }
        }
        return value;
    }

    @Override
    public String question(Puzzle puzzle) {
        StringBuilder text = new StringBuilder();
        int n = puzzle.letters().size();
        text.append("A system was observed for ").append(n).append(" time steps. At each step some proposition letters were")
                .append(" true; every letter not listed was false.\n\n");
        for (int step = 0; step < n; step++) {
            List<String> truth = Positions.of(puzzle.letters().get(step)).stream().map(LETTERS::get).toList();
            text.append("step ").append(step + 1).append(": ").append(truth.isEmpty() ? "(nothing)" : String.join(" ", truth)).append('\n');
        }
        text.append("\nA formula is evaluated from a step i, looking only at steps i to ").append(n).append(" (the trace ends")
                .append(" there):\n- a letter holds from i when it is true at step i;\n- ~A, (A & B), (A | B) and (A -> B) are")
                .append(" not, and, or and implies, evaluated at step i;\n- X A (next) holds from i when there is a step i+1 and A")
                .append(" holds from it, so it fails at the last step;\n- F A (eventually) holds from i when A holds from some")
                .append(" step j >= i;\n- G A (always) holds from i when A holds from every step j >= i up to the last;\n- (A U B)")
                .append(" (until) holds from i when B holds from some step j >= i and A holds from every step k with i <= k < j.\n\n")
                .append("Formula: ").append(puzzle.formula().render()).append("\n\nList every step number from which the formula")
                .append(" holds, separated by commas or spaces (for example: 3 4 9).");
        return text.toString();
    }

    @Override
    public List<Integer> solve(Puzzle puzzle) {
        return Positions.of(puzzle.holds());
    }

    @Override
    public Score check(Puzzle puzzle, List<Integer> answer) {
        long given = 0;
        for (int step : answer) {
            if (step < 0 || step >= puzzle.letters().size()) {
                return Score.wrong("there is no step " + (step + 1));
            }
            given |= 1L << step;
        }
        if (given == puzzle.holds()) {
            return Score.correct("exactly the steps from which the formula holds");
        }
        long missing = puzzle.holds() & ~given;
        return Score.wrong(missing != 0 ? "the formula also holds from step " + (Long.numberOfTrailingZeros(missing) + 1)
                : "the formula fails from step " + (Long.numberOfTrailingZeros(given & ~puzzle.holds()) + 1));
    }

    @Override
    public List<List<Integer>> nearMisses(Puzzle puzzle, List<Integer> gold, RandomGenerator random) {
        List<List<Integer>> misses = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            misses.add(Positions.of(puzzle.holds() ^ 1L << random.nextInt(puzzle.letters().size())));
        }
        misses.add(Positions.of((1L << puzzle.letters().size()) - 1 & ~puzzle.holds()));
        return misses;
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.letters().size() * (1 + puzzle.formula().size());
    }
}
