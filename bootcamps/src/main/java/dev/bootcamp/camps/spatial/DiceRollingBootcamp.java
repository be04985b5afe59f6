package dev.bootcamp.camps.spatial;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Camp;
import dev.bootcamp.camps.kit.Codecs;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.Items;
import dev.bootcamp.camps.kit.spatial.Cube;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** Dice rolling: a die is tipped over its edges along a list of compass rolls; give the top face after every roll. */
@AutoService(Bootcamp.class)
public final class DiceRollingBootcamp extends Camp<DiceRollingBootcamp.Puzzle, DiceRollingBootcamp.Answer> {
    private static final Knob<Integer> ROLLS = Knob.integer("rolls", 1, 60, 8, "number of rolls");
    private static final Knob<Boolean> CUSTOM = Knob.flag("custom-labels", false, "the faces carry six random numbers instead of 1..6 with opposite"
            + " faces summing to 7");
    private static final BootcampInfo INFO = BootcampInfo.builder(DiceRollingBootcamp.class)
            .title("Dice rolling")
            .domain("spatial")
            .tags("spatial", "cube", "dice", "rotation", "simulation")
            .summary("A die stands on a table with known numbers on top, on its north side and on its east side (and known"
                    + " opposite pairs: the usual die, or six random numbers with the custom-labels knob). It is tipped over"
                    + " its bottom edges along a list of rolls north, east, south and west. Answer the number on top after"
                    + " every roll, in order. The list must match the simulation exactly; no partial credit.")
            .knob(ROLLS)
            .knob(CUSTOM)
            .version(1)
            .answerShape("the number on top after each roll, in order, separated by spaces")
            .build();

    private static final String DIRECTIONS = "NESW";

    /** The numbers on faces 0..5 (faces 2k and 2k+1 opposite), the faces up, north and east at the start, and the rolls. */
    public record Puzzle(List<Integer> labels, int up, int north, int east, String rolls) {
        public Puzzle {
            labels = List.copyOf(labels);
        }
    }

    /** The number on top after each roll. */
    public record Answer(List<Integer> tops) {
        public Answer {
            tops = List.copyOf(tops);
        }
    }

    public DiceRollingBootcamp() {
        super(INFO, Codecs.list(Codecs.integer(), " ").map(Answer::new, Answer::tops));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults().with(ROLLS, Draw.scale(level, 3, 30)).with(CUSTOM, level >= 6);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        List<Integer> labels = new ArrayList<>(List.of(1, 6, 2, 5, 3, 4));
        if (knobs.get(CUSTOM)) {
            List<Integer> pool = new ArrayList<>();
            for (int value = 1; value <= 30; value++) {
                pool.add(value);
            }
            labels = Draw.sample(pool, 6, random);
        }
        Cube start = Draw.pick(Cube.identity().orientations(), random);
        StringBuilder rolls = new StringBuilder();
        for (int i = 0; i < knobs.get(ROLLS); i++) {
            rolls.append(DIRECTIONS.charAt(random.nextInt(4)));
        }
        return new Puzzle(labels, start.at(Cube.UP), start.at(Cube.NORTH), start.at(Cube.EAST), rolls.toString());
    }

    @Override
    public String question(Puzzle puzzle) {
        List<Integer> labels = puzzle.labels();
        StringBuilder text = new StringBuilder();
        text.append("A six-sided die stands on a flat table. Its faces carry the numbers ");
        if (labels.equals(List.of(1, 6, 2, 5, 3, 4))) {
            text.append("1 to 6 as on an ordinary die: opposite faces add up to 7 (1 is opposite 6, 2 opposite 5, 3 opposite 4).");
        } else {
            text.append(labels.get(0)).append(", ").append(labels.get(1)).append(", ").append(labels.get(2)).append(", ")
                    .append(labels.get(3)).append(", ").append(labels.get(4)).append(" and ").append(labels.get(5))
                    .append(", with ").append(labels.get(0)).append(" opposite ").append(labels.get(1)).append(", ")
                    .append(labels.get(2)).append(" opposite ").append(labels.get(3)).append(" and ").append(labels.get(4))
                    .append(" opposite ").append(labels.get(5)).append('.');
        }
        text.append(" At the start ").append(labels.get(puzzle.up())).append(" is on top, ").append(labels.get(puzzle.north()))
                .append(" faces north and ").append(labels.get(puzzle.east())).append(" faces east.\n\n")
                .append("A roll tips the die over one of its bottom edges onto the next square. Rolling north, the top face")
                .append(" turns to face north, the north face goes down onto the table, the bottom face turns to face south and")
                .append(" the south face comes up on top; the east and west faces stay where they are. Rolls east, south and")
                .append(" west work the same way in their directions.\n\nThe die makes these ").append(puzzle.rolls().length())
                .append(" rolls, in order (N = north, E = east, S = south, W = west):\n").append(String.join(" ", puzzle.rolls().split("")))
                .append("\n\nGive the number on top after each roll, in order: ").append(puzzle.rolls().length())
                .append(" numbers separated by spaces (for example, for three rolls: 7 7 7).");
        return text.toString();
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(tops(puzzle));
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        return Items.allOrNothing(tops(puzzle), answer.tops(), "top face");
    }

    /** One top changed to a face beside it, and the list read one roll late (the top before each roll). */
    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<Answer> misses = new ArrayList<>();
        List<Integer> tops = gold.tops();
        int at = random.nextInt(tops.size());
        List<Integer> changed = new ArrayList<>(tops);
        int face = puzzle.labels().indexOf(tops.get(at));
        changed.set(at, puzzle.labels().get(face ^ 1));
        misses.add(new Answer(changed));
        List<Integer> late = new ArrayList<>();
        late.add(puzzle.labels().get(puzzle.up()));
        late.addAll(tops.subList(0, tops.size() - 1));
        if (!late.equals(tops)) {
            misses.add(new Answer(late));
        }
        return misses;
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.rolls().length();
    }

    private static List<Integer> tops(Puzzle puzzle) {
        Cube cube = start(puzzle.up(), puzzle.north(), puzzle.east());
        List<Integer> tops = new ArrayList<>();
        for (char roll : puzzle.rolls().toCharArray()) {
            cube = cube.roll(roll);
            tops.add(puzzle.labels().get(cube.at(Cube.UP)));
        }
        return tops;
    }

    /** The orientation with the given faces up, north and east (faces 2k and 2k+1 opposite). */
    static Cube start(int up, int north, int east) {
        return Cube.of(up, up ^ 1, north, north ^ 1, east, east ^ 1);
    }
}
