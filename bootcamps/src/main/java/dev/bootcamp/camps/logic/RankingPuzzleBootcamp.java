package dev.bootcamp.camps.logic;

import static java.util.Objects.requireNonNull;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Camp;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.NearMisses;
import dev.bootcamp.camps.kit.OrderClues;
import dev.bootcamp.camps.kit.Permutations;
import dev.bootcamp.camps.kit.PersonNames;
import dev.bootcamp.camps.kit.Prose;
import dev.bootcamp.verify.Answers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/** Ranking puzzle: from clues about who is taller (older, faster, ...), find the order of everyone. */
@AutoService(Bootcamp.class)
public final class RankingPuzzleBootcamp extends Camp<RankingPuzzleBootcamp.Puzzle, RankingPuzzleBootcamp.Answer> {
    /** An ordering attribute: comparative, opposite comparative, superlative, opposite superlative, and what differs. */
    record Scale(String more, String less, String most, String least, String property) {}

    private static final List<Scale> SCALES = List.of(
            new Scale("taller", "shorter", "tallest", "shortest", "heights"),
            new Scale("older", "younger", "oldest", "youngest", "ages"),
            new Scale("faster", "slower", "fastest", "slowest", "running speeds"),
            new Scale("heavier", "lighter", "heaviest", "lightest", "weights"));
    private static final List<String> ORDINALS = List.of("", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth");

    private static final Knob<Integer> PEOPLE = Knob.integer("people", 3, 8, 5, "number of people to rank (the generator filters all people! orders)");
    private static final Knob<Integer> CLUE_KINDS = Knob.integer("clue-kinds", 1, 3, 2, "1: comparisons only; 2: adds the extremes and 'not the tallest'; 3:"
            + " adds exact places and 'exactly k people between'");
    private static final BootcampInfo INFO = BootcampInfo.builder(RankingPuzzleBootcamp.class)
            .title("Ranking puzzle")
            .domain("logic")
            .tags("deduction", "ordering", "constraint-satisfaction", "unique-solution")
            .summary("People differ in one measure (height, age, running speed or weight). Clues compare two people, name or"
                    + " rule out the extremes, give a person's exact place, or say how many people rank between two others;"
                    + " exactly one order fits, proved by filtering all permutations, and the clue set is minimal (no clue"
                    + " can be dropped). The answer lists everyone from the top of the measure to the bottom; CORRECT when it"
                    + " is that order, WRONG otherwise, naming the first wrong place. No partial credit.")
            .knob(PEOPLE)
            .knob(CLUE_KINDS)
            .answerShape("all names separated by commas, from the tallest (or oldest, fastest, heaviest) to the other end")
            .uniqueSolution()
            .build();

    /**
     * One clue about people (indices into the names). {@code kind}: {@code above} (first ranks above second), {@code
     * top}, {@code bottom}, {@code not-top}, {@code not-bottom}, {@code place} (first is at place {@code count}, 0 at the
     * top), {@code between} ({@code count} people rank between first and second). {@code flipped} words a clue from
     * the other end ("shorter than" for above, "second shortest" for place). Unused fields are -1.
     */
    public record Clue(String kind, int first, int second, int count, boolean flipped) {
        public Clue {
            requireNonNull(kind, "kind is null");
        }

        /** Whether the clue holds when {@code rank[i]} is person i's place, 0 at the top. */
        boolean holds(int[] rank) {
            int people = rank.length;
            return switch (kind) {
                case "above" -> rank[first] < rank[second];
                case "top" -> rank[first] == 0;
                case "bottom" -> rank[first] == people - 1;
                case "not-top" -> rank[first] != 0;
                case "not-bottom" -> rank[first] != people - 1;
                case "place" -> rank[first] == count;
                case "between" -> Math.abs(rank[first] - rank[second]) == count + 1;
                default -> throw new IllegalArgumentException("unknown clue kind '" + kind + "'");
            };
        }
    }

    /** The names (alphabetical), the scale, the clues, and the names from the top down (never shown). */
    public record Puzzle(List<String> names, int scale, List<Clue> clues, List<String> order) {
        public Puzzle {
            names = List.copyOf(names);
            clues = List.copyOf(clues);
            order = List.copyOf(order);
        }
    }

    /** Names from the top of the measure down. */
    public record Answer(List<String> order) {
        public Answer {
            order = List.copyOf(order);
        }
    }

    public RankingPuzzleBootcamp() {
        super(INFO, PersonNames.order(">").map(Answer::new, Answer::order));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(PEOPLE, Draw.scale(level, 3, 8))
                .with(CLUE_KINDS, Draw.scale(level, 1, 3));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int people = knobs.get(PEOPLE);
        int[] hidden = Draw.permutation(people, random);
        int[] rank = new int[people];
        for (int place = 0; place < people; place++) {
            rank[hidden[place]] = place;
        }
        List<int[]> orders = Permutations.all(people);
        List<Clue> drawn = OrderClues.narrowing(orders, chosen -> trueClue(rank, knobs.get(CLUE_KINDS), random), Clue::holds);
        List<Clue> clues = OrderClues.minimal(drawn, fewer -> OrderClues.consistent(orders, fewer, Clue::holds) == 1, random);
        List<String> names = PersonNames.sorted(people, random);
        List<String> order = Arrays.stream(hidden).mapToObj(names::get).toList();
        return new Puzzle(names, random.nextInt(SCALES.size()), clues, order);
    }

    /** A random clue that holds for the hidden ranks, drawn from the kinds the level allows. */
    private static Clue trueClue(int[] rank, int kinds, RandomGenerator random) {
        int people = rank.length;
        while (true) {
            int first = random.nextInt(people);
            int second = (first + 1 + random.nextInt(people - 1)) % people;
            int kind = random.nextInt(kinds == 1 ? 1 : kinds == 2 ? 3 : 5);
            Clue clue = switch (kind) {
                case 0 -> rank[first] < rank[second] ? new Clue("above", first, second, -1, random.nextBoolean())
                        : new Clue("above", second, first, -1, random.nextBoolean());
                case 1 -> rank[first] == 0 ? new Clue("top", first, -1, -1, false)
                        : rank[first] == people - 1 ? new Clue("bottom", first, -1, -1, false) : null;
                case 2 -> random.nextBoolean() ? rank[first] != 0 ? new Clue("not-top", first, -1, -1, false) : null
                        : rank[first] != people - 1 ? new Clue("not-bottom", first, -1, -1, false) : null;
                case 3 -> rank[first] != 0 && rank[first] != people - 1
                        ? new Clue("place", first, -1, rank[first], rank[first] > (people - 1) / 2) : null;
                default -> new Clue("between", Math.min(first, second), Math.max(first, second),
                        Math.abs(rank[first] - rank[second]) - 1, false);
            };
            if (clue != null) {
                return clue;
            }
        }
    }

    @Override
    public String question(Puzzle puzzle) {
        Scale scale = SCALES.get(puzzle.scale());
        List<String> names = puzzle.names();
        StringBuilder text = new StringBuilder();
        text.append(Prose.capitalise(Prose.number(names.size()))).append(" people, ").append(Prose.and(names)).append(", all have different ").append(scale.property())
                .append(". Clues:\n");
        text.append(Prose.numbered(puzzle.clues().stream().map(clue -> sentence(clue, names, scale)).toList()));
        if (puzzle.clues().stream().anyMatch(clue -> clue.kind().equals("between"))) {
            text.append("\n\"Between\" counts the people whose place in the order from ").append(scale.most()).append(" to ")
                    .append(scale.least()).append(" lies strictly between the two named people's places.\n");
        }
        text.append("\nExactly one order is consistent with all the clues. List all ").append(names.size())
                .append(" people from the ").append(scale.most()).append(" to the ").append(scale.least())
                .append(", separated by commas.");
        return text.toString();
    }

    static String sentence(Clue clue, List<String> names, Scale scale) {
        String first = names.get(clue.first());
        String second = clue.second() < 0 ? "" : names.get(clue.second());
        return switch (clue.kind()) {
            case "above" -> clue.flipped() ? second + " is " + scale.less() + " than " + first + "."
                    : first + " is " + scale.more() + " than " + second + ".";
            case "top" -> first + " is the " + scale.most() + ".";
            case "bottom" -> first + " is the " + scale.least() + ".";
            case "not-top" -> first + " is not the " + scale.most() + ".";
            case "not-bottom" -> first + " is not the " + scale.least() + ".";
            case "place" -> {
                int places = names.size();
                yield clue.flipped() ? first + " is the " + ORDINALS.get(places - 1 - clue.count()) + " " + scale.least() + "."
                        : first + " is the " + ORDINALS.get(clue.count()) + " " + scale.most() + ".";
            }
            case "between" -> clue.count() == 0
                    ? first + " and " + second + " are next to each other in the order by " + scale.property().replaceAll("s$", "") + "."
                    : "Exactly " + count(clue.count()) + " between " + first + " and " + second + " in the order by "
                            + scale.property().replaceAll("s$", "") + ".";
            default -> throw new IllegalArgumentException("unknown clue kind '" + clue.kind() + "'");
        };
    }

    private static String count(int people) {
        return people == 1 ? "one person is" : Prose.number(people) + " people are";
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.order());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        List<String> given = answer.order();
        for (String name : given) {
            if (!puzzle.names().contains(name)) {
                return Score.wrong("there is no " + Answers.abbreviate(name) + " in this puzzle");
            }
            if (given.indexOf(name) != given.lastIndexOf(name)) {
                return Score.wrong(name + " is listed twice");
            }
        }
        if (given.size() != puzzle.names().size()) {
            return Score.wrong("expected all " + puzzle.names().size() + " people, found " + given.size());
        }
        for (int place = 0; place < given.size(); place++) {
            if (!given.get(place).equals(puzzle.order().get(place))) {
                return Score.wrong("place " + (place + 1) + " is wrong: " + given.get(place));
            }
        }
        return Score.correct("the order is right");
    }

    /** Two neighbours swapped, the top moved to the bottom, and the top left out. */
    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<Answer> misses = new ArrayList<>(NearMisses.permutation(gold.order(), random).stream().map(Answer::new).toList());
        misses.add(new Answer(gold.order().subList(1, gold.order().size())));
        return misses;
    }

    /** Orders to consider times clues. */
    @Override
    public double cost(Puzzle puzzle) {
        double orders = 1;
        for (int i = 2; i <= puzzle.names().size(); i++) {
            orders *= i;
        }
        return orders * puzzle.clues().size();
    }

    /** Backtracking over places from the top, checking each clue once its people are placed (not the generator's filter). */
    @Override
    public long countSolutions(Puzzle puzzle, long limit) {
        return OrderClues.count(OrderClues.unplaced(puzzle.names().size()), 0, puzzle.clues(), Clue::first, Clue::second, Clue::holds, limit);
    }
}
