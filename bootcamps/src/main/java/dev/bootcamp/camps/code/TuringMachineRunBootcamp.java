package dev.bootcamp.camps.code;

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
import dev.bootcamp.verify.Answers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.random.RandomGenerator;

/** The state, tape and head of a small Turing machine after a number of steps (or when it halts earlier). */
@AutoService(Bootcamp.class)
public final class TuringMachineRunBootcamp extends Camp<TuringMachineRunBootcamp.Puzzle, TuringMachineRunBootcamp.Answer> {
    private static final Knob<Integer> STATES = Knob.integer("states", 2, 6, 2, "working states (A, B, ...) besides the halt state H");
    private static final Knob<Integer> SYMBOLS = Knob.integer("symbols", 2, 3, 2, "tape symbols (0 is blank)");
    private static final Knob<Integer> STEPS = Knob.integer("steps", 3, 80, 6, "steps to run at most");
    private static final Knob<Integer> INPUT = Knob.integer("input", 0, 12, 0, "cells of random input written on the tape at the start");
    private static final String NAMES = "ABCDEF";
    private static final int MAX_CELLS = 300;
    private static final BootcampInfo INFO = BootcampInfo.builder(TuringMachineRunBootcamp.class)
            .title("Turing machine run")
            .domain("code")
            .tags("code", "turing-machine", "simulation", "tape")
            .summary("A Turing machine as a transition table (write, move, next state; H halts), a starting tape and a step"
                    + " count: give the machine's state and the tape with the head's cell marked after that many steps (or"
                    + " when it halts, if earlier). Exact; no partial credit.")
            .knob(STATES)
            .knob(SYMBOLS)
            .knob(STEPS)
            .knob(INPUT)
            .version(1)
            .answerShape("the state, a colon, then the tape cells with the head's cell in brackets, like C: 0 1 [1] 0")
            .build();

    /** One rule: in state s reading symbol r, write w, move L or R, go to next. */
    public record Rule(String write, String move, String next) {}

    /** The table (rules.get(state).get(symbol)), the input tape, steps, and the result (never shown). */
    public record Puzzle(List<List<Rule>> rules, String input, int steps, String state, String tape, int head, int executed, int turns) {
        public Puzzle {
            rules = rules.stream().map(List::copyOf).toList();
        }
    }

    /** A state and the tape, the head's position within it. */
    public record Answer(String state, String tape, int head) {}

    public TuringMachineRunBootcamp() {
        super(INFO, Codec.of(TuringMachineRunBootcamp::write, TuringMachineRunBootcamp::read));
    }

    private static String write(Answer answer) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < answer.tape().length(); i++) {
            String cell = String.valueOf(answer.tape().charAt(i));
            cells.add(i == answer.head() ? "[" + cell + "]" : cell);
        }
        return answer.state() + ": " + String.join(" ", cells);
    }

    private static Answer read(String text) {
        String body = Answers.stripDecoration(text);
        int colon = body.indexOf(':');
        if (colon < 0 || body.length() > 4 * MAX_CELLS) {
            throw new AnswerFormatException("expected the state, a colon and the tape, like C: 0 1 [1] 0");
        }
        String state = body.substring(0, colon).strip().toUpperCase(Locale.ROOT);
        if (state.startsWith("STATE")) {
            state = state.substring(5).strip();
        }
        if (state.length() != 1 || NAMES.indexOf(state.charAt(0)) < 0 && state.charAt(0) != 'H') {
            throw new AnswerFormatException("expected a state letter before the colon, found '" + Answers.abbreviate(state) + "'");
        }
        StringBuilder tape = new StringBuilder();
        int head = -1;
        boolean open = false;
        for (char c : body.substring(colon + 1).toCharArray()) {
            if (Character.isWhitespace(c) || c == ',') {
                continue;
            }
            if (c == '[' && !open && head < 0) {
                open = true;
                head = tape.length();
            } else if (c == ']' && open && tape.length() == head + 1) {
                open = false;
            } else if (c >= '0' && c <= '2' && !(open && tape.length() > head)) {
                tape.append(c);
            } else {
                throw new AnswerFormatException("the tape is cells 0, 1 or 2 with exactly one cell in brackets; found '" + c + "'");
            }
        }
        if (head < 0 || open || tape.isEmpty() || tape.length() > MAX_CELLS) {
            throw new AnswerFormatException("the tape needs exactly one cell in brackets, the head's");
        }
        return new Answer(state, tape.toString(), head);
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(STATES, Draw.scale(level, 2, 5))
                .with(SYMBOLS, level >= 6 ? 3 : 2)
                .with(STEPS, Draw.scale(level, 6, 40))
                .with(INPUT, Draw.scale(level, 3, 10));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int states = knobs.get(STATES);
        int symbols = knobs.get(SYMBOLS);
        while (true) {
            List<List<Rule>> rules = new ArrayList<>();
            for (int s = 0; s < states; s++) {
                List<Rule> row = new ArrayList<>();
                for (int r = 0; r < symbols; r++) {
                    String next = random.nextInt(states * symbols + 1) == 0 ? "H" : String.valueOf(NAMES.charAt(random.nextInt(states)));
                    row.add(new Rule(String.valueOf(random.nextInt(symbols)), random.nextBoolean() ? "L" : "R", next));
                }
                rules.add(row);
            }
            String input = Draw.letters(knobs.get(INPUT), symbols, '0', random);
            Puzzle puzzle = run(rules, input, knobs.get(STEPS));
            int turns = Math.min(3, knobs.get(STEPS) / 4);
            if (puzzle.executed() >= Math.min(knobs.get(STEPS), 3) && puzzle.turns() >= turns
                    && puzzle.tape().chars().filter(c -> c != '0').count() >= 2) {
                return puzzle;
            }
        }
    }

    private static Puzzle run(List<List<Rule>> rules, String input, int steps) {
        int offset = steps + 1;
        char[] tape = new char[input.length() + 2 * offset];
        Arrays.fill(tape, '0');
        for (int i = 0; i < input.length(); i++) {
            tape[offset + i] = input.charAt(i);
        }
        int head = offset;
        String state = "A";
        int executed = 0;
        int turns = 0;
        String last = "";
        Set<String> visited = new TreeSet<>();
        while (executed < steps && !state.equals("H")) {
            visited.add(state);
            Rule rule = rules.get(NAMES.indexOf(state)).get(tape[head] - '0');
            turns += !last.isEmpty() && !last.equals(rule.move()) ? 1 : 0;
            last = rule.move();
            tape[head] = rule.write().charAt(0);
            head += rule.move().equals("L") ? -1 : 1;
            state = rule.next();
            executed++;
        }
        int left = head;
        int right = head;
        for (int i = 0; i < tape.length; i++) {
            if (tape[i] != '0') {
                left = Math.min(left, i);
                right = Math.max(right, i);
            }
        }
        return new Puzzle(rules, input, steps, state, new String(tape, left, right - left + 1), head - left, executed,
                Math.min(turns, visited.size() >= Math.min(3, rules.size()) ? turns : 0));
    }

    @Override
    public String question(Puzzle puzzle) {
        int symbols = puzzle.rules().get(0).size();
        StringBuilder text = new StringBuilder("A Turing machine works on an endless tape of cells holding the symbols ")
                .append(symbols == 2 ? "0 and 1" : "0, 1 and 2").append("; 0 is the blank, and every cell is blank unless")
                .append(" written. In each step the machine, in some state and reading the symbol under its head, looks up its")
                .append(" rule: it writes the symbol given, moves the head one cell left (L) or right (R), and enters the next")
                .append(" state. State H means halt: no more steps.\n\nRules (state, symbol read -> write, move, next state):\n");
        for (int s = 0; s < puzzle.rules().size(); s++) {
            for (int r = 0; r < symbols; r++) {
                Rule rule = puzzle.rules().get(s).get(r);
                text.append(NAMES.charAt(s)).append(", ").append(r).append(" -> ").append(rule.write()).append(", ")
                        .append(rule.move()).append(", ").append(rule.next()).append('\n');
            }
        }
        text.append("\nThe machine starts in state A with its head on the first cell of ")
                .append(puzzle.input().isEmpty() ? "an all-blank tape" : "the input " + String.join(" ", puzzle.input().split(""))
                        + " (every other cell blank)")
                .append(". Run it for ").append(puzzle.steps()).append(" steps, or until it halts if that comes first.\n\n")
                .append("Answer with the state it is then in, a colon, and the tape from the leftmost to the rightmost cell that is")
                .append(" not blank or is under the head, cells separated by spaces and the head's cell in brackets, like:")
                .append(" B: 1 0 [0] 2");
        return text.toString();
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.state(), puzzle.tape(), puzzle.head());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        if (!answer.state().equals(puzzle.state())) {
            return Score.wrong("the machine is in another state");
        }
        Answer trimmed = trimmed(answer);
        if (!trimmed.tape().equals(puzzle.tape())) {
            return Score.wrong("the tape is wrong");
        }
        if (trimmed.head() != puzzle.head()) {
            return Score.wrong("the head is on another cell");
        }
        return Score.correct("state, tape and head are right");
    }

    /** The answer without blank cells beyond the written part and the head, which the prompt asks to leave out. */
    private static Answer trimmed(Answer answer) {
        String tape = answer.tape();
        int head = answer.head();
        int left = 0;
        while (left < head && tape.charAt(left) == '0') {
            left++;
        }
        int right = tape.length() - 1;
        while (right > head && tape.charAt(right) == '0') {
            right--;
        }
        return new Answer(answer.state(), tape.substring(left, right + 1), head - left);
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<Answer> misses = new ArrayList<>();
        if (gold.head() + 1 < gold.tape().length()) {
            misses.add(new Answer(gold.state(), gold.tape(), gold.head() + 1));
        }
        String other = gold.state().equals("A") ? "B" : "A";
        misses.add(new Answer(other, gold.tape(), gold.head()));
        char[] cells = gold.tape().toCharArray();
        int at = random.nextInt(cells.length);
        cells[at] = cells[at] == '1' ? '0' : '1';
        misses.add(new Answer(gold.state(), new String(cells), gold.head()));
        return misses;
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.executed() * (double) puzzle.rules().size();
    }
}
