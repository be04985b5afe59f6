package dev.bootcamp.camps.logic;

import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.OrderClues;
import dev.bootcamp.camps.logic.TemporalOrderingBootcamp.Clue;
import dev.bootcamp.camps.logic.TemporalOrderingBootcamp.Puzzle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Makes temporal puzzles: adds random true clues until a backtracking search (events in turn, each given a free day)
 * finds a single schedule, then drops each clue that is not needed. Stretches longer than a week may get one date
 * clue, since weekdays repeat there and a few events could otherwise all shift by a week.
 */
final class TemporalOrderingGenerator {
    private static final List<String> EVENTS = List.of("auction", "banquet", "concert", "dinner", "exhibition", "festival",
            "fundraiser", "interview", "lecture", "marathon", "meeting", "parade", "party", "picnic", "premiere", "recital",
            "seminar", "tournament", "wedding", "workshop");
    private static final List<List<String>> KINDS = List.of(
            List.of("weekday", "after", "after", "before"),
            List.of("weekday", "after", "after", "before", "not-weekday", "weekend", "first", "date"),
            List.of("weekday", "after", "before", "not-weekday", "weekend", "first", "between", "apart", "apart", "same-weekday"));

    private static final int MAX_CLUES = 60;

    private TemporalOrderingGenerator() {}

    static Puzzle generate(int events, int days, int kinds, RandomGenerator random) {
        while (true) {
            Puzzle puzzle = attempt(events, days, kinds, random);
            if (puzzle != null) {
                return puzzle;
            }
        }
    }

    /** A puzzle, or null when {@link #MAX_CLUES} clues still leave several schedules. */
    private static Puzzle attempt(int events, int days, int kinds, RandomGenerator random) {
        List<String> names = new ArrayList<>(Draw.sample(EVENTS, events, random));
        names.sort(null);
        int firstWeekday = random.nextInt(7);
        int firstDate = Draw.between(1, 12, random);
        int month = random.nextInt(TemporalOrderingBootcamp.MONTHS.size());
        int[] hidden = new int[events];
        List<Integer> chosen = Draw.sample(range(days), events, random);
        for (int event = 0; event < events; event++) {
            hidden[event] = chosen.get(event);
        }
        Puzzle frame = new Puzzle(names, days, firstWeekday, firstDate, month, List.of(), toList(hidden));
        List<String> allowed = new ArrayList<>(KINDS.get(kinds - 1));
        if (days > 7 && !allowed.contains("date")) {
            allowed.add("date");
        }
        List<Clue> clues = new ArrayList<>();
        while (count(frame, clues, 2) > 1) {
            if (clues.size() > MAX_CLUES) {
                return null;
            }
            Clue clue = trueClue(frame, hidden, allowed, random);
            boolean secondDate = clue != null && clue.kind().equals("date") && clues.stream().anyMatch(other -> other.kind().equals("date"));
            if (clue != null && !clues.contains(clue) && !secondDate) {
                clues.add(clue);
            }
        }
        List<Clue> needed = OrderClues.minimal(clues, fewer -> count(frame, fewer, 2) == 1, random);
        return new Puzzle(names, days, firstWeekday, firstDate, month, needed, toList(hidden));
    }

    private static List<Integer> range(int days) {
        List<Integer> all = new ArrayList<>();
        for (int day = 0; day < days; day++) {
            all.add(day);
        }
        return all;
    }

    private static List<Integer> toList(int[] values) {
        List<Integer> list = new ArrayList<>();
        for (int value : values) {
            list.add(value);
        }
        return list;
    }

    /** Schedules (one distinct day per event) that satisfy the clues, up to {@code limit}, found event by event. */
    static int count(Puzzle frame, List<Clue> clues, int limit) {
        int events = frame.events().size();
        int[] day = new int[events];
        Arrays.fill(day, -1);
        List<List<Clue>> byLastEvent = new ArrayList<>();
        for (int event = 0; event < events; event++) {
            byLastEvent.add(new ArrayList<>());
        }
        for (Clue clue : clues) {
            boolean global = clue.kind().equals("first") || clue.kind().equals("last");
            byLastEvent.get(global ? events - 1 : Math.max(clue.first(), Math.max(clue.second(), clue.third()))).add(clue);
        }
        return search(frame, byLastEvent, day, new boolean[frame.days()], 0, limit);
    }

    /** Clues are checked once, when the last of their events gets a day ("first" and "last" when every event has one). */
    private static int search(Puzzle frame, List<List<Clue>> byLastEvent, int[] day, boolean[] used, int event, int limit) {
        if (event == day.length) {
            return 1;
        }
        int found = 0;
        List<Clue> checks = byLastEvent.get(event);
        for (int candidate = 0; candidate < used.length && found < limit; candidate++) {
            if (used[candidate]) {
                continue;
            }
            day[event] = candidate;
            used[candidate] = true;
            boolean holds = true;
            for (int i = 0; i < checks.size() && holds; i++) {
                holds = checks.get(i).holds(day, frame);
            }
            if (holds) {
                found += search(frame, byLastEvent, day, used, event + 1, limit - found);
            }
            used[candidate] = false;
            day[event] = -1;
        }
        return found;
    }

    /** A random clue of an allowed kind that holds for the hidden days, or null when the drawn kind does not fit. */
    private static Clue trueClue(Puzzle frame, int[] day, List<String> allowed, RandomGenerator random) {
        int events = day.length;
        int[] order = Draw.permutation(events, random);
        int first = order[0];
        int second = order[1];
        int third = events > 2 ? order[2] : -1;
        String kind = Draw.pick(allowed, random);
        Clue clue = switch (kind) {
            case "weekday" -> new Clue(kind, first, -1, -1, frame.weekday(day[first]));
            case "not-weekday" -> new Clue(kind, first, -1, -1, (frame.weekday(day[first]) + Draw.between(1, 6, random)) % 7);
            case "date" -> new Clue(kind, first, -1, -1, day[first]);
            case "weekend" -> new Clue(frame.weekday(day[first]) >= 5 ? "weekend" : "not-weekend", first, -1, -1, -1);
            case "first" -> random.nextBoolean() ? new Clue("first", first, -1, -1, -1) : new Clue("last", first, -1, -1, -1);
            case "after" -> day[first] > day[second] ? new Clue(kind, first, second, -1, day[first] - day[second]) : null;
            case "before" -> day[first] < day[second] ? new Clue(kind, first, second, -1, -1) : null;
            case "between" -> third >= 0 && day[second] < day[first] && day[first] < day[third]
                    ? new Clue(kind, first, second, third, -1) : null;
            case "apart" -> new Clue(kind, Math.min(first, second), Math.max(first, second), -1, Math.abs(day[first] - day[second]));
            default -> new Clue(kind, Math.min(first, second), Math.max(first, second), -1, -1);
        };
        return clue == null || !clue.holds(day, frame) ? null : clue;
    }
}
