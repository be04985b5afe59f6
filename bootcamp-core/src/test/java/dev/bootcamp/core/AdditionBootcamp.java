package dev.bootcamp.core;

import dev.bootcamp.api.AnswerFormatException;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.api.Tier;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.random.RandomGenerator;

/**
 * A test-only bootcamp that passes the contract: add up some seven-digit numbers. Each {@link Flaw} breaks one law
 * on purpose, so the tests can show the contract catches it. Deliberately not registered with AutoService.
 */
public final class AdditionBootcamp implements Bootcamp<AdditionBootcamp.Puzzle, Long> {
    /** One deliberate defect, or none. */
    public enum Flaw {
        NONE,
        /** The checker accepts any answer. */
        ACCEPTS_EVERYTHING,
        /** Each instance counts its calls to generate and adds the count to the puzzle. */
        NON_DETERMINISTIC,
        /** The question states the sum. */
        LEAKS_ANSWER,
        /** The reference solver is off by one. */
        WRONG_SOLVER,
        /** Every level has the same knobs. */
        SAME_AT_EVERY_LEVEL,
        /** The generator ignores its random source. */
        CONSTANT_PUZZLE,
        /** Claims a unique solution, but the counter finds two. */
        FALSE_UNIQUENESS,
        /** The parser throws NumberFormatException instead of AnswerFormatException. */
        SLOPPY_PARSER,
        /** The renderer writes text its own parser cannot read back. */
        UNREADABLE_RENDER,
        /** Any wrong sum earns half the reward, so a constant answer is paid. */
        GENEROUS_PARTIAL,
        /** Each number is one of two values, so prompts and sums repeat. */
        TWO_VALUES,
        /** No cost of its own: the default, the question's length. */
        QUESTION_LENGTH_COST,
        /** The cost stops growing at three numbers, so level 10 costs 1.5 times level 1. */
        FLAT_COST
    }

    /** The numbers to add. */
    public record Puzzle(List<Long> terms) {
        public Puzzle {
            terms = List.copyOf(terms);
        }

        long sum() {
            return terms.stream().mapToLong(Long::longValue).sum();
        }
    }

    private final Flaw flaw;
    private final BootcampInfo info;
    private final AtomicLong generated = new AtomicLong();

    public AdditionBootcamp() {
        this(Flaw.NONE);
    }

    public AdditionBootcamp(Flaw flaw) {
        this.flaw = flaw;
        BootcampInfo.Builder builder = BootcampInfo.builder(AdditionBootcamp.class)
                .title("Addition")
                .domain("math")
                .tags("arithmetic", "fixture")
                .summary("Add up the numbers; the sum is compared exactly.")
                .knob(Knob.integer("terms", 2, 20, 2, "how many numbers to add"))
                .knob(Knob.flag("negative", false, "whether numbers may be negative"))
                .answerShape("one integer");
        if (flaw == Flaw.FALSE_UNIQUENESS) {
            builder.uniqueSolution();
        }
        this.info = builder.build();
    }

    @Override
    public BootcampInfo info() {
        return info;
    }

    @Override
    public Knobs atLevel(int level) {
        Tier.checkLevel(level);
        return info.defaults().with("terms", flaw == Flaw.SAME_AT_EVERY_LEVEL ? 4 : level + 1);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        List<Long> terms = new ArrayList<>();
        for (int i = 0; i < knobs.integer("terms"); i++) {
            long term = switch (flaw) {
                case CONSTANT_PUZZLE -> 1_234_567;
                case TWO_VALUES -> random.nextBoolean() ? 1_234_567 : 7_654_321;
                default -> random.nextLong(1_000_000, 10_000_000);
            };
            terms.add(knobs.flag("negative") && random.nextBoolean() ? -term : term);
        }
        if (flaw == Flaw.NON_DETERMINISTIC) {
            terms.set(0, terms.get(0) + generated.incrementAndGet());
        }
        return new Puzzle(terms);
    }

    @Override
    public String question(Puzzle puzzle) {
        StringBuilder text = new StringBuilder("Add up these numbers:");
        puzzle.terms().forEach(term -> text.append(' ').append(term));
        text.append('.');
        if (flaw == Flaw.LEAKS_ANSWER) {
            text.append(" (For reference, the total is ").append(puzzle.sum()).append(".)");
        }
        return text.toString();
    }

    @Override
    public Long solve(Puzzle puzzle) {
        return flaw == Flaw.WRONG_SOLVER ? puzzle.sum() + 1 : puzzle.sum();
    }

    @Override
    public String render(Long answer) {
        return flaw == Flaw.UNREADABLE_RENDER ? "sum=" + answer : Long.toString(answer);
    }

    @Override
    public Long parse(String text) {
        String trimmed = text.strip();
        if (flaw == Flaw.SLOPPY_PARSER) {
            return Long.parseLong(trimmed);
        }
        if (trimmed.isEmpty() || trimmed.length() > 19 || !trimmed.matches("-?[0-9]+")) {
            throw new AnswerFormatException("expected an integer, found '" + trimmed + "'");
        }
        return Long.parseLong(trimmed);
    }

    @Override
    public Score check(Puzzle puzzle, Long answer) {
        if (flaw == Flaw.ACCEPTS_EVERYTHING || answer == puzzle.sum()) {
            return Score.correct();
        }
        return flaw == Flaw.GENEROUS_PARTIAL ? Score.partial(0.5, "the sum is not " + answer) : Score.wrong("the sum is not " + answer);
    }

    @Override
    public double cost(Puzzle puzzle) {
        return switch (flaw) {
            case QUESTION_LENGTH_COST -> Bootcamp.super.cost(puzzle);
            case FLAT_COST -> Math.min(3, puzzle.terms().size());
            default -> puzzle.terms().size();
        };
    }

    @Override
    public List<Long> nearMisses(Puzzle puzzle, Long gold, RandomGenerator random) {
        return List.of(gold + 1, gold - 1, gold + 10 * (1 + random.nextInt(9)));
    }

    @Override
    public long countSolutions(Puzzle puzzle, long limit) {
        return flaw == Flaw.FALSE_UNIQUENESS ? Math.min(2, limit) : 1;
    }
}
