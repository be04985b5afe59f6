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
        long[] registers = new long[26];
        boolean[] used = new boolean[26];
        initial.forEach((name, value) -> {
            registers[name.charAt(0) - 'a'] = value;
            used[name.charAt(0) - 'a'] = true;
        });
        int size = program.size();
        String[] ops = new String[size];
        int[] targets = new int[size];
        int[] sources = new int[size];
        long[] constants = new long[size];
        long[] tests = new long[size];
        for (int i = 0; i < size; i++) {
            String[] parts = program.get(i).split(" ");
            ops[i] = parts[0];
            targets[i] = -1;
            sources[i] = -1;
            boolean jump = parts[0].equals("jmp") || parts[0].equals("jz") || parts[0].equals("jnz");
            int operands = parts.length - 1 - (jump ? 1 : 0);
            if (operands >= 1) {
                targets[i] = Character.isLetter(parts[1].charAt(0)) ? parts[1].charAt(0) - 'a' : -1;
                constants[i] = targets[i] < 0 ? Long.parseLong(parts[1]) : 0;
                used[Math.max(0, targets[i])] |= targets[i] >= 0;
            }
            if (operands == 2) {
                sources[i] = Character.isLetter(parts[2].charAt(0)) ? parts[2].charAt(0) - 'a' : -1;
                constants[i] = sources[i] < 0 ? Long.parseLong(parts[2]) : 0;
            }
            if (jump) {
                tests[i] = constants[i];
                constants[i] = Long.parseLong(parts[parts.length - 1]);
            }
        }
        int line = 1;
        int steps = 0;
        boolean halted = true;
        while (line >= 1 && line <= size) {
            if (steps == maxSteps) {
                halted = false;
                break;
            }
            steps++;
            int at = line - 1;
            line++;
            int target = targets[at];
            long operand = sources[at] >= 0 ? registers[sources[at]] : constants[at];
            switch (ops[at]) {
                case "set" -> registers[target] = operand;
                case "add" -> registers[target] += operand;
                case "sub" -> registers[target] -= operand;
                case "mul" -> registers[target] *= operand;
                case "mod" -> registers[target] = Math.floorMod(registers[target], Math.max(1, operand));
                case "inc" -> registers[target]++;
                case "dec" -> registers[target]--;
                case "jmp" -> line = (int) constants[at];
                case "jz" -> line = (target >= 0 ? registers[target] : tests[at]) == 0 ? (int) constants[at] : line;
                case "jnz" -> line = (target >= 0 ? registers[target] : tests[at]) != 0 ? (int) constants[at] : line;
                default -> throw new IllegalArgumentException("unknown instruction " + program.get(at));
            }
            if (target >= 0 && Math.abs(registers[target]) > LIMIT) {
                halted = false;
                break;
            }
        }
        SortedMap<String, Long> values = new TreeMap<>();
        for (int r = 0; r < 26; r++) {
            if (used[r]) {
                values.put(String.valueOf((char) ('a' + r)), registers[r]);
            }
        }
        return new Run(values, steps, halted);
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
