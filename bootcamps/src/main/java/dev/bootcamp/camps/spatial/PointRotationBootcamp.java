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
import dev.bootcamp.camps.kit.Items;
import dev.bootcamp.camps.kit.Prose;
import dev.bootcamp.verify.Answers;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

/** Point rotation in 3-D: points are turned by multiples of 90 degrees about the coordinate axes; give where they end. */
@AutoService(Bootcamp.class)
public final class PointRotationBootcamp extends Camp<PointRotationBootcamp.Puzzle, PointRotationBootcamp.Answer> {
    private static final Knob<Integer> POINTS = Knob.integer("points", 1, 6, 2, "number of points turned together");
    private static final Knob<Integer> TURNS = Knob.integer("turns", 1, 30, 4, "number of rotations");
    private static final BootcampInfo INFO = BootcampInfo.builder(PointRotationBootcamp.class)
            .title("Point rotation in 3-D")
            .domain("spatial")
            .tags("spatial", "3d", "rotation", "coordinates")
            .summary("Points with whole-number coordinates are rotated about the x, y and z axes through the origin by 90,"
                    + " 180 or 270 degrees, the sense of each quarter turn fixed by which positive axis it carries onto"
                    + " which. Answer the coordinates of every point after all rotations. Every coordinate must be right;"
                    + " no partial credit.")
            .knob(POINTS)
            .knob(TURNS)
            .version(1)
            .answerShape("the final point of each starting point, in order, each written (x, y, z)")
            .build();

    /** Rotations written like "z 90". */
    private static final List<String> AXES = List.of("x", "y", "z");

    /** The points, three coordinates each, and the rotations as axis and degrees. */
    public record Puzzle(List<List<Integer>> points, List<String> rotations) {
        public Puzzle {
            points = points.stream().map(List::copyOf).toList();
            rotations = List.copyOf(rotations);
        }
    }

    /** All coordinates in order, three per point. */
    public record Answer(List<Integer> coordinates) {
        public Answer {
            coordinates = List.copyOf(coordinates);
        }
    }

    public PointRotationBootcamp() {
        super(INFO, Codec.of(PointRotationBootcamp::write, PointRotationBootcamp::read));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults().with(POINTS, Draw.scale(level, 1, 3)).with(TURNS, Draw.scale(level, 1, 8));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        while (true) {
            List<List<Integer>> points = new ArrayList<>();
            for (int i = 0; i < knobs.get(POINTS); i++) {
                points.add(List.of(Draw.between(-9, 9, random), Draw.between(-9, 9, random), Draw.between(-9, 9, random)));
            }
            List<String> rotations = new ArrayList<>();
            for (int i = 0; i < knobs.get(TURNS); i++) {
                rotations.add(Draw.pick(AXES, random) + " " + 90 * Draw.between(1, 3, random));
            }
            Puzzle puzzle = new Puzzle(points, rotations);
            // A point that ends where it started would print its answer in the prompt.
            List<Integer> end = finalCoordinates(puzzle);
            boolean moved = true;
            for (int i = 0; i < points.size(); i++) {
                moved &= !end.subList(3 * i, 3 * i + 3).equals(points.get(i));
            }
            if (moved) {
                return puzzle;
            }
        }
    }

    @Override
    public String question(Puzzle puzzle) {
        StringBuilder text = new StringBuilder();
        text.append("Space has x, y and z axes meeting at the origin (0, 0, 0). Every rotation below turns all of space")
                .append(" about one axis through the origin, by 90, 180 or 270 degrees in the positive sense, which is fixed")
                .append(" as follows: a 90-degree rotation about the z axis carries the positive x axis onto the positive")
                .append(" y axis; about the x axis it carries the positive y axis onto the positive z axis; about the y axis")
                .append(" it carries the positive z axis onto the positive x axis. Points on the axis of a rotation stay")
                .append(" where they are; 180 degrees is two 90-degree rotations and 270 degrees is three.\n\n")
                .append(puzzle.points().size() == 1 ? "The point " : "The points ").append(Prose.and(puzzle.points().stream()
                        .map(PointRotationBootcamp::point).toList())).append(puzzle.points().size() == 1 ? " is" : " are")
                .append(" rotated by these rotations, in order:\n");
        List<String> steps = puzzle.rotations().stream().map(rotation -> {
            String[] parts = rotation.split(" ");
            return parts[1] + " degrees about the " + parts[0] + " axis";
        }).toList();
        text.append(Prose.numbered(steps)).append("\n\nWhere ").append(puzzle.points().size() == 1 ? "does the point" : "do the points")
                .append(" end up? Answer with the final position of each point, in the order given, each written as (x, y, z),")
                .append(" separated by spaces; for example: (1, -2, 0) (4, 0, 3)");
        return text.toString();
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(finalCoordinates(puzzle));
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        List<Integer> gold = finalCoordinates(puzzle);
        if (answer.coordinates().size() != gold.size()) {
            return Score.malformed("expected " + gold.size() / 3 + " points of three coordinates, found " + answer.coordinates().size() + " numbers");
        }
        return Items.allOrNothing(gold, answer.coordinates(), "coordinate");
    }

    /** Every rotation taken in the opposite sense, and the rotations one short. */
    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<String> reversed = puzzle.rotations().stream().map(rotation -> {
            String[] parts = rotation.split(" ");
            return parts[0] + " " + (360 - Integer.parseInt(parts[1]));
        }).toList();
        List<Answer> misses = new ArrayList<>();
        misses.add(new Answer(finalCoordinates(new Puzzle(puzzle.points(), reversed))));
        misses.add(new Answer(finalCoordinates(new Puzzle(puzzle.points(), puzzle.rotations().subList(0, puzzle.rotations().size() - 1)))));
        return misses.stream().filter(miss -> !miss.equals(gold)).toList();
    }

    /** Quarter turns applied, times the points. */
    @Override
    public double cost(Puzzle puzzle) {
        int quarters = puzzle.rotations().stream().mapToInt(rotation -> Integer.parseInt(rotation.split(" ")[1]) / 90).sum();
        return (double) quarters * puzzle.points().size();
    }

    private static List<Integer> finalCoordinates(Puzzle puzzle) {
        List<Integer> end = new ArrayList<>();
        for (List<Integer> point : puzzle.points()) {
            int[] p = {point.get(0), point.get(1), point.get(2)};
            for (String rotation : puzzle.rotations()) {
                String[] parts = rotation.split(" ");
                for (int quarter = 0; quarter < Integer.parseInt(parts[1]) / 90; quarter++) {
                    p = switch (parts[0]) {
                        case "z" -> new int[] {-p[1], p[0], p[2]};
                        case "x" -> new int[] {p[0], -p[2], p[1]};
                        default -> new int[] {p[2], p[1], -p[0]};
                    };
                }
            }
            end.add(p[0]);
            end.add(p[1]);
            end.add(p[2]);
        }
        return end;
    }

    private static String point(List<Integer> coordinates) {
        return coordinates.stream().map(String::valueOf).collect(Collectors.joining(", ", "(", ")"));
    }

    private static String write(Answer answer) {
        List<String> points = new ArrayList<>();
        for (int i = 0; i + 2 < answer.coordinates().size(); i += 3) {
            points.add(point(answer.coordinates().subList(i, i + 3)));
        }
        return String.join(" ", points);
    }

    /** Whole numbers in order; brackets, commas and spaces only separate them. */
    private static Answer read(String text) {
        String cleaned = NumbersOnly.clean(text);
        if (cleaned.isBlank()) {
            throw new AnswerFormatException("no coordinates found");
        }
        return new Answer(Answers.list(cleaned, Answers::intValue));
    }

    /** Bracket characters turned into spaces. */
    private static final class NumbersOnly {
        static String clean(String text) {
            if (text.length() > 10_000) {
                throw new AnswerFormatException("the answer is too long");
            }
            StringBuilder kept = new StringBuilder(text.length());
            for (char c : text.toCharArray()) {
                kept.append("()[]{}".indexOf(c) >= 0 ? ' ' : c);
            }
            return kept.toString();
        }
    }
}
