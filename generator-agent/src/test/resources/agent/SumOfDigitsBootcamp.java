package dev.bootcamp.camps.math;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Camp;
import dev.bootcamp.camps.kit.Codecs;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.NearMisses;
import java.util.List;
import java.util.random.RandomGenerator;

/** Add up the decimal digits of a long number. */
@AutoService(Bootcamp.class)
public final class SumOfDigitsBootcamp extends Camp<SumOfDigitsBootcamp.Puzzle, SumOfDigitsBootcamp.Answer> {
    private static final Knob<Integer> DIGITS = Knob.integer("digits", 1, 1000, 50, "how many digits the number has");
    private static final BootcampInfo INFO = BootcampInfo.builder(SumOfDigitsBootcamp.class)
            .title("Sum of digits")
            .domain("math")
            .tags("arithmetic", "counting")
            .summary("Add up the decimal digits of a number with many digits. The answer is one integer, checked exactly;"
                    + " there is no partial credit.")
            .knob(DIGITS)
            .answerShape("one integer")
            .build();

    /** The number, as its digits (it can be far longer than a long). */
    public record Puzzle(String number) {}

    /** The sum of the digits. */
    public record Answer(int sum) {}

    public SumOfDigitsBootcamp() {
        super(INFO, Codecs.integer().map(Answer::new, Answer::sum));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults().with(DIGITS, Draw.scale(level, 50, 500));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        StringBuilder number = new StringBuilder();
        number.append(Draw.between(1, 9, random));
        for (int i = 1; i < knobs.get(DIGITS); i++) {
            number.append(Draw.between(0, 9, random));
        }
        return new Puzzle(number.toString());
    }

    @Override
    public String question(Puzzle puzzle) {
        return "Add up the decimal digits of the number " + puzzle.number() + ". What is the sum of its digits?";
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(digitSum(puzzle.number()));
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        int expected = digitSum(puzzle.number());
        if (answer.sum() == expected) {
            return Score.correct("the digits add up to " + expected);
        }
        return Score.wrong("the digits add up to " + expected + ", not " + answer.sum());
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        return NearMisses.number(gold.sum()).stream().map(miss -> new Answer(miss.intValue())).toList();
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.number().length();
    }

    private static int digitSum(String number) {
        return number.chars().map(digit -> digit - '0').sum();
    }
}
