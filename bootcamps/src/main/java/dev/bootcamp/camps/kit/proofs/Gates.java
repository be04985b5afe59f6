package dev.bootcamp.camps.kit.proofs;

import static java.util.Objects.requireNonNull;

import dev.bootcamp.api.AnswerFormatException;
import dev.bootcamp.verify.Answers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Gate-level circuits over named inputs, written one gate a line as {@code g3 = NAND(A, g1)}: the gates are named g1,
 * g2, ... in order, each reads inputs or earlier gates, and the last gate is the output. Gate types: NOT (one input),
 * AND, OR, NAND, NOR, XOR (two inputs). Truth tables are bit masks as in {@link Tables}.
 */
public final class Gates {
    /** The most gates a circuit may have. */
    public static final int MAX_GATES = 300;

    private Gates() {}

    /** One gate: its name, its type (upper case) and the signals it reads. */
    public record Gate(String name, String type, List<String> inputs) {
        public Gate {
            requireNonNull(name, "name is null");
            requireNonNull(type, "type is null");
            inputs = List.copyOf(inputs);
        }

        /** The gate as a line: {@code g3 = NAND(A, g1)}. */
        public String write() {
            return name + " = " + type + "(" + String.join(", ", inputs) + ")";
        }
    }

    /** The number of inputs a gate type reads, or -1 for an unknown type. */
    public static int arity(String type) {
        return switch (type) {
            case "NOT" -> 1;
            case "AND", "OR", "NAND", "NOR", "XOR" -> 2;
            default -> -1;
        };
    }

    /** The circuit as lines. */
    public static String write(List<Gate> gates) {
        StringBuilder text = new StringBuilder();
        for (Gate gate : gates) {
            text.append(text.length() == 0 ? "" : "\n").append(gate.write());
        }
        return text.toString();
    }

    /**
     * Reads a circuit: lines {@code gK = TYPE(x, y)} with K counting from 1, types among {@code types}, each input one of
     * {@code inputs} or an earlier gate. Throws {@link AnswerFormatException} naming the line.
     */
    public static List<Gate> parse(String text, List<String> types, List<String> inputs) {
        if (text.length() > 50_000) {
            throw new AnswerFormatException("the circuit is longer than 50000 characters");
        }
        List<Gate> gates = new ArrayList<>();
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (gates.size() >= MAX_GATES) {
                throw new AnswerFormatException("more than " + MAX_GATES + " gates");
            }
            String name = "g" + (gates.size() + 1);
            int equals = line.indexOf('=');
            int open = line.indexOf('(');
            if (equals < 0 || open < equals || !line.endsWith(")")) {
                throw new AnswerFormatException("expected a line such as '" + name + " = NAND(A, B)', found '" + Answers.abbreviate(line) + "'");
            }
            if (!line.substring(0, equals).strip().toLowerCase(Locale.ROOT).equals(name)) {
                throw new AnswerFormatException("expected gate " + name + " next, found '" + Answers.abbreviate(line) + "'");
            }
            String type = line.substring(equals + 1, open).strip().toUpperCase(Locale.ROOT);
            if (!types.contains(type)) {
                throw new AnswerFormatException(name + ": the gate type '" + Answers.abbreviate(type) + "' is not allowed; allowed: " + String.join(", ", types));
            }
            List<String> reads = new ArrayList<>();
            for (String part : line.substring(open + 1, line.length() - 1).split(",")) {
                String signal = part.strip();
                String gateName = signal.toLowerCase(Locale.ROOT);
                if (inputs.contains(signal)) {
                    reads.add(signal);
                } else if (gateName.startsWith("g") && gateName.length() <= 5 && gateName.substring(1).chars().allMatch(Character::isDigit)
                        && gateName.length() > 1 && Integer.parseInt(gateName.substring(1)) >= 1 && Integer.parseInt(gateName.substring(1)) <= gates.size()) {
                    reads.add("g" + Integer.parseInt(gateName.substring(1)));
                } else {
                    throw new AnswerFormatException(name + " reads '" + Answers.abbreviate(signal) + "', which is neither an input nor an earlier gate");
                }
            }
            if (reads.size() != arity(type)) {
                throw new AnswerFormatException(name + ": " + type + " takes " + arity(type) + " input(s), found " + reads.size());
            }
            gates.add(new Gate(name, type, reads));
        }
        if (gates.isEmpty()) {
            throw new AnswerFormatException("no gates found");
        }
        return gates;
    }

    /** The truth table of every gate over {@code inputs} (at most {@link Tables#MAX_VARIABLES}), in gate order. */
    public static long[] tables(List<Gate> gates, List<String> inputs) {
        Map<String, Long> signals = new HashMap<>(Tables.masks(inputs));
        long all = Tables.all(inputs.size());
        long[] tables = new long[gates.size()];
        for (int i = 0; i < gates.size(); i++) {
            Gate gate = gates.get(i);
            long a = signals.get(gate.inputs().get(0));
            long b = gate.inputs().size() > 1 ? signals.get(gate.inputs().get(1)) : 0;
            long value = switch (gate.type()) {
                case "NOT" -> ~a;
                case "AND" -> a & b;
                case "OR" -> a | b;
                case "NAND" -> ~(a & b);
                case "NOR" -> ~(a | b);
                case "XOR" -> a ^ b;
                default -> throw new IllegalArgumentException("unknown gate type " + gate.type());
            };
            tables[i] = value & all;
            signals.put(gate.name(), tables[i]);
        }
        return tables;
    }

    /** The output (last gate) table. */
    public static long output(List<Gate> gates, List<String> inputs) {
        long[] tables = tables(gates, inputs);
        return tables[tables.length - 1];
    }
}
