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
import java.util.function.BiPredicate;
import java.util.random.RandomGenerator;

/** Seating arrangement: place people in a row or around a round table from adjacency and position clues. */
@AutoService(Bootcamp.class)
public final class SeatingBootcamp extends Camp<SeatingBootcamp.Puzzle, SeatingBootcamp.Answer> {
    private static final List<List<String>> ROW_KINDS = List.of(
            List.of("next", "left", "end"),
            List.of("next", "left", "end", "not-next", "not-end", "before"),
            List.of("next", "left", "end", "not-next", "not-end", "before", "seat", "between", "between"));
    private static final List<List<String>> CIRCLE_KINDS = List.of(
            List.of("next", "left"),
            List.of("next", "left", "not-next", "opposite"),
            List.of("next", "left", "not-next", "opposite", "seat", "clockwise", "clockwise"));

    private static final Knob<Integer> PEOPLE = Knob.integer("people", 3, 8, 5, "number of people and seats (the generator filters all arrangements)");
    private static final Knob<String> LAYOUT = Knob.choice("layout", List.of("row", "circle", "either"), "either",
            "a row of seats, a round table, or either drawn per puzzle");
    private static final Knob<Integer> CLUE_KINDS = Knob.integer("clue-kinds", 1, 3, 2, "1: next to, immediately left (or clockwise), at an end; 2: adds 'not next"
            + " to', 'not at an end', 'somewhere left of' and 'opposite'; 3: adds given seats, 'exactly k between' and"
            + " 'k seats clockwise from'");
    private static final BootcampInfo INFO = BootcampInfo.builder(SeatingBootcamp.class)
            .title("Seating arrangement")
            .domain("logic")
            .tags("deduction", "arrangement", "constraint-satisfaction", "unique-solution")
            .summary("People sit in a row of numbered seats, or around a round table whose seats are numbered clockwise"
                    + " with one person's seat given (so rotations do not count as different). Clues say who sits next to,"
                    + " not next to, immediately left of, somewhere left of, opposite, or a number of seats clockwise from"
                    + " whom, who sits at an end, in a given seat, or how many people sit between two others. Exactly one"
                    + " arrangement fits, proved by filtering all arrangements, and no clue can be dropped. The answer lists"
                    + " the people by seat number; CORRECT when it is that arrangement, WRONG otherwise. No partial credit.")
            .knob(PEOPLE)
            .knob(LAYOUT)
            .knob(CLUE_KINDS)
            .answerShape("the names separated by commas, in seat order from seat 1")
            .uniqueSolution()
            .build();

    /**
     * A clue about people (indices into the names). {@code kind}: {@code next}, {@code not-next}, {@code left} (first
     * immediately left of second in a row, or second the next seat clockwise from first at a table), {@code before}
     * (first somewhere left of second), {@code end}, {@code not-end}, {@code seat} (first in seat {@code count} + 1),
     * {@code between} ({@code count} people between them in a row), {@code clockwise} (second is {@code count} seats
     * clockwise from first) or {@code opposite}. Unused fields are -1.
     */
    public record Clue(String kind, int first, int second, int count) {
        public Clue {
            requireNonNull(kind, "kind is null");
        }

        /** Whether the clue holds when person i sits in seat {@code seat[i]} (from 0). */
        boolean holds(int[] seat, boolean circle) {
            int seats = seat.length;
            int a = seat[first];
            int b = second < 0 ? -1 : seat[second];
            int apart = b < 0 ? -1 : circle ? Math.min(Math.floorMod(a - b, seats), Math.floorMod(b - a, seats)) : Math.abs(a - b);
            return switch (kind) {
                case "next" -> apart == 1;
                case "not-next" -> apart != 1;
                case "left" -> circle ? Math.floorMod(b - a, seats) == 1 : a + 1 == b;
                case "before" -> a < b;
                case "end" -> a == 0 || a == seats - 1;
                case "not-end" -> a != 0 && a != seats - 1;
                case "seat" -> a == count;
                case "between" -> apart == count + 1;
                case "clockwise" -> Math.floorMod(b - a, seats) == count;
                case "opposite" -> 2 * apart == seats;
                default -> throw new IllegalArgumentException("unknown clue kind '" + kind + "'");
            };
        }
    }

    /** The layout (row or circle), names (alphabetical), clues, and the names by seat (never shown; at a table seat 1 is given). */
    public record Puzzle(String layout, List<String> names, List<Clue> clues, List<String> seats) {
        public Puzzle {
            requireNonNull(layout, "layout is null");
            names = List.copyOf(names);
            clues = List.copyOf(clues);
            seats = List.copyOf(seats);
        }

        boolean circle() {
            return layout.equals("circle");
        }
    }

    /** Names by seat, seat 1 first. */
    public record Answer(List<String> seats) {
        public Answer {
            seats = List.copyOf(seats);
        }
    }

    public SeatingBootcamp() {
        super(INFO, PersonNames.order(">-").map(Answer::new, Answer::seats));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(PEOPLE, Draw.scale(level, 4, 8))
                .with(CLUE_KINDS, Draw.scale(level, 1, 3));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        String layout = knobs.get(LAYOUT);
        boolean circle = layout.equals("either") ? random.nextBoolean() : layout.equals("circle");
        int people = knobs.get(PEOPLE);
        int[] hidden = Draw.permutation(people, random);
        int[] seat = new int[people];
        for (int place = 0; place < people; place++) {
            seat[hidden[place]] = place;
        }
        List<int[]> arrangements = Permutations.all(people).stream().filter(arrangement -> !circle || arrangement[hidden[0]] == 0).toList();
        List<String> allowed = (circle ? CIRCLE_KINDS : ROW_KINDS).get(knobs.get(CLUE_KINDS) - 1);
        BiPredicate<Clue, int[]> holds = (clue, arrangement) -> clue.holds(arrangement, circle);
        List<Clue> drawn = OrderClues.narrowing(arrangements, chosen -> {
            Clue clue = trueClue(seat, circle, allowed, random);
            boolean secondSeat = clue != null && clue.kind().equals("seat") && chosen.stream().anyMatch(other -> other.kind().equals("seat"));
            return secondSeat ? null : clue;
        }, holds);
        List<Clue> clues = OrderClues.minimal(drawn, fewer -> OrderClues.consistent(arrangements, fewer, holds) == 1, random);
        List<String> names = PersonNames.sorted(people, random);
        return new Puzzle(circle ? "circle" : "row", names, clues, Arrays.stream(hidden).mapToObj(names::get).toList());
    }

    /** A random clue of an allowed kind that holds for the hidden seats, or null when the drawn kind does not fit. */
    private static Clue trueClue(int[] seat, boolean circle, List<String> allowed, RandomGenerator random) {
        int people = seat.length;
        int first = random.nextInt(people);
        int second = (first + 1 + random.nextInt(people - 1)) % people;
        String kind = Draw.pick(allowed, random);
        Clue clue = switch (kind) {
            case "next", "not-next", "opposite" -> new Clue(kind, Math.min(first, second), Math.max(first, second), -1);
            case "left", "before" -> seat[first] < seat[second] || circle
                    ? new Clue(kind, first, second, -1) : new Clue(kind, second, first, -1);
            case "end", "not-end", "seat" -> new Clue(kind, first, -1, kind.equals("seat") ? seat[first] : -1);
            case "between" -> new Clue(kind, Math.min(first, second), Math.max(first, second), Math.abs(seat[first] - seat[second]) - 1);
            default -> new Clue(kind, first, second, Math.floorMod(seat[second] - seat[first], people));
        };
        if (kind.equals("clockwise") && (clue.count() < 2 || clue.count() > people - 2)) {
            return null;
        }
        if (kind.equals("between") && clue.count() < 1) {
            return null;
        }
        return clue.holds(seat, circle) ? clue : null;
    }

    @Override
    public String question(Puzzle puzzle) {
        List<String> names = puzzle.names();
        int seats = names.size();
        String number = Prose.number(seats);
        StringBuilder text = new StringBuilder();
        text.append(Character.toUpperCase(number.charAt(0))).append(number.substring(1)).append(" people, ")
                .append(Prose.and(names));
        if (puzzle.circle()) {
            text.append(", sit around a round table with ").append(number).append(" seats, numbered 1 to ").append(seats)
                    .append(" going clockwise (after seat ").append(seats).append(" comes seat 1 again). ").append(puzzle.seats().get(0))
                    .append(" sits in seat 1.");
        } else {
            text.append(", sit in a row of ").append(number).append(" seats, numbered 1 to ").append(seats)
                    .append(" from left to right. \"Left\" always means a lower seat number.");
        }
        text.append(" Each seat holds one person. Clues:\n");
        text.append(Prose.numbered(puzzle.clues().stream().map(clue -> sentence(puzzle, clue)).toList()));
        List<String> kinds = puzzle.clues().stream().map(Clue::kind).toList();
        List<String> notes = new ArrayList<>();
        if (kinds.contains("next") || kinds.contains("not-next")) {
            notes.add("\"Next to\" means in neighbouring seats" + (puzzle.circle() ? " (seats " + seats + " and 1 are neighbours)." : "."));
        }
        if (kinds.contains("clockwise")) {
            notes.add("\"k seats clockwise from X\" means k steps clockwise from X's seat.");
        }
        if (kinds.contains("opposite")) {
            notes.add("\"Directly opposite\" means " + seats / 2 + " seats apart.");
        }
        if (!notes.isEmpty()) {
            text.append('\n').append(String.join(" ", notes)).append('\n');
        }
        text.append("\nExactly one arrangement is consistent with all the clues. List the people by seat, from seat 1 to seat ")
                .append(seats).append(", separated by commas.");
        return text.toString();
    }

    private static String sentence(Puzzle puzzle, Clue clue) {
        String first = puzzle.names().get(clue.first());
        String second = clue.second() < 0 ? "" : puzzle.names().get(clue.second());
        return switch (clue.kind()) {
            case "next" -> first + " sits next to " + second + ".";
            case "not-next" -> first + " does not sit next to " + second + ".";
            case "left" -> puzzle.circle() ? second + " sits in the next seat clockwise from " + first + "."
                    : first + " sits immediately to the left of " + second + ".";
            case "before" -> first + " sits somewhere to the left of " + second + ".";
            case "end" -> first + " sits at one end of the row.";
            case "not-end" -> first + " does not sit at either end of the row.";
            case "seat" -> first + " sits in seat " + (clue.count() + 1) + ".";
            case "between" -> clue.count() == 1 ? "Exactly one person sits between " + first + " and " + second + "."
                    : "Exactly " + Prose.number(clue.count()) + " people sit between " + first + " and " + second + ".";
            case "clockwise" -> second + " sits " + clue.count() + " seats clockwise from " + first + ".";
            case "opposite" -> first + " sits directly opposite " + second + ".";
            default -> throw new IllegalArgumentException("unknown clue kind '" + clue.kind() + "'");
        };
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.seats());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        List<String> given = answer.seats();
        for (String name : given) {
            if (!puzzle.names().contains(name)) {
                return Score.wrong("there is no " + Answers.abbreviate(name) + " in this puzzle");
            }
            if (given.indexOf(name) != given.lastIndexOf(name)) {
                return Score.wrong(name + " is seated twice");
            }
        }
        if (given.size() != puzzle.names().size()) {
            return Score.wrong("expected all " + puzzle.names().size() + " people, found " + given.size());
        }
        int[] seat = new int[given.size()];
        for (int i = 0; i < given.size(); i++) {
            seat[puzzle.names().indexOf(given.get(i))] = i;
        }
        if (puzzle.circle() && !given.get(0).equals(puzzle.seats().get(0))) {
            return Score.wrong(puzzle.seats().get(0) + " must be in seat 1");
        }
        for (int i = 0; i < puzzle.clues().size(); i++) {
            if (!puzzle.clues().get(i).holds(seat, puzzle.circle())) {
                return Score.wrong("clue " + (i + 1) + " is broken: " + sentence(puzzle, puzzle.clues().get(i)));
            }
        }
        if (!given.equals(puzzle.seats())) {
            return Score.wrong("satisfies every clue but differs from the solution");
        }
        return Score.correct("every clue holds");
    }

    /** Two neighbours swapped, seat 1's person moved to the last seat, and the last seat left empty. */
    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<Answer> misses = new ArrayList<>(NearMisses.permutation(gold.seats(), random).stream().map(Answer::new).toList());
        misses.add(new Answer(gold.seats().subList(0, gold.seats().size() - 1)));
        return misses;
    }

    /** Arrangements to consider times clues. */
    @Override
    public double cost(Puzzle puzzle) {
        double arrangements = 1;
        for (int i = 2; i <= puzzle.names().size() - (puzzle.circle() ? 1 : 0); i++) {
            arrangements *= i;
        }
        return arrangements * puzzle.clues().size();
    }

    /** Backtracking seat by seat, checking each clue once its people are seated (not the generator's filter). */
    @Override
    public long countSolutions(Puzzle puzzle, long limit) {
        int[] seat = OrderClues.unplaced(puzzle.names().size());
        if (puzzle.circle()) {
            seat[puzzle.names().indexOf(puzzle.seats().get(0))] = 0;
        }
        return OrderClues.count(seat, puzzle.circle() ? 1 : 0, puzzle.clues(), Clue::first, Clue::second,
                (clue, seats) -> clue.holds(seats, puzzle.circle()), limit);
    }
}
