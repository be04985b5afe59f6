package dev.bootcamp.camps.puzzles;

import static java.util.Objects.requireNonNull;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Cages;
import dev.bootcamp.camps.kit.DancingLinks;
import dev.bootcamp.camps.kit.DigitGrids;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.GridSearch;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** Jigsaw Sudoku: a Sudoku whose boxes are irregular connected regions of n cells. */
@AutoService(Bootcamp.class)
public final class JigsawSudokuBootcamp implements Bootcamp<JigsawSudokuBootcamp.Puzzle, JigsawSudokuBootcamp.Answer> {
    private static final BootcampInfo INFO = BootcampInfo.builder(JigsawSudokuBootcamp.class)
            .title("Jigsaw Sudoku")
            .domain("puzzles")
            .tags("constraint-satisfaction", "grid", "irregular-regions", "sudoku-variant", "unique-solution")
            .summary("Complete an n x n grid so that every row, every column and every irregular region (n connected cells,"
                    + " drawn at random by swapping cells between neighbouring regions) holds each digit from 1 to n once."
                    + " Puzzles are made by emptying cells of a random full grid while the solution stays unique, proved by"
                    + " an independent dancing-links counter. The checker tests the rules and the givens and names the first"
                    + " one broken. No partial credit.")
            .knob(Knob.integer("size", 4, 9, 9, "side of the grid, the number of regions and the cells in each"))
            .knob(Knob.decimal("holes", 0.05, 1.0, 0.6, "fraction of the cells to empty; the generator stops early when"
                    + " no further cell can be emptied without a second solution, so 1 gives a minimal puzzle"))
            .answerShape("the completed grid, one line per row from top to bottom, digits separated by spaces")
            .uniqueSolution()
            .build();

    /** Some region layouts have no solution or a hard one; past this cap the generator draws new regions. */
    private static final long FILL_NODE_CAP = 2_000;
    /** Bounds one uniqueness test; a test that gives up keeps the cell, so uniqueness is never assumed. */
    private static final long REMOVE_NODE_CAP = 20_000;

    /**
     * The regions (rows of letters, one letter per region), the givens (rows with '.' for an empty cell), and the
     * unique solution (never shown).
     */
    public record Puzzle(int size, List<String> regions, List<String> givens, List<String> solution) {
        public Puzzle {
            regions = List.copyOf(regions);
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

    @Override
    public BootcampInfo info() {
        return INFO;
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with("size", Draw.scale(level, 4, 9))
                .with("holes", Draw.scale(level, 40, 100) / 100.0);
    }

    /** Random regions and a random full grid for them, then cells emptied while the solution stays unique. */
    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int size = knobs.integer("size");
        int cells = size * size;
        while (true) {
            int[] region = JigsawSudokuRegions.draw(size, random);
            GridSearch search = new GridSearch(size, cells, groups(size, region), null);
            GridSearch.Result filled = search.solve(search.open(), 1, FILL_NODE_CAP, random);
            if (filled.solutions().isEmpty()) {
                continue;
            }
            int[] solution = filled.solutions().get(0);
            int target = Math.max(1, Math.min(cells - 1, (int) Math.round(knobs.decimal("holes") * cells)));
            int[] givens = search.dig(solution, solution, target, REMOVE_NODE_CAP, random);
            List<String> labels = new ArrayList<>();
            for (int row = 0; row < size; row++) {
                StringBuilder line = new StringBuilder();
                for (int column = 0; column < size; column++) {
                    line.append(Cages.label(region[row * size + column]));
                }
                labels.add(line.toString());
            }
            return new Puzzle(size, labels, DigitGrids.rows(givens, size), DigitGrids.rows(solution, size));
        }
    }

    @Override
    public String question(Puzzle puzzle) {
        int size = puzzle.size();
        return "Solve this " + size + "x" + size + " Jigsaw Sudoku. The grid is divided into " + size + " irregular regions"
                + " of " + size + " cells each, shown by letters in the region map. Fill every empty cell (shown as '.') with"
                + " a digit from 1 to " + size + " so that every row, every column and every region contains each digit"
                + " from 1 to " + size + " exactly once. Keep the given digits as they are. The puzzle has exactly one"
                + " solution.\n\nRegion map (rows from top to bottom):\n" + DigitGrids.render(puzzle.regions())
                + "\n\nGrid:\n" + DigitGrids.render(puzzle.givens()) + "\n\nAnswer with the completed grid: " + size
                + " lines, one per row from top to bottom, each with " + size + " digits separated by spaces.";
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.solution());
    }

    @Override
    public String render(Answer answer) {
        return DigitGrids.render(answer.rows());
    }

    @Override
    public Answer parse(String text) {
        return new Answer(DigitGrids.parse(text, "0123456789"));
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        int size = puzzle.size();
        Score failed = DigitGrids.checkFilled(answer.rows(), puzzle.givens(), size, 1, size);
        if (failed == null) {
            failed = DigitGrids.checkLatin(answer.rows());
        }
        if (failed != null) {
            return failed;
        }
        List<int[]> groups = groups(size, regionOf(puzzle));
        for (int index = 2 * size; index < groups.size(); index++) {
            failed = DigitGrids.checkDistinct(answer.rows(), groups.get(index), "region " + Cages.label(index - 2 * size));
            if (failed != null) {
                return failed;
            }
        }
        return Score.correct("every row, column and region holds 1 to " + size + " once");
    }

    /** One open cell changed (a row repeats a digit), and two open cells of a row swapped (a column repeats). */
    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        int size = puzzle.size();
        List<Integer> open = new ArrayList<>();
        for (int cell = 0; cell < size * size; cell++) {
            if (puzzle.givens().get(cell / size).charAt(cell % size) == '.') {
                open.add(cell);
            }
        }
        Draw.shuffle(open, random);
        List<Answer> misses = new ArrayList<>();
        int changed = open.get(0);
        char digit = gold.rows().get(changed / size).charAt(changed % size);
        char replacement = (char) ('1' + (digit - '1' + 1 + random.nextInt(size - 1)) % size);
        misses.add(new Answer(DigitGrids.withCell(gold.rows(), changed / size, changed % size, replacement)));
        for (int first : open) {
            for (int second : open) {
                if (first / size == second / size && first != second) {
                    List<String> rows = DigitGrids.withCell(gold.rows(), first / size, first % size,
                            gold.rows().get(second / size).charAt(second % size));
                    misses.add(new Answer(DigitGrids.withCell(rows, second / size, second % size,
                            gold.rows().get(first / size).charAt(first % size))));
                    return misses;
                }
            }
        }
        return misses;
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.givens().stream().mapToLong(row -> row.chars().filter(cell -> cell == '.').count()).sum();
    }

    /** Dancing links over the exact cover of cells and the digits of every row, column and region. */
    @Override
    public long countSolutions(Puzzle puzzle, long limit) {
        int size = puzzle.size();
        DancingLinks links = DancingLinks.forGroups(size, size * size, groups(size, regionOf(puzzle)));
        int[] givens = DigitGrids.cells(puzzle.givens());
        for (int cell = 0; cell < givens.length; cell++) {
            if (givens[cell] != 0 && !links.select(cell * size + givens[cell] - 1)) {
                return 0;
            }
        }
        return links.count(limit, null);
    }

    private static int[] regionOf(Puzzle puzzle) {
        int size = puzzle.size();
        int[] region = new int[size * size];
        for (int cell = 0; cell < region.length; cell++) {
            region[cell] = Cages.LABELS.indexOf(puzzle.regions().get(cell / size).charAt(cell % size));
        }
        return region;
    }

    /** Rows and columns (interleaved), then the regions in label order. */
    private static List<int[]> groups(int size, int[] region) {
        List<int[]> groups = new ArrayList<>(GridSearch.latinGroups(size, 0, 0));
        for (int index = 0; index < size; index++) {
            int[] members = new int[size];
            int count = 0;
            for (int cell = 0; cell < region.length; cell++) {
                if (region[cell] == index) {
                    members[count++] = cell;
                }
            }
            groups.add(members);
        }
        return groups;
    }
}
