package dev.bootcamp.camps.puzzles;

import static java.util.Objects.requireNonNull;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Camp;
import dev.bootcamp.camps.kit.CellSearch;
import dev.bootcamp.camps.kit.Codecs;
import dev.bootcamp.camps.kit.DigitGrids;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.Grid;
import dev.bootcamp.camps.kit.MarkGrids;
import dev.bootcamp.camps.kit.NearMisses;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/** Binairo (Takuzu): fill a grid with 0s and 1s, balanced, without three in a line, with no two rows or columns alike. */
@AutoService(Bootcamp.class)
public final class BinairoBootcamp extends Camp<BinairoBootcamp.Puzzle, BinairoBootcamp.Answer> {
    private static final Knob<Integer> SIZE = Knob.integer("size", 4, 16, 8, "side of the grid; an odd value is raised to the next even number");
    private static final Knob<Double> HOLES = Knob.decimal("holes", 0.05, 1.0, 0.7, "fraction of the cells to empty; the generator stops early when"
            + " no further cell can be emptied without a second solution, so 1 gives a minimal puzzle");
    private static final BootcampInfo INFO = BootcampInfo.builder(BinairoBootcamp.class)
            .title("Binairo")
            .domain("puzzles")
            .tags("binary", "constraint-satisfaction", "grid", "takuzu", "unique-solution")
            .summary("Fill an n x n grid (n even) with 0s and 1s so that no row or column has three equal digits in a"
                    + " row, every row and column holds as many 0s as 1s, and no two rows and no two columns are the same."
                    + " Puzzles are made by emptying cells of a random valid grid while the solution stays unique, proved"
                    + " by an independent cell-by-cell counter. The checker tests the rules and the givens and names the"
                    + " first one broken. No partial credit.")
            .knob(SIZE)
            .knob(HOLES)
            .answerShape("the completed grid, one line per row from top to bottom, the digits 0 and 1 separated by spaces")
            .uniqueSolution()
            .build();

    /** The givens (rows of '0', '1' and '.' for an empty cell) and the unique solution (never shown). */
    public record Puzzle(int size, List<String> givens, List<String> solution) {
        public Puzzle {
            givens = List.copyOf(givens);
            solution = List.copyOf(solution);
        }
    }

    /** A filled grid: rows top to bottom, one digit per cell. */
    public record Answer(List<String> rows) {
        public Answer {
            rows = List.copyOf(requireNonNull(rows, "rows is null"));
        }
    }

    public BinairoBootcamp() {
        super(INFO, Codecs.grid("0123456789").map(Answer::new, Answer::rows));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(SIZE, 2 * Draw.scale(level, 2, 7))
                .with(HOLES, Draw.scale(level, 50, 100) / 100.0);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int size = knobs.get(SIZE) + knobs.get(SIZE) % 2;
        return BinairoGenerator.generate(size, knobs.get(HOLES), random);
    }

    @Override
    public String question(Puzzle puzzle) {
        int size = puzzle.size();
        StringBuilder text = new StringBuilder();
        text.append("Solve this ").append(size).append('x').append(size).append(" Binairo puzzle. Fill every empty cell")
                .append(" (shown as '.') with 0 or 1 so that:\n")
                .append("- no row or column contains three equal digits next to each other (000 and 111 are forbidden);\n")
                .append("- every row and every column contains exactly ").append(size / 2).append(" zeros and ")
                .append(size / 2).append(" ones;\n")
                .append("- no two rows are identical, and no two columns are identical.\n")
                .append("Keep the given digits as they are. The puzzle has exactly one solution.\n\n")
                .append(DigitGrids.render(puzzle.givens()))
                .append("\n\nAnswer with the completed grid: ").append(size).append(" lines, one per row from top to bottom,")
                .append(" each with ").append(size).append(" digits (0 or 1) separated by spaces.");
        return text.toString();
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.solution());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        int size = puzzle.size();
        Score failed = DigitGrids.checkFilled(answer.rows(), puzzle.givens(), size, 0, 1);
        if (failed != null) {
            return failed;
        }
        int[] rows = new int[size];
        int[] columns = new int[size];
        for (int row = 0; row < size; row++) {
            for (int column = 0; column < size; column++) {
                if (answer.rows().get(row).charAt(column) == '1') {
                    rows[row] |= 1 << column;
                    columns[column] |= 1 << row;
                }
            }
        }
        for (String kind : List.of("row", "column")) {
            int[] lines = kind.equals("row") ? rows : columns;
            for (int line = 0; line < size; line++) {
                String problem = lineProblem(lines[line], size);
                if (problem != null) {
                    return Score.wrong(kind + " " + (line + 1) + " " + problem);
                }
                for (int other = 0; other < line; other++) {
                    if (lines[other] == lines[line]) {
                        return Score.wrong(kind + "s " + (other + 1) + " and " + (line + 1) + " are identical");
                    }
                }
            }
        }
        return Score.correct("balanced lines, no three alike in a row, all rows and columns distinct");
    }

    /** One empty cell flipped (its row loses balance), and two differing empty cells of a row swapped (columns do). */
    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        return NearMisses.latin(gold.rows(), puzzle.givens(), '.', "01", random).stream().map(Answer::new).toList();
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.givens().stream().mapToLong(row -> row.chars().filter(cell -> cell == '.').count()).sum();
    }

    /**
     * Counted by the kit's cell search, a mark standing for a 1: the givens, half of every row and column, one or two 1s
     * in every three cells in a line; each grid found must then have no two rows or columns alike.
     */
    @Override
    public long countSolutions(Puzzle puzzle, long limit) {
        int size = puzzle.size();
        List<Integer> half = Collections.nCopies(size, size / 2);
        CellSearch search = new CellSearch(size * size).lines(size, size, half, half);
        for (Grid.Cell cell : Grid.of(puzzle.givens()).cells()) {
            char given = puzzle.givens().get(cell.row()).charAt(cell.column());
            if (given != '.') {
                search.fix(cell.row() * size + cell.column(), given == '1');
            }
            if (cell.column() + 2 < size) {
                search.between(CellSearch.line(cell.row() * size + cell.column(), 1, 3), 1, 2);
            }
            if (cell.row() + 2 < size) {
                search.between(CellSearch.line(cell.row() * size + cell.column(), size, 3), 1, 2);
            }
        }
        return search.count(limit, marked -> {
            List<String> rows = MarkGrids.draw(size, size, cell -> marked[cell] ? '1' : '0');
            List<String> columns = MarkGrids.draw(size, size, cell -> marked[cell % size * size + cell / size] ? '1' : '0');
            return Set.copyOf(rows).size() == size && Set.copyOf(columns).size() == size;
        });
    }

    /** Whether a full line (bit i set for a 1 at position i) is balanced and has no three alike in a row. */
    static boolean validLine(int line, int size) {
        int zeros = ~line & ((1 << size) - 1);
        return Integer.bitCount(line) == size / 2 && (line & line >>> 1 & line >>> 2) == 0
                && (zeros & zeros >>> 1 & zeros >>> 2) == 0;
    }

    /** What is wrong with a full line (bit i set for a 1 at position i), or null when it is fine. */
    static String lineProblem(int line, int size) {
        int ones = Integer.bitCount(line);
        if (ones != size / 2) {
            return "has " + ones + " ones and " + (size - ones) + " zeros";
        }
        int full = (1 << size) - 1;
        int zeros = ~line & full;
        int tripleOnes = line & line >>> 1 & line >>> 2;
        int tripleZeros = zeros & zeros >>> 1 & zeros >>> 2;
        if ((tripleOnes | tripleZeros) != 0) {
            int start = Integer.numberOfTrailingZeros(tripleOnes | tripleZeros);
            return "has three " + (tripleOnes != 0 && Integer.numberOfTrailingZeros(tripleOnes) == start ? "1" : "0")
                    + "s in a row from position " + (start + 1);
        }
        return null;
    }
}
