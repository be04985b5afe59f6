package dev.bootcamp.camps.proofs;

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
import dev.bootcamp.camps.kit.proofs.Gates;
import dev.bootcamp.camps.kit.proofs.Gates.Gate;
import dev.bootcamp.camps.kit.proofs.Tables;
import dev.bootcamp.verify.Answers;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.random.RandomGenerator;

/** Two circuits that look alike: list every input setting on which their outputs differ. */
@AutoService(Bootcamp.class)
public final class CircuitDifferenceBootcamp extends Camp<CircuitDifferenceBootcamp.Puzzle, CircuitDifferenceBootcamp.Answer> {
    private static final Knob<Integer> INPUTS = Knob.integer("inputs", 3, 6, 4, "inputs shared by the two circuits");
    private static final Knob<Integer> GATES = Knob.integer("gates", 3, 30, 6, "gates in each circuit");
    private static final Knob<Integer> MAX_DIFFERENCES = Knob.integer("max-differences", 1, 4, 3, "most input settings on which the circuits differ");
    private static final List<String> NAMES = List.of("A", "B", "C", "D", "E", "F");
    private static final List<String> TWO = List.of("AND", "OR", "NAND", "NOR", "XOR");
    private static final BootcampInfo INFO = BootcampInfo.builder(CircuitDifferenceBootcamp.class)
            .title("Input settings on which two circuits disagree")
            .domain("proofs")
            .tags("proofs", "circuits", "equivalence-checking", "propositional-logic")
            .summary("Two gate-level circuits over the same inputs are given; they are identical except for one gate, and"
                    + " disagree on between one and a few input settings. The answer lists every setting (a bit string in input"
                    + " order) on which their outputs differ; it is compared as a set with the settings found by simulating both"
                    + " circuits on all rows. CORRECT only for the exact set; a missing or extra setting is WRONG and named. No"
                    + " partial credit.")
            .knob(INPUTS)
            .knob(GATES)
            .knob(MAX_DIFFERENCES)
            .version(1)
            .answerShape("the differing input settings as bit strings separated by commas, such as 0110, 1011")
            .build();

    /** The inputs and the two circuits (each output is its last gate). */
    public record Puzzle(List<String> inputs, List<Gate> first, List<Gate> second) {
        public Puzzle {
            inputs = List.copyOf(inputs);
            first = List.copyOf(first);
            second = List.copyOf(second);
        }
    }

    /** The differing settings as bit strings, sorted. */
    public record Answer(List<String> settings) {
        public Answer {
            settings = List.copyOf(new TreeSet<>(settings));
        }
    }

    public CircuitDifferenceBootcamp() {
        super(INFO, Codec.of(answer -> String.join(", ", answer.settings()), CircuitDifferenceBootcamp::read));
    }

    private static Answer read(String text) {
        List<String> settings = Answers.list(text, token -> {
            if (token.isEmpty() || token.length() > NAMES.size() || !token.chars().allMatch(c -> c == '0' || c == '1')) {
                throw new AnswerFormatException("expected a bit string such as 0110, found '" + Answers.abbreviate(token) + "'");
            }
            return token;
        });
        if (settings.isEmpty()) {
            throw new AnswerFormatException("no input settings found");
        }
        return new Answer(settings);
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(INPUTS, level <= 4 ? 5 : 6)
                .with(GATES, Draw.scale(level, 4, 26))
                .with(MAX_DIFFERENCES, level <= 3 ? 3 : level <= 6 ? 2 : 1);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        List<String> inputs = NAMES.subList(0, knobs.get(INPUTS));
        int size = knobs.get(GATES);
        long all = Tables.all(inputs.size());
        Puzzle best = null;
        int bestCount = Integer.MAX_VALUE;
        // Small circuits over many inputs cannot always differ on so few settings: after enough tries, take the closest.
        for (int tries = 0; best == null || tries < 400; tries++) {
            List<Gate> first = circuit(inputs, size, random);
            long output = Gates.output(first, inputs);
            if (output == 0 || output == all) {
                continue;
            }
            for (int attempt = 0; attempt < 30; attempt++) {
                List<Gate> second = mutate(first, inputs, random);
                int count = Long.bitCount(output ^ Gates.output(second, inputs));
                if (count == 0 || count >= bestCount) {
                    continue;
                }
                best = new Puzzle(inputs, first, second);
                bestCount = count;
                if (count <= knobs.get(MAX_DIFFERENCES)) {
                    return best;
                }
            }
        }
        return best;
    }

    /** A random circuit whose gates read mostly recent signals, so the output depends on most of it. */
    private static List<Gate> circuit(List<String> inputs, int size, RandomGenerator random) {
        List<Gate> gates = new ArrayList<>();
        List<String> signals = new ArrayList<>(inputs);
        Draw.shuffle(signals, random);
        for (int i = 0; i < size; i++) {
            String name = "g" + (i + 1);
            String a = recent(signals, random);
            if (random.nextInt(6) == 0) {
                gates.add(new Gate(name, "NOT", List.of(a)));
            } else {
                String b = recent(signals, random);
                while (b.equals(a)) {
                    b = Draw.pick(signals, random);
                }
                gates.add(new Gate(name, Draw.pick(TWO, random), List.of(a, b)));
            }
            signals.add(name);
        }
        return gates;
    }

    private static String recent(List<String> signals, RandomGenerator random) {
        int window = Math.min(signals.size(), 5);
        return random.nextInt(3) == 0 ? Draw.pick(signals, random) : signals.get(signals.size() - 1 - random.nextInt(window));
    }

    /** The circuit with one gate's type or one of its inputs changed. */
    private static List<Gate> mutate(List<Gate> gates, List<String> inputs, RandomGenerator random) {
        List<Gate> changed = new ArrayList<>(gates);
        int at = random.nextInt(gates.size());
        Gate gate = gates.get(at);
        if (gate.type().equals("NOT") || random.nextBoolean()) {
            List<String> reads = new ArrayList<>(gate.inputs());
            int which = random.nextInt(reads.size());
            List<String> signals = new ArrayList<>(inputs);
            for (int i = 0; i < at; i++) {
                signals.add(gates.get(i).name());
            }
            reads.set(which, Draw.pick(signals, random));
            changed.set(at, new Gate(gate.name(), gate.type(), reads));
        } else {
            changed.set(at, new Gate(gate.name(), Draw.pick(TWO, random), gate.inputs()));
        }
        return changed;
    }

    @Override
    public String question(Puzzle puzzle) {
        int rows = 1 << puzzle.inputs().size();
        return "Two circuits read the same inputs " + String.join(", ", puzzle.inputs()) + " (each 0 or 1). Each line defines a"
                + " gate from inputs or earlier gates of the same circuit; the last gate of a circuit is its output. Gate"
                + " meanings: NOT flips its input; AND gives 1 only for 1 and 1; OR gives 0 only for 0 and 0; NAND is the"
                + " opposite of AND; NOR is the opposite of OR; XOR gives 1 when its two inputs differ.\n\nCircuit one:\n"
                + Gates.write(puzzle.first()) + "\n\nCircuit two:\n" + Gates.write(puzzle.second()) + "\n\n"
                + "The circuits differ in a single gate, and their outputs disagree on at least one of the " + rows
                + " input settings. Find every setting where the two outputs disagree. Write each setting as a string of "
                + puzzle.inputs().size() + " bits giving " + String.join(", ", puzzle.inputs()) + " in that order, and separate"
                + " the settings with commas (for instance \"" + example(puzzle.inputs().size()) + "\" shows the format with"
                + " more settings than any answer here has). The list must hold exactly the disagreeing settings.";
    }

    private static String example(int n) {
        List<String> settings = new ArrayList<>();
        for (String pattern : List.of("0", "1", "01", "10", "0011")) {
            settings.add(pattern.repeat(n).substring(0, n));
        }
        return String.join(", ", settings);
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        int n = puzzle.inputs().size();
        long differ = Gates.output(puzzle.first(), puzzle.inputs()) ^ Gates.output(puzzle.second(), puzzle.inputs());
        List<String> settings = new ArrayList<>();
        for (int row = 0; row < 1 << n; row++) {
            if ((differ >> row & 1) == 1) {
                StringBuilder bits = new StringBuilder();
                for (int i = 0; i < n; i++) {
                    bits.append(row >> (n - 1 - i) & 1);
                }
                settings.add(bits.toString());
            }
        }
        return new Answer(settings);
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        for (String setting : answer.settings()) {
            if (setting.length() != puzzle.inputs().size()) {
                return Score.wrong("'" + setting + "' does not have " + puzzle.inputs().size() + " bits");
            }
        }
        List<String> gold = solve(puzzle).settings();
        for (String setting : gold) {
            if (!answer.settings().contains(setting)) {
                return Score.wrong("the outputs also disagree on " + setting);
            }
        }
        for (String setting : answer.settings()) {
            if (!gold.contains(setting)) {
                return Score.wrong("the outputs agree on " + setting);
            }
        }
        return Score.correct("exactly the " + gold.size() + " disagreeing setting(s)");
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<Answer> misses = new ArrayList<>();
        String first = gold.settings().get(0);
        String flipped = (first.charAt(0) == '0' ? "1" : "0") + first.substring(1);
        List<String> changed = new ArrayList<>(gold.settings());
        changed.set(0, flipped);
        if (!gold.settings().contains(flipped)) {
            misses.add(new Answer(changed));
        }
        List<String> more = new ArrayList<>(gold.settings());
        more.add(flipped);
        if (!gold.settings().contains(flipped)) {
            misses.add(new Answer(more));
        }
        return misses;
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.first().size() * (double) (1 << puzzle.inputs().size());
    }
}
