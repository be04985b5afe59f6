package dev.bootcamp.camps.spatial;

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
import dev.bootcamp.camps.kit.Grid;
import dev.bootcamp.camps.kit.StateSearch;
import dev.bootcamp.camps.kit.StepWords;
import dev.bootcamp.camps.kit.mazes.Mazes;
import dev.bootcamp.verify.Answers;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/** Reachable cells: how many cells of a walled grid are within k steps of the start, and how many exactly k away. */
@AutoService(Bootcamp.class)
public final class ReachableCellsBootcamp extends Camp<ReachableCellsBootcamp.Puzzle, ReachableCellsBootcamp.Answer> {
    private static final Knob<Integer> SIZE = Knob.integer("size", 4, 24, 8, "rows and columns of the grid");
    private static final Knob<Integer> WALLS = Knob.integer("walls", 0, 50, 30, "percent of cells that are walls");
    private static final Knob<Integer> STEPS = Knob.integer("steps", 1, 40, 4, "the step budget k");
    private static final BootcampInfo INFO = BootcampInfo.builder(ReachableCellsBootcamp.class)
            .title("Cells reachable within k steps")
            .version(1)
            .domain("spatial")
            .tags("grid", "breadth-first-search", "counting", "distance")
            .summary("A grid of walls (#) and floor (.) has a start S and a step budget k; moving one cell up, down, left"
                    + " or right at a time, never through walls, count the floor cells (S included) that can be reached in"
                    + " at most k steps, and how many of them need exactly k steps. Both numbers must be right (breadth-first"
                    + " distances); nothing else earns credit. Walls make cells that are close in a straight line far by"
                    + " walking, so counting by distance as the crow flies fails.")
            .knob(SIZE)
            .knob(WALLS)
            .knob(STEPS)
            .answerShape("two whole numbers: the count within k steps, then the count at exactly k steps, such as 9 3")
            .build();
    private static final Set<String> FILLER = Set.of("within", "exactly", "and", "cells", "cell", "steps", "step", "at", "most", "k", "total");

    /** The grid (with S), the start cell and the step budget. */
    public record Puzzle(List<String> grid, int start, int steps) {
        public Puzzle {
            grid = List.copyOf(grid);
        }
    }

    /** The number of floor cells within the budget and the number exactly at it. */
    public record Answer(int within, int exactly) {}

    public ReachableCellsBootcamp() {
        super(INFO, Codec.of(answer -> answer.within() + " " + answer.exactly(), ReachableCellsBootcamp::read));
    }

    private static Answer read(String text) {
        List<String> words = StepWords.of(text, FILLER, 8, "expected two numbers");
        if (words.size() != 2) {
            throw new AnswerFormatException("expected two numbers, found " + words.size() + " words");
        }
        return new Answer(Answers.intValue(words.get(0)), Answers.intValue(words.get(1)));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(SIZE, Draw.scale(level, 7, 16))
                .with(WALLS, Draw.scale(level, 25, 33))
                .with(STEPS, Draw.scale(level, 5, 14));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        while (true) {
            int size = knobs.get(SIZE);
            char[][] grid = Mazes.scatter(size, size, knobs.get(WALLS) / 100.0, random);
            List<Integer> open = Mazes.cells(grid, Mazes.OPEN);
            if (open.isEmpty()) {
                continue;
            }
            int start = Draw.pick(open, random);
            grid[start / size][start % size] = 'S';
            Puzzle puzzle = new Puzzle(Mazes.lines(grid), start, knobs.get(STEPS));
            // a start boxed in by walls makes a trivial count
            if (solve(puzzle).within() > Math.min(4, open.size() - 1)) {
                return puzzle;
            }
        }
    }

    @Override
    public String question(Puzzle puzzle) {
        return "On the grid below, # is a wall and . is floor; S is a floor cell where a token starts.\n\n"
                + Grid.of(puzzle.grid()).render() + "\n\n"
                + "In one step the token moves to a floor cell directly above, below, left or right of it (never"
                + " diagonally, never onto a wall or off the grid). With a budget of k = " + puzzle.steps() + " steps,"
                + " how many floor cells can the token reach using at most k steps (count S itself, reached in 0 steps),"
                + " and how many of those cells need exactly k steps at the least? Answer with the two counts in that"
                + " order, separated by a space, for example 9 3 (a format example only).";
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        char[][] grid = Mazes.chars(puzzle.grid());
        StateSearch search = Mazes.walk(grid, puzzle.start());
        int within = 0;
        int exactly = 0;
        for (int cell = 0; cell < search.states(); cell++) {
            int distance = search.distance(cell);
            within += distance >= 0 && distance <= puzzle.steps() ? 1 : 0;
            exactly += distance == puzzle.steps() ? 1 : 0;
        }
        return new Answer(within, exactly);
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        Answer gold = solve(puzzle);
        if (gold.equals(answer)) {
            return Score.correct(gold.within() + " cells within " + puzzle.steps() + " steps, " + gold.exactly() + " at exactly " + puzzle.steps());
        }
        if (gold.within() != answer.within()) {
            return Score.wrong(answer.within() + " is not the number of cells within " + puzzle.steps() + " steps");
        }
        return Score.wrong(answer.exactly() + " is not the number of cells at exactly " + puzzle.steps() + " steps");
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        char[][] grid = Mazes.chars(puzzle.grid());
        int columns = grid[0].length;
        int within = 0;
        int exactly = 0;
        // distance as the crow walks, ignoring walls in the way
        for (int cell : Mazes.cells(grid, Mazes.OPEN)) {
            int distance = Math.abs(cell / columns - puzzle.start() / columns) + Math.abs(cell % columns - puzzle.start() % columns);
            within += distance <= puzzle.steps() ? 1 : 0;
            exactly += distance == puzzle.steps() ? 1 : 0;
        }
        List<Answer> misses = new ArrayList<>();
        misses.add(new Answer(within + 1, exactly));
        misses.add(new Answer(gold.within() - 1, gold.exactly()));
        misses.add(new Answer(gold.within(), gold.exactly() + 1));
        misses.add(new Answer(gold.exactly(), gold.within()));
        return misses.stream().filter(miss -> !miss.equals(gold)).toList();
    }

    @Override
    public double cost(Puzzle puzzle) {
        return solve(puzzle).within() * (double) puzzle.steps();
    }
}
