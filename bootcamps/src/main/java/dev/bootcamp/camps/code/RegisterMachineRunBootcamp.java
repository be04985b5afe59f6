package dev.bootcamp.camps.code;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.AnswerFormatException;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Camp;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.NamedValues;
import dev.bootcamp.camps.kit.machines.RegisterMachine;
import dev.bootcamp.camps.kit.machines.RegisterPrograms;
import dev.bootcamp.verify.Answers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.random.RandomGenerator;

/** The final data registers of a small assembly-like program with counted loops. */
@AutoService(Bootcamp.class)
public final class RegisterMachineRunBootcamp extends Camp<RegisterMachineRunBootcamp.Puzzle, RegisterMachineRunBootcamp.Answer> {
    private static final Knob<Integer> REGISTERS = Knob.integer("registers", 2, 5, 2, "data registers (a, b, c, d, e)");
    private static final Knob<Integer> BLOCKS = Knob.integer("blocks", 1, 10, 3, "top-level blocks: plain instructions or loops");
    private static final Knob<Integer> DEPTH = Knob.integer("depth", 0, 3, 0, "deepest loop nesting (0: no loops)");
    private static final Knob<Integer> TIMES = Knob.integer("times", 2, 6, 3, "most repetitions of a loop");
    private static final int MAX_STEPS = 5_000;
    private static final BootcampInfo INFO = BootcampInfo.builder(RegisterMachineRunBootcamp.class)
            .title("Register machine run")
            .domain("code")
            .tags("code", "assembly", "register-machine", "tracing")
            .summary("A numbered program for a small register machine (set, add, sub, mul, inc, dec, jnz with line"
                    + " numbers, loops counted down in i, j, k): give the final value of every data register. All or"
                    + " nothing; the detail names the first wrong register.")
            .knob(REGISTERS)
            .knob(BLOCKS)
            .knob(DEPTH)
            .knob(TIMES)
            .version(1)
            .answerShape("one 'register: value' per data register")
            .build();

    /** The program, its data registers, their final values and the instructions executed (never shown). */
    public record Puzzle(List<String> program, List<String> data, SortedMap<String, Long> values, int steps) {
        public Puzzle {
            program = List.copyOf(program);
            data = List.copyOf(data);
            values = new TreeMap<>(values);
        }
    }

    /** Register values by name. */
    public record Answer(SortedMap<String, Long> values) {
        public Answer {
            values = new TreeMap<>(values);
        }
    }

    public RegisterMachineRunBootcamp() {
        super(INFO, NamedValues.codec(Set.of("register", "registers"), RegisterMachineRunBootcamp::register, Answers::longValue,
                String::valueOf, "a: 5").map(Answer::new, Answer::values));
    }

    private static String register(String token) {
        String name = token.toLowerCase(Locale.ROOT);
        if (name.length() != 1 || name.charAt(0) < 'a' || name.charAt(0) > 'z') {
            throw new AnswerFormatException("expected a register name (one letter), found '" + Answers.abbreviate(token) + "'");
        }
        return name;
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(REGISTERS, Draw.scale(level, 2, 4))
                .with(BLOCKS, Draw.scale(level, 2, 6))
                .with(DEPTH, level <= 1 ? 0 : level <= 5 ? 1 : level <= 8 ? 2 : 3)
                .with(TIMES, Draw.scale(level, 2, 5));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        List<String> data = List.of("a", "b", "c", "d", "e").subList(0, knobs.get(REGISTERS));
        while (true) {
            List<String> program = RegisterPrograms.random(data, knobs.get(BLOCKS), knobs.get(DEPTH), knobs.get(TIMES), random);
            RegisterMachine.Run run = RegisterMachine.run(program, Map.of(), MAX_STEPS);
            if (!run.halted()) {
                continue;
            }
            SortedMap<String, Long> values = new TreeMap<>();
            data.forEach(register -> values.put(register, run.registers().getOrDefault(register, 0L)));
            if (values.values().stream().allMatch(v -> Math.abs(v) <= 100_000) && values.values().stream().distinct().count() > 1) {
                return new Puzzle(program, data, values, run.steps());
            }
        }
    }

    @Override
    public String question(Puzzle puzzle) {
        return "Trace this program for a small register machine.\n\n" + RegisterMachine.rules() + "\n\nProgram:\n"
                + RegisterMachine.listing(puzzle.program()) + "\nWhat are the values of the registers "
                + String.join(", ", puzzle.data()) + " when the program stops? Answer with one line per register, like \""
                + "a: 12\" (the counters i, j, k are not asked for).";
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.values());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        if (!answer.values().keySet().equals(puzzle.values().keySet())) {
            return Score.malformed("expected the registers " + String.join(", ", puzzle.data()) + ", found "
                    + String.join(", ", answer.values().keySet()));
        }
        for (String register : puzzle.data()) {
            if (!answer.values().get(register).equals(puzzle.values().get(register))) {
                return Score.wrong("register " + register + " is wrong");
            }
        }
        return Score.correct("every register is right");
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<Answer> misses = new ArrayList<>();
        for (String register : puzzle.data()) {
            for (long delta : new long[] {1, -1}) {
                SortedMap<String, Long> changed = new TreeMap<>(gold.values());
                changed.put(register, changed.get(register) + delta);
                misses.add(new Answer(changed));
            }
        }
        return misses;
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.steps();
    }
}
