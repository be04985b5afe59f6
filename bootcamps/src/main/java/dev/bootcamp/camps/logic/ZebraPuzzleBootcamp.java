package dev.bootcamp.camps.logic;

import static java.util.Objects.requireNonNull;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Camp;
import dev.bootcamp.camps.kit.Codec;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.Prose;
import dev.bootcamp.verify.Answers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Zebra puzzle (Einstein's riddle): place every attribute value in a row of houses from a minimal set of clues. */
@AutoService(Bootcamp.class)
public final class ZebraPuzzleBootcamp extends Camp<ZebraPuzzleBootcamp.Puzzle, ZebraPuzzleBootcamp.Answer> {
    private static final Knob<Integer> HOUSES = Knob.integer("houses", 2, 8, 4, "number of houses in the row (and values per attribute)");
    private static final Knob<Integer> ATTRIBUTE_COUNT = Knob.integer("attributes", 2, 6, 3, "number of attributes per house");
    private static final BootcampInfo INFO = BootcampInfo.builder(ZebraPuzzleBootcamp.class)
            .title("Zebra puzzle")
            .domain("logic")
            .tags("deduction", "constraint-satisfaction", "einstein-riddle", "unique-solution")
            .summary("Houses stand in a row; each has one value of every attribute (colour, nationality, drink, pet, hobby,"
                    + " music), no value twice. Clues relate values (same house, not the same house, a given house, next to,"
                    + " directly left of, somewhere left of, one house between); the clue set has exactly one solution and"
                    + " no clue can be dropped without losing that. The answer is the full table; it is CORRECT when it uses"
                    + " every value once and satisfies every clue, WRONG otherwise, naming the first broken clue (no partial"
                    + " credit: the table has one solution, and a half-right table is easy to guess).")
            .knob(HOUSES)
            .knob(ATTRIBUTE_COUNT)
            .answerShape("one line per house: House N: followed by that house's values, separated by commas, in the stated attribute order")
            .uniqueSolution()
            .build();

    /** An attribute: its values and the English for "the person with value v" and "has value v". */
    record Attribute(String name, List<String> values, String subject, String predicate, String negation) {}

    static final List<Attribute> ATTRIBUTES = List.of(
            new Attribute("colour", List.of("red", "green", "blue", "yellow", "white", "black", "orange", "purple"),
                    "the person in the %s house", "lives in the %s house", "does not live in the %s house"),
            new Attribute("nationality", List.of("Brit", "Swede", "Dane", "Norwegian", "German", "Spaniard", "Italian", "Japanese"),
                    "the %s", "is the %s", "is not the %s"),
            new Attribute("drink", List.of("tea", "coffee", "milk", "water", "juice", "cocoa", "lemonade", "soda"),
                    "the %s drinker", "drinks %s", "does not drink %s"),
            new Attribute("pet", List.of("dog", "cat", "bird", "fish", "horse", "rabbit", "hamster", "turtle"),
                    "the %s owner", "owns the %s", "does not own the %s"),
            new Attribute("hobby", List.of("chess", "painting", "gardening", "cooking", "reading", "dancing", "hiking", "knitting"),
                    "the person who enjoys %s", "enjoys %s", "does not enjoy %s"),
            new Attribute("music", List.of("jazz", "rock", "pop", "blues", "folk", "opera", "reggae", "techno"),
                    "the %s fan", "listens to %s", "does not listen to %s"));

    private static final Map<String, Attribute> BY_NAME = byName();

    /**
     * One clue about items (an attribute index and a value index into the puzzle's lists). {@code kind} is {@code
     * same}, {@code not-same}, {@code next-to}, {@code directly-left} (first is one house left of other), {@code
     * somewhere-left}, {@code one-between} (house numbers differ by two), all relating the item to the other item,
     * or {@code at} and {@code not-at} about {@code house} (from 1). Unused fields are -1, or 0 for {@code house}.
     */
    public record Clue(String kind, int attribute, int value, int otherAttribute, int otherValue, int house) {
        public Clue {
            requireNonNull(kind, "kind is null");
        }

        /** Whether the clue holds with its items in these houses (from 0; {@code second} is unused by at and not-at). */
        boolean holds(int first, int second) {
            return switch (kind) {
                case "same" -> first == second;
                case "not-same" -> first != second;
                case "at" -> first == house - 1;
                case "not-at" -> first != house - 1;
                case "next-to" -> Math.abs(first - second) == 1;
                case "directly-left" -> first + 1 == second;
                case "somewhere-left" -> first < second;
                case "one-between" -> Math.abs(first - second) == 2;
                default -> throw new IllegalArgumentException("unknown clue kind '" + kind + "'");
            };
        }
    }

    /** The attributes (in the order of the answer), their values, the clues, and the solution's rows (never shown). */
    public record Puzzle(int houses, List<String> attributes, List<List<String>> values, List<Clue> clues, List<List<String>> solution) {
        public Puzzle {
            attributes = List.copyOf(attributes);
            values = values.stream().map(List::copyOf).toList();
            clues = List.copyOf(clues);
            solution = solution.stream().map(List::copyOf).toList();
        }
    }

    /** One house of an answer: its number (from 1) and its values in the order given (a right answer follows the attributes). */
    public record Row(int house, List<String> values) {
        public Row {
            values = List.copyOf(values);
        }
    }

    /** The rows, sorted by house number. */
    public record Answer(List<Row> houses) {
        public Answer {
            houses = houses.stream().sorted(Comparator.comparingInt(Row::house)).toList();
        }
    }

    public ZebraPuzzleBootcamp() {
        super(INFO, Codec.of(ZebraPuzzleBootcamp::write, ZebraPuzzleParser::read));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(HOUSES, Draw.scale(level, 3, 6))
                .with(ATTRIBUTE_COUNT, Draw.scale(level, 2, 5));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        return ZebraPuzzleGenerator.generate(knobs.get(HOUSES), knobs.get(ATTRIBUTE_COUNT), random);
    }

    @Override
    public String question(Puzzle puzzle) {
        int houses = puzzle.houses();
        StringBuilder text = new StringBuilder();
        text.append(Prose.capitalise(Prose.number(houses))).append(" houses stand in a row, numbered 1 to ").append(houses)
                .append(" from left to right. One person lives in each house. Every house has exactly one value of each")
                .append(" attribute below, and no value belongs to two houses:\n");
        for (int attribute = 0; attribute < puzzle.attributes().size(); attribute++) {
            text.append("- ").append(puzzle.attributes().get(attribute)).append(": ")
                    .append(String.join(", ", puzzle.values().get(attribute))).append('\n');
        }
        text.append("\nClues:\n");
        text.append(Prose.numbered(puzzle.clues().stream().map(clue -> sentence(puzzle, clue)).toList()));
        Set<String> kinds = puzzle.clues().stream().map(Clue::kind).collect(Collectors.toSet());
        List<String> rules = new ArrayList<>();
        if (kinds.contains("directly-left")) {
            rules.add("\"Directly left of\" means in the house whose number is one less.");
        }
        if (kinds.contains("somewhere-left")) {
            rules.add("\"Somewhere to the left of\" means in any house with a smaller number.");
        }
        if (kinds.contains("next-to")) {
            rules.add("\"Next to\" means in a house whose number is one more or one less.");
        }
        if (kinds.contains("one-between")) {
            rules.add("\"Exactly one house between\" two people means their house numbers differ by exactly 2.");
        }
        if (!rules.isEmpty()) {
            text.append("\nWhere:\n");
            rules.forEach(rule -> text.append("- ").append(rule).append('\n'));
        }
        text.append("\nExactly one arrangement satisfies every clue. Find it.\nAnswer with one line per house, from house 1 to house ")
                .append(houses).append(", in the form \"House 1: ").append(String.join(", ", puzzle.attributes()))
                .append("\", giving that house's ").append(Prose.and(puzzle.attributes())).append(" in this order.");
        return text.toString();
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(IntStream.range(0, puzzle.houses()).mapToObj(house -> new Row(house + 1, puzzle.solution().get(house))).toList());
    }

    private static String write(Answer answer) {
        return String.join("\n", answer.houses().stream().map(row -> "House " + row.house() + ": " + String.join(", ", row.values())).toList());
    }

    /** Every row must give its values in the stated attribute order; the prompt asks for that order. */
    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        int houses = puzzle.houses();
        List<String> names = puzzle.attributes();
        int[][] place = new int[names.size()][houses];
        for (int[] row : place) {
            Arrays.fill(row, -1);
        }
        Set<Integer> numbers = new TreeSet<>();
        for (Row row : answer.houses()) {
            if (row.house() < 1 || row.house() > houses || !numbers.add(row.house())) {
                return Score.wrong("house " + row.house() + (numbers.contains(row.house()) ? " is given twice" : " does not exist")
                        + "; the houses are 1 to " + houses);
            }
            if (row.values().size() != names.size()) {
                return Score.wrong("house " + row.house() + " has " + row.values().size() + " values; expected its " + Prose.and(names)
                        + " in this order");
            }
            for (int attribute = 0; attribute < names.size(); attribute++) {
                String value = row.values().get(attribute);
                int index = puzzle.values().get(attribute).indexOf(value);
                if (index < 0) {
                    return Score.wrong("house " + row.house() + ": value " + (attribute + 1) + " should be its " + names.get(attribute)
                            + ", found " + Answers.abbreviate(value) + " (the order is " + String.join(", ", names) + ")");
                }
                if (place[attribute][index] >= 0) {
                    return Score.wrong(value + " is in two houses, " + (place[attribute][index] + 1) + " and " + row.house());
                }
                place[attribute][index] = row.house() - 1;
            }
        }
        if (numbers.size() != houses) {
            int missing = IntStream.rangeClosed(1, houses).filter(house -> !numbers.contains(house)).findFirst().orElse(0);
            return Score.wrong("house " + missing + " is missing");
        }
        for (int i = 0; i < puzzle.clues().size(); i++) {
            Clue clue = puzzle.clues().get(i);
            int second = clue.otherAttribute() < 0 ? -1 : place[clue.otherAttribute()][clue.otherValue()];
            if (!clue.holds(place[clue.attribute()][clue.value()], second)) {
                return Score.wrong("clue " + (i + 1) + " is broken: " + sentence(puzzle, clue));
            }
        }
        if (!solve(puzzle).equals(answer)) {
            return Score.wrong("satisfies every clue but differs from the solution");
        }
        return Score.correct("every value placed once and all " + puzzle.clues().size() + " clues hold");
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<Row> rows = gold.houses();
        int first = random.nextInt(rows.size());
        int second = (first + 1 + random.nextInt(rows.size() - 1)) % rows.size();
        int attribute = random.nextInt(puzzle.attributes().size());
        List<Row> swappedValue = new ArrayList<>(rows);
        swappedValue.set(first, withValue(rows.get(first), attribute, rows.get(second).values().get(attribute)));
        swappedValue.set(second, withValue(rows.get(second), attribute, rows.get(first).values().get(attribute)));
        List<Row> swappedHouses = new ArrayList<>(rows);
        swappedHouses.set(first, new Row(rows.get(first).house(), rows.get(second).values()));
        swappedHouses.set(second, new Row(rows.get(second).house(), rows.get(first).values()));
        List<Row> missing = new ArrayList<>(rows);
        missing.remove(random.nextInt(rows.size()));
        return List.of(new Answer(swappedValue), new Answer(swappedHouses), new Answer(missing));
    }

    private static Row withValue(Row row, int attribute, String value) {
        List<String> values = new ArrayList<>(row.values());
        values.set(attribute, value);
        return new Row(row.house(), values);
    }

    /** Cells to fill. */
    @Override
    public double cost(Puzzle puzzle) {
        return (double) puzzle.houses() * puzzle.attributes().size();
    }

    /** Plain backtracking, independent of the generator's propagating solver. */
    @Override
    public long countSolutions(Puzzle puzzle, long limit) {
        return ZebraPuzzleCounter.count(puzzle, limit);
    }

    private static String sentence(Puzzle puzzle, Clue clue) {
        String first = phrase(puzzle, clue.attribute(), clue.value(), Attribute::subject);
        String second = clue.otherAttribute() < 0 ? "" : phrase(puzzle, clue.otherAttribute(), clue.otherValue(), Attribute::subject);
        String text = switch (clue.kind()) {
            case "same" -> first + " " + phrase(puzzle, clue.otherAttribute(), clue.otherValue(), Attribute::predicate);
            case "not-same" -> first + " " + phrase(puzzle, clue.otherAttribute(), clue.otherValue(), Attribute::negation);
            case "at" -> first + " lives in house " + clue.house();
            case "not-at" -> first + " does not live in house " + clue.house();
            case "next-to" -> first + " lives next to " + second;
            case "directly-left" -> first + " lives directly left of " + second;
            case "somewhere-left" -> first + " lives somewhere to the left of " + second;
            case "one-between" -> "there is exactly one house between " + first + " and " + second;
            default -> throw new IllegalArgumentException("unknown clue kind '" + clue.kind() + "'");
        };
        return Prose.capitalise(text) + ".";
    }

    private static String phrase(Puzzle puzzle, int attribute, int value, Function<Attribute, String> form) {
        Attribute known = BY_NAME.get(puzzle.attributes().get(attribute));
        if (known == null) {
            throw new IllegalArgumentException("unknown attribute '" + puzzle.attributes().get(attribute) + "'");
        }
        return form.apply(known).replace("%s", puzzle.values().get(attribute).get(value));
    }

    private static Map<String, Attribute> byName() {
        Map<String, Attribute> attributes = new TreeMap<>();
        ATTRIBUTES.forEach(attribute -> attributes.put(attribute.name(), attribute));
        return attributes;
    }
}
