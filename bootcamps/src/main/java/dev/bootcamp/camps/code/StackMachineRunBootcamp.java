package dev.bootcamp.camps.code;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Camp;
import dev.bootcamp.camps.kit.Codecs;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.ListCodecs;
import dev.bootcamp.camps.kit.machines.RegisterMachine;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.random.RandomGenerator;

/** The final stack of a stack-machine program with jumps and counted loops. */
@AutoService(Bootcamp.class)
public final class StackMachineRunBootcamp extends Camp<StackMachineRunBootcamp.Puzzle, StackMachineRunBootcamp.Answer> {
    private static final Knob<Integer> LENGTH = Knob.integer("length", 3, 30, 6, "straight-line instructions around the loops");
    private static final Knob<Integer> LOOPS = Knob.integer("loops", 0, 3, 0, "counted loops");
    private static final Knob<Integer> TIMES = Knob.integer("times", 2, 8, 3, "most repetitions of a loop");
    private static final int MAX_STEPS = 5_000;
    private static final BootcampInfo INFO = BootcampInfo.builder(StackMachineRunBootcamp.class)
            .title("Stack machine run")
            .domain("code")
            .tags("code", "stack-machine", "tracing", "loops")
            .summary("A numbered program for a stack machine (push, pop, dup, swap, over, add, sub, mul, jz, jmp) whose loops"
                    + " keep a counter on the stack: give the final stack from bottom to top. Exact list; no partial credit.")
            .knob(LENGTH)
            .knob(LOOPS)
            .knob(TIMES)
            .version(1)
            .answerShape("the numbers on the final stack, bottom first, separated by spaces")
            .build();

    /** The program, the final stack and the instructions executed (never shown). */
    public record Puzzle(List<String> program, List<Long> stack, int steps) {
        public Puzzle {
            program = List.copyOf(program);
            stack = List.copyOf(stack);
        }
    }

    /** The stack, bottom first. */
    public record Answer(List<Long> stack) {
        public Answer {
            stack = List.copyOf(stack);
        }
    }

    public StackMachineRunBootcamp() {
        super(INFO, ListCodecs.nonEmpty(Codecs.list(Codecs.longValue(), " "), "numbers").map(Answer::new, Answer::stack));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(LENGTH, Draw.scale(level, 4, 14))
                .with(LOOPS, level <= 2 ? 0 : level <= 6 ? 1 : 2)
                .with(TIMES, Draw.scale(level, 2, 6));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        while (true) {
            List<String> program = new ArrayList<>();
            int[] depth = {0};
            int loops = knobs.get(LOOPS);
            int length = knobs.get(LENGTH);
            for (int part = 0; part <= loops; part++) {
                for (int i = 0; i < length / (loops + 1) + (part == 0 ? length % (loops + 1) : 0); i++) {
                    program.add(plain(depth, random));
                }
                if (part < loops) {
                    loop(program, depth, knobs.get(TIMES), random);
                }
            }
            List<Long> stack = new ArrayList<>();
            int steps = run(program, stack);
            if (steps > 0 && stack.size() >= 2 && stack.stream().allMatch(v -> Math.abs(v) <= 100_000)) {
                return new Puzzle(program, stack, steps);
            }
        }
    }

    private static String plain(int[] depth, RandomGenerator random) {
        List<String> options = new ArrayList<>(List.of("push " + Draw.between(1, 9, random)));
        if (depth[0] >= 1) {
            options.add("dup");
        }
        if (depth[0] >= 2) {
            options.addAll(List.of("swap", "over", "add", "add", "sub", "mul"));
        }
        if (depth[0] >= 4) {
            options.add("pop");
        }
        String op = Draw.pick(options, random);
        depth[0] += switch (op.split(" ")[0]) {
            case "push", "dup", "over" -> 1;
            case "add", "sub", "mul", "pop" -> -1;
            default -> 0;
        };
        return op;
    }

    /** A loop with the counter on top of the stack and the value it changes just below it. */
    private static void loop(List<String> program, int[] depth, int times, RandomGenerator random) {
        if (depth[0] == 0) {
            program.add("push " + Draw.between(1, 9, random));
            depth[0]++;
        }
        program.add("push " + Draw.between(2, times, random));
        int top = program.size() + 1;
        program.add("dup");
        int exit = program.size();
        program.add("jz END");
        program.add("swap");
        int body = Draw.between(1, 2, random);
        for (int i = 0; i < body; i++) {
            switch (random.nextInt(4)) {
                case 0 -> program.addAll(List.of("push " + Draw.between(1, 9, random), "add"));
                case 1 -> program.addAll(List.of("push " + Draw.between(1, 5, random), "sub"));
                case 2 -> program.addAll(List.of("dup", "add"));
                default -> program.addAll(List.of("push 2", "mul"));
            }
        }
        program.add("swap");
        program.add("push 1");
        program.add("sub");
        program.add("jmp " + top);
        program.add("pop");
        program.set(exit, "jz " + program.size());
    }

    /** Runs the program on {@code stack}; the steps taken, or -1 on an error, a value out of range or too many steps. */
    static int run(List<String> program, List<Long> stack) {
        int line = 1;
        int steps = 0;
        while (line >= 1 && line <= program.size()) {
            if (++steps > MAX_STEPS) {
                return -1;
            }
            String[] parts = program.get(line - 1).split(" ");
            line++;
            int need = switch (parts[0]) {
                case "push", "jmp" -> 0;
                case "pop", "dup", "jz" -> 1;
                default -> 2;
            };
            if (stack.size() < need) {
                return -1;
            }
            int size = stack.size();
            switch (parts[0]) {
                case "push" -> stack.add(Long.parseLong(parts[1]));
                case "pop" -> stack.remove(size - 1);
                case "dup" -> stack.add(stack.get(size - 1));
                case "over" -> stack.add(stack.get(size - 2));
                case "swap" -> stack.add(stack.remove(size - 2));
                case "add" -> stack.add(stack.remove(size - 2) + stack.remove(size - 2));
                case "sub" -> {
                    long top = stack.remove(size - 1);
                    stack.add(stack.remove(size - 2) - top);
                }
                case "mul" -> stack.add(stack.remove(size - 2) * stack.remove(size - 2));
                case "jz" -> line = stack.remove(size - 1) == 0 ? Integer.parseInt(parts[1]) : line;
                case "jmp" -> line = Integer.parseInt(parts[1]);
                default -> throw new IllegalArgumentException("unknown instruction " + parts[0]);
            }
            if (!stack.isEmpty() && Math.abs(stack.get(stack.size() - 1)) > RegisterMachine.LIMIT) {
                return -1;
            }
        }
        return steps;
    }

    @Override
    public String question(Puzzle puzzle) {
        StringBuilder text = new StringBuilder("Run this program on a stack machine whose stack starts empty. Instructions: push n puts")
                .append(" n on top; pop removes the top; dup pushes a copy of the top; over pushes a copy of the value just below")
                .append(" the top; swap exchanges the top two values; add, sub and mul remove the top value t and the value s")
                .append(" below it and push s + t, s - t or s * t; jz k removes the top value and continues at line k if it was")
                .append(" 0; jmp k continues at line k. Lines run in order from line 1; the program stops after its last line.\n\nProgram:\n");
        for (int i = 0; i < puzzle.program().size(); i++) {
            text.append(i + 1).append(": ").append(puzzle.program().get(i)).append('\n');
        }
        text.append("\nGive the stack when the program stops, from the bottom value to the top value, separated by spaces (like: 4 -2 9).");
        return text.toString();
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.stack());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        if (answer.stack().size() != puzzle.stack().size()) {
            return Score.wrong("the final stack holds " + puzzle.stack().size() + " values, not " + answer.stack().size());
        }
        for (int i = 0; i < answer.stack().size(); i++) {
            if (!answer.stack().get(i).equals(puzzle.stack().get(i))) {
                return Score.wrong("value " + (i + 1) + " from the bottom is wrong");
            }
        }
        return Score.correct("the final stack is right");
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<Answer> misses = new ArrayList<>();
        List<Long> reversed = new ArrayList<>(gold.stack());
        Collections.reverse(reversed);
        if (!reversed.equals(gold.stack())) {
            misses.add(new Answer(reversed));
        }
        List<Long> changed = new ArrayList<>(gold.stack());
        changed.set(changed.size() - 1, changed.get(changed.size() - 1) + 1);
        misses.add(new Answer(changed));
        misses.add(new Answer(gold.stack().subList(0, gold.stack().size() - 1)));
        return misses;
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.steps();
    }
}
