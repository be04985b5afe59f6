package dev.bootcamp.camps.kit.machines;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A small register machine. A program is numbered lines (from 1), each one instruction; registers are lower-case
 * names holding integers, 0 unless set. Instructions: {@code set r v}, {@code add r v}, {@code sub r v}, {@code mul r v},
 * {@code mod r v} (remainder, v positive), {@code inc r}, {@code dec r}, {@code jmp k}, {@code jz v k} and
 * {@code jnz v k} (jump to line k when v is zero / not zero), where v is a register or an integer. The machine halts
 * when it moves past the last line (or jumps to a line that does not exist).
 */
public final class RegisterMachine {
    /** Values beyond this size stop a run (generators reject such programs). */
    public static final long LIMIT = 1_000_000_000L;

    private RegisterMachine() {}

    /** The end of a run: the registers, the instructions executed, and whether it halted within the step limit. */
    public record Run(SortedMap<String, Long> registers, int steps, boolean halted) {
        public Run {
            registers = new TreeMap<>(registers);
        }
    }

    /** Runs {@code program} from {@code initial} registers for at most {@code maxSteps} instructions. */
    public static Run run(List<String> program, Map<String, Long> initial, int maxSteps) {
        SortedMap<String, Long> registers = new TreeMap<>(initial);
        int line = 1;
        int steps = 0;
        while (line >= 1 && line <= program.size()) {
            if (steps == maxSteps) {
                return new Run(registers, steps, false);
            }
            steps++;
            String[] parts = program.get(line - 1).split(" ");
            line++;
            switch (parts[0]) {
                case "set" -> registers.put(parts[1], value(registers, parts[2]));
                case "add" -> registers.put(parts[1], value(registers, parts[1]) + value(registers, parts[2]));
                case "sub" -> registers.put(parts[1], value(registers, parts[1]) - value(registers, parts[2]));
                case "mul" -> registers.put(parts[1], value(registers, parts[1]) * value(registers, parts[2]));
                case "mod" -> registers.put(parts[1], Math.floorMod(value(registers, parts[1]), Math.max(1, value(registers, parts[2]))));
                case "inc" -> registers.put(parts[1], value(registers, parts[1]) + 1);
                case "dec" -> registers.put(parts[1], value(registers, parts[1]) - 1);
                case "jmp" -> line = Integer.parseInt(parts[1]);
                case "jz" -> line = value(registers, parts[1]) == 0 ? Integer.parseInt(parts[2]) : line;
                case "jnz" -> line = value(registers, parts[1]) != 0 ? Integer.parseInt(parts[2]) : line;
                default -> throw new IllegalArgumentException("unknown instruction " + program.get(line - 2));
            }
            if (registers.values().stream().anyMatch(v -> Math.abs(v) > LIMIT)) {
                return new Run(registers, steps, false);
            }
        }
        return new Run(registers, steps, true);
    }

    private static long value(Map<String, Long> registers, String operand) {
        if (Character.isLetter(operand.charAt(0))) {
            return registers.getOrDefault(operand, 0L);
        }
        return Long.parseLong(operand);
    }

    /** The program as numbered lines ("1: set a 3"). */
    public static String listing(List<String> program) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < program.size(); i++) {
            text.append(i + 1).append(": ").append(program.get(i)).append('\n');
        }
        return text.toString();
    }

    /** The rules of the instruction set, for prompts. */
    public static String rules() {
        return "Instructions (v is a register name or an integer): set r v puts v in register r; add r v, sub r v and mul r v"
                + " replace r by r + v, r - v and r * v; mod r v replaces r by the remainder of r divided by v (from 0 to"
                + " v - 1); inc r and dec r add and subtract 1; jmp k continues at line k; jz v k continues at line k if v is 0,"
                + " jnz v k if v is not 0 (otherwise the next line runs). Every register starts at 0 unless stated otherwise."
                + " The program starts at line 1, runs the lines in order, and stops after the last line.";
    }
}
