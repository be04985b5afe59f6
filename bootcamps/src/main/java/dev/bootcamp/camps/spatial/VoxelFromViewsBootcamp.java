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
import dev.bootcamp.camps.kit.spatial.HeightMaps;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/** Voxel from views: give stack heights for a floor plan so that its front, left and top views equal the given ones. */
@AutoService(Bootcamp.class)
public final class VoxelFromViewsBootcamp extends Camp<VoxelFromViewsBootcamp.Puzzle, VoxelFromViewsBootcamp.Answer> {
    private static final Knob<Integer> SIZE = Knob.integer("size", 2, 9, 4, "the floor has size rows and size or size+1 columns");
    private static final Knob<Integer> HEIGHT = Knob.integer("height", 1, 9, 3, "tallest possible stack");
    private static final BootcampInfo INFO = BootcampInfo.builder(VoxelFromViewsBootcamp.class)
            .title("Voxel from views")
            .domain("spatial")
            .tags("spatial", "3d", "projection", "reconstruction", "witness")
            .summary("Three drawings of a structure of stacked unit cubes are given: the plan from above (which cells hold"
                    + " a stack), the silhouette from the front and the silhouette from the left. Answer a grid of stack"
                    + " heights that produces all three drawings. Many structures may fit; the checker draws the three views"
                    + " of the answer and compares them with the given ones. No partial credit.")
            .knob(SIZE)
            .knob(HEIGHT)
            .version(1)
            .answerShape("the stack heights, one line per row of the plan, digits 0 to 9 separated by spaces")
            .severalAnswers()
            .build();

    /** The structure the views were drawn from (never shown), one digit a cell, row 1 at the back. */
    public record Puzzle(List<String> heights) {
        public Puzzle {
            heights = List.copyOf(heights);
        }
    }

    /** Stack heights, one digit a cell. */
    public record Answer(List<String> rows) {
        public Answer {
            rows = List.copyOf(rows);
        }
    }

    public VoxelFromViewsBootcamp() {
        super(INFO, Codecs.grid("0123456789").map(Answer::new, Answer::rows));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults().with(SIZE, Draw.scale(level, 3, 7)).with(HEIGHT, Draw.scale(level, 3, 9));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int rows = knobs.get(SIZE);
        int[][] heights = HeightMaps.capped(rows, rows + random.nextInt(2), knobs.get(HEIGHT), random);
        if (HeightMaps.cubes(heights) == 0) {
            heights[0][0] = 1;
        }
        return new Puzzle(HeightMaps.rows(heights));
    }

    @Override
    public String question(Puzzle puzzle) {
        int[][] heights = HeightMaps.heights(puzzle.heights());
        int tallest = Arrays.stream(HeightMaps.front(heights)).max().orElse(0);
        StringBuilder text = new StringBuilder();
        text.append("A structure of unit cubes stands on a floor of ").append(heights.length).append(" rows by ")
                .append(heights[0].length).append(" columns of square cells; each cell holds one stack of 0 to 9 cubes,")
                .append(" without gaps. Rebuild it from three drawings.\n\nFrom above (# where a cell holds at least one")
                .append(" cube, . where it is empty; the top line is the back row, the bottom line the front row):\n\n")
                .append(Grid.of(HeightMaps.top(heights)).render())
                .append("\n\nFrom the front (one position per column, left to right, filled up to the tallest stack in that")
                .append(" column; top line = layer ").append(tallest).append(", bottom line = the layer on the floor):\n\n")
                .append(Grid.of(HeightMaps.picture(HeightMaps.front(heights), tallest)).render())
                .append("\n\nFrom the left (one position per row, the back row on the left and the front row on the right,")
                .append(" filled up to the tallest stack in that row):\n\n")
                .append(Grid.of(HeightMaps.picture(HeightMaps.side(heights), tallest)).render())
                .append("\n\nGive the number of cubes on every cell so that all three drawings come out exactly as shown.")
                .append(" Several answers may be right; any one is accepted. Write ").append(heights.length)
                .append(" lines (back row first), each with ").append(heights[0].length)
                .append(" digits separated by spaces; for example, a 2 by 3 floor could be written\n0 2 1\n3 0 1");
        return text.toString();
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.heights());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        List<String> gold = puzzle.heights();
        int columns = gold.get(0).length();
        if (answer.rows().size() != gold.size() || !answer.rows().stream().allMatch(row -> row.length() == columns)) {
            return Score.malformed("expected " + gold.size() + " rows of " + columns + " heights, found " + answer.rows().size() + " rows");
        }
        int[][] expected = HeightMaps.heights(gold);
        int[][] given = HeightMaps.heights(answer.rows());
        if (!HeightMaps.top(given).equals(HeightMaps.top(expected))) {
            return Score.wrong("the view from above differs (a cell is empty that should hold cubes, or the reverse)");
        }
        int[] front = HeightMaps.front(given);
        int[] wantFront = HeightMaps.front(expected);
        for (int column = 0; column < columns; column++) {
            if (front[column] != wantFront[column]) {
                return Score.wrong("from the front, column " + (column + 1) + " rises to " + front[column] + " cubes, not " + wantFront[column]);
            }
        }
        int[] side = HeightMaps.side(given);
        int[] wantSide = HeightMaps.side(expected);
        for (int row = 0; row < gold.size(); row++) {
            if (side[row] != wantSide[row]) {
                return Score.wrong("from the left, row " + (row + 1) + " rises to " + side[row] + " cubes, not " + wantSide[row]);
            }
        }
        return Score.correct("all three views match");
    }

    /** Single cells raised, lowered or emptied, kept where they change a view. */
    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<Answer> misses = new ArrayList<>();
        Grid grid = Grid.of(gold.rows());
        for (int tries = 0; tries < 30 && misses.size() < 3; tries++) {
            Grid.Cell cell = Draw.pick(grid.cells(), random);
            char value = (char) ('0' + random.nextInt(10));
            Answer miss = new Answer(grid.with(cell.row(), cell.column(), value).lines());
            if (check(puzzle, miss).reward() < 1) {
                misses.add(miss);
            }
        }
        return misses;
    }

    /** The cells of the floor times the tallest stack. */
    @Override
    public double cost(Puzzle puzzle) {
        int[][] heights = HeightMaps.heights(puzzle.heights());
        return heights.length * heights[0].length * (double) Arrays.stream(HeightMaps.front(heights)).max().orElse(0);
    }
}
