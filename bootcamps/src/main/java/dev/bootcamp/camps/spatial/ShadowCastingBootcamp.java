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
import dev.bootcamp.camps.kit.spatial.Pictures;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** Shadow casting: towers on a grid lit by a low sun from one of eight directions; mark the shaded ground. */
@AutoService(Bootcamp.class)
public final class ShadowCastingBootcamp extends Camp<ShadowCastingBootcamp.Puzzle, ShadowCastingBootcamp.Answer> {
    private static final Knob<Integer> SIZE = Knob.integer("size", 3, 12, 6, "the ground has size rows and size columns");
    private static final Knob<Integer> TOWERS = Knob.integer("towers", 1, 20, 4, "number of towers");
    private static final Knob<Boolean> DIAGONAL = Knob.flag("diagonal", false, "the sun may also stand in the north-east, south-east, south-west or north-west");
    private static final BootcampInfo INFO = BootcampInfo.builder(ShadowCastingBootcamp.class)
            .title("Shadow casting")
            .domain("spatial")
            .tags("spatial", "shadow", "projection", "grid")
            .summary("Towers of whole-number heights stand on a square grid of ground cells, lit by a sun from a compass"
                    + " direction (diagonals too with the diagonal knob) so low that a tower of height h shades the next"
                    + " k times h cells away from the sun, k stated. Answer the grid marking towers, shaded ground and lit"
                    + " ground. It must match in every cell; no partial credit.")
            .knob(SIZE)
            .knob(TOWERS)
            .knob(DIAGONAL)
            .version(1)
            .answerShape("the ground as lines of T (tower), S (shaded ground) and . (lit ground), separated by spaces")
            .build();

    private static final List<String> DIRECTIONS = List.of("north", "east", "south", "west", "north-east", "south-east", "south-west", "north-west");
    /** Row and column step from a tower toward its shadow, for the sun in each direction. */
    private static final int[][] AWAY = {{1, 0}, {0, -1}, {-1, 0}, {0, 1}, {1, -1}, {-1, -1}, {-1, 1}, {1, 1}};

    /** Tower heights (0 for ground), the sun's direction and the shadow length per unit of height. */
    public record Puzzle(List<String> heights, String sun, int stretch) {
        public Puzzle {
            heights = List.copyOf(heights);
        }
    }

    /** The marked ground. */
    public record Answer(List<String> rows) {
        public Answer {
            rows = List.copyOf(rows);
        }
    }

    public ShadowCastingBootcamp() {
        super(INFO, Codecs.grid("TS.").map(Answer::new, Answer::rows));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults().with(SIZE, Draw.scale(level, 4, 10)).with(TOWERS, Draw.scale(level, 2, 12)).with(DIAGONAL, level >= 5);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int size = knobs.get(SIZE);
        int[][] heights = new int[size][size];
        List<Grid.Cell> cells = Grid.filled(size, size, '.').cells();
        for (Grid.Cell cell : Draw.sample(cells, Math.min(knobs.get(TOWERS), cells.size() / 2), random)) {
            heights[cell.row()][cell.column()] = Draw.between(1, 3, random);
        }
        String sun = DIRECTIONS.get(random.nextInt(knobs.get(DIAGONAL) ? 8 : 4));
        return new Puzzle(HeightMaps.rows(heights), sun, Draw.between(1, 2, random));
    }

    @Override
    public String question(Puzzle puzzle) {
        StringBuilder text = new StringBuilder();
        text.append("Towers stand on a square field of ground cells. The map gives the height of the tower on each cell, 0")
                .append(" meaning open ground; north is the top of the map, east its right side.\n\n")
                .append(Grid.of(puzzle.heights()).render()).append("\n\nThe sun stands low in the ").append(puzzle.sun())
                .append(". Each tower casts its shadow straight away from the sun (toward the ")
                .append(DIRECTIONS.get(DIRECTIONS.indexOf(puzzle.sun()) < 4 ? DIRECTIONS.indexOf(puzzle.sun()) ^ 2 : 4 + (DIRECTIONS.indexOf(puzzle.sun()) - 2) % 4))
                .append("): a tower of height h shades the ").append(puzzle.stretch() == 1 ? "h" : puzzle.stretch() + " x h")
                .append(" cells next to it in that direction, one after another")
                .append(DIRECTIONS.indexOf(puzzle.sun()) >= 4 ? " along the diagonal (each diagonal step counts as one cell)" : "")
                .append(". A shadow passes over other towers and goes on behind them, and it ends at the edge of the map.")
                .append(" Shadows fall only on open ground; a tower is never marked shaded.\n\nMark the map: T for a cell with a")
                .append(" tower, S for open ground in some shadow, . for sunlit open ground. Answer with ")
                .append(puzzle.heights().size()).append(" lines, one per row from north to south, symbols separated by spaces,")
                .append(" for example\nT S .\n. . .");
        return text.toString();
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(shade(puzzle, DIRECTIONS.indexOf(puzzle.sun()), puzzle.stretch()));
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        return Pictures.compare(shade(puzzle, DIRECTIONS.indexOf(puzzle.sun()), puzzle.stretch()), answer.rows(), "map");
    }

    /** The shadows thrown toward the sun, and with the other stretch. */
    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        int sun = DIRECTIONS.indexOf(puzzle.sun());
        int opposite = sun < 4 ? sun ^ 2 : 4 + (sun - 2) % 4;
        List<List<String>> misses = new ArrayList<>();
        misses.add(shade(puzzle, opposite, puzzle.stretch()));
        misses.add(shade(puzzle, sun, 3 - puzzle.stretch()));
        return misses.stream().filter(rows -> !rows.equals(gold.rows())).map(Answer::new).toList();
    }

    /** Cells shaded, each tower's shadow walked: the sum of the shadow lengths. */
    @Override
    public double cost(Puzzle puzzle) {
        return HeightMaps.cubes(HeightMaps.heights(puzzle.heights())) * (double) puzzle.stretch() + puzzle.heights().size();
    }

    private static List<String> shade(Puzzle puzzle, int sun, int stretch) {
        int[][] heights = HeightMaps.heights(puzzle.heights());
        int size = heights.length;
        char[][] map = new char[size][size];
        for (int row = 0; row < size; row++) {
            for (int column = 0; column < size; column++) {
                map[row][column] = heights[row][column] > 0 ? 'T' : '.';
            }
        }
        int[] step = AWAY[sun];
        for (int row = 0; row < size; row++) {
            for (int column = 0; column < size; column++) {
                for (int d = 1; d <= stretch * heights[row][column]; d++) {
                    int r = row + d * step[0];
                    int c = column + d * step[1];
                    if (r >= 0 && r < size && c >= 0 && c < size && map[r][c] == '.') {
                        map[r][c] = 'S';
                    }
                }
            }
        }
        List<String> rows = new ArrayList<>();
        for (char[] line : map) {
            rows.add(new String(line));
        }
        return rows;
    }
}
