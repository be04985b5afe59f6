package dev.bootcamp.camps.logic;

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
import dev.bootcamp.verify.Answers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/** Ranking puzzle: from clues about who is taller (older, faster, ...), find the order of everyone. */
@AutoService(Bootcamp.class)
public final class RankingPuzzleBootcamp extends Camp<RankingPuzzleBootcamp.Puzzle, RankingPuzzleBootcamp.Answer> {
    /** An ordering attribute: comparative, opposite comparative, superlative, opposite superlative, and what differs. */
    record Scale(String more, String less, String most, String least, String property) {}

    static final List<Scale> SCALES = List.of(
            new Scale("taller", "shorter", "tallest", "shortest", "heights"),
            new Scale("older", "younger", "oldest", "youngest", "ages"),
            new Scale("faster", "slower", "fastest", "slowest", "running speeds"),
            new Scale("heavier", "lighter", "heaviest", "lightest", "weights"));
    static final List<String> ORDINALS = List.of("", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth");
    private static final List<String> NUMBERS = List.of("Zero", "One", "Two", "Three", "Four", "Five", "Six", "Seven",
            "Eight", "Nine");
    private static final int MAX_NAMES = 40;
    private static final int MAX_NAME_LENGTH = 20;

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
        super(INFO, Codec.of(RankingPuzzleBootcamp::write, RankingPuzzleBootcamp::read));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(PEOPLE, Draw.scale(level, 3, 8))
                .with(CLUE_KINDS, Draw.scale(level, 1, 3));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        return RankingPuzzleGenerator.generate(knobs.get(PEOPLE), knobs.get(CLUE_KINDS), random);
    }

    @Override
    public String question(Puzzle puzzle) {
        Scale scale = SCALES.get(puzzle.scale());
        List<String> names = puzzle.names();
        StringBuilder text = new StringBuilder();
        text.append(NUMBERS.get(names.size())).append(" people, ").append(list(names)).append(", all have different ").append(scale.property())
                .append(". Clues:\n");
        for (int i = 0; i < puzzle.clues().size(); i++) {
            text.append(i + 1).append(". ").append(sentence(puzzle.clues().get(i), names, scale)).append('\n');
        }
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
        return people == 1 ? "one person is" : NUMBERS.get(people).toLowerCase(Locale.ROOT) + " people are";
    }

    static String list(List<String> words) {
        return String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.order());
    }

    private static String write(Answer answer) {
        return String.join(", ", answer.order());
    }

    /** Names separated by commas, spaces, newlines or '>'; capitalisation is ignored. */
    private static Answer read(String text) {
        List<String> names = new ArrayList<>();
        for (String token : Answers.tokens(text, ">")) {
            if (token.length() > MAX_NAME_LENGTH || !token.chars().allMatch(Character::isLetter)) {
                throw new AnswerFormatException("expected a name, found '" + Answers.abbreviate(token) + "'");
            }
            names.add(token.substring(0, 1).toUpperCase(Locale.ROOT) + token.substring(1).toLowerCase(Locale.ROOT));
            if (names.size() > MAX_NAMES) {
                throw new AnswerFormatException("more than " + MAX_NAMES + " names");
            }
        }
        if (names.isEmpty()) {
            throw new AnswerFormatException("no names found");
        }
        return new Answer(names);
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

    /** Two neighbours swapped, the order reversed, and one person left out. */
    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<String> order = gold.order();
        int place = random.nextInt(order.size() - 1);
        List<String> swapped = new ArrayList<>(order);
        swapped.set(place, order.get(place + 1));
        swapped.set(place + 1, order.get(place));
        List<String> reversed = new ArrayList<>(order);
        Collections.reverse(reversed);
        List<String> missing = new ArrayList<>(order);
        missing.remove(random.nextInt(order.size()));
        return List.of(new Answer(swapped), new Answer(reversed), new Answer(missing));
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
        int people = puzzle.names().size();
        int[] rank = new int[people];
        Arrays.fill(rank, -1);
        return count(puzzle.clues(), rank, new boolean[people], 0, limit);
    }

    private static long count(List<Clue> clues, int[] rank, boolean[] placed, int place, long limit) {
        int people = rank.length;
        if (place == people) {
            return 1;
        }
        long found = 0;
        for (int person = 0; person < people && found < limit; person++) {
            if (placed[person]) {
                continue;
            }
            placed[person] = true;
            rank[person] = place;
            if (partiallyHolds(clues, rank)) {
                found += count(clues, rank, placed, place + 1, limit - found);
            }
            placed[person] = false;
            rank[person] = -1;
        }
        return found;
    }

    private static boolean partiallyHolds(List<Clue> clues, int[] rank) {
        for (Clue clue : clues) {
            boolean ready = rank[clue.first()] >= 0 && (clue.second() < 0 || rank[clue.second()] >= 0);
            if (ready && !clue.holds(rank)) {
                return false;
            }
        }
        return true;
    }
}
