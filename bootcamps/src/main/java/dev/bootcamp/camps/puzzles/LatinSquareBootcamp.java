package dev.bootcamp.camps.puzzles;

import static java.util.Objects.requireNonNull;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.DancingLinks;
import dev.bootcamp.camps.kit.DigitGrids;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.GridSearch;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** Latin square completion: fill a partly given n x n grid so that every row and column holds 1..n once. */
@AutoService(Bootcamp.class)
public final class LatinSquareBootcamp implements Bootcamp<LatinSquareBootcamp.Puzzle, LatinSquareBootcamp.Answer> {
    private static final BootcampInfo INFO = BootcampInfo.builder(LatinSquareBootcamp.class)
            .title("Latin square completion")
            .domain("puzzles")
            .tags("constraint-satisfaction", "grid", "latin-square", "unique-solution")
            .summary("Complete a partly filled n x n grid so that every row and every column holds each digit from 1 to n"
                    + " exactly once. Puzzles are made by emptying cells of a random Latin square while the completion stays"
                    + " unique, proved by an independent dancing-links counter. The checker tests the rules and the givens"
                    + " and names the first one broken. No partial credit.")
            .knob(Knob.integer("size", 3, 9, 6, "side of the grid; cells hold the digits 1 to size"))
            .knob(Knob.decimal("holes", 0.05, 1.0, 0.6, "fraction of the cells to empty; the generator stops early when"
                    + " no further cell can be emptied without a second completion, so 1 gives a minimal puzzle"))
            .answerShape("the completed grid, one line per row from top to bottom, digits separated by spaces")
            .uniqueSolution()
            .version(2)
            .build();

    private static final long FILL_NODE_CAP = 20_000;
    /** Bounds one uniqueness test; a test that gives up keeps the cell, so uniqueness is never assumed. */
    private static final long REMOVE_NODE_CAP = 5_000;

    /** The givens (rows with '.' for an empty cell) and the unique completion (never shown). */
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

    /** A random Latin square, then cells emptied in random order while no completion changes the emptied cell. */
    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int size = knobs.integer("size");
        int cells = size * size;
        GridSearch search = new GridSearch(size, cells, GridSearch.latinGroups(size, 0, 0), null);
        int[] solution = null;
        while (solution == null) {
            solution = search.fillRandomly(FILL_NODE_CAP, random);
        }
        int target = Math.max(1, Math.min(cells - 1, (int) Math.round(knobs.decimal("holes") * cells)));
        int[] givens = search.dig(solution, solution, target, REMOVE_NODE_CAP, random);
        return new Puzzle(size, DigitGrids.rows(givens, size), DigitGrids.rows(solution, size));
    }

    @Override
    public String question(Puzzle puzzle) {
        int size = puzzle.size();
        return "Complete this " + size + "x" + size + " Latin square. Fill every empty cell (shown as '.') with a digit"
                + " from 1 to " + size + " so that every row and every column contains each digit exactly once. Keep the"
                + " given digits as they are. The completion is unique.\n\n" + DigitGrids.render(puzzle.givens())
                + "\n\nAnswer with the completed grid: " + size + " lines, one per row from top to bottom, each with " + size
                + " digits separated by spaces.";
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
        return failed != null ? failed : Score.correct("every row and column holds 1 to " + size + " once, givens kept");
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
        List<Answer> misses = new ArrayList<>();
        Draw.shuffle(open, random);
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

    /** Dancing links over the exact cover of cells, row-digit and column-digit pairs; independent of {@link GridSearch}. */
    @Override
    public long countSolutions(Puzzle puzzle, long limit) {
        int size = puzzle.size();
        DancingLinks links = DancingLinks.forGroups(size, size * size, GridSearch.latinGroups(size, 0, 0));
        int[] givens = DigitGrids.cells(puzzle.givens());
        for (int cell = 0; cell < givens.length; cell++) {
            if (givens[cell] != 0 && !links.select(cell * size + givens[cell] - 1)) {
                return 0;
            }
        }
        return links.count(limit, null);
    }
}
