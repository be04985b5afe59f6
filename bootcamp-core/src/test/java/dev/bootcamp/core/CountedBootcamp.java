package dev.bootcamp.core;

import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.random.RandomGenerator;

/** An echo bootcamp that counts how many times it is made, so tests can see when a catalogue makes one. */
public final class CountedBootcamp implements Bootcamp<String, String> {
    static final AtomicInteger MADE = new AtomicInteger();
    private final EchoBootcamp echo = EchoBootcamp.of("counted", "math");

    public CountedBootcamp() {
        MADE.incrementAndGet();
    }

    @Override
    public BootcampInfo info() {
        return echo.info();
    }

    @Override
    public Knobs atLevel(int level) {
        return echo.atLevel(level);
    }

    @Override
    public String generate(Knobs knobs, RandomGenerator random) {
        return echo.generate(knobs, random);
    }

    @Override
    public String question(String puzzle) {
        return echo.question(puzzle);
    }

    @Override
    public String solve(String puzzle) {
        return echo.solve(puzzle);
    }

    @Override
    public String render(String answer) {
        return echo.render(answer);
    }

    @Override
    public String parse(String text) {
        return echo.parse(text);
    }

    @Override
    public Score check(String puzzle, String answer) {
        return echo.check(puzzle, answer);
    }
}
