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
import java.util.List;
import java.util.random.RandomGenerator;

/** The row of a one-dimensional, two-state cellular automaton (an elementary rule) after some steps. */
@AutoService(Bootcamp.class)
public final class CellularAutomatonRunBootcamp extends Camp<CellularAutomatonRunBootcamp.Puzzle, CellularAutomatonRunBootcamp.Answer> {
    private static final Knob<Integer> WIDTH = Knob.integer("width", 5, 40, 8, "cells in the row");
    private static final Knob<Integer> STEPS = Knob.integer("steps", 1, 30, 2, "generations to compute");
    private static final Knob<Boolean> WRAP = Knob.flag("wrap", false, "whether the row wraps around (else cells beyond the ends are 0)");
    private static final BootcampInfo INFO = BootcampInfo.builder(CellularAutomatonRunBootcamp.class)
            .title("Cellular automaton run")
            .domain("code")
            .tags("code", "cellular-automaton", "simulation", "elementary-rule")
            .summary("A one-dimensional cellular automaton with cells 0 and 1, its rule table for the eight neighbourhoods,"
                    + " a starting row and a number of steps, with fixed 0 borders or a wrapped row: give the row after that"
                    + " many steps. Exact; no partial credit.")
            .knob(WIDTH)
            .knob(STEPS)
            .knob(WRAP)
            .version(1)
            .answerShape("the final row as 0s and 1s")
            .build();

    /** The rule number (0..255, bit n gives the new cell for neighbourhood n), the start row, steps, wrap and the final row. */
    public record Puzzle(int rule, String start, int steps, boolean wrap, String end) {}

    /** A row of 0s and 1s. */
    public record Answer(String row) {}

    public CellularAutomatonRunBootcamp() {
        super(INFO, Codec.of(Answer::row, CellularAutomatonRunBootcamp::read));
    }

    private static Answer read(String text) {
        StringBuilder row = new StringBuilder();
        for (char c : Answers.stripDecoration(text).toCharArray()) {
            if (c == '0' || c == '1') {
                row.append(c);
            } else if (!Character.isWhitespace(c) && c != ',') {
                throw new AnswerFormatException("the row is 0s and 1s only; found '" + c + "'");
            }
            if (row.length() > 1_000) {
                throw new AnswerFormatException("a row longer than 1000 cells");
            }
        }
        if (row.isEmpty()) {
            throw new AnswerFormatException("no row found");
        }
        return new Answer(row.toString());
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(WIDTH, Draw.scale(level, 7, 28))
                .with(STEPS, Draw.scale(level, 1, 14))
                .with(WRAP, level % 2 == 0);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int width = knobs.get(WIDTH);
        while (true) {
            int rule = random.nextInt(256);
            String start = Draw.letters(width, 2, '0', random);
            String row = start;
            List<String> seen = new ArrayList<>();
            for (int s = 0; s < knobs.get(STEPS); s++) {
                seen.add(row);
                row = step(rule, row, knobs.get(WRAP));
            }
            long ones = row.chars().filter(c -> c == '1').count();
            boolean lively = ones * 5 >= width && ones * 5 <= width * 4L && !seen.contains(row);
            if (lively) {
                return new Puzzle(rule, start, knobs.get(STEPS), knobs.get(WRAP), row);
            }
        }
    }

    static String step(int rule, String row, boolean wrap) {
        int width = row.length();
        StringBuilder next = new StringBuilder(width);
        for (int i = 0; i < width; i++) {
            int left = i > 0 ? row.charAt(i - 1) - '0' : wrap ? row.charAt(width - 1) - '0' : 0;
            int right = i < width - 1 ? row.charAt(i + 1) - '0' : wrap ? row.charAt(0) - '0' : 0;
            int neighbourhood = left * 4 + (row.charAt(i) - '0') * 2 + right;
            next.append((rule >> neighbourhood & 1) == 1 ? '1' : '0');
        }
        return next.toString();
    }

    @Override
    public String question(Puzzle puzzle) {
        StringBuilder text = new StringBuilder("A row of cells, each 0 or 1, changes in steps. In every step all cells change at once:")
                .append(" the new value of a cell depends on its left neighbour, itself and its right neighbour before the step, by")
                .append(" this table (left, cell, right -> new value):\n");
        for (int n = 7; n >= 0; n--) {
            text.append(n >> 2 & 1).append(n >> 1 & 1).append(n & 1).append(" -> ").append(puzzle.rule() >> n & 1).append('\n');
        }
        text.append('\n').append(puzzle.wrap() ? "The row wraps around: the first cell's left neighbour is the last cell and the last"
                + " cell's right neighbour is the first." : "The row does not wrap: a neighbour beyond either end of the row counts as 0.")
                .append("\n\nStarting row (").append(puzzle.start().length()).append(" cells): ").append(puzzle.start())
                .append("\n\nWhat is the row after ").append(puzzle.steps()).append(puzzle.steps() == 1 ? " step" : " steps")
                .append("? Answer with the ").append(puzzle.start().length()).append(" cells as a string of 0s and 1s, like 0110.");
        return text.toString();
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.end());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        if (answer.row().length() != puzzle.end().length()) {
            return Score.wrong("the row has " + puzzle.end().length() + " cells, not " + answer.row().length());
        }
        int differ = 0;
        for (int i = 0; i < answer.row().length(); i++) {
            differ += answer.row().charAt(i) != puzzle.end().charAt(i) ? 1 : 0;
        }
        return differ == 0 ? Score.correct("the row is right") : Score.wrong(differ + " cells are wrong");
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<Answer> misses = new ArrayList<>();
        char[] cells = gold.row().toCharArray();
        int at = random.nextInt(cells.length);
        cells[at] = cells[at] == '1' ? '0' : '1';
        misses.add(new Answer(new String(cells)));
        String before = puzzle.start();
        for (int s = 0; s < puzzle.steps() - 1; s++) {
            before = step(puzzle.rule(), before, puzzle.wrap());
        }
        if (!before.equals(gold.row())) {
            misses.add(new Answer(before));
        }
        String after = step(puzzle.rule(), gold.row(), puzzle.wrap());
        if (!after.equals(gold.row())) {
            misses.add(new Answer(after));
        }
        return misses;
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.start().length() * (double) puzzle.steps();
    }
}
