package dev.bootcamp.camps.math;

import static java.util.Objects.requireNonNull;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.AnswerFormatException;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.verify.Answers;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** Counting problems in words: arrangements, committees, sharing out, derangements, lattice paths, strings, round tables. */
@AutoService(Bootcamp.class)
public final class CombinatoricsCountBootcamp implements Bootcamp<CombinatoricsCountBootcamp.Puzzle, CombinatoricsCountBootcamp.Answer> {
    private static final BootcampInfo INFO = BootcampInfo.builder(CombinatoricsCountBootcamp.class)
            .title("Combinatorial counting")
            .domain("math")
            .tags("combinatorics", "counting", "inclusion-exclusion")
            .summary("Answer a counting problem stated in words (arrangements of a word's letters, committees with"
                    + " conditions, identical sweets shared among children, letters in wrong envelopes, lattice paths"
                    + " through or around points, strings containing given letters, seatings at a round table) with an"
                    + " exact integer. Counts come from closed formulas and, where small enough, are recounted by brute"
                    + " force when the puzzle is generated. CORRECT for the exact count, WRONG otherwise.")
            .knob(Knob.integer("kinds", 1, CombinatoricsCountGenerator.KINDS.size(), CombinatoricsCountGenerator.KINDS.size(),
                    "how many problem kinds are drawn from, in order: word, committee, sharing, envelopes, grid-paths,"
                            + " strings, round-table"))
            .knob(Knob.integer("size", 1, 16, 5, "instance size: letters, people, sweets, grid side"))
            .knob(Knob.decimal("twist", 0, 1, 0.3, "chance of the harder variant of a kind (an extra condition)"))
            .answerShape("a single integer")
            .build();

    private static final int MAX_ANSWER = 300;

    /**
     * The problem kind and text, the count, whether brute force confirmed it, and wrong counts from common mistakes.
     */
    public record Puzzle(String kind, String statement, BigInteger count, boolean bruteForced, List<BigInteger> mistakes) {
        public Puzzle {
            requireNonNull(kind, "kind is null");
            requireNonNull(statement, "statement is null");
            requireNonNull(count, "count is null");
            mistakes = List.copyOf(mistakes);
        }
    }

    public record Answer(BigInteger value) {
        public Answer {
            requireNonNull(value, "value is null");
        }
    }

    @Override
    public BootcampInfo info() {
        return INFO;
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with("kinds", Draw.scale(level, 2, CombinatoricsCountGenerator.KINDS.size()))
                .with("size", Draw.scale(level, 1, 10))
                .with("twist", level <= 2 ? 0.0 : (level - 2) / 10.0);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        String kind = Draw.pick(CombinatoricsCountGenerator.KINDS.subList(0, knobs.integer("kinds")), random);
        boolean twist = random.nextDouble() < knobs.decimal("twist");
        return CombinatoricsCountGenerator.generate(kind, knobs.integer("size"), twist, random);
    }

    @Override
    public String question(Puzzle puzzle) {
        return puzzle.statement() + "\n\nGive the count as a single integer written out in full (not a formula).";
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.count());
    }

    @Override
    public String render(Answer answer) {
        return answer.value().toString();
    }

    @Override
    public Answer parse(String text) {
        if (text.length() > MAX_ANSWER) {
            throw new AnswerFormatException("the answer is longer than " + MAX_ANSWER + " characters");
        }
        String body = Answers.normalize(text);
        int equals = body.lastIndexOf('=');
        return new Answer(Answers.integer(equals >= 0 ? body.substring(equals + 1) : body));
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        if (answer.value().equals(puzzle.count())) {
            return Score.correct("the count is " + puzzle.count());
        }
        return Score.wrong("found " + Answers.abbreviate(answer.value().toString()) + ", which is not the count");
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<BigInteger> misses = new ArrayList<>(puzzle.mistakes());
        misses.add(puzzle.count().add(BigInteger.ONE));
        if (puzzle.count().signum() > 0) {
            misses.add(puzzle.count().subtract(BigInteger.ONE));
        }
        return misses.stream().filter(value -> !value.equals(puzzle.count())).distinct().map(Answer::new).toList();
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.count().bitLength() + 4 * CombinatoricsCountGenerator.KINDS.indexOf(puzzle.kind());
    }
}
