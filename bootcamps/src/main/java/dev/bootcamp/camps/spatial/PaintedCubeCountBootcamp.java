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
import dev.bootcamp.camps.kit.Grid;
import dev.bootcamp.camps.kit.Items;
import dev.bootcamp.camps.kit.spatial.HeightMaps;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** Painted cube count: a block structure is painted outside and taken apart; count the cubes by painted faces. */
@AutoService(Bootcamp.class)
public final class PaintedCubeCountBootcamp extends Camp<PaintedCubeCountBootcamp.Puzzle, PaintedCubeCountBootcamp.Answer> {
    private static final Knob<Integer> SIZE = Knob.integer("size", 1, 9, 3, "the floor has size rows and size or size+1 columns");
    private static final Knob<Integer> HEIGHT = Knob.integer("height", 1, 9, 3, "tallest possible stack");
    private static final BootcampInfo INFO = BootcampInfo.builder(PaintedCubeCountBootcamp.class)
            .title("Painted cube count")
            .domain("spatial")
            .tags("spatial", "3d", "counting", "surface")
            .summary("A structure of unit cubes glued in stacks on a floor (given as a grid of stack heights, some stacks"
                    + " full, some lower, some missing) has all of its outer surface painted except where it rests on the"
                    + " floor, then is taken apart. Answer how many cubes have exactly 0, 1, 2, 3, 4 and 5 painted faces."
                    + " All six counts must be right; no partial credit.")
            .knob(SIZE)
            .knob(HEIGHT)
            .version(1)
            .answerShape("six whole numbers: the cubes with 0, 1, 2, 3, 4 and 5 painted faces")
            .build();

    /** Stack heights, one digit a cell. */
    public record Puzzle(List<String> heights) {
        public Puzzle {
            heights = List.copyOf(heights);
        }
    }

    /** Cubes with 0..5 painted faces. */
    public record Answer(List<Integer> counts) {
        public Answer {
            counts = List.copyOf(counts);
        }
    }

    public PaintedCubeCountBootcamp() {
        super(INFO, Codecs.list(Codecs.integer(), " ").map(Answer::new, Answer::counts));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults().with(SIZE, Draw.scale(level, 3, 7)).with(HEIGHT, Draw.scale(level, 3, 6));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int rows = knobs.get(SIZE);
        int tallest = knobs.get(HEIGHT);
        int[][] heights = new int[rows][rows + random.nextInt(2)];
        for (int[] row : heights) {
            for (int column = 0; column < row.length; column++) {
                int roll = random.nextInt(10);
                row[column] = roll < 5 ? tallest : roll < 6 ? 0 : 1 + random.nextInt(tallest);
            }
        }
        heights[0][0] = Math.max(1, heights[0][0]);
        return new Puzzle(HeightMaps.rows(heights));
    }

    @Override
    public String question(Puzzle puzzle) {
        List<String> map = puzzle.heights();
        StringBuilder text = new StringBuilder();
        text.append("Identical unit cubes are glued together into stacks standing on a floor of ").append(map.size())
                .append(" by ").append(map.get(0).length()).append(" square cells, one stack per cell. The grid gives the")
                .append(" number of cubes in each stack (0 means no cubes there):\n\n").append(Grid.of(map).render())
                .append("\n\nThe whole structure is spray-painted from every direction except from below: every face of a")
                .append(" cube that is not pressed against the floor or against another cube gets paint. A face is pressed")
                .append(" against another cube exactly when a cube sits directly next to it (in the neighbouring cell at the")
                .append(" same layer, or directly above or below it). Faces on the outer edge of the floor are not pressed")
                .append(" against anything. The cubes are then separated.\n\nHow many cubes have exactly 0, 1, 2, 3, 4 and 5")
                .append(" painted faces? Answer with six whole numbers in that order, separated by spaces, for example:")
                .append(" 0 1 4 2 0 0");
        return text.toString();
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(counts(puzzle));
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        return Items.allOrNothing(counts(puzzle), answer.counts(), "count");
    }

    /** The counts with the floor faces painted too, and with one cube moved to the next count. */
    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<Answer> misses = new ArrayList<>();
        List<Integer> shifted = new ArrayList<>(gold.counts());
        for (int k = 0; k < 5; k++) {
            if (shifted.get(k) > 0) {
                shifted.set(k, shifted.get(k) - 1);
                shifted.set(k + 1, shifted.get(k + 1) + 1);
                misses.add(new Answer(shifted));
                break;
            }
        }
        List<Integer> withFloor = new ArrayList<>(List.of(0, 0, 0, 0, 0, 0));
        int[][] heights = HeightMaps.heights(puzzle.heights());
        for (int row = 0; row < heights.length; row++) {
            for (int column = 0; column < heights[row].length; column++) {
                for (int level = 1; level <= heights[row][column]; level++) {
                    int painted = painted(heights, row, column, level) + (level == 1 ? 1 : 0);
                    withFloor.set(Math.min(5, painted), withFloor.get(Math.min(5, painted)) + 1);
                }
            }
        }
        misses.add(new Answer(withFloor));
        return misses.stream().filter(miss -> !miss.equals(gold)).toList();
    }

    /** The number of cubes, each looked at once. */
    @Override
    public double cost(Puzzle puzzle) {
        return HeightMaps.cubes(HeightMaps.heights(puzzle.heights()));
    }

    private static List<Integer> counts(Puzzle puzzle) {
        int[] counts = new int[6];
        int[][] heights = HeightMaps.heights(puzzle.heights());
        for (int row = 0; row < heights.length; row++) {
            for (int column = 0; column < heights[row].length; column++) {
                for (int level = 1; level <= heights[row][column]; level++) {
                    counts[painted(heights, row, column, level)]++;
                }
            }
        }
        return java.util.Arrays.stream(counts).boxed().toList();
    }

    /** Painted faces of the cube at {@code level} (from 1) of a stack: its top if it is the highest, and each open side. */
    private static int painted(int[][] heights, int row, int column, int level) {
        int painted = level == heights[row][column] ? 1 : 0;
        int[][] sides = {{-1, 0}, {1, 0}, {0, -1}, {0, 1}};
        for (int[] side : sides) {
            int r = row + side[0];
            int c = column + side[1];
            boolean inside = r >= 0 && r < heights.length && c >= 0 && c < heights[r].length;
            painted += !inside || heights[r][c] < level ? 1 : 0;
        }
        return painted;
    }
}
