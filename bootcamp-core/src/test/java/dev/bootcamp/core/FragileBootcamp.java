package dev.bootcamp.core;

import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * A test-only bootcamp whose parser and checker are supplied by the test, so it can misbehave in chosen ways (throw,
 * return null, recurse without bound). Deliberately not registered with AutoService.
 */
public record FragileBootcamp(Function<String, String> parser, BiFunction<String, String, Score> checker)
        implements Bootcamp<String, String> {
    private static final BootcampInfo INFO = BootcampInfo.builder(FragileBootcamp.class)
            .title("Fragile")
            .domain("strings")
            .summary("A bootcamp that breaks in the ways a test asks it to.")
            .answerShape("one word")
            .build();

    @Override
    public BootcampInfo info() {
        return INFO;
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults();
    }

    @Override
    public String generate(Knobs knobs, RandomGenerator random) {
        return "word";
    }

    @Override
    public String question(String puzzle) {
        return "Say " + puzzle + ".";
    }

    @Override
    public String solve(String puzzle) {
        return puzzle;
    }

    @Override
    public String render(String answer) {
        return answer;
    }

    @Override
    public String parse(String text) {
        return parser.apply(text);
    }

    @Override
    public Score check(String puzzle, String answer) {
        return checker.apply(puzzle, answer);
    }
}
