package dev.bootcamp.camps.puzzles;

import static java.util.Objects.requireNonNull;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Camp;
import dev.bootcamp.camps.kit.Codecs;
import dev.bootcamp.camps.kit.DigitGrids;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.Grid;
import dev.bootcamp.camps.kit.LatinRules;
import java.util.List;
import java.util.random.RandomGenerator;

/** Skyscrapers: a Latin square of building heights whose edge clues count the buildings seen from that side. */
@AutoService(Bootcamp.class)
public final class SkyscrapersBootcamp extends Camp<SkyscrapersBootcamp.Puzzle, SkyscrapersBootcamp.Answer> {
    private static final Knob<Integer> SIZE = Knob.integer("size", 3, 9, 5, "side of the grid; heights are 1 to size");
    private static final Knob<Double> CLUES = Knob.decimal("clues", 0.0, 1.0, 0.5, "fraction of the 4 x size edge clues shown before clues are added"
            + " for uniqueness");
    private static final Knob<Double> GIVENS = Knob.decimal("givens", 0.0, 1.0, 0.0, "fraction of the cells shown before clues are added for uniqueness");
    private static final BootcampInfo INFO = BootcampInfo.builder(SkyscrapersBootcamp.class)
            .title("Skyscrapers")
            .domain("puzzles")
            .tags("constraint-satisfaction", "grid", "latin-square", "unique-solution", "visibility")
            .summary("Fill an n x n grid with building heights 1 to n so that every row and column holds each height once"
                    + " and every clue around the edge equals the number of buildings visible from that side, a building"
                    + " hiding every lower one behind it. Edge clues are drawn at random and more clues (edge clues first,"
                    + " given heights only when needed) are added until the solution is unique, proved by an independent"
                    + " dancing-links counter. The checker tests the rules and the givens. No partial credit.")
            .knob(SIZE)
            .knob(CLUES)
            .knob(GIVENS)
            .answerShape("the completed grid of heights, one line per row from top to bottom, heights separated by spaces")
            .uniqueSolution()
            .build();

    /** Sides of the grid, in the order of {@link Puzzle#clues()}. */
    static final List<String> SIDES = List.of("top", "bottom", "left", "right");

    /**
     * The clues, 4 x size of them: from the top for columns 1..n, from the bottom for columns 1..n, from the left for
     * rows 1..n, from the right for rows 1..n; 0 where there is no clue. Givens and solution are rows of digits, '.'
     * for an empty cell; the solution is never shown.
     */
    public record Puzzle(int size, List<Integer> clues, List<String> givens, List<String> solution) {
        public Puzzle {
            clues = List.copyOf(clues);
            givens = List.copyOf(givens);
            solution = List.copyOf(solution);
            if (clues.size() != 4 * size) {
                throw new IllegalArgumentException("a " + size + "x" + size + " puzzle needs " + 4 * size + " clue slots, found "
                        + clues.size());
            }
        }
    }

    /** A filled grid: rows top to bottom, one digit per cell. */
    public record Answer(List<String> rows) {
        public Answer {
            rows = List.copyOf(requireNonNull(rows, "rows is null"));
        }
    }

    public SkyscrapersBootcamp() {
        super(INFO, Codecs.grid("0123456789").map(Answer::new, Answer::rows));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(SIZE, Draw.scale(level, 4, 7))
                .with(CLUES, Draw.scale(level, 100, 25) / 100.0);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        return SkyscrapersGenerator.generate(knobs.get(SIZE), knobs.get(CLUES), knobs.get(GIVENS), random);
    }

    @Override
    public String question(Puzzle puzzle) {
        int size = puzzle.size();
        StringBuilder text = new StringBuilder();
        text.append("Solve this ").append(size).append('x').append(size).append(" Skyscrapers puzzle. Each cell holds a")
                .append(" building whose height is a digit from 1 to ").append(size).append("; every row and every column")
                .append(" contains each height exactly once. A number outside the grid tells how many buildings are visible")
                .append(" from that side, looking along its row or column: a building is visible unless a taller one stands")
                .append(" in front of it (nearer to the clue). A missing clue gives no information.");
        boolean anyGiven = puzzle.givens().stream().anyMatch(row -> !row.chars().allMatch(cell -> cell == '.'));
        text.append(anyGiven ? " Some heights are given; keep them." : "").append(" The puzzle has exactly one solution.\n\n");
        text.append(picture(puzzle)).append("\n\nThe clues written out ('-' for no clue):\n");
        for (int side = 0; side < 4; side++) {
            text.append(side < 2 ? "From the " + SIDES.get(side) + ", for columns 1 to " + size + ": "
                    : "From the " + SIDES.get(side) + ", for rows 1 to " + size + ": ");
            for (int i = 0; i < size; i++) {
                int clue = puzzle.clues().get(side * size + i);
                text.append(i == 0 ? "" : " ").append(clue == 0 ? "-" : String.valueOf(clue));
            }
            text.append('\n');
        }
        text.append("\nAnswer with the completed grid: ").append(size).append(" lines, one per row from top to bottom, each")
                .append(" with ").append(size).append(" heights separated by spaces.");
        return text.toString();
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.solution());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        int size = puzzle.size();
        Score failed = LatinRules.of(size, 0, 0).check(answer.rows(), puzzle.givens());
        if (failed != null) {
            return failed;
        }
        int[] grid = DigitGrids.cells(answer.rows());
        for (int slot = 0; slot < 4 * size; slot++) {
            int clue = puzzle.clues().get(slot);
            int seen = visible(grid, line(size, slot));
            if (clue != 0 && seen != clue) {
                String line = slot / size < 2 ? "column " : "row ";
                return Score.wrong("from the " + SIDES.get(slot / size) + " of " + line + (slot % size + 1) + " " + seen
                        + " buildings are visible, but the clue says " + clue);
            }
        }
        return Score.correct("a Latin square that matches every edge clue");
    }

    /** One open cell changed (a row repeats a height), and two open cells of a row swapped (a column repeats). */
    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        return LatinRules.of(puzzle.size(), 0, 0).nearMisses(gold.rows(), puzzle.givens(), random).stream().map(Answer::new).toList();
    }

    /** Open cells and missing clues, times the heights each cell could take. */
    @Override
    public double cost(Puzzle puzzle) {
        long missing = puzzle.clues().stream().filter(clue -> clue == 0).count();
        return (Grid.of(puzzle.givens()).count('.') + missing) * puzzle.givens().size();
    }

    @Override
    public long countSolutions(Puzzle puzzle, long limit) {
        return LatinRules.of(puzzle.size(), 0, 0).count(puzzle.givens(), limit, new SkyscrapersCounter(puzzle.size(), puzzle.clues()));
    }

    /**
     * The cells seen from clue slot {@code slot}, nearest first (row-major indices): slots run top (columns 1..n),
     * bottom, left (rows 1..n), right.
     */
    static int[] line(int size, int slot) {
        int side = slot / size;
        int index = slot % size;
        int[] cells = new int[size];
        for (int k = 0; k < size; k++) {
            cells[k] = switch (side) {
                case 0 -> k * size + index;
                case 1 -> (size - 1 - k) * size + index;
                case 2 -> index * size + k;
                default -> index * size + size - 1 - k;
            };
        }
        return cells;
    }

    /** How many buildings along the cells are taller than every one before them. */
    static int visible(int[] grid, int[] cells) {
        int tallest = 0;
        int seen = 0;
        for (int cell : cells) {
            if (grid[cell] > tallest) {
                tallest = grid[cell];
                seen++;
            }
        }
        return seen;
    }

    private static String picture(Puzzle puzzle) {
        int size = puzzle.size();
        StringBuilder text = new StringBuilder();
        text.append("    ").append(clueRow(puzzle, 0)).append('\n');
        text.append("  +").append("-".repeat(2 * size + 1)).append("+\n");
        for (int row = 0; row < size; row++) {
            text.append(clueText(puzzle.clues().get(2 * size + row))).append(" |");
            for (int column = 0; column < size; column++) {
                text.append(' ').append(puzzle.givens().get(row).charAt(column));
            }
            text.append(" | ").append(clueText(puzzle.clues().get(3 * size + row))).append('\n');
        }
        text.append("  +").append("-".repeat(2 * size + 1)).append("+\n");
        text.append("    ").append(clueRow(puzzle, 1));
        return text.toString().stripTrailing();
    }

    private static String clueRow(Puzzle puzzle, int side) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < puzzle.size(); i++) {
            text.append(i == 0 ? "" : " ").append(clueText(puzzle.clues().get(side * puzzle.size() + i)));
        }
        return text.toString();
    }

    private static String clueText(int clue) {
        return clue == 0 ? " " : String.valueOf(clue);
    }
}
