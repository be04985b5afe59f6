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
import dev.bootcamp.camps.kit.PersonNames;
import dev.bootcamp.verify.Answers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/** Turn and walk: follow a walker's relative turns and walks on open ground; give the offset from the start and the heading. */
@AutoService(Bootcamp.class)
public final class TurnAndWalkBootcamp extends Camp<TurnAndWalkBootcamp.Puzzle, TurnAndWalkBootcamp.Answer> {
    private static final Knob<Integer> LEGS = Knob.integer("legs", 1, 40, 5, "walks in the story");
    private static final Knob<Integer> MAX_BLOCKS = Knob.integer("max-blocks", 1, 20, 5, "longest single walk in blocks");
    private static final Knob<Boolean> HALF_TURNS = Knob.flag("half-turns", false, "allow 45-degree turns, so the walker also heads diagonally");
    private static final List<String> HEADINGS = List.of("N", "NE", "E", "SE", "S", "SW", "W", "NW");
    private static final List<String> WORDS = List.of("north", "northeast", "east", "southeast", "south", "southwest", "west", "northwest");
    private static final int[] EAST_STEP = {0, 1, 1, 1, 0, -1, -1, -1};
    private static final int[] NORTH_STEP = {1, 1, 0, -1, -1, -1, 0, 1};
    private static final BootcampInfo INFO = BootcampInfo.builder(TurnAndWalkBootcamp.class)
            .title("Turn and walk: where does the walker end up")
            .version(1)
            .domain("spatial")
            .tags("navigation", "relative-directions", "path-integration", "headings")
            .summary("A walker starts facing a compass direction and follows a story of relative turns (left, right, around,"
                    + " and with half-turns on, 45-degree half left and half right) and walks of whole blocks, a diagonal"
                    + " block moving one block along each of its two directions. Give the final offset from the start as"
                    + " blocks east and north (negative for west and south) and the final heading; all three must be right.")
            .knob(LEGS)
            .knob(MAX_BLOCKS)
            .knob(HALF_TURNS)
            .answerShape("blocks east, blocks north, then the heading, such as -2 0 NW")
            .build();

    /** The walker's name, starting heading (index into N, NE, E, ...), and the story as turns ("L", "R", "A", "HL", "HR") and walks ("W3"). */
    public record Puzzle(String name, int heading, List<String> story) {
        public Puzzle {
            story = List.copyOf(story);
        }
    }

    /** Blocks east and north of the start (negative: west, south) and the heading letters. */
    public record Answer(int east, int north, String heading) {}

    public TurnAndWalkBootcamp() {
        super(INFO, Codec.of(answer -> answer.east() + " " + answer.north() + " " + answer.heading(), TurnAndWalkBootcamp::read));
    }

    private static Answer read(String text) {
        if (text.length() > 200) {
            throw new AnswerFormatException("expected two numbers and a heading, found " + text.length() + " characters");
        }
        String[] parts = text.strip().replace(',', ' ').replace('(', ' ').replace(')', ' ').split("\\s+");
        if (parts.length != 3) {
            throw new AnswerFormatException("expected two numbers and a heading, found " + parts.length + " parts");
        }
        String word = parts[2].toLowerCase(Locale.ROOT).replace("-", "");
        int heading = WORDS.indexOf(word) >= 0 ? WORDS.indexOf(word) : HEADINGS.indexOf(word.toUpperCase(Locale.ROOT));
        if (heading < 0) {
            throw new AnswerFormatException("expected a heading such as N or SW, found '" + Answers.abbreviate(parts[2]) + "'");
        }
        return new Answer(Answers.intValue(parts[0]), Answers.intValue(parts[1]), HEADINGS.get(heading));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(LEGS, Draw.scale(level, 3, 20))
                .with(MAX_BLOCKS, Draw.scale(level, 5, 12))
                .with(HALF_TURNS, level >= 5);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        List<String> turns = new ArrayList<>(List.of("L", "R", "L", "R", "A"));
        if (knobs.get(HALF_TURNS)) {
            turns.addAll(List.of("HL", "HR", "HL", "HR"));
        }
        List<String> story = new ArrayList<>();
        for (int leg = 0; leg < knobs.get(LEGS); leg++) {
            if (leg > 0 || random.nextBoolean()) {
                story.add(Draw.pick(turns, random));
            }
            story.add("W" + Draw.between(1, knobs.get(MAX_BLOCKS), random));
        }
        return new Puzzle(Draw.pick(PersonNames.ALL, random), 2 * random.nextInt(4), story);
    }

    @Override
    public String question(Puzzle puzzle) {
        List<String> sentences = new ArrayList<>();
        for (String part : puzzle.story()) {
            sentences.add(switch (part) {
                case "L" -> "turns left";
                case "R" -> "turns right";
                case "A" -> "turns around";
                case "HL" -> "turns half left";
                case "HR" -> "turns half right";
                default -> "walks " + part.substring(1) + (part.equals("W1") ? " block" : " blocks") + " straight ahead";
            });
        }
        return puzzle.name() + " stands in a wide open square, facing " + WORDS.get(puzzle.heading()) + ". Then "
                + puzzle.name() + " " + String.join(", then ", sentences) + ".\n\n"
                + "A left or right turn is a quarter turn (90 degrees) on the spot, \"around\" is a half turn (180 degrees),"
                + " and a half left or half right turn is 45 degrees, so the walker may face a diagonal such as northeast."
                + " Turning never moves the walker. A block walked facing north, east, south or west moves one block that"
                + " way; a block walked facing a diagonal moves one block along each of its two directions (a northeast"
                + " block is one block north and one block east). Where does " + puzzle.name() + " end up, counted from"
                + " the starting spot, and which way does " + puzzle.name() + " face at the end? Answer with the number of"
                + " blocks east (negative if west), the number of blocks north (negative if south) and the heading (N,"
                + " NE, E, SE, S, SW, W or NW), separated by spaces, in the format -2 0 NW (format only).";
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        int heading = puzzle.heading();
        int east = 0;
        int north = 0;
        for (String part : puzzle.story()) {
            switch (part) {
                case "L" -> heading = (heading + 6) % 8;
                case "R" -> heading = (heading + 2) % 8;
                case "A" -> heading = (heading + 4) % 8;
                case "HL" -> heading = (heading + 7) % 8;
                case "HR" -> heading = (heading + 1) % 8;
                default -> {
                    int blocks = Integer.parseInt(part.substring(1));
                    east += EAST_STEP[heading] * blocks;
                    north += NORTH_STEP[heading] * blocks;
                }
            }
        }
        return new Answer(east, north, HEADINGS.get(heading));
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        Answer gold = solve(puzzle);
        if (gold.equals(answer)) {
            return Score.correct("ends " + gold.east() + " east, " + gold.north() + " north, facing " + gold.heading());
        }
        if (gold.east() == answer.east() && gold.north() == answer.north()) {
            return Score.wrong("the place is right but the walker does not face " + answer.heading());
        }
        return Score.wrong("the walker does not end " + answer.east() + " east and " + answer.north() + " north of the start");
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        // left and right swapped: the mirror image of the walk about the starting heading's line
        List<String> mirrored = puzzle.story().stream().map(part -> part.replace('L', 'X').replace('R', 'L').replace('X', 'R')).toList();
        List<Answer> misses = new ArrayList<>();
        misses.add(solve(new Puzzle(puzzle.name(), puzzle.heading(), mirrored)));
        misses.add(new Answer(gold.north(), gold.east(), gold.heading()));
        misses.add(new Answer(-gold.east(), gold.north(), gold.heading()));
        misses.add(new Answer(gold.east(), gold.north(), HEADINGS.get((HEADINGS.indexOf(gold.heading()) + 2) % 8)));
        return misses.stream().filter(miss -> !miss.equals(gold)).toList();
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.story().size() + (puzzle.story().stream().anyMatch(part -> part.startsWith("H")) ? puzzle.story().size() : 0);
    }
}
