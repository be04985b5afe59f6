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
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.NamedValues;
import dev.bootcamp.camps.kit.Prose;
import dev.bootcamp.verify.Answers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.random.RandomGenerator;

/** Temporal ordering: from clues about weekdays and gaps between events, find the date of every event. */
@AutoService(Bootcamp.class)
public final class TemporalOrderingBootcamp extends Camp<TemporalOrderingBootcamp.Puzzle, TemporalOrderingBootcamp.Answer> {
    static final List<String> MONTHS = List.of("March", "April", "May", "June", "July", "October");
    static final List<String> WEEKDAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");
    private static final Set<String> FILLERS = fillers();

    private static final Knob<Integer> EVENTS = Knob.integer("events", 2, 8, 4, "number of events, each on a different day");
    private static final Knob<Integer> DAYS = Knob.integer("days", 3, 14, 7, "number of consecutive days the events fall within (at least the events)");
    private static final Knob<Integer> CLUE_KINDS = Knob.integer("clue-kinds", 1, 3, 2, "1: weekdays, 'k days after', 'earlier than'; 2: adds 'not on a weekday',"
            + " weekends, first/last and one date; 3: adds 'between', 'k days apart' and 'same weekday' (a date clue"
            + " is allowed at every setting when the stretch is longer than a week)");
    private static final BootcampInfo INFO = BootcampInfo.builder(TemporalOrderingBootcamp.class)
            .title("Temporal ordering of events")
            .domain("logic")
            .tags("deduction", "calendar", "ordering", "unique-solution")
            .summary("Events take place on different days within a stated stretch of dates (the weekday of the first date is"
                    + " given). Clues give an event's weekday or date, rule a weekday out, say an event was on a weekend or"
                    + " not, first or last, a number of days after another, earlier than another, between two others, a"
                    + " number of days apart, or on the same weekday. Exactly one schedule fits and no clue can be dropped;"
                    + " the generator proves it by searching event by event and the counter by walking the calendar day by"
                    + " day. The answer gives each event's date; CORRECT when every date is right, WRONG otherwise, naming"
                    + " the first broken clue. No partial credit.")
            .knob(EVENTS)
            .knob(DAYS)
            .knob(CLUE_KINDS)
            .answerShape("one line per event in the form event: day of the month")
            .uniqueSolution()
            .build();

    /**
     * A clue about events (indices into the names). {@code kind}: {@code weekday} / {@code not-weekday} (the weekday
     * {@code count}, 0 Monday), {@code date} (day {@code count} of the stretch, from 0), {@code weekend}, {@code
     * not-weekend}, {@code first}, {@code last}, {@code after} (first is {@code count} days after second), {@code before}
     * (first is earlier than second), {@code between} (first after second and before third), {@code apart} ({@code
     * count} days between their dates) or {@code same-weekday}. Unused fields are -1.
     */
    public record Clue(String kind, int first, int second, int third, int count) {
        public Clue {
            requireNonNull(kind, "kind is null");
        }

        /** Whether every event the clue names has a day ({@code day[e]} is -1 for an unplaced event). */
        boolean ready(int[] day) {
            return day[first] >= 0 && (second < 0 || day[second] >= 0) && (third < 0 || day[third] >= 0);
        }

        /** Whether the clue holds; "first" and "last" compare with the events placed so far. */
        boolean holds(int[] day, Puzzle frame) {
            int a = day[first];
            int b = second < 0 ? -1 : day[second];
            return switch (kind) {
                case "weekday" -> frame.weekday(a) == count;
                case "not-weekday" -> frame.weekday(a) != count;
                case "date" -> a == count;
                case "weekend" -> frame.weekday(a) >= 5;
                case "not-weekend" -> frame.weekday(a) < 5;
                case "first" -> Arrays.stream(day).allMatch(other -> other < 0 || other >= a);
                case "last" -> Arrays.stream(day).allMatch(other -> other <= a);
                case "after" -> a - b == count;
                case "before" -> a < b;
                case "between" -> b < a && a < day[third];
                case "apart" -> Math.abs(a - b) == count;
                case "same-weekday" -> a != b && Math.floorMod(a - b, 7) == 0;
                default -> throw new IllegalArgumentException("unknown clue kind '" + kind + "'");
            };
        }
    }

    /**
     * The events (alphabetical), the number of days, the weekday of the first day (0 Monday), its date and month, the
     * clues, and each event's day from 0 (never shown).
     */
    public record Puzzle(List<String> events, int days, int firstWeekday, int firstDate, int month, List<Clue> clues, List<Integer> schedule) {
        public Puzzle {
            events = List.copyOf(events);
            clues = List.copyOf(clues);
            schedule = List.copyOf(schedule);
        }

        int weekday(int day) {
            return (firstWeekday + day) % 7;
        }

        String date(int day) {
            return MONTHS.get(month) + " " + (firstDate + day);
        }
    }

    /** One event's date as answered (the day of the month). */
    public record Placement(String event, int date) {
        public Placement {
            requireNonNull(event, "event is null");
        }
    }

    /** The placements, sorted by event. */
    public record Answer(List<Placement> placements) {
        public Answer {
            placements = placements.stream().sorted(Comparator.comparing(Placement::event)).toList();
        }
    }

    public TemporalOrderingBootcamp() {
        super(INFO, NamedValues.codec(FILLERS, TemporalOrderingBootcamp::event,
                date -> Answers.intValue(date.toLowerCase(Locale.ROOT).replaceAll("(st|nd|rd|th)$", "")), String::valueOf, "event: date")
                .map(entries -> new Answer(NamedValues.records(entries, Placement::new)),
                        answer -> NamedValues.entries(answer.placements(), Placement::event, Placement::date)));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(EVENTS, Draw.scale(level, 3, 7))
                .with(DAYS, Draw.scale(level, 5, 12))
                .with(CLUE_KINDS, Draw.scale(level, 1, 3));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int events = knobs.get(EVENTS);
        int days = Math.max(events, knobs.get(DAYS));
        return TemporalOrderingGenerator.generate(events, days, knobs.get(CLUE_KINDS), random);
    }

    @Override
    public String question(Puzzle puzzle) {
        List<String> events = puzzle.events();
        int last = puzzle.days() - 1;
        StringBuilder text = new StringBuilder();
        text.append(Prose.capitalise(Prose.number(events.size()))).append(" events took place between ").append(WEEKDAYS.get(puzzle.weekday(0)))
                .append(", ").append(puzzle.date(0)).append(" and ").append(WEEKDAYS.get(puzzle.weekday(last))).append(", ")
                .append(puzzle.date(last)).append(" (both included, ").append(Prose.number(puzzle.days())).append(" consecutive days): the ")
                .append(String.join(", the ", events.subList(0, events.size() - 1))).append(" and the ").append(events.get(events.size() - 1))
                .append(". Each was on a different day. Clues:\n");
        text.append(Prose.numbered(puzzle.clues().stream().map(clue -> sentence(puzzle, clue)).toList()));
        String month = MONTHS.get(puzzle.month());
        text.append("\nSaturday and Sunday are the weekend. Days are counted on the calendar: the day after ").append(month)
                .append(" 3 is ").append(month).append(" 4, and \"two days apart\" means, for example, ").append(month)
                .append(" 3 and ").append(month).append(" 5.\n\nExactly one schedule is consistent with all the clues. Give the")
                .append(" day of the month of every event, one line per event, in the form \"gala: 30\" (the event's name, a")
                .append(" colon, then the day of the month).");
        return text.toString();
    }

    private static String sentence(Puzzle puzzle, Clue clue) {
        String first = "the " + puzzle.events().get(clue.first());
        String second = clue.second() < 0 ? "" : "the " + puzzle.events().get(clue.second());
        String text = switch (clue.kind()) {
            case "weekday" -> first + " was on a " + WEEKDAYS.get(clue.count());
            case "not-weekday" -> first + " was not on a " + WEEKDAYS.get(clue.count());
            case "date" -> first + " was on " + puzzle.date(clue.count());
            case "weekend" -> first + " was on a weekend";
            case "not-weekend" -> first + " was not on a weekend";
            case "first" -> first + " came before every other event";
            case "last" -> first + " came after every other event";
            case "after" -> clue.count() == 1 ? first + " was the day after " + second
                    : first + " was " + Prose.number(clue.count()) + " days after " + second;
            case "before" -> first + " was earlier than " + second;
            case "between" -> first + " was after " + second + " but before the " + puzzle.events().get(clue.third());
            case "apart" -> first + " and " + second + " were " + Prose.number(clue.count()) + (clue.count() == 1 ? " day" : " days") + " apart";
            case "same-weekday" -> first + " and " + second + " were on the same day of the week";
            default -> throw new IllegalArgumentException("unknown clue kind '" + clue.kind() + "'");
        };
        return Prose.capitalise(text) + ".";
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        List<Placement> placements = new ArrayList<>();
        for (int event = 0; event < puzzle.events().size(); event++) {
            placements.add(new Placement(puzzle.events().get(event), puzzle.firstDate() + puzzle.schedule().get(event)));
        }
        return new Answer(placements);
    }

    private static String event(String token) {
        String word = token.toLowerCase(Locale.ROOT);
        if (word.length() > 20 || !word.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            throw new AnswerFormatException("expected an event name, found '" + Answers.abbreviate(token) + "'");
        }
        return word;
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        int events = puzzle.events().size();
        int[] day = new int[events];
        Arrays.fill(day, -1);
        for (Placement placement : answer.placements()) {
            int event = puzzle.events().indexOf(placement.event());
            if (event < 0) {
                return Score.wrong("there is no event called " + Answers.abbreviate(placement.event()));
            }
            long offset = (long) placement.date() - puzzle.firstDate();
            if (offset < 0 || offset >= puzzle.days()) {
                return Score.wrong("the " + placement.event() + " is dated outside " + puzzle.date(0) + " to " + puzzle.date(puzzle.days() - 1));
            }
            day[event] = (int) offset;
        }
        Set<Integer> taken = new TreeSet<>();
        for (int event = 0; event < events; event++) {
            if (day[event] < 0) {
                return Score.wrong("no date for the " + puzzle.events().get(event));
            }
            if (!taken.add(day[event])) {
                return Score.wrong("two events are on " + puzzle.date(day[event]));
            }
        }
        for (int i = 0; i < puzzle.clues().size(); i++) {
            if (!puzzle.clues().get(i).holds(day, puzzle)) {
                return Score.wrong("clue " + (i + 1) + " is broken: " + sentence(puzzle, puzzle.clues().get(i)));
            }
        }
        for (int event = 0; event < events; event++) {
            if (day[event] != puzzle.schedule().get(event)) {
                return Score.wrong("satisfies every clue but differs from the solution");
            }
        }
        return Score.correct("all " + events + " dates are right");
    }

    /** Two events' dates swapped, one event a day later, and one event left out. */
    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<Placement> placements = gold.placements();
        int first = random.nextInt(placements.size());
        int second = (first + 1 + random.nextInt(placements.size() - 1)) % placements.size();
        List<Placement> swapped = new ArrayList<>(placements);
        swapped.set(first, new Placement(placements.get(first).event(), placements.get(second).date()));
        swapped.set(second, new Placement(placements.get(second).event(), placements.get(first).date()));
        List<Placement> shifted = new ArrayList<>(placements);
        shifted.set(first, new Placement(placements.get(first).event(), placements.get(first).date() + 1));
        List<Placement> missing = new ArrayList<>(placements);
        missing.remove(first);
        return List.of(new Answer(swapped), new Answer(shifted), new Answer(missing));
    }

    /** Schedules to consider: days × (days - 1) × ... over the events. */
    @Override
    public double cost(Puzzle puzzle) {
        double schedules = 1;
        for (int i = 0; i < puzzle.events().size(); i++) {
            schedules *= puzzle.days() - i;
        }
        return schedules;
    }

    /** Walks the calendar day by day, deciding which event (if any) falls on each: independent of the generator's search. */
    @Override
    public long countSolutions(Puzzle puzzle, long limit) {
        return TemporalOrderingCounter.count(puzzle, limit);
    }

    private static Set<String> fillers() {
        Set<String> words = new TreeSet<>(Set.of("on", "the", "was", "is", "date", "day", "of"));
        MONTHS.forEach(month -> words.add(month.toLowerCase(Locale.ROOT)));
        WEEKDAYS.forEach(weekday -> words.add(weekday.toLowerCase(Locale.ROOT)));
        return words;
    }
}
