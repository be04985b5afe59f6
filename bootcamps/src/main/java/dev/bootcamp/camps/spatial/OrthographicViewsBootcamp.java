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
import dev.bootcamp.camps.kit.spatial.GridMoves;
import dev.bootcamp.camps.kit.spatial.HeightMaps;
import dev.bootcamp.camps.kit.spatial.Pictures;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** Orthographic views: stacks of cubes given as a height map; draw the silhouette seen from one named side. */
@AutoService(Bootcamp.class)
public final class OrthographicViewsBootcamp extends Camp<OrthographicViewsBootcamp.Puzzle, OrthographicViewsBootcamp.Answer> {
    private static final Knob<Integer> SIZE = Knob.integer("size", 2, 9, 4, "the floor plan has size rows and size or size+1 columns");
    private static final Knob<Integer> HEIGHT = Knob.integer("height", 1, 9, 3, "tallest possible stack");
    private static final BootcampInfo INFO = BootcampInfo.builder(OrthographicViewsBootcamp.class)
            .title("Orthographic views")
            .domain("spatial")
            .tags("spatial", "3d", "projection", "views", "height-map")
            .summary("Unit cubes are stacked on a floor plan given as a grid of stack heights. Draw what is seen looking"
                    + " straight at the structure from the front, the back, the left or the right: a picture of filled and"
                    + " empty unit squares, as many rows as the tallest stack, with the side's left-to-right order stated."
                    + " The picture must match in every square; no partial credit.")
            .knob(SIZE)
            .knob(HEIGHT)
            .version(1)
            .answerShape("the view as lines of # and . separated by spaces, the top line first")
            .build();

    private static final List<String> SIDES = List.of("front", "back", "left", "right");

    /** The height map (row 1 at the back) and the side looked from. */
    public record Puzzle(List<String> heights, String side) {
        public Puzzle {
            heights = List.copyOf(heights);
        }
    }

    /** The view, top line first. */
    public record Answer(List<String> rows) {
        public Answer {
            rows = List.copyOf(rows);
        }
    }

    public OrthographicViewsBootcamp() {
        super(INFO, Codecs.grid("#.").map(Answer::new, Answer::rows));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults().with(SIZE, Draw.scale(level, 3, 7)).with(HEIGHT, Draw.scale(level, 5, 9));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int rows = knobs.get(SIZE);
        int[][] heights = HeightMaps.capped(rows, rows + random.nextInt(2), knobs.get(HEIGHT), random);
        return new Puzzle(HeightMaps.rows(heights), Draw.pick(SIDES, random));
    }

    @Override
    public String question(Puzzle puzzle) {
        List<String> map = puzzle.heights();
        StringBuilder text = new StringBuilder();
        text.append("Unit cubes are stacked on a floor of ").append(map.size()).append(" by ").append(map.get(0).length())
                .append(" square cells. The plan below, seen from above, gives the number of cubes in the stack on each cell")
                .append(" (0 for an empty cell). The top line of the plan is the back of the structure, the bottom line its")
                .append(" front, and left and right are as you look at the plan.\n\n").append(Grid.of(map).render())
                .append("\n\nYou stand on the ").append(puzzle.side()).append(" side, at floor level, and look straight at")
                .append(" the structure from far away, so you see only its outline: a unit square of the picture is filled")
                .append(" when some cube lies behind it, whatever its distance. ").append(order(puzzle))
                .append("\n\nDraw the view: one line per layer of cubes, from the highest layer (the tallest stack, ")
                .append(tallest(puzzle)).append(" cubes) down to the floor, each line with one symbol per position from your")
                .append(" left to your right, # for filled and . for empty, separated by spaces. For example, a view 3")
                .append(" positions wide of stacks 1, 2 and 0 high is\n. # .\n# # .");
        return text.toString();
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(view(puzzle));
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        return Pictures.compare(view(puzzle), answer.rows(), "view");
    }

    /** The view mirrored (left and right confused) and the view from the neighbouring side, where they differ. */
    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<List<String>> misses = new ArrayList<>();
        misses.add(GridMoves.flipLeftRight(gold.rows()));
        int next = SIDES.indexOf(puzzle.side()) ^ 2;
        misses.add(view(new Puzzle(puzzle.heights(), SIDES.get(next))));
        List<String> lower = new ArrayList<>(gold.rows());
        lower.remove(0);
        lower.add(lower.get(lower.size() - 1));
        misses.add(lower);
        return misses.stream().filter(rows -> !rows.equals(gold.rows())).map(Answer::new).toList();
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.heights().size() * puzzle.heights().get(0).length() * tallest(puzzle);
    }

    private static String order(Puzzle puzzle) {
        return switch (puzzle.side()) {
            case "front" -> "From the front, your left is the plan's left: the positions of the picture are the plan's columns from first to last.";
            case "back" -> "From the back, your left is the plan's right: the positions of the picture are the plan's columns from last to first.";
            case "left" -> "From the left side, your left is the back: the positions of the picture are the plan's rows from top line to bottom line.";
            default -> "From the right side, your left is the front: the positions of the picture are the plan's rows from bottom line to top line.";
        };
    }

    private static int tallest(Puzzle puzzle) {
        return puzzle.heights().stream().flatMapToInt(String::chars).map(digit -> digit - '0').max().orElse(0);
    }

    private static List<String> view(Puzzle puzzle) {
        int[][] heights = HeightMaps.heights(puzzle.heights());
        int[] view = switch (puzzle.side()) {
            case "front", "back" -> HeightMaps.front(heights);
            default -> HeightMaps.side(heights);
        };
        List<String> picture = HeightMaps.picture(view, tallest(puzzle));
        return puzzle.side().equals("back") || puzzle.side().equals("right") ? GridMoves.flipLeftRight(picture) : picture;
    }
}
