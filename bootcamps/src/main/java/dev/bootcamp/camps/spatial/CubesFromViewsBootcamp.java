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
import java.util.List;
import java.util.random.RandomGenerator;

/** Cubes from views: from the front and side silhouettes of stacked cubes, the least and the greatest number of cubes. */
@AutoService(Bootcamp.class)
public final class CubesFromViewsBootcamp extends Camp<CubesFromViewsBootcamp.Puzzle, CubesFromViewsBootcamp.Answer> {
    private static final Knob<Integer> SIZE = Knob.integer("size", 2, 9, 4, "the floor has size rows and size or size+1 columns");
    private static final Knob<Integer> HEIGHT = Knob.integer("height", 1, 9, 3, "tallest possible stack");
    private static final BootcampInfo INFO = BootcampInfo.builder(CubesFromViewsBootcamp.class)
            .title("Cubes from views")
            .domain("spatial")
            .tags("spatial", "3d", "projection", "counting", "optimisation")
            .summary("Stacks of unit cubes stand on a rectangular floor; only the front silhouette and the left-side"
                    + " silhouette are shown, as pictures of filled squares. Any cell of the floor may hold a stack. Answer"
                    + " the least and the greatest number of cubes of a structure with exactly these two views. Both numbers"
                    + " must be right; no partial credit.")
            .knob(SIZE)
            .knob(HEIGHT)
            .version(1)
            .answerShape("two whole numbers: the least number of cubes, then the greatest")
            .build();

    /** The height of the front view column by column (left to right) and of the left view row by row (back to front). */
    public record Puzzle(List<Integer> front, List<Integer> side) {
        public Puzzle {
            front = List.copyOf(front);
            side = List.copyOf(side);
        }
    }

    /** The least and greatest counts. */
    public record Answer(List<Integer> counts) {
        public Answer {
            counts = List.copyOf(counts);
        }
    }

    public CubesFromViewsBootcamp() {
        super(INFO, Codecs.list(Codecs.integer(), " ").map(Answer::new, Answer::counts));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults().with(SIZE, Draw.scale(level, 3, 8)).with(HEIGHT, Draw.scale(level, 5, 9));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        // Two views fit some structure exactly when their tallest positions agree, so draw them directly.
        int rows = knobs.get(SIZE);
        int tallest = knobs.get(HEIGHT);
        int[] front = new int[rows + random.nextInt(2)];
        int[] side = new int[rows];
        for (int i = 0; i < front.length; i++) {
            front[i] = random.nextInt(tallest + 1);
        }
        for (int i = 0; i < side.length; i++) {
            side[i] = random.nextInt(tallest + 1);
        }
        int top = Math.max(1, Math.max(java.util.Arrays.stream(front).max().orElse(0), java.util.Arrays.stream(side).max().orElse(0)));
        front[random.nextInt(front.length)] = top;
        side[random.nextInt(side.length)] = top;
        return new Puzzle(boxed(front), boxed(side));
    }

    @Override
    public String question(Puzzle puzzle) {
        int tallest = puzzle.front().stream().mapToInt(Integer::intValue).max().orElse(0);
        StringBuilder text = new StringBuilder();
        text.append("Somebody built a structure of identical unit cubes on a floor of ").append(puzzle.side().size())
                .append(" rows (from back to front) by ").append(puzzle.front().size()).append(" columns (from left to")
                .append(" right) of square cells. Each cell holds a single stack of cubes, possibly empty; a stack has no")
                .append(" gaps. You are not told the stacks, only two silhouettes, each drawn from the highest layer down")
                .append(" to the floor with # for a filled unit square and . for an empty one.\n\nSeen from the front (")
                .append("one position per column, left to right; a position is filled up to its tallest stack):\n\n")
                .append(Grid.of(HeightMaps.picture(unboxed(puzzle.front()), tallest)).render())
                .append("\n\nSeen from the left side (one position per row, from the back row on the left to the front row")
                .append(" on the right):\n\n").append(Grid.of(HeightMaps.picture(unboxed(puzzle.side()), tallest)).render())
                .append("\n\nHow few cubes and how many cubes can a structure have that looks exactly like this from both")
                .append(" sides? Answer with two whole numbers separated by a space, the least possible number first and")
                .append(" the greatest possible number second, for example: 3 8");
        return text.toString();
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(List.of(least(puzzle), greatest(puzzle)));
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        return Items.allOrNothing(List.of(least(puzzle), greatest(puzzle)), answer.counts(), "count");
    }

    /** Each bound alone, the two swapped, and the greatest count with one cube less. */
    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        int least = gold.counts().get(0);
        int greatest = gold.counts().get(1);
        List<List<Integer>> misses = List.of(List.of(least, least), List.of(greatest, greatest), List.of(greatest, least),
                List.of(least, greatest - 1), List.of(least + 1, greatest));
        return misses.stream().filter(miss -> !miss.equals(gold.counts())).map(Answer::new).toList();
    }

    /** The cells of the floor times the tallest stack: the unknowns a solver weighs. */
    @Override
    public double cost(Puzzle puzzle) {
        int tallest = puzzle.front().stream().mapToInt(Integer::intValue).max().orElse(0);
        return puzzle.front().size() * puzzle.side().size() * (double) tallest;
    }

    /**
     * The fewest cubes: for each height h, max(columns of view height h, rows of view height h) stacks of h cubes. Each
     * column of height h needs a stack of h somewhere, and so does each row; a stack of h on a cell whose column and row
     * both have height h serves one of each, and the surplus stacks go where the other view is at least as tall.
     */
    static int least(Puzzle puzzle) {
        int total = 0;
        for (int h = 1; h <= 9; h++) {
            int height = h;
            long columns = puzzle.front().stream().filter(value -> value == height).count();
            long rows = puzzle.side().stream().filter(value -> value == height).count();
            total += height * (int) Math.max(columns, rows);
        }
        return total;
    }

    /** The most cubes: every cell stacked as high as both of its views allow. */
    static int greatest(Puzzle puzzle) {
        int total = 0;
        for (int column : puzzle.front()) {
            for (int row : puzzle.side()) {
                total += Math.min(column, row);
            }
        }
        return total;
    }

    private static List<Integer> boxed(int[] values) {
        return java.util.Arrays.stream(values).boxed().toList();
    }

    private static int[] unboxed(List<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).toArray();
    }
}
