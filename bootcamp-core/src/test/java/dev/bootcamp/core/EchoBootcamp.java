package dev.bootcamp.core;

import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import java.util.random.RandomGenerator;

/**
 * A test-only bootcamp with whatever identity it is given: the puzzle is a word and the answer repeats it. Used to
 * fill catalogues with chosen ids and domains. Deliberately not registered with AutoService.
 */
public record EchoBootcamp(BootcampInfo info) implements Bootcamp<String, String> {
    public static EchoBootcamp of(String id, String domain) {
        return new EchoBootcamp(BootcampInfo.builder(id)
                .title("Echo " + id)
                .domain(domain)
                .summary("Repeat the word.")
                .knob(Knob.integer("length", 1, 10, 3, "letters in the word"))
                .answerShape("one word")
                .build());
    }

    @Override
    public Knobs atLevel(int level) {
        return info.defaults().with("length", level);
    }

    @Override
    public String generate(Knobs knobs, RandomGenerator random) {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < knobs.integer("length"); i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    @Override
    public String question(String puzzle) {
        return "Repeat the word " + puzzle + ".";
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
        return text.strip();
    }

    @Override
    public Score check(String puzzle, String answer) {
        return puzzle.equals(answer) ? Score.correct() : Score.wrong("not the word");
    }
}
