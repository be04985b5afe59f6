package dev.bootcamp.camps.puzzles;

import static java.util.Objects.requireNonNull;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.AnswerFormatException;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Camp;
import dev.bootcamp.camps.kit.Codec;
import dev.bootcamp.camps.kit.DigitGrids;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.LatinRules;
import dev.bootcamp.camps.kit.NearMisses;
import dev.bootcamp.verify.Answers;
import dev.bootcamp.verify.Grids;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Magic square completion: fill in the missing numbers 1..n² so that every row, column and diagonal has one sum. */
@AutoService(Bootcamp.class)
public final class MagicSquareBootcamp extends Camp<MagicSquareBootcamp.Puzzle, MagicSquareBootcamp.Answer> {
    private static final Knob<Integer> SIZE = Knob.integer("size", 3, 6, 4, "side of the square; it holds the numbers 1 to size x size");
    private static final Knob<Double> HOLES = Knob.decimal("holes", 0.05, 1.0, 0.6, "fraction of the cells to empty; the generator stops early when"
            + " no further cell can be emptied without a second completion, so 1 gives a minimal puzzle");
    private static final BootcampInfo INFO = BootcampInfo.builder(MagicSquareBootcamp.class)
            .title("Magic square completion")
            .domain("puzzles")
            .tags("arithmetic", "constraint-satisfaction", "grid", "magic-square", "unique-solution")
            .summary("Complete a partly filled n x n magic square: the numbers 1 to n² each appear once and every row,"
                    + " every column and both main diagonals add up to the magic constant n(n²+1)/2. Puzzles are made by"
                    + " emptying cells of a random magic square while the completion stays unique, proved by an"
                    + " independent line-by-line counter. The checker tests the rules and the givens and names the first"
                    + " one broken. No partial credit.")
            .knob(SIZE)
            .knob(HOLES)
            .answerShape("the completed square, one line per row from top to bottom, numbers separated by spaces")
            .uniqueSolution()
            .version(2)
            .build();

    private static final long FILL_NODE_CAP = 200_000;
    /** Bounds one uniqueness test; a test that gives up keeps the cell, so uniqueness is never assumed. */
    private static final long REMOVE_NODE_CAP = 20_000;

    /** The givens (rows top to bottom, 0 for an empty cell) and the unique completion (never shown). */
    public record Puzzle(int size, List<List<Integer>> givens, List<List<Integer>> solution) {
        public Puzzle {
            givens = givens.stream().map(List::copyOf).toList();
            solution = solution.stream().map(List::copyOf).toList();
        }
    }

    /** A filled square: rows top to bottom. */
    public record Answer(List<List<Integer>> rows) {
        public Answer {
            rows = requireNonNull(rows, "rows is null").stream().map(List::copyOf).toList();
        }
    }

    public MagicSquareBootcamp() {
        super(INFO, Codec.of(MagicSquareBootcamp::write, MagicSquareBootcamp::read));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(SIZE, Draw.scale(level, 4, 5))
                .with(HOLES, Draw.scale(level, 20, 100) / 100.0);
    }

    /** A random magic square, then cells emptied in random order while no completion changes the emptied cell. */
    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int size = knobs.get(SIZE);
        int cells = size * size;
        MagicSquareSearch search = new MagicSquareSearch(size);
        int[] solution = null;
        while (solution == null) {
            solution = search.find(new int[cells], -1, 0, FILL_NODE_CAP, random);
        }
        int[] givens = solution.clone();
        int target = Math.max(1, Math.min(cells - 1, (int) Math.round(knobs.get(HOLES) * cells)));
        int removed = 0;
        for (int cell : Draw.permutation(cells, random)) {
            if (removed == target) {
                break;
            }
            givens[cell] = 0;
            if (search.find(givens, cell, solution[cell], REMOVE_NODE_CAP, null) == null && !search.gaveUp()) {
                removed++;
            } else {
                givens[cell] = solution[cell];
            }
        }
        return new Puzzle(size, rows(givens, size), rows(solution, size));
    }

    @Override
    public String question(Puzzle puzzle) {
        int size = puzzle.size();
        int highest = size * size;
        int width = String.valueOf(highest).length();
        StringBuilder grid = new StringBuilder();
        for (List<Integer> row : puzzle.givens()) {
            for (int column = 0; column < size; column++) {
                String cell = row.get(column) == 0 ? "." : String.valueOf(row.get(column));
                grid.append(column == 0 ? "" : " ").append(" ".repeat(width - cell.length())).append(cell);
            }
            grid.append('\n');
        }
        return "Complete this " + size + "x" + size + " magic square. Each of the numbers 1 to " + highest + " must appear"
                + " exactly once, and every row, every column and both main diagonals must add up to the magic constant "
                + magic(size) + ". Empty cells are shown as '.'; keep the given numbers where they are. The completion is"
                + " unique.\n\n" + grid + "\nAnswer with the completed square: " + size + " lines, one per row from top to"
                + " bottom, each with " + size + " numbers separated by spaces.";
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.solution());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        int size = puzzle.size();
        List<List<Integer>> rows = answer.rows();
        if (rows.size() != size || rows.stream().anyMatch(row -> row.size() != size)) {
            return Score.malformed("expected " + size + " rows of " + size + " numbers, found " + rows.size() + " rows");
        }
        int highest = size * size;
        int[] grid = rows.stream().flatMap(List::stream).mapToInt(Integer::intValue).toArray();
        int[] givens = puzzle.givens().stream().flatMap(List::stream).mapToInt(Integer::intValue).toArray();
        boolean[] seen = new boolean[highest + 1];
        for (int cell = 0; cell < grid.length; cell++) {
            String where = DigitGrids.where(cell / size, cell % size);
            if (grid[cell] < 1 || grid[cell] > highest) {
                return Score.wrong(where + " holds " + grid[cell] + "; the numbers must be 1 to " + highest);
            }
            if (givens[cell] != 0 && givens[cell] != grid[cell]) {
                return Score.wrong(where + " changes the given " + givens[cell] + " to " + grid[cell]);
            }
            if (seen[grid[cell]]) {
                return Score.wrong(grid[cell] + " appears more than once");
            }
            seen[grid[cell]] = true;
        }
        LatinRules lines = LatinRules.of(size, 0, 0).withDiagonals();
        for (int index = 0; index < lines.groups().size(); index++) {
            int sum = Arrays.stream(lines.groups().get(index)).map(cell -> grid[cell]).sum();
            if (sum != magic(size)) {
                return Score.wrong(lines.names().get(index) + " adds up to " + sum + ", not " + magic(size));
            }
        }
        return Score.correct("1 to " + highest + " once each, every line adding up to " + magic(size));
    }

    /** One open cell given a repeated number, and two open cells of a row swapped (two columns change their sums). */
    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        String numbers = IntStream.rangeClosed(1, puzzle.size() * puzzle.size()).mapToObj(n -> String.valueOf((char) ('0' + n)))
                .collect(Collectors.joining());
        return NearMisses.latin(characters(gold.rows()), characters(puzzle.givens()), '0', numbers, random).stream()
                .map(rows -> new Answer(rows.stream().map(row -> row.chars().mapToObj(cell -> cell - '0').toList()).toList())).toList();
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.givens().stream().mapToLong(row -> row.stream().filter(value -> value == 0).count()).sum();
    }

    @Override
    public long countSolutions(Puzzle puzzle, long limit) {
        int size = puzzle.size();
        int[] givens = puzzle.givens().stream().flatMap(List::stream).mapToInt(Integer::intValue).toArray();
        return MagicSquareCounter.count(size, givens, limit);
    }

    static int magic(int size) {
        return size * (size * size + 1) / 2;
    }

    private static String write(Answer answer) {
        return answer.rows().stream().map(row -> row.stream().map(String::valueOf).collect(Collectors.joining(" ")))
                .collect(Collectors.joining("\n"));
    }

    private static Answer read(String text) {
        List<List<Integer>> rows = new ArrayList<>();
        for (List<String> row : Grids.tokenRows(text)) {
            if (row.size() > Grids.MAX_SIDE) {
                throw new AnswerFormatException("more than " + Grids.MAX_SIDE + " numbers in a row");
            }
            rows.add(row.stream().map(Answers::intValue).toList());
        }
        return new Answer(rows);
    }

    private static List<List<Integer>> rows(int[] grid, int size) {
        List<List<Integer>> rows = new ArrayList<>();
        for (int row = 0; row < size; row++) {
            List<Integer> line = new ArrayList<>();
            for (int column = 0; column < size; column++) {
                line.add(grid[row * size + column]);
            }
            rows.add(line);
        }
        return rows;
    }

    /** Each number as one character, '0' + n, so that the grid near misses apply. */
    private static List<String> characters(List<List<Integer>> rows) {
        return rows.stream().map(row -> row.stream().map(n -> String.valueOf((char) ('0' + n))).collect(Collectors.joining())).toList();
    }
}
