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
import dev.bootcamp.camps.kit.PropositionalFormula;
import dev.bootcamp.camps.kit.proofs.Gates;
import dev.bootcamp.camps.kit.proofs.Gates.Gate;
import dev.bootcamp.camps.kit.proofs.Prop;
import dev.bootcamp.camps.kit.proofs.PropParser;
import dev.bootcamp.camps.kit.proofs.Tables;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/** Functional completeness of NAND: build a circuit of two-input NAND gates, within a gate budget, that computes a formula. */
@AutoService(Bootcamp.class)
public final class NandCircuitBootcamp extends Camp<NandCircuitBootcamp.Puzzle, NandCircuitBootcamp.Answer> {
    private static final Knob<Integer> VARIABLES = Knob.integer("variables", 3, 5, 3, "inputs of the function");
    private static final Knob<Integer> CONNECTIVES = Knob.integer("connectives", 2, 10, 3, "binary connectives in the formula");
    private static final List<String> NAMES = List.of("A", "B", "C", "D", "E");
    private static final List<String> TYPES = List.of("NAND");
    private static final BootcampInfo INFO = BootcampInfo.builder(NandCircuitBootcamp.class)
            .title("Circuit of NAND gates for a formula")
            .domain("proofs")
            .tags("proofs", "propositional-logic", "functional-completeness", "circuits")
            .summary("A propositional formula over the inputs A, B, ... is given with a gate budget; the answer is a circuit of"
                    + " two-input NAND gates only (g1 = NAND(A, B), ...; the last gate is the output) with at most that many"
                    + " gates. It is simulated on every input row, so any circuit within budget whose output agrees with the"
                    + " formula everywhere is CORRECT; otherwise WRONG naming a row where it differs, or the excess over the"
                    + " budget. The budget is the size of a reference translation that shares repeated parts. No partial credit.")
            .knob(VARIABLES)
            .knob(CONNECTIVES)
            .version(1)
            .answerShape("NAND gates one a line, g1 = NAND(A, B), g2 = NAND(g1, C), ...; the last gate is the output")
            .severalAnswers()
            .build();

    /** The formula, its inputs, and the reference circuit (whose size is the budget). */
    public record Puzzle(String formula, List<String> inputs, List<Gate> reference) {
        public Puzzle {
            inputs = List.copyOf(inputs);
            reference = List.copyOf(reference);
        }
    }

    /** The circuit given. */
    public record Answer(List<Gate> gates) {
        public Answer {
            gates = List.copyOf(gates);
        }
    }

    public NandCircuitBootcamp() {
        super(INFO, Codec.of(answer -> Gates.write(answer.gates()), text -> new Answer(Gates.parse(text, TYPES, NAMES))));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(VARIABLES, level <= 3 ? 3 : level <= 7 ? 4 : 5)
                .with(CONNECTIVES, Draw.scale(level, 3, 10));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int variables = knobs.get(VARIABLES);
        List<String> names = NAMES.subList(0, variables);
        while (true) {
            PropositionalFormula drawn = PropositionalFormula.random(variables, Math.max(knobs.get(CONNECTIVES), variables - 1), 0.25, random);
            if (drawn.hasRedundancy() || drawn.hasConstantPart(variables) || !everyInputMatters(drawn, variables)) {
                continue;
            }
            Prop formula = Prop.from(drawn, names);
            List<Gate> reference = new Translation().circuit(formula);
            if (reference != null) {
                return new Puzzle(formula.toString(), names, reference);
            }
        }
    }

    private static boolean everyInputMatters(PropositionalFormula formula, int variables) {
        long table = formula.table(variables);
        for (int i = 0; i < variables; i++) {
            int shift = 1 << (variables - 1 - i);
            long low = 0;
            long high = 0;
            for (int row = 0; row < 1 << variables; row++) {
                if ((row & shift) == 0) {
                    low |= (table >> row & 1) << row;
                    high |= (table >> (row | shift) & 1) << row;
                }
            }
            if (low == high) {
                return false;
            }
        }
        return true;
    }

    /** The standard NAND translation, sharing equal subformulas and negations. */
    private static final class Translation {
        private final List<Gate> gates = new ArrayList<>();
        private final Map<String, String> built = new HashMap<>();
        private final Map<String, String> negation = new HashMap<>();

        List<Gate> circuit(Prop formula) {
            String output = signal(formula);
            return output.startsWith("g") && output.equals(gates.get(gates.size() - 1).name()) ? gates : null;
        }

        private String nand(String a, String b) {
            String key = a.compareTo(b) <= 0 ? a + "," + b : b + "," + a;
            String found = built.get(key);
            if (found != null) {
                return found;
            }
            String name = "g" + (gates.size() + 1);
            gates.add(new Gate(name, "NAND", List.of(a, b)));
            built.put(key, name);
            if (a.equals(b)) {
                negation.put(name, a);
            }
            return name;
        }

        private String not(String a) {
            String inner = negation.get(a);
            if (inner != null) {
                return inner;
            }
            String name = nand(a, a);
            negation.put(a, name);
            return name;
        }

        private String signal(Prop formula) {
            return switch (formula.op()) {
                case "var" -> formula.name();
                case "not" -> not(signal(formula.left()));
                case "and" -> not(nand(signal(formula.left()), signal(formula.right())));
                case "or" -> nand(not(signal(formula.left())), not(signal(formula.right())));
                case "implies" -> nand(signal(formula.left()), not(signal(formula.right())));
                case "iff" -> {
                    String a = signal(formula.left());
                    String b = signal(formula.right());
                    yield nand(nand(a, b), nand(not(a), not(b)));
                }
                default -> throw new IllegalArgumentException("no NAND translation for " + formula.op());
            };
        }
    }

    @Override
    public String question(Puzzle puzzle) {
        List<String> inputs = puzzle.inputs();
        return "Build a logic circuit from NAND gates alone. A NAND gate has two inputs and outputs 0 exactly when both inputs"
                + " are 1 (otherwise 1); both inputs of a gate may be the same signal. The circuit has the inputs "
                + String.join(", ", inputs) + " and must output, for every one of the " + (1 << inputs.size())
                + " settings of the inputs (1 for true, 0 for false), the value of\n\n  " + puzzle.formula() + "\n\n"
                + "where ¬ is not, ∧ and, ∨ or, → implies (false only when the left side is true and the right side false) and ↔"
                + " is true when both sides agree. Use at most " + puzzle.reference().size() + " gates. Write one gate per line,"
                + " named g1, g2, g3, ... in order, as \"gK = NAND(x, y)\" where x and y are inputs or gates named on earlier"
                + " lines; no constants and no other gate types. The last gate is the circuit's output. For example (format"
                + " only), \"g1 = NAND(" + inputs.get(0) + ", " + inputs.get(1) + ")\" then \"g2 = NAND(g1, g1)\" is a two-gate"
                + " circuit. Any circuit within the budget that always agrees with the formula is accepted.";
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.reference());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        List<String> inputs = puzzle.inputs();
        for (Gate gate : answer.gates()) {
            for (String signal : gate.inputs()) {
                if (!signal.startsWith("g") && !inputs.contains(signal)) {
                    return Score.wrong(gate.name() + " reads " + signal + ", which is not an input of this circuit");
                }
            }
        }
        long want = Tables.table(PropParser.parse(puzzle.formula()), inputs);
        long got = Gates.output(answer.gates(), inputs);
        if (got != want) {
            int row = Long.numberOfTrailingZeros(got ^ want);
            List<String> values = new ArrayList<>();
            for (int i = 0; i < inputs.size(); i++) {
                values.add(inputs.get(i) + "=" + (Tables.bit(row, i, inputs.size()) ? 1 : 0));
            }
            return Score.wrong("at " + String.join(" ", values) + " the circuit outputs " + (got >> row & 1) + " but the formula is " + (want >> row & 1));
        }
        if (answer.gates().size() > puzzle.reference().size()) {
            return Score.wrong("the circuit is right but has " + answer.gates().size() + " gates, over the budget of " + puzzle.reference().size());
        }
        return Score.correct("a correct NAND circuit of " + answer.gates().size() + " gates");
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<Gate> gates = gold.gates();
        List<Answer> misses = new ArrayList<>();
        String last = gates.get(gates.size() - 1).name();
        List<Gate> negated = new ArrayList<>(gates);
        negated.add(new Gate("g" + (gates.size() + 1), "NAND", List.of(last, last)));
        misses.add(new Answer(negated));
        List<Gate> padded = new ArrayList<>(negated);
        padded.add(new Gate("g" + (gates.size() + 2), "NAND", List.of(padded.get(padded.size() - 1).name(), padded.get(padded.size() - 1).name())));
        misses.add(new Answer(padded));
        return misses;
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.reference().size() * (double) (1 << puzzle.inputs().size());
    }
}
