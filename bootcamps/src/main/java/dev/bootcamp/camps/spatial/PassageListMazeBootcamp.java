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
import dev.bootcamp.camps.kit.MoveReplay;
import dev.bootcamp.camps.kit.StateSearch;
import dev.bootcamp.camps.kit.StepWords;
import dev.bootcamp.camps.kit.mazes.Compass;
import dev.bootcamp.camps.kit.mazes.Mazes;
import dev.bootcamp.verify.Answers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.random.RandomGenerator;

/** Passage-list maze: a maze given only as the list of doorways between named rooms; give a route of rooms. */
@AutoService(Bootcamp.class)
public final class PassageListMazeBootcamp extends Camp<PassageListMazeBootcamp.Puzzle, PassageListMazeBootcamp.Answer> {
    private static final Knob<Integer> ROOM_ROWS = Knob.integer("room-rows", 2, 12, 4, "rows of rooms");
    private static final Knob<Integer> ROOM_COLUMNS = Knob.integer("room-columns", 2, 12, 4, "columns of rooms (named by letters A, B, ...)");
    private static final Knob<Integer> LOOPS = Knob.integer("loops", 0, 40, 10, "percent of the walls left after carving that get a doorway too");
    private static final int MOST_ROOMS = 2_000;
    private static final BootcampInfo INFO = BootcampInfo.builder(PassageListMazeBootcamp.class)
            .title("Maze from a list of doorways")
            .version(1)
            .domain("spatial")
            .tags("maze", "graph", "path-finding", "text-only")
            .summary("A maze of rooms laid out in a rectangle (columns lettered, rows numbered, so B3 is column B, row 3) is"
                    + " described only by the doorways between neighbouring rooms, listed in text; give the rooms of a"
                    + " walk from the start room to the goal room, both included. Any walk that uses only listed doorways"
                    + " is CORRECT, however long; a step between rooms with no doorway, a wrong first room or a walk ending"
                    + " elsewhere is WRONG.")
            .knob(ROOM_ROWS)
            .knob(ROOM_COLUMNS)
            .knob(LOOPS)
            .answerShape("room names in order separated by spaces, from the start to the goal, such as A1 A2 A1")
            .severalAnswers()
            .build();

    /** The doorways as "A1-A2" pairs (sorted), the start and goal rooms, and one shortest walk (never shown). */
    public record Puzzle(int rows, int columns, List<String> doorways, String start, String goal, List<String> walk) {
        public Puzzle {
            doorways = List.copyOf(doorways);
            walk = List.copyOf(walk);
        }
    }

    /** Room names, upper case. */
    public record Answer(List<String> rooms) {
        public Answer {
            rooms = List.copyOf(rooms);
        }
    }

    public PassageListMazeBootcamp() {
        super(INFO, Codec.of(answer -> String.join(" ", answer.rooms()), PassageListMazeBootcamp::read));
    }

    private static Answer read(String text) {
        List<String> rooms = new ArrayList<>();
        for (String word : StepWords.of(text, Set.of("to", "then", "room"), MOST_ROOMS, "more than " + MOST_ROOMS + " rooms")) {
            if (word.length() < 2 || word.length() > 3 || word.charAt(0) < 'a' || word.charAt(0) > 'z'
                    || !word.substring(1).chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw new AnswerFormatException("expected room names such as B3, found '" + Answers.abbreviate(word) + "'");
            }
            rooms.add(word.toUpperCase(Locale.ROOT));
        }
        if (rooms.isEmpty()) {
            throw new AnswerFormatException("no rooms found");
        }
        return new Answer(rooms);
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(ROOM_ROWS, Draw.scale(level, 3, 9))
                .with(ROOM_COLUMNS, Draw.scale(level, 3, 9))
                .with(LOOPS, Draw.scale(level, 5, 12));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int rows = knobs.get(ROOM_ROWS);
        int columns = knobs.get(ROOM_COLUMNS);
        while (true) {
            char[][] grid = Mazes.carve(rows, columns, knobs.get(LOOPS) / 100.0, random);
            int width = grid[0].length;
            TreeSet<String> doorways = new TreeSet<>();
            List<Integer> rooms = new ArrayList<>();
            for (int row = 0; row < rows; row++) {
                for (int column = 0; column < columns; column++) {
                    rooms.add((2 * row + 1) * width + 2 * column + 1);
                    if (column + 1 < columns && grid[2 * row + 1][2 * column + 2] == Mazes.OPEN) {
                        doorways.add(name(row, column) + "-" + name(row, column + 1));
                    }
                    if (row + 1 < rows && grid[2 * row + 2][2 * column + 1] == Mazes.OPEN) {
                        doorways.add(name(row, column) + "-" + name(row + 1, column));
                    }
                }
            }
            int start = Draw.pick(rooms, random);
            StateSearch search = Mazes.walk(grid, start);
            int goal = Mazes.far(search, rooms, 0.6, random);
            if (goal < 0 || search.distance(goal) < 6) {
                continue;
            }
            List<String> walk = new ArrayList<>(List.of(name(grid, start)));
            int at = start;
            List<Compass> route = Mazes.route(search, goal);
            for (int step = 0; step < route.size(); step++) {
                at = Mazes.step(grid, at, route.get(step));
                if (step % 2 == 1) {
                    walk.add(name(grid, at));
                }
            }
            return new Puzzle(rows, columns, List.copyOf(doorways), name(grid, start), name(grid, goal), walk);
        }
    }

    private static String name(int row, int column) {
        return (char) ('A' + column) + String.valueOf(row + 1);
    }

    private static String name(char[][] grid, int cell) {
        return name(cell / grid[0].length / 2, cell % grid[0].length / 2);
    }

    @Override
    public String question(Puzzle puzzle) {
        char last = (char) ('A' + puzzle.columns() - 1);
        return "A building has " + puzzle.rows() * puzzle.columns() + " rooms laid out in " + puzzle.rows() + " rows and "
                + puzzle.columns() + " columns. Columns are lettered A to " + last + " and rows numbered 1 to "
                + puzzle.rows() + ", so a room is named by its column letter and row number (C2 is in column C, row 2)."
                + " Rooms are separated by walls, except where a doorway joins two neighbouring rooms. These are all"
                + " the doorways, each written as the two rooms it joins; a doorway can be used in both directions:\n\n"
                + String.join(", ", puzzle.doorways()) + "\n\n"
                + "You are in room " + puzzle.start() + " and want to reach room " + puzzle.goal() + ", passing only"
                + " through doorways. List the rooms of your walk in order, starting with " + puzzle.start() + " and"
                + " ending with " + puzzle.goal() + ", separated by spaces; any such walk is accepted, not only the"
                + " shortest. The format looks like A1 A2 A1 (an example of the format, not a solution).";
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.walk());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        List<String> rooms = answer.rooms();
        if (!rooms.get(0).equals(puzzle.start())) {
            return Score.wrong("the walk must start in " + puzzle.start() + ", not " + rooms.get(0));
        }
        Set<String> doorways = Set.copyOf(puzzle.doorways());
        String[] at = {rooms.get(0)};
        String problem = MoveReplay.replay(rooms.subList(1, rooms.size()), (number, room) -> {
            String pair = at[0].compareTo(room) < 0 ? at[0] + "-" + room : room + "-" + at[0];
            if (!doorways.contains(pair)) {
                return "step " + number + " goes from " + at[0] + " to " + room + ", but no doorway joins them";
            }
            at[0] = room;
            return null;
        }, () -> at[0].equals(puzzle.goal()) ? null : "the walk ends in " + at[0] + ", not in " + puzzle.goal());
        return problem == null ? Score.correct("reaches " + puzzle.goal() + " through " + (rooms.size() - 1) + " doorways")
                : Score.wrong(problem);
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<String> rooms = gold.rooms();
        List<List<String>> misses = new ArrayList<>();
        misses.add(rooms.subList(0, rooms.size() - 1));
        List<String> skipping = new ArrayList<>(rooms);
        skipping.remove(1 + random.nextInt(rooms.size() - 2));
        misses.add(skipping);
        List<String> backwards = new ArrayList<>(rooms);
        java.util.Collections.reverse(backwards);
        misses.add(backwards);
        return misses.stream().filter(miss -> !miss.isEmpty()).map(Answer::new).filter(miss -> !check(puzzle, miss).passed()).toList();
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.walk().size() + puzzle.doorways().size();
    }
}
