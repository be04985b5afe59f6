package dev.bootcamp.camps.kit.machines;

import dev.bootcamp.camps.kit.Draw;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** Random {@link RegisterMachine} programs with counted loops (which always end) over a few data registers. */
public final class RegisterPrograms {
    private static final List<String> COUNTERS = List.of("i", "j", "k");

    private RegisterPrograms() {}

    /**
     * A program that first sets each data register to a small number, then runs {@code blocks} blocks, each a plain
     * instruction or (with loops allowed, up to {@code depth} nested) a loop repeated 2..{@code times} times.
     */
    public static List<String> random(List<String> data, int blocks, int depth, int times, RandomGenerator random) {
        List<String> program = new ArrayList<>();
        for (String register : data) {
            if (random.nextInt(4) > 0) {
                program.add("set " + register + " " + Draw.between(1, 9, random));
            }
        }
        for (int b = 0; b < blocks; b++) {
            if (depth > 0 && random.nextInt(3) > 0) {
                loop(program, data, depth, 0, times, random);
            } else {
                program.add(plain(data, false, random));
            }
        }
        return program;
    }

    /** A counted loop: {@code set c n}, a body, {@code dec c}, {@code jnz c body}. */
    private static void loop(List<String> program, List<String> data, int depth, int level, int times, RandomGenerator random) {
        String counter = COUNTERS.get(level);
        program.add("set " + counter + " " + Draw.between(2, times, random));
        int start = program.size() + 1;
        int parts = Draw.between(1, 3, random);
        for (int p = 0; p < parts; p++) {
            if (level + 1 < depth && random.nextInt(3) == 0) {
                loop(program, data, depth, level + 1, times, random);
            } else {
                program.add(plain(data, true, random));
            }
        }
        program.add("dec " + counter);
        program.add("jnz " + counter + " " + start);
    }

    /** One arithmetic instruction on the data registers (no multiplication inside loops, to keep values small). */
    public static String plain(List<String> data, boolean inLoop, RandomGenerator random) {
        String target = Draw.pick(data, random);
        String source = random.nextBoolean() ? Draw.pick(data, random) : String.valueOf(Draw.between(1, 9, random));
        return switch (random.nextInt(inLoop ? 4 : 5)) {
            case 0, 1 -> "add " + target + " " + source;
            case 2 -> "sub " + target + " " + source;
            case 3 -> random.nextBoolean() ? "inc " + target : "dec " + target;
            default -> "mul " + target + " " + Draw.between(2, 3, random);
        };
    }
}
