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
import dev.bootcamp.camps.kit.Grid;
import dev.bootcamp.camps.kit.GridSearch;
import dev.bootcamp.camps.kit.LatinRules;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;

/** Jigsaw Sudoku: a Sudoku whose boxes are irregular connected regions of n cells. */
@AutoService(Bootcamp.class)
public final class JigsawSudokuBootcamp extends Camp<JigsawSudokuBootcamp.Puzzle, JigsawSudokuBootcamp.Answer> {
    private static final Knob<Integer> SIZE = Knob.integer("size", 4, 9, 9, "side of the grid, the number of regions and the cells in each");
    private static final Knob<Double> HOLES = Knob.decimal("holes", 0.05, 1.0, 0.6, "fraction of the cells to empty; the generator"
            + " stops early when no further cell can be emptied without a second solution, so 1 gives a minimal puzzle");
    private static final BootcampInfo INFO = BootcampInfo.builder(JigsawSudokuBootcamp.class)
            .title("Jigsaw Sudoku")
            .domain("puzzles")
            .tags("constraint-satisfaction", "grid", "irregular-regions", "sudoku-variant", "unique-solution")
            .summary("Complete an n x n grid so that every row, every column and every irregular region (n connected cells,"
                    + " drawn at random by swapping cells between neighbouring regions) holds each digit from 1 to n once."
                    + " Puzzles are made by emptying cells of a random full grid while the solution stays unique, proved by"
                    + " an independent dancing-links counter. The checker tests the rules and the givens and names the first"
                    + " one broken. No partial credit.")
            .knob(SIZE)
            .knob(HOLES)
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

    public JigsawSudokuBootcamp() {
        super(INFO, Codecs.grid("0123456789").map(Answer::new, Answer::rows));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(SIZE, Draw.scale(level, 4, 9))
                .with(HOLES, Draw.scale(level, 40, 100) / 100.0);
    }

    /** Random regions and a random full grid for them, then cells emptied while the solution stays unique. */
    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int size = knobs.get(SIZE);
        while (true) {
            int[] region = JigsawSudokuRegions.draw(size, random);
            LatinRules rules = rules(size, region);
            GridSearch search = rules.search();
            GridSearch.Result filled = search.solve(search.open(), 1, FILL_NODE_CAP, random);
            if (!filled.solutions().isEmpty()) {
                LatinRules.Dug dug = rules.dig(search, filled.solutions().get(0), knobs.get(HOLES), REMOVE_NODE_CAP, random);
                List<String> labels = Cages.labelRows(size, rules.groups().subList(2 * size, 3 * size));
                return new Puzzle(size, labels, dug.givens(), dug.solution());
            }
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
    public Score check(Puzzle puzzle, Answer answer) {
        Score failed = rules(puzzle).check(answer.rows(), puzzle.givens());
        return failed != null ? failed : Score.correct("every row, column and region holds 1 to " + puzzle.size() + " once");
    }

    /** One open cell changed (a row repeats a digit), and two open cells of a row swapped (a column repeats). */
    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        return rules(puzzle).nearMisses(gold.rows(), puzzle.givens(), random).stream().map(Answer::new).toList();
    }

    @Override
    public double cost(Puzzle puzzle) {
        return Grid.of(puzzle.givens()).count('.');
    }

    /** Dancing links over the exact cover of cells and the digits of every row, column and region. */
    @Override
    public long countSolutions(Puzzle puzzle, long limit) {
        return rules(puzzle).count(puzzle.givens(), limit, null);
    }

    private static LatinRules rules(Puzzle puzzle) {
        String labels = String.join("", puzzle.regions());
        return rules(puzzle.size(), labels.chars().map(Cages.LABELS::indexOf).toArray());
    }

    /** Rows and columns (interleaved), then the regions in label order. */
    private static LatinRules rules(int size, int[] region) {
        LatinRules rules = LatinRules.of(size, 0, 0);
        for (int index = 0; index < size; index++) {
            int label = index;
            rules = rules.plus(IntStream.range(0, region.length).filter(cell -> region[cell] == label).toArray(),
                    "region " + Cages.label(index));
        }
        return rules;
    }
}
