package dev.bootcamp.camps.algorithms;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Camp;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.ListCodecs;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;

/** 0/1 knapsack: choose items of greatest total value within a weight limit. */
@AutoService(Bootcamp.class)
public final class KnapsackBootcamp extends Camp<KnapsackBootcamp.Puzzle, KnapsackBootcamp.Answer> {
    private static final Knob<Integer> ITEMS = Knob.integer("items", 2, 60, 8, "number of items to choose from");
    private static final Knob<Integer> MAX_WEIGHT = Knob.integer("max-weight", 2, 500, 20, "largest item weight (weights are 1..max-weight)");
    private static final Knob<Integer> MAX_VALUE = Knob.integer("max-value", 2, 500, 30, "largest item value (values are 1..max-value)");
    private static final Knob<Double> CAPACITY = Knob.decimal("capacity", 0.25, 0.75, 0.5, "capacity as a fraction of the total weight of all items, drawn per puzzle within 0.15 of this");
    private static final BootcampInfo INFO = BootcampInfo.builder(KnapsackBootcamp.class)
            .title("0/1 knapsack")
            .version(2)
            .domain("algorithms")
            .tags("optimisation", "dynamic-programming", "partial-credit")
            .summary("Choose a subset of numbered items, each with a weight and a value, whose total weight stays within a"
                    + " capacity and whose total value is as large as possible. Any optimal subset is CORRECT; a feasible"
                    + " subset scores PARTIAL with reward equal to its value divided by the optimum; an overweight subset"
                    + " or an unknown item is WRONG.")
            .knob(ITEMS)
            .knob(MAX_WEIGHT)
            .knob(MAX_VALUE)
            .knob(CAPACITY)
            .answerShape("the numbers of the chosen items separated by spaces, in any order (or the word none)")
            .severalAnswers()
            .build();

    /** An item; items are numbered from 1 in list order. */
    public record Item(int weight, int value) {}

    /** The items, the capacity, and the optimal total value (kept for checking, never shown). */
    public record Puzzle(List<Item> items, int capacity, int optimum) {
        public Puzzle {
            items = List.copyOf(items);
        }
    }

    /** The chosen item numbers, ascending. */
    public record Answer(List<Integer> items) {
        public Answer {
            items = List.copyOf(new TreeSet<>(items));
        }
    }

    /** How far each puzzle's capacity fraction may stray from the knob, so the best subset's size varies. */
    private static final double CAPACITY_SPREAD = 0.15;
    /** The least fraction of the optimum that earns partial credit; poorer feasible subsets are what guessing finds. */
    private static final double PARTIAL_FLOOR = 0.9;

    public KnapsackBootcamp() {
        super(INFO, ListCodecs.orNone(ListCodecs.numbered("item"), "none").map(Answer::new, Answer::items));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(ITEMS, Draw.scale(level, 8, 30))
                .with(MAX_WEIGHT, Draw.scale(level, 9, 99))
                .with(MAX_VALUE, Draw.scale(level, 9, 199));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int count = knobs.get(ITEMS);
        List<Item> items = new ArrayList<>();
        int total = 0;
        for (int i = 0; i < count; i++) {
            Item item = new Item(Draw.between(1, knobs.get(MAX_WEIGHT), random), Draw.between(1, knobs.get(MAX_VALUE), random));
            items.add(item);
            total += item.weight();
        }
        int lightest = items.stream().mapToInt(Item::weight).min().orElse(1);
        double fraction = knobs.get(CAPACITY) + (2 * random.nextDouble() - 1) * CAPACITY_SPREAD;
        int capacity = Math.max(lightest, (int) Math.round(total * fraction));
        return new Puzzle(items, capacity, best(items, capacity).value);
    }

    @Override
    public String question(Puzzle puzzle) {
        StringBuilder text = new StringBuilder();
        text.append("You have a knapsack that holds a total weight of at most ").append(puzzle.capacity())
                .append(". Choose some of the items below (each at most once) so that their total weight is at most ")
                .append(puzzle.capacity()).append(" and their total value is as large as possible.\n\n");
        for (int i = 0; i < puzzle.items().size(); i++) {
            Item item = puzzle.items().get(i);
            text.append("Item ").append(i + 1).append(": weight ").append(item.weight()).append(", value ").append(item.value()).append('\n');
        }
        text.append("\nAnswer with the numbers of the items you choose.");
        return text.toString();
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(best(puzzle.items(), puzzle.capacity()).chosen);
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        int weight = 0;
        int value = 0;
        for (int number : answer.items()) {
            if (number < 1 || number > puzzle.items().size()) {
                return Score.wrong("there is no item " + number + "; items are numbered 1.." + puzzle.items().size());
            }
            Item item = puzzle.items().get(number - 1);
            weight += item.weight();
            value += item.value();
        }
        if (weight > puzzle.capacity()) {
            return Score.wrong("total weight " + weight + " exceeds the capacity " + puzzle.capacity());
        }
        if (value == puzzle.optimum()) {
            return Score.correct("optimal value " + value);
        }
        if (value < PARTIAL_FLOOR * puzzle.optimum()) {
            return Score.wrong("feasible, but value " + value + " is below 90% of the optimal " + puzzle.optimum());
        }
        return Score.partial((double) value / puzzle.optimum(), "feasible with value " + value + " of the optimal " + puzzle.optimum());
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<Answer> misses = new ArrayList<>();
        if (!gold.items().isEmpty()) {
            List<Integer> fewer = new ArrayList<>(gold.items());
            fewer.remove(random.nextInt(fewer.size()));
            misses.add(new Answer(fewer));
        }
        if (puzzle.items().stream().mapToInt(Item::weight).sum() > puzzle.capacity()) {
            misses.add(new Answer(IntStream.rangeClosed(1, puzzle.items().size()).boxed().toList()));
        }
        misses.add(new Answer(List.of(puzzle.items().size() + 1)));
        return misses;
    }

    @Override
    public double cost(Puzzle puzzle) {
        return (double) puzzle.items().size() * puzzle.capacity();
    }

    /** Dynamic programming over capacity, with the choice recovered from a keep table. */
    private static Best best(List<Item> items, int capacity) {
        int n = items.size();
        int[] table = new int[capacity + 1];
        boolean[][] keep = new boolean[n][capacity + 1];
        for (int i = 0; i < n; i++) {
            Item item = items.get(i);
            for (int w = capacity; w >= item.weight(); w--) {
                int with = table[w - item.weight()] + item.value();
                if (with > table[w]) {
                    table[w] = with;
                    keep[i][w] = true;
                }
            }
        }
        List<Integer> chosen = new ArrayList<>();
        int w = capacity;
        for (int i = n - 1; i >= 0; i--) {
            if (keep[i][w]) {
                chosen.add(i + 1);
                w -= items.get(i).weight();
            }
        }
        return new Best(table[capacity], chosen);
    }

    private record Best(int value, List<Integer> chosen) {}
}
