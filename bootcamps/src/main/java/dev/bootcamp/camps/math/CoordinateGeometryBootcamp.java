package dev.bootcamp.camps.math;

import static java.util.Objects.requireNonNull;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Camp;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.LinearEquations;
import dev.bootcamp.camps.kit.NumberAnswers;
import dev.bootcamp.verify.Rational;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.random.RandomGenerator;

/** Exact areas and squared distances in the plane: a polygon's area, a triangle cut out by three lines, a point's distance to a line. */
@AutoService(Bootcamp.class)
public final class CoordinateGeometryBootcamp extends Camp<CoordinateGeometryBootcamp.Puzzle, CoordinateGeometryBootcamp.Answer> {
    private static final Knob<String> QUESTION_KIND = Knob.choice("question-kind", List.of("mixed", "polygon-area", "lines-triangle", "point-line-distance"), "mixed",
            "which question to ask; mixed draws one of the three for each puzzle");
    private static final Knob<Integer> VERTICES = Knob.integer("vertices", 3, 20, 5, "number of vertices of a polygon");
    private static final Knob<Integer> MAX_COORDINATE = Knob.integer("max-coordinate", 2, 1_000, 10, "largest absolute coordinate (line coefficients grow with it)");
    private static final BootcampInfo INFO = BootcampInfo.builder(CoordinateGeometryBootcamp.class)
            .title("Coordinate geometry")
            .version(2)
            .domain("math")
            .tags("geometry", "coordinates", "fractions")
            .summary("Compute one exact number from coordinates: the area of a simple polygon given by its vertices in order"
                    + " (shoelace formula), the area of the triangle enclosed by three lines given by equations, or the"
                    + " squared distance from a point to the line through two points. Any exactly equal number is CORRECT"
                    + " (15/2, 7.5, 7 1/2); anything else is WRONG.")
            .knob(QUESTION_KIND)
            .knob(VERTICES)
            .knob(MAX_COORDINATE)
            .answerShape("the exact value as an integer or a fraction in lowest terms (such as 15/2)")
            .build();

    private static final List<String> KINDS = List.of("polygon-area", "lines-triangle", "point-line-distance");
    private static final int MAX_ANSWER = 400;

    /**
     * The kind; the points (polygon vertices in order, or A, B and P); the lines as (a, b, c) for ax + by = c; the value;
     * and wrong values from common slips.
     */
    public record Puzzle(String kind, List<List<Integer>> points, List<List<Integer>> lines, Rational value, List<Rational> mistakes) {
        public Puzzle {
            requireNonNull(kind, "kind is null");
            points = points.stream().map(List::copyOf).toList();
            lines = lines.stream().map(List::copyOf).toList();
            requireNonNull(value, "value is null");
            mistakes = List.copyOf(mistakes);
        }
    }

    public record Answer(Rational value) {
        public Answer {
            requireNonNull(value, "value is null");
        }
    }

    public CoordinateGeometryBootcamp() {
        super(INFO, NumberAnswers.rationalAfterEquals(MAX_ANSWER).map(Answer::new, Answer::value));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(VERTICES, Draw.scale(level, 3, 12))
                .with(MAX_COORDINATE, Draw.scale(level, 9, 60));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        String kind = knobs.get(QUESTION_KIND);
        if (kind.equals("mixed")) {
            kind = Draw.pick(KINDS, random);
        }
        int max = knobs.get(MAX_COORDINATE);
        return switch (kind) {
            case "polygon-area" -> polygon(knobs.get(VERTICES), max, random);
            case "lines-triangle" -> linesTriangle(max, random);
            default -> pointLineDistance(max, random);
        };
    }

    @Override
    public String question(Puzzle puzzle) {
        List<List<Integer>> points = puzzle.points();
        String exact = "\n\nGive the exact value as an integer or a fraction in lowest terms (not a rounded decimal).";
        return switch (puzzle.kind()) {
            case "polygon-area" -> "A simple polygon (its sides do not cross) has these " + points.size() + " vertices, listed in"
                    + " order around its boundary:\n\n    " + String.join(", ", points.stream().map(CoordinateGeometryBootcamp::point).toList())
                    + "\n\nWhat is its area?" + exact;
            case "lines-triangle" -> {
                StringBuilder text = new StringBuilder("These three lines enclose a triangle:\n\n");
                for (List<Integer> line : puzzle.lines()) {
                    text.append("    ").append(LinearEquations.text(line.subList(0, 2), line.get(2), List.of("x", "y"))).append('\n');
                }
                yield text.append("\nWhat is the area of the triangle?").append(exact).toString();
            }
            default -> "Let L be the line through A = " + point(points.get(0)) + " and B = " + point(points.get(1))
                    + ". What is the square of the distance from the point P = " + point(points.get(2)) + " to the line L"
                    + " (the distance measured perpendicular to L)?" + exact;
        };
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.value());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        return NumberAnswers.check(puzzle.value(), answer.value(), "the exact value");
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<Rational> misses = new ArrayList<>(puzzle.mistakes());
        misses.add(puzzle.value().add(Rational.of(1, 2)));
        return NumberAnswers.misses(puzzle.value(), misses, Answer::new);
    }

    @Override
    public double cost(Puzzle puzzle) {
        // Multiplications a solver does, each weighed by the square of the digits it multiplies (schoolbook work).
        int multiplications = switch (puzzle.kind()) {
            case "polygon-area" -> 2 * puzzle.points().size();
            case "lines-triangle" -> 3 * 6 + 6 * 2; // Cramer's rule for each corner, then the shoelace over fractions
            default -> 8;
        };
        int largest = 1;
        for (List<Integer> values : puzzle.points()) {
            largest = Math.max(largest, values.stream().mapToInt(Math::abs).max().orElse(1));
        }
        for (List<Integer> values : puzzle.lines()) {
            largest = Math.max(largest, values.stream().mapToInt(Math::abs).max().orElse(1));
        }
        int digits = String.valueOf(largest).length();
        return multiplications * digits * digits;
    }

    /** A star-shaped polygon: points in distinct directions around a centre, joined in angular order. */
    private static Puzzle polygon(int vertices, int max, RandomGenerator random) {
        int half = Math.max(2, max / 2);
        // Many vertices in a small box may have too few directions: the box then grows every hundred failures.
        for (int attempt = 1; ; attempt++) {
            if (attempt % 100 == 0) {
                half++;
            }
            int centreX = Draw.between(-Math.max(0, max - half), Math.max(0, max - half), random);
            int centreY = Draw.between(-Math.max(0, max - half), Math.max(0, max - half), random);
            List<int[]> offsets = new ArrayList<>();
            for (int i = 0; i < vertices; i++) {
                offsets.add(new int[] {Draw.between(-half, half, random), Draw.between(-half, half, random)});
            }
            offsets.sort((a, b) -> Double.compare(Math.atan2(a[1], a[0]), Math.atan2(b[1], b[0])));
            if (!starShaped(offsets)) {
                continue;
            }
            if (random.nextBoolean()) {
                Collections.reverse(offsets);
            }
            int start = random.nextInt(vertices);
            List<List<Integer>> points = new ArrayList<>();
            for (int i = 0; i < vertices; i++) {
                int[] offset = offsets.get((start + i) % vertices);
                points.add(List.of(centreX + offset[0], centreY + offset[1]));
            }
            long twice = 0;
            long absoluteTerms = 0;
            for (int i = 0; i < vertices; i++) {
                List<Integer> a = points.get(i);
                List<Integer> b = points.get((i + 1) % vertices);
                long term = (long) a.get(0) * b.get(1) - (long) b.get(0) * a.get(1);
                twice += term;
                absoluteTerms += Math.abs(term);
            }
            Rational area = Rational.of(Math.abs(twice), 2);
            List<Rational> mistakes = List.of(Rational.of(Math.abs(twice)), Rational.of(absoluteTerms, 2), area.subtract(Rational.of(1, 2)));
            return new Puzzle("polygon-area", points, List.of(), area, mistakes);
        }
    }

    /** Every point in its own direction from the centre, no angular gap of half a turn or more, no three in a row. */
    private static boolean starShaped(List<int[]> offsets) {
        int n = offsets.size();
        for (int i = 0; i < n; i++) {
            int[] a = offsets.get(i);
            int[] b = offsets.get((i + 1) % n);
            int[] c = offsets.get((i + 2) % n);
            // A zero or negative turn is a shared direction or a gap of half a turn or more.
            long turn = (long) a[0] * b[1] - (long) a[1] * b[0];
            if (a[0] == 0 && a[1] == 0 || turn <= 0) {
                return false;
            }
            long bend = (long) (b[0] - a[0]) * (c[1] - b[1]) - (long) (b[1] - a[1]) * (c[0] - b[0]);
            if (bend == 0) {
                return false;
            }
        }
        return true;
    }

    private static Puzzle linesTriangle(int max, RandomGenerator random) {
        int coefficient = Math.min(12, Math.max(2, max / 3));
        while (true) {
            List<List<Integer>> lines = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                int a = Draw.between(-coefficient, coefficient, random);
                int b = Draw.between(-coefficient, coefficient, random);
                int c = Draw.between(-coefficient * max / 2 - 1, coefficient * max / 2 + 1, random);
                lines.add(normalised(a, b, c));
            }
            Rational[] vertices = new Rational[6];
            boolean ok = true;
            for (int i = 0; i < 3 && ok; i++) {
                Rational[] meet = intersection(lines.get(i), lines.get((i + 1) % 3));
                ok = meet != null;
                if (ok) {
                    vertices[2 * i] = meet[0];
                    vertices[2 * i + 1] = meet[1];
                }
            }
            if (!ok || lines.stream().anyMatch(line -> line.get(0) == 0 && line.get(1) == 0)) {
                continue;
            }
            Rational twice = Rational.ZERO;
            for (int i = 0; i < 3; i++) {
                int j = (i + 1) % 3;
                twice = twice.add(vertices[2 * i].multiply(vertices[2 * j + 1]).subtract(vertices[2 * j].multiply(vertices[2 * i + 1])));
            }
            Rational area = (twice.signum() < 0 ? twice.negate() : twice).divide(Rational.of(2));
            if (area.signum() == 0) {
                continue;
            }
            List<Rational> mistakes = List.of(area.multiply(Rational.of(2)), area.divide(Rational.of(2)), area.add(Rational.ONE));
            return new Puzzle("lines-triangle", List.of(), lines, area, mistakes);
        }
    }

    private static Puzzle pointLineDistance(int max, RandomGenerator random) {
        while (true) {
            List<List<Integer>> points = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                points.add(List.of(Draw.between(-max, max, random), Draw.between(-max, max, random)));
            }
            long dx = points.get(1).get(0) - points.get(0).get(0);
            long dy = points.get(1).get(1) - points.get(0).get(1);
            long px = points.get(2).get(0) - points.get(0).get(0);
            long py = points.get(2).get(1) - points.get(0).get(1);
            long cross = dx * py - dy * px;
            long length = dx * dx + dy * dy;
            if (length == 0 || cross == 0) {
                continue;
            }
            Rational value = Rational.of(cross * cross, length);
            List<Rational> mistakes = List.of(Rational.of(cross * cross), Rational.of(Math.abs(cross), length), Rational.of(px * px + py * py),
                    Rational.of(cross * cross, length * length));
            return new Puzzle("point-line-distance", points, List.of(), value, mistakes);
        }
    }

    /** The same line with no common factor and a positive first coefficient: -2y = -2 becomes y = 1. */
    private static List<Integer> normalised(int a, int b, int c) {
        int divisor = BigInteger.valueOf(a).gcd(BigInteger.valueOf(b)).gcd(BigInteger.valueOf(c)).intValue();
        if (divisor == 0) {
            return List.of(a, b, c);
        }
        int sign = a < 0 || a == 0 && b < 0 ? -1 : 1;
        return List.of(sign * a / divisor, sign * b / divisor, sign * c / divisor);
    }

    /** Where two lines ax + by = c meet (Cramer's rule); null when they are parallel. */
    private static Rational[] intersection(List<Integer> first, List<Integer> second) {
        long determinant = (long) first.get(0) * second.get(1) - (long) first.get(1) * second.get(0);
        if (determinant == 0) {
            return null;
        }
        long x = (long) first.get(2) * second.get(1) - (long) first.get(1) * second.get(2);
        long y = (long) first.get(0) * second.get(2) - (long) first.get(2) * second.get(0);
        return new Rational[] {Rational.of(x, determinant), Rational.of(y, determinant)};
    }

    private static String point(List<Integer> point) {
        return "(" + point.get(0) + ", " + point.get(1) + ")";
    }
}
