package dev.bootcamp.camps.logic;

import static java.util.Objects.requireNonNull;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Camp;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.NearMisses;
import dev.bootcamp.camps.kit.TruthValues;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;

/** Evaluate a Boolean circuit, given as a netlist of gates, on several input settings. */
@AutoService(Bootcamp.class)
public final class BooleanCircuitBootcamp extends Camp<BooleanCircuitBootcamp.Puzzle, BooleanCircuitBootcamp.Answer> {
    private static final List<String> TYPES = List.of("AND", "OR", "NOT", "XOR", "NAND");
    private static final int MAX_VALUES = 100;
    private static final int MAX_ATTEMPTS = 200;
    private static final int MAX_VARIED_ATTEMPTS = 5_000;

    private static final Knob<Integer> INPUTS = Knob.integer("inputs", 1, 12, 3, "number of circuit inputs");
    private static final Knob<Integer> GATES = Knob.integer("gates", 2, 60, 8, "number of gates");
    private static final Knob<Integer> OUTPUTS = Knob.integer("outputs", 1, 8, 2, "number of gates whose values are asked for");
    private static final Knob<Integer> SETTINGS = Knob.integer("settings", 1, 8, 5, "input settings to evaluate the circuit on");
    private static final Knob<Boolean> SHUFFLED = Knob.flag("shuffled", false, "list the gates in random order instead of evaluation order");
    private static final BootcampInfo INFO = BootcampInfo.builder(BooleanCircuitBootcamp.class)
            .title("Boolean circuit evaluation")
            .domain("logic")
            .tags("circuits", "evaluation", "digital-logic")
            .summary("A circuit of AND, OR, NOT, XOR and NAND gates is given as a netlist (one line per gate naming its"
                    + " inputs), with several settings of the circuit's inputs (distinct where the inputs allow); give the values"
                    + " of the listed output gates for every setting. Every"
                    + " input and every gate is used (when there are enough gates to read them all). At higher levels the"
                    + " lines are not in evaluation order, so wires must be traced. CORRECT only when every output of every"
                    + " setting is right; WRONG otherwise. Every output takes both values over the settings (redrawn"
                    + " otherwise), so no output is constant, naming the first wrong output.")
            .version(2)
            .knob(INPUTS)
            .knob(GATES)
            .knob(OUTPUTS)
            .knob(SETTINGS)
            .knob(SHUFFLED)
            .answerShape("the output values, setting by setting, as one string of 0s and 1s")
            .build();

    /** One gate: its name, type and the names of the signals (inputs or gates) it reads. */
    public record Gate(String name, String type, List<String> sources) {
        public Gate {
            requireNonNull(name, "name is null");
            requireNonNull(type, "type is null");
            sources = List.copyOf(sources);
        }
    }

    /**
     * Inputs, the input settings (each a list of values 0 or 1 per input), gates in the order listed, output gate names
     * in order, and their values setting by setting (never shown).
     */
    public record Puzzle(List<String> inputs, List<List<Integer>> settings, List<Gate> gates, List<String> outputs, String result) {
        public Puzzle {
            inputs = List.copyOf(inputs);
            settings = settings.stream().map(List::copyOf).toList();
            gates = List.copyOf(gates);
            outputs = List.copyOf(outputs);
            requireNonNull(result, "result is null");
        }
    }

    /** Output values as '1' and '0' characters, in the order of the puzzle's outputs. */
    public record Answer(String values) {
        public Answer {
            requireNonNull(values, "values is null");
        }
    }

    public BooleanCircuitBootcamp() {
        super(INFO, TruthValues.bits(MAX_VALUES).map(Answer::new, Answer::values));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(INPUTS, Draw.scale(level, 3, 7))
                .with(GATES, Draw.scale(level, 4, 28))
                .with(OUTPUTS, Draw.scale(level, 2, 5))
                .with(SHUFFLED, level >= 5);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int inputs = knobs.get(INPUTS);
        int gates = knobs.get(GATES);
        int outputs = Math.min(knobs.get(OUTPUTS), gates);
        for (int attempt = 0; ; attempt++) {
            List<List<Integer>> wiring = new ArrayList<>();
            List<String> types = new ArrayList<>();
            if (wire(inputs, gates, outputs, wiring, types, random) || attempt >= MAX_ATTEMPTS && wiring.size() == gates) {
                Puzzle puzzle = build(inputs, gates, outputs, knobs.get(SETTINGS), wiring, types, knobs.get(SHUFFLED), random);
                if (varied(puzzle) || attempt >= MAX_VARIED_ATTEMPTS) {
                    return puzzle;
                }
            }
        }
    }

    /** Whether every output takes both values over the settings (when there are two or more settings). */
    private static boolean varied(Puzzle puzzle) {
        int outputs = puzzle.outputs().size();
        int settings = puzzle.settings().size();
        for (int output = 0; output < outputs && settings > 1; output++) {
            boolean[] seen = new boolean[2];
            for (int setting = 0; setting < settings; setting++) {
                seen[puzzle.result().charAt(setting * outputs + output) - '0'] = true;
            }
            if (!seen[0] || !seen[1]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Signals are numbered inputs first, then gates in evaluation order. Each gate reads earlier signals, preferring
     * unread ones and recent ones (for depth); false when some input or non-output gate ends up unread (accepted anyway
     * after {@link #MAX_ATTEMPTS} tries, for knobs with more inputs than the gates can read).
     */
    private static boolean wire(int inputs, int gates, int outputs, List<List<Integer>> wiring, List<String> types, RandomGenerator random) {
        boolean[] read = new boolean[inputs + gates];
        for (int gate = 0; gate < gates; gate++) {
            int available = inputs + gate;
            String type = Draw.pick(TYPES, random);
            int fanIn = type.equals("NOT") || available == 1 ? 1 : 2;
            if (fanIn == 1 && !type.equals("NOT")) {
                type = "NOT";
            }
            List<Integer> sources = new ArrayList<>();
            for (int attempt = 0; sources.size() < fanIn && attempt < 20; attempt++) {
                int source = pickSource(available, read, random);
                if (!sources.contains(source)) {
                    sources.add(source);
                }
            }
            if (sources.size() < fanIn) {
                sources = List.of(sources.get(0));
                type = "NOT";
            }
            sources.forEach(source -> read[source] = true);
            wiring.add(sources);
            types.add(type);
        }
        for (int signal = 0; signal < inputs + gates - outputs; signal++) {
            if (!read[signal]) {
                return false;
            }
        }
        return true;
    }

    private static int pickSource(int available, boolean[] read, RandomGenerator random) {
        if (random.nextInt(3) > 0) {
            List<Integer> unread = new ArrayList<>();
            for (int signal = 0; signal < available; signal++) {
                if (!read[signal]) {
                    unread.add(signal);
                }
            }
            if (!unread.isEmpty()) {
                return Draw.pick(unread, random);
            }
        }
        if (random.nextBoolean()) {
            return available - 1 - random.nextInt(Math.min(3, available));
        }
        return random.nextInt(available);
    }

    private static Puzzle build(int inputs, int gates, int outputs, int runs, List<List<Integer>> wiring, List<String> types,
            boolean shuffled, RandomGenerator random) {
        List<String> names = new ArrayList<>();
        for (int input = 0; input < inputs; input++) {
            names.add(String.valueOf((char) ('A' + input)));
        }
        int[] numbers = Draw.permutation(gates, random);
        if (!shuffled) {
            numbers = IntStream.range(0, gates).toArray();
        }
        for (int gate = 0; gate < gates; gate++) {
            names.add("g" + (numbers[gate] + 1));
        }
        List<List<Integer>> settings = new ArrayList<>();
        while (settings.size() < runs) {
            List<Integer> values = new ArrayList<>();
            for (int input = 0; input < inputs; input++) {
                values.add(random.nextInt(2));
            }
            if (!settings.contains(values) || settings.size() >= 1 << inputs) {
                settings.add(values);
            }
        }
        List<Gate> listed = new ArrayList<>();
        for (int gate = 0; gate < gates; gate++) {
            listed.add(new Gate(names.get(inputs + gate), types.get(gate), wiring.get(gate).stream().map(names::get).toList()));
        }
        listed.sort(Comparator.comparingInt(gate -> Integer.parseInt(gate.name().substring(1))));
        List<String> outputNames = new ArrayList<>(names.subList(inputs + gates - outputs, inputs + gates));
        outputNames.sort(Comparator.comparingInt(name -> Integer.parseInt(name.substring(1))));
        List<String> inputNames = names.subList(0, inputs);
        return new Puzzle(inputNames, settings, listed, outputNames, evaluateAll(inputNames, settings, listed, outputNames));
    }

    private static String evaluateAll(List<String> inputs, List<List<Integer>> settings, List<Gate> gates, List<String> outputs) {
        StringBuilder result = new StringBuilder();
        settings.forEach(values -> result.append(evaluate(inputs, values, gates, outputs)));
        return result.toString();
    }

    /** Evaluates by repeated passes over the netlist until every gate is known, so listing order does not matter. */
    private static String evaluate(List<String> inputs, List<Integer> values, List<Gate> gates, List<String> outputs) {
        Map<String, Integer> known = new TreeMap<>();
        for (int i = 0; i < inputs.size(); i++) {
            known.put(inputs.get(i), values.get(i));
        }
        boolean progress = true;
        while (progress) {
            progress = false;
            for (Gate gate : gates) {
                if (!known.containsKey(gate.name()) && gate.sources().stream().allMatch(known::containsKey)) {
                    List<Integer> in = gate.sources().stream().map(known::get).toList();
                    known.put(gate.name(), apply(gate.type(), in));
                    progress = true;
                }
            }
        }
        StringBuilder result = new StringBuilder();
        outputs.forEach(output -> result.append(known.get(output)));
        return result.toString();
    }

    private static int apply(String type, List<Integer> in) {
        return switch (type) {
            case "AND" -> in.get(0) & in.get(1);
            case "OR" -> in.get(0) | in.get(1);
            case "NOT" -> 1 - in.get(0);
            case "XOR" -> in.get(0) ^ in.get(1);
            case "NAND" -> 1 - (in.get(0) & in.get(1));
            default -> throw new IllegalArgumentException("unknown gate type '" + type + "'");
        };
    }

    @Override
    public String question(Puzzle puzzle) {
        StringBuilder text = new StringBuilder();
        int gates = puzzle.gates().size();
        text.append("A logic circuit has ").append(puzzle.inputs().size() == 1 ? "one input, " : puzzle.inputs().size() + " inputs, ")
                .append(String.join(", ", puzzle.inputs())).append(", and ").append(gates).append(" gates, g1 to g").append(gates)
                .append(". Every signal is 0 or 1. The gate types are:\n")
                .append("- AND(x, y) is 1 when both x and y are 1, else 0.\n")
                .append("- OR(x, y) is 1 when at least one of x and y is 1, else 0.\n")
                .append("- NOT(x) is 1 when x is 0, and 0 when x is 1.\n")
                .append("- XOR(x, y) is 1 when exactly one of x and y is 1, else 0.\n")
                .append("- NAND(x, y) is 0 when both x and y are 1, else 1.\n\n")
                .append("The circuit, one gate per line")
                .append(puzzle.gates().equals(sortedByDependency(puzzle)) ? "" : " (not in evaluation order)")
                .append(":\n");
        for (Gate gate : puzzle.gates()) {
            text.append(gate.name()).append(" = ").append(gate.type()).append('(').append(String.join(", ", gate.sources())).append(")\n");
        }
        text.append("\nThe circuit is run on ").append(puzzle.settings().size()).append(" settings of its inputs:\n");
        for (int run = 0; run < puzzle.settings().size(); run++) {
            List<String> settings = new ArrayList<>();
            for (int i = 0; i < puzzle.inputs().size(); i++) {
                settings.add(puzzle.inputs().get(i) + " = " + puzzle.settings().get(run).get(i));
            }
            text.append("Setting ").append(run + 1).append(": ").append(String.join(", ", settings)).append('\n');
        }
        int outputs = puzzle.outputs().size();
        int digits = outputs * puzzle.settings().size();
        text.append("\nFor each setting, what are the values of ").append(String.join(", ", puzzle.outputs())).append("? Answer with")
                .append(" one string of ").append(digits).append(" digits (0 or 1): the values of ").append(String.join(", ", puzzle.outputs()))
                .append(" in this order under setting 1, then under setting 2, and so on (a space between settings is allowed).");
        return text.toString();
    }

    /** The gates if each reads only inputs and gates listed above it, else an empty list. */
    private static List<Gate> sortedByDependency(Puzzle puzzle) {
        List<String> seen = new ArrayList<>(puzzle.inputs());
        for (Gate gate : puzzle.gates()) {
            if (!seen.containsAll(gate.sources())) {
                return List.of();
            }
            seen.add(gate.name());
        }
        return puzzle.gates();
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.result());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        String expected = evaluateAll(puzzle.inputs(), puzzle.settings(), puzzle.gates(), puzzle.outputs());
        if (answer.values().length() != expected.length()) {
            return Score.wrong("expected " + expected.length() + " output values, found " + answer.values().length());
        }
        for (int i = 0; i < expected.length(); i++) {
            if (answer.values().charAt(i) != expected.charAt(i)) {
                int outputs = puzzle.outputs().size();
                return Score.wrong("under setting " + (i / outputs + 1) + ", " + puzzle.outputs().get(i % outputs) + " is " + expected.charAt(i)
                        + ", not " + answer.values().charAt(i));
            }
        }
        return Score.correct("all " + expected.length() + " outputs are right");
    }

    /** One output flipped, and all of them flipped. */
    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        return NearMisses.bits(gold.values(), random).stream().map(Answer::new).toList();
    }

    /** Gates times settings. */
    @Override
    public double cost(Puzzle puzzle) {
        return (double) puzzle.gates().size() * puzzle.settings().size();
    }
}
