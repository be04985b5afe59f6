package dev.bootcamp.camps.spatial;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.AnswerFormatException;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Camp;
import dev.bootcamp.camps.kit.Codecs;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.Items;
import dev.bootcamp.camps.kit.Prose;
import dev.bootcamp.camps.kit.spatial.Cube;
import dev.bootcamp.verify.Answers;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** Cube rotation tracking: a cube with coloured faces is tipped, rolled and spun; say which colours face up, front and right. */
@AutoService(Bootcamp.class)
public final class CubeRotationTrackingBootcamp extends Camp<CubeRotationTrackingBootcamp.Puzzle, CubeRotationTrackingBootcamp.Answer> {
    private static final Knob<Integer> TURNS = Knob.integer("turns", 1, 60, 6, "number of turns");
    private static final Knob<Boolean> HALF_TURNS = Knob.flag("half-turns", false, "turns by 180 degrees are mixed in");
    private static final BootcampInfo INFO = BootcampInfo.builder(CubeRotationTrackingBootcamp.class)
            .title("Cube rotation tracking")
            .domain("spatial")
            .tags("spatial", "cube", "rotation", "mental-rotation")
            .summary("A cube whose six faces have six different colours sits in front of the viewer; all six colours are"
                    + " given. It is turned by a list of quarter turns (tip forward or back, roll left or right, spin"
                    + " clockwise or anticlockwise seen from above) and, with the half-turns knob, half turns. Answer the"
                    + " colours facing up, toward the viewer and to the right at the end. All three must be right; no"
                    + " partial credit.")
            .knob(TURNS)
            .knob(HALF_TURNS)
            .version(1)
            .answerShape("three colours: the one on top, the one facing you, the one facing right")
            .build();

    private static final List<String> COLOURS = List.of("red", "blue", "green", "yellow", "white", "black", "orange", "purple", "pink", "brown");
    /** Turn names, each with its effect as rolls and spins (S = tip toward the viewer, C = spin clockwise from above). */
    private static final List<String> QUARTERS = List.of("tip forward", "tip back", "roll right", "roll left", "spin clockwise", "spin anticlockwise");
    private static final List<String> HALVES = List.of("flip forward", "flip sideways", "spin half");

    /** The colours of faces 0..5 (at positions up, down, back, front, right, left at the start) and the turns by name. */
    public record Puzzle(List<String> colours, List<String> turns) {
        public Puzzle {
            colours = List.copyOf(colours);
            turns = List.copyOf(turns);
        }
    }

    /** The colours facing up, front and right. */
    public record Answer(List<String> colours) {
        public Answer {
            colours = List.copyOf(colours);
        }
    }

    public CubeRotationTrackingBootcamp() {
        super(INFO, Codecs.list(Codecs.word(), " ").map(CubeRotationTrackingBootcamp::read, Answer::colours));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults().with(TURNS, Draw.scale(level, 2, 24)).with(HALF_TURNS, level >= 5);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        List<String> colours = Draw.sample(COLOURS, 6, random);
        List<String> turns = new ArrayList<>();
        for (int i = 0; i < knobs.get(TURNS); i++) {
            boolean half = knobs.get(HALF_TURNS) && random.nextInt(4) == 0;
            turns.add(half ? Draw.pick(HALVES, random) : Draw.pick(QUARTERS, random));
        }
        return new Puzzle(colours, turns);
    }

    @Override
    public String question(Puzzle puzzle) {
        List<String> c = puzzle.colours();
        StringBuilder text = new StringBuilder();
        text.append("A cube sits on a table in front of you. Its top face is ").append(c.get(0)).append(", its bottom face ")
                .append(c.get(1)).append(", the face toward you (the front) ").append(c.get(3)).append(", the back face ")
                .append(c.get(2)).append(", the face on your right ").append(c.get(4)).append(" and the face on your left ")
                .append(c.get(5)).append(". You never move; the cube is turned in place, and front, back, left, right, top")
                .append(" and bottom always mean the positions as you see them.\n\nThe turns:\n")
                .append("- tip forward: a quarter turn that carries the top face to the front (front to bottom, bottom to back, back to top)\n")
                .append("- tip back: the opposite quarter turn, top face to the back\n")
                .append("- roll right: a quarter turn that carries the top face to the right (right to bottom, bottom to left, left to top)\n")
                .append("- roll left: the opposite quarter turn, top face to the left\n")
                .append("- spin clockwise: a quarter turn about the vertical axis, clockwise as seen from above (front to left,")
                .append(" left to back, back to right, right to front); top and bottom stay\n")
                .append("- spin anticlockwise: the opposite quarter turn (front to right)\n");
        if (puzzle.turns().stream().anyMatch(HALVES::contains)) {
            text.append("- flip forward: tip forward twice; flip sideways: roll right twice; spin half: spin clockwise twice\n");
        }
        text.append("\nThe cube is turned ").append(Prose.number(puzzle.turns().size())).append(puzzle.turns().size() == 1 ? " time" : " times")
                .append(", in this order:\n").append(Prose.numbered(puzzle.turns()))
                .append("\n\nWhich colours face up, toward you and to your right at the end? Answer with the three colours in")
                .append(" that order (top, front, right), separated by spaces, for example: grey teal gold.");
        return text.toString();
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(finalColours(puzzle));
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        return Items.allOrNothing(finalColours(puzzle), answer.colours(), "colour");
    }

    /** The three colours one turn short, the colours in another order, and the start's colours. */
    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<String> g = gold.colours();
        List<Answer> misses = new ArrayList<>();
        misses.add(new Answer(List.of(g.get(1), g.get(0), g.get(2))));
        misses.add(new Answer(List.of(g.get(0), g.get(2), g.get(1))));
        List<String> c = puzzle.colours();
        Cube cube = Cube.identity();
        for (String turn : puzzle.turns().subList(0, puzzle.turns().size() - 1)) {
            cube = apply(cube, turn);
        }
        misses.add(new Answer(List.of(c.get(cube.at(Cube.UP)), c.get(cube.at(Cube.SOUTH)), c.get(cube.at(Cube.EAST)))));
        misses.add(new Answer(List.of(c.get(0), c.get(3), c.get(4))));
        return misses.stream().filter(miss -> !miss.equals(gold)).toList();
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.turns().stream().mapToInt(turn -> HALVES.contains(turn) ? 2 : 1).sum();
    }

    private static Answer read(List<String> words) {
        for (String word : words) {
            if (word.isEmpty() || word.length() > 20 || !word.chars().allMatch(Character::isLetter)) {
                throw new AnswerFormatException("a colour is one word of letters, found '" + Answers.abbreviate(word) + "'");
            }
        }
        return new Answer(words);
    }

    private static List<String> finalColours(Puzzle puzzle) {
        Cube cube = Cube.identity();
        for (String turn : puzzle.turns()) {
            cube = apply(cube, turn);
        }
        List<String> c = puzzle.colours();
        return List.of(c.get(cube.at(Cube.UP)), c.get(cube.at(Cube.SOUTH)), c.get(cube.at(Cube.EAST)));
    }

    /** The viewer stands to the south: front is south, back north, right east, left west. */
    private static Cube apply(Cube cube, String turn) {
        return switch (turn) {
            case "tip forward" -> cube.roll('S');
            case "tip back" -> cube.roll('N');
            case "roll right" -> cube.roll('E');
            case "roll left" -> cube.roll('W');
            case "spin clockwise" -> cube.spinClockwise();
            case "spin anticlockwise" -> cube.spinClockwise().spinClockwise().spinClockwise();
            case "flip forward" -> cube.roll('S').roll('S');
            case "flip sideways" -> cube.roll('E').roll('E');
            case "spin half" -> cube.spinClockwise().spinClockwise();
            default -> throw new IllegalArgumentException("unknown turn " + turn);
        };
    }
}
