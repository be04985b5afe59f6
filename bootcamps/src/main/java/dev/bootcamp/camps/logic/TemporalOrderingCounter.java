package dev.bootcamp.camps.logic;

import dev.bootcamp.camps.logic.TemporalOrderingBootcamp.Clue;
import dev.bootcamp.camps.logic.TemporalOrderingBootcamp.Puzzle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Counts the schedules of a temporal puzzle by walking the calendar day by day, deciding which event (if any) falls on each. */
final class TemporalOrderingCounter {
    private TemporalOrderingCounter() {}

    static long count(Puzzle puzzle, long limit) {
        int events = puzzle.events().size();
        int[] day = new int[events];
        Arrays.fill(day, -1);
        List<List<Clue>> touching = new ArrayList<>();
        for (int event = 0; event < events; event++) {
            int placed = event;
            touching.add(puzzle.clues().stream().filter(clue -> clue.first() == placed || clue.second() == placed
                    || clue.third() == placed || clue.kind().equals("first") || clue.kind().equals("last")).toList());
        }
        return walk(puzzle, touching, day, 0, 0, limit);
    }

    /** Placing an event can only break the clues that name it, or "first" and "last", which compare with everyone. */
    private static long walk(Puzzle puzzle, List<List<Clue>> touching, int[] day, int today, int placed, long limit) {
        int events = day.length;
        if (placed == events) {
            return puzzle.clues().stream().allMatch(clue -> clue.holds(day, puzzle)) ? 1 : 0;
        }
        if (events - placed > puzzle.days() - today) {
            return 0;
        }
        long found = walk(puzzle, touching, day, today + 1, placed, limit);
        for (int event = 0; event < events && found < limit; event++) {
            if (day[event] >= 0) {
                continue;
            }
            day[event] = today;
            boolean holds = true;
            for (Clue clue : touching.get(event)) {
                holds = holds && (!clue.ready(day) || clue.holds(day, puzzle));
            }
            if (holds) {
                found += walk(puzzle, touching, day, today + 1, placed + 1, limit - found);
            }
            day[event] = -1;
        }
        return Math.min(found, limit);
    }
}
