package dev.bootcamp.camps.puzzles;

import static java.util.Objects.requireNonNull;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Cages;
import dev.bootcamp.camps.kit.Camp;
import dev.bootcamp.camps.kit.Codecs;
import dev.bootcamp.camps.kit.DigitGrids;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.LatinRules;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/** KenKen: a Latin square split into cages, each with a target reached by one arithmetic operation. */
@AutoService(Bootcamp.class)
public final class KenkenBootcamp extends Camp<KenkenBootcamp.Puzzle, KenkenBootcamp.Answer> {
    private static final Knob<Integer> SIZE = Knob.integer("size", 3, 9, 5, "side of the grid; cells hold the digits 1 to size");
    private static final Knob<Integer> CAGE_SIZE = Knob.integer("cage-size", 2, 6, 3, "largest number of cells in a cage as"
            + " drawn (a leftover cell may make one cage a cell larger)");
    private static final Knob<Integer> OPERATIONS_USED = Knob.integer("operations", 1, 4, 4, "operations used: 1 addition only,"
            + " 2 adds subtraction, 3 adds multiplication, 4 adds division");
    private static final BootcampInfo INFO = BootcampInfo.builder(KenkenBootcamp.class)
            .title("KenKen")
            .domain("puzzles")
            .tags("arithmetic", "constraint-satisfaction", "grid", "latin-square", "unique-solution")
            .summary("Fill an n x n grid with the digits 1 to n so that every row and column holds each digit once and"
                    + " every cage reaches its target with its operation: the sum, the product, the difference of its two"
                    + " cells or their quotient; a one-cell cage gives its digit. Cages are drawn at random and split"
                    + " until the solution is unique, proved by an independent dancing-links counter. The checker tests the"
                    + " rules and names the first one broken. No partial credit.")
            .knob(SIZE)
            .knob(CAGE_SIZE)
            .knob(OPERATIONS_USED)
            .answerShape("the completed grid, one line per row from top to bottom, digits separated by spaces")
            .uniqueSolution()
            .version(2)
            .build();

    /** The operations in the order the {@code operations} knob unlocks them; "=" marks a one-cell cage. */
    static final List<String> OPERATIONS = List.of("+", "-", "x", "/");

    /** A cage: its operation ("+", "-", "x", "/" or "=" for one cell), target, and cells (row-major, from 0). */
    public record Cage(String operation, int target, List<Integer> cells) {
        public Cage {
            requireNonNull(operation, "operation is null");
            cells = List.copyOf(cells);
        }
    }

    /** The cages in label order (A, B, ...) and the unique solution (never shown). */
    public record Puzzle(int size, List<Cage> cages, List<String> solution) {
        public Puzzle {
            cages = List.copyOf(cages);
            solution = List.copyOf(solution);
        }
    }

    /** A filled grid: rows top to bottom, one digit per cell. */
    public record Answer(List<String> rows) {
        public Answer {
            rows = List.copyOf(requireNonNull(rows, "rows is null"));
        }
    }

    public KenkenBootcamp() {
        super(INFO, Codecs.grid("0123456789").map(Answer::new, Answer::rows));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(SIZE, Draw.scale(level, 4, 8))
                .with(CAGE_SIZE, Draw.scale(level, 2, 4))
                .with(OPERATIONS_USED, Draw.scale(level, 1, 4));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        return KenkenGenerator.generate(knobs.get(SIZE), knobs.get(CAGE_SIZE), knobs.get(OPERATIONS_USED), random);
    }

    @Override
    public String question(Puzzle puzzle) {
        int size = puzzle.size();
        List<int[]> cells = puzzle.cages().stream().map(cage -> cage.cells().stream().mapToInt(Integer::intValue).toArray()).toList();
        StringBuilder text = new StringBuilder();
        text.append("Solve this ").append(size).append('x').append(size).append(" KenKen puzzle. Fill every cell with a digit")
                .append(" from 1 to ").append(size).append(" so that every row and every column contains each digit exactly")
                .append(" once. The grid is divided into cages, marked by letters in the map below");
        text.append(puzzle.cages().size() > 26 ? " (upper- and lower-case letters are different cages)" : "")
                .append(". Each cage has a target and an operation: \"12+\" means its digits add up to 12; \"24x\" means")
                .append(" they multiply to 24; \"2-\" means its two digits differ by 2 (larger minus smaller); \"3/\" means")
                .append(" one of its two digits is 3 times the other (larger divided by smaller); a cage with a plain number")
                .append(" is a single cell holding that digit. A digit may repeat within a cage as long as it does not repeat")
                .append(" in a row or column. The puzzle has exactly one solution.\n\nCage map (rows from top to bottom):\n")
                .append(Cages.map(size, cells)).append("\n\nCages, with their cells as (row, column) numbered from 1:\n");
        for (int index = 0; index < puzzle.cages().size(); index++) {
            Cage cage = puzzle.cages().get(index);
            text.append(Cages.label(index)).append(": ").append(clue(cage)).append(Cages.cellList(cage.cells(), size)).append('\n');
        }
        text.append("\nAnswer with the completed grid: ").append(size).append(" lines, one per row from top to bottom, each with ")
                .append(size).append(" digits separated by spaces.");
        return text.toString();
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.solution());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        Score failed = LatinRules.of(puzzle.size(), 0, 0).check(answer.rows(), null);
        if (failed != null) {
            return failed;
        }
        int[] grid = DigitGrids.cells(answer.rows());
        for (int index = 0; index < puzzle.cages().size(); index++) {
            Cage cage = puzzle.cages().get(index);
            int[] values = cage.cells().stream().mapToInt(cell -> grid[cell]).toArray();
            if (!meets(cage.operation(), cage.target(), values, values.length)) {
                return Score.wrong("cage " + Cages.label(index) + " (" + clue(cage) + ") does not hold: its digits are "
                        + Arrays.toString(values));
            }
        }
        return Score.correct("a Latin square that meets all " + puzzle.cages().size() + " cages");
    }

    /** One cell changed (a row repeats a digit), and two cells of a row swapped (a column repeats). */
    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        return LatinRules.of(puzzle.size(), 0, 0).nearMisses(gold.rows(), null, random).stream().map(Answer::new).toList();
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.cages().stream().filter(cage -> cage.cells().size() > 1).mapToInt(cage -> cage.cells().size()).sum();
    }

    @Override
    public long countSolutions(Puzzle puzzle, long limit) {
        return LatinRules.of(puzzle.size(), 0, 0).count(null, limit, new KenkenCounter(puzzle.size(), puzzle.cages()));
    }

    /** Whether the first {@code count} values (each 1 or more) meet the cage's operation and target. */
    static boolean meets(String operation, int target, int[] values, int count) {
        long sum = 0;
        long product = 1;
        for (int i = 0; i < count; i++) {
            sum += values[i];
            product *= values[i];
        }
        return switch (operation) {
            case "=" -> count == 1 && values[0] == target;
            case "+" -> sum == target;
            case "x" -> product == target;
            case "-" -> count == 2 && Math.abs(values[0] - values[1]) == target;
            case "/" -> count == 2 && Math.max(values[0], values[1]) == (long) target * Math.min(values[0], values[1]);
            default -> false;
        };
    }

    private static String clue(Cage cage) {
        return cage.operation().equals("=") ? String.valueOf(cage.target()) : cage.target() + cage.operation();
    }
}
