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
import dev.bootcamp.camps.kit.machines.RegisterMachine;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/** An input for a register program that makes it stop with a given output: a witness checked by running the program. */
@AutoService(Bootcamp.class)
public final class RegisterInputSearchBootcamp extends Camp<RegisterInputSearchBootcamp.Puzzle, RegisterInputSearchBootcamp.Answer> {
    private static final Knob<Integer> RANGE = Knob.integer("range", 5, 250, 80, "the input x is one of 0..range");
    private static final Knob<Integer> BODY = Knob.integer("body", 1, 6, 2, "instructions in the loop body besides the reductions");
    private static final Knob<Integer> MODULUS_ROOM = Knob.integer("modulus-room", 0, 100, 30, "percent by which the modulus exceeds the range");
    private static final BootcampInfo INFO = BootcampInfo.builder(RegisterInputSearchBootcamp.class)
            .title("Register program input search")
            .domain("code")
            .tags("code", "register-machine", "witness", "inverse")
            .summary("A register-machine program that loops x times (x the input register) and stops with a value in"
                    + " register y, and a target output: give an input x in 0..range for which y ends equal to the target."
                    + " Any such x is CORRECT, checked by running the program (step-bounded); generated so that exactly one"
                    + " input works. No partial credit.")
            .knob(RANGE)
            .knob(BODY)
            .knob(MODULUS_ROOM)
            .version(1)
            .answerShape("one whole number x")
            .severalAnswers()
            .build();

    /** The program, the input range, the target, one input that reaches it, and the run's steps (never shown). */
    public record Puzzle(List<String> program, int range, long target, int input, int steps) {
        public Puzzle {
            program = List.copyOf(program);
        }
    }

    /** The input given. */
    public record Answer(long input) {}

    public RegisterInputSearchBootcamp() {
        super(INFO, Codecs.longValue().map(Answer::new, Answer::input));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(RANGE, Draw.scale(level, 80, 200))
                .with(BODY, Draw.scale(level, 1, 4))
                .with(MODULUS_ROOM, 30);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int range = knobs.get(RANGE);
        while (true) {
            int modulus = range + 2 + range * knobs.get(MODULUS_ROOM) / 100 + random.nextInt(5);
            List<String> program = program(knobs.get(BODY), modulus, random);
            long[] outputs = new long[range + 1];
            for (int x = 0; x <= range; x++) {
                outputs[x] = RegisterMachine.run(program, Map.of("x", (long) x), maxSteps(program, range)).registers().getOrDefault("y", 0L);
            }
            int input = Draw.between(1, range, random);
            long target = outputs[input];
            int preimages = 0;
            for (long output : outputs) {
                preimages += output == target ? 1 : 0;
            }
            if (preimages == 1) {
                int steps = RegisterMachine.run(program, Map.of("x", (long) input), maxSteps(program, range)).steps();
                return new Puzzle(program, range, target, input, steps);
            }
        }
    }

    private static List<String> program(int body, int modulus, RandomGenerator random) {
        List<String> program = new ArrayList<>();
        program.add("set y " + Draw.between(0, 9, random));
        program.add("set z " + Draw.between(1, 9, random));
        program.add("jz x END");
        for (int i = 0; i < body; i++) {
            program.add(switch (random.nextInt(5)) {
                case 0 -> "mul y " + Draw.between(2, 5, random);
                case 1 -> "add y z";
                case 2 -> "add z " + Draw.between(1, 7, random);
                case 3 -> "add y x";
                default -> "sub y " + Draw.between(1, 9, random);
            });
        }
        program.add("add y " + Draw.between(1, 9, random));
        program.add("mod y " + modulus);
        program.add("mod z " + modulus);
        program.add("dec x");
        program.add("jmp 3");
        int end = program.size() + 1;
        program.replaceAll(line -> line.replace("END", String.valueOf(end)));
        return program;
    }

    private static int maxSteps(List<String> program, int range) {
        return (range + 2) * program.size() + 10;
    }

    @Override
    public String question(Puzzle puzzle) {
        return "A register-machine program reads its input from register x and leaves its output in register y. Its"
                + " lines mean: \"set y 4\" stores 4 in y; \"add y z\" stores y plus z in y (likewise \"add y x\" or \"add z 3\");"
                + " \"sub y 2\" subtracts 2 from y; \"mul y 3\" multiplies y by 3; \"mod y 50\" keeps only the remainder of y"
                + " after division by 50, always between 0 and 49 (so -3 becomes 47); \"dec x\" lowers x by one; \"jz x 9\" jumps"
                + " to line 9 when x holds 0 and otherwise goes on to the next line; \"jmp 3\" jumps back to line 3. Execution"
                + " begins at line 1 and ends when it passes the final line.\n\nProgram:\n" + RegisterMachine.listing(puzzle.program())
                + "\nFind an input x, a whole number from 0 to " + puzzle.range() + ", for which the program stops with y = "
                + puzzle.target() + " (all other registers start at 0). Answer with the number x alone; any x in range that"
                + " gives this output is accepted.";
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.input());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        if (answer.input() < 0 || answer.input() > puzzle.range()) {
            return Score.wrong("x must be from 0 to " + puzzle.range() + ", found " + answer.input());
        }
        RegisterMachine.Run run = RegisterMachine.run(puzzle.program(), Map.of("x", answer.input()), maxSteps(puzzle.program(), puzzle.range()));
        long output = run.registers().getOrDefault("y", 0L);
        if (run.halted() && output == puzzle.target()) {
            return Score.correct("with x = " + answer.input() + " the program stops with y = " + output);
        }
        return Score.wrong("with x = " + answer.input() + " the program stops with y = " + output + ", not " + puzzle.target());
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<Answer> misses = new ArrayList<>();
        for (long candidate : new long[] {gold.input() - 1, gold.input() + 1, 0, puzzle.range() + 1, puzzle.target()}) {
            if (!check(puzzle, new Answer(candidate)).passed()) {
                misses.add(new Answer(candidate));
            }
        }
        return misses;
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.range() * (double) puzzle.range() * puzzle.program().size();
    }
}
