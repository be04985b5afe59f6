package dev.bootcamp.camps.math;

import static java.util.Objects.requireNonNull;

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
import dev.bootcamp.camps.kit.Items;
import dev.bootcamp.camps.kit.NearMisses;
import dev.bootcamp.camps.kit.NumberAnswers;
import dev.bootcamp.verify.Answers;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** Counting problems in words: arrangements, committees, sharing out, derangements, lattice paths, strings, round tables. */
@AutoService(Bootcamp.class)
public final class CombinatoricsCountBootcamp extends Camp<CombinatoricsCountBootcamp.Puzzle, CombinatoricsCountBootcamp.Answer> {
    private static final Knob<Integer> KINDS = Knob.integer("kinds", 1, CombinatoricsCountGenerator.KINDS.size(), CombinatoricsCountGenerator.KINDS.size(),
            "how many problem kinds are drawn from, in order: word, committee, sharing, envelopes, grid-paths,"
                            + " strings, round-table");
    private static final Knob<Integer> SIZE = Knob.integer("size", 1, 16, 5, "instance size: letters, people, sweets, grid side");
    private static final Knob<Double> TWIST = Knob.decimal("twist", 0, 1, 0.3, "chance of the harder variant of a kind (an extra condition)");
    private static final Knob<Integer> PROBLEMS = Knob.integer("problems", 1, 4, 2, "how many problems of different kinds one puzzle asks");
    private static final BootcampInfo INFO = BootcampInfo.builder(CombinatoricsCountBootcamp.class)
            .title("Combinatorial counting")
            .version(2)
            .domain("math")
            .tags("combinatorics", "counting", "inclusion-exclusion")
            .summary("Answer two (from level 6, three) counting problems of different kinds stated in words"
                    + " (arrangements of a word's letters, committees with conditions, identical sweets shared among"
                    + " children, letters in wrong envelopes, lattice paths through or around points, strings containing"
                    + " given letters, seatings at a round table) with exact integers, in order, separated by semicolons. Counts come from closed formulas"
                    + " and, where small enough, are recounted by brute force when the puzzle is generated. CORRECT when"
                    + " every count is exact, WRONG otherwise (one count alone is too easily guessed to earn credit).")
            .knob(KINDS)
            .knob(SIZE)
            .knob(TWIST)
            .knob(PROBLEMS)
            .answerShape("the counts as integers in the order of the problems, separated by a semicolon, such as 12; 3450")
            .build();

    private static final int MAX_ANSWER = 600;

    /**
     * One counting problem: its kind and text, the count, whether brute force confirmed it, wrong counts from common
     * mistakes, and the terms its formula adds up (binomials, factorials, inclusion-exclusion terms).
     */
    public record Problem(String kind, String statement, BigInteger count, boolean bruteForced, List<BigInteger> mistakes, int steps) {
        public Problem {
            requireNonNull(kind, "kind is null");
            requireNonNull(statement, "statement is null");
            requireNonNull(count, "count is null");
            mistakes = List.copyOf(mistakes);
        }
    }

    /** Problems of different kinds, answered together. */
    public record Puzzle(List<Problem> problems) {
        public Puzzle {
            problems = List.copyOf(problems);
        }
    }

    /** The counts in the order of the problems. */
    public record Answer(List<BigInteger> values) {
        public Answer {
            values = List.copyOf(values);
        }
    }

    public CombinatoricsCountBootcamp() {
        super(INFO, Codec.of(CombinatoricsCountBootcamp::write, CombinatoricsCountBootcamp::read));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(KINDS, Draw.scale(level, 3, CombinatoricsCountGenerator.KINDS.size()))
                .with(SIZE, Draw.scale(level, 1, 10))
                .with(TWIST, level <= 2 ? 0.0 : (level - 2) / 10.0)
                .with(PROBLEMS, Draw.scale(level, 2, 3));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        List<String> kinds = CombinatoricsCountGenerator.KINDS.subList(0, knobs.get(KINDS));
        List<Problem> problems = new ArrayList<>();
        for (String kind : Draw.sample(kinds, knobs.get(PROBLEMS), random)) {
            boolean twist = random.nextDouble() < knobs.get(TWIST);
            problems.add(CombinatoricsCountGenerator.generate(kind, knobs.get(SIZE), twist, random));
        }
        return new Puzzle(problems);
    }

    @Override
    public String question(Puzzle puzzle) {
        List<Problem> problems = puzzle.problems();
        if (problems.size() == 1) {
            return problems.get(0).statement() + "\n\nGive the count as a single integer written out in full (not a formula).";
        }
        StringBuilder text = new StringBuilder("Solve these " + problems.size() + " counting problems.\n\n");
        for (int i = 0; i < problems.size(); i++) {
            text.append("Problem ").append(i + 1).append(". ").append(problems.get(i).statement()).append("\n\n");
        }
        return text.append("Give the ").append(problems.size()).append(" counts in order, each as an integer written out in full")
                .append(" (not a formula), separated by semicolons, such as 12; 3450.").toString();
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.problems().stream().map(Problem::count).toList());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        return Items.allOrNothing(solve(puzzle).values(), answer.values(), "count");
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<List<BigInteger>> wrong = puzzle.problems().stream().map(problem -> {
            List<BigInteger> values = new ArrayList<>(problem.mistakes());
            values.add(problem.count().add(BigInteger.ONE));
            values.add(problem.count().subtract(BigInteger.ONE).max(BigInteger.ZERO));
            return values;
        }).toList();
        List<List<BigInteger>> misses = new ArrayList<>(NearMisses.oneItem(gold.values(), wrong));
        if (gold.values().size() > 1) {
            misses.add(gold.values().subList(0, 1));
        }
        return misses.stream().distinct().map(Answer::new).toList();
    }

    @Override
    public double cost(Puzzle puzzle) {
        // Each term of a formula is a product of numbers about as long as its count.
        return puzzle.problems().stream().mapToDouble(problem -> problem.steps() * (double) problem.count().toString().length()).sum();
    }

    private static String write(Answer answer) {
        return String.join("; ", answer.values().stream().map(BigInteger::toString).toList());
    }

    /** Counts separated by semicolons or line breaks; a count may carry a label such as "Problem 1: 12" or "x = 12". */
    private static Answer read(String text) {
        NumberAnswers.capped(text, MAX_ANSWER);
        List<BigInteger> values = new ArrayList<>();
        for (String line : text.split("[;\\n]")) {
            String piece = Answers.normalize(line);
            String value = piece.substring(Math.max(piece.lastIndexOf('='), piece.lastIndexOf(':')) + 1).strip();
            if (!value.isEmpty()) {
                values.add(Answers.integer(value));
            }
        }
        if (values.isEmpty()) {
            throw new AnswerFormatException("expected counts separated by semicolons, found nothing");
        }
        return new Answer(values);
    }
}
