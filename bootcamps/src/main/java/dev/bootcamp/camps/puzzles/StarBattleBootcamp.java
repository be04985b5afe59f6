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
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.Grid;
import dev.bootcamp.camps.kit.MarkGrids;
import dev.bootcamp.camps.kit.NumberedBoard;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/** Star Battle: place stars so each row, column and region holds the same number, with no two stars touching. */
@AutoService(Bootcamp.class)
public final class StarBattleBootcamp extends Camp<StarBattleBootcamp.Puzzle, StarBattleBootcamp.Answer> {
    private static final Knob<Integer> SIZE = Knob.integer("size", 4, 11, 8, "side of the grid, and so the number of regions; past 10 the generator may give up"
            + " on two stars and fall back to a simpler one-star puzzle");
    private static final Knob<Integer> STARS = Knob.integer("stars", 1, 2, 1, "stars in every row, column and region; 2 needs a side of at least 9"
            + " (smaller grids use 1)");
    private static final BootcampInfo INFO = BootcampInfo.builder(StarBattleBootcamp.class)
            .title("Star Battle")
            .domain("puzzles")
            .tags("constraint-satisfaction", "grid", "logic", "unique-solution")
            .summary("An n x n grid is divided into n lettered regions; place stars so that every row, column and region"
                    + " holds exactly k of them (k is 1 or 2) and no two stars touch, even diagonally. Regions are grown"
                    + " around a random solution and then adjusted until the solution is unique, proved by a row-by-row"
                    + " bitmask solver and an independent cell-by-cell counter. The checker tests every rule. No"
                    + " partial credit.")
            .knob(SIZE)
            .knob(STARS)
            .answerShape("the grid, one line per row from top to bottom, * for a star and . for an empty cell")
            .uniqueSolution()
            .version(2)
            .build();

    private static final int ATTEMPTS = 200;

    /**
     * The regions as rows of letters (A for the region of the top-left cell, then in reading order), the stars per row,
     * column and region, and the unique solution as rows of '*' and '.' (never shown).
     */
    public record Puzzle(int stars, List<String> regions, List<String> solution) {
        public Puzzle {
            regions = List.copyOf(regions);
            solution = List.copyOf(solution);
        }
    }

    /** A grid: rows top to bottom of '*' (star) and '.'; the checker tests the shape. */
    public record Answer(List<String> rows) {
        public Answer {
            rows = List.copyOf(requireNonNull(rows, "rows is null"));
        }
    }

    /** Reads rows of marks; S and X also mean a star, and -, _ and 0 an empty cell. */
    public StarBattleBootcamp() {
        super(INFO, MarkGrids.codec("*SsXx", ".-_0").map(Answer::new, Answer::rows));
    }

    @Override
    public Knobs atLevel(int level) {
        int[] sizes = {7, 7, 8, 8, 8, 9, 9, 9, 10, 10};
        return INFO.defaults()
                .with(SIZE, sizes[level - 1])
                .with(STARS, level >= 8 ? 2 : 1);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int size = knobs.get(SIZE);
        int stars = size >= 9 ? knobs.get(STARS) : 1;
        StarBattleGenerator.Made made = StarBattleGenerator.generate(size, stars, random, ATTEMPTS);
        if (made == null) {
            made = fallback(size, random);
            stars = 1;
        }
        int[] regions = made.regions();
        int[] solution = made.solution();
        return new Puzzle(stars, MarkGrids.draw(size, size, cell -> (char) ('A' + regions[cell])),
                MarkGrids.draw(size, size, cell -> (solution[cell / size] >>> cell % size & 1) != 0 ? '*' : '.'));
    }

    @Override
    public String question(Puzzle puzzle) {
        int size = puzzle.regions().size();
        int stars = puzzle.stars();
        String each = stars == 1 ? "exactly one star" : "exactly " + stars + " stars";
        return "Solve this Star Battle puzzle. The " + size + 'x' + size + " grid is divided into " + size + " regions; each"
                + " letter below names a region, and the cells with the same letter form that region. Place stars in some"
                + " cells so that every row, every column and every region contains " + each + ", and no two stars touch"
                + " each other, not even diagonally. The puzzle has exactly one solution. Rows are numbered from the top"
                + " and columns from the left.\n\n" + NumberedBoard.rows(puzzle.regions(), "%3d  ")
                + "\nAnswer with the whole grid: " + size + " lines, one per row from top to bottom, each with " + size
                + " characters: * for a star and . for an empty cell. Do not write the region letters or the row and"
                + " column numbers.";
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.solution());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        int size = puzzle.regions().size();
        int stars = puzzle.stars();
        List<String> grid = answer.rows();
        Score malformed = MarkGrids.shape(grid, size, size);
        if (malformed != null) {
            return malformed;
        }
        Optional<List<Grid.Cell>> touch = MarkGrids.touching(grid, '*', true);
        if (touch.isPresent()) {
            return Score.wrong("the stars at " + touch.get().get(0).where() + " and " + touch.get().get(1).where() + " touch");
        }
        List<Integer> each = Collections.nCopies(size, stars);
        Score wrong = MarkGrids.counts(grid, '*', each, each, "stars");
        if (wrong != null) {
            return wrong;
        }
        int[] regionTotals = new int[size];
        Grid.of(grid).cells('*').forEach(cell -> regionTotals[puzzle.regions().get(cell.row()).charAt(cell.column()) - 'A']++);
        for (int region = 0; region < size; region++) {
            if (regionTotals[region] != stars) {
                return Score.wrong("region " + (char) ('A' + region) + " has " + regionTotals[region] + " stars, expected " + stars);
            }
        }
        return Score.correct("every row, column and region has " + stars + " stars and none touch");
    }

    /** A star left out, a star moved along its row, and a row swapped with the next. */
    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<String> rows = gold.rows();
        int size = rows.size();
        List<Answer> misses = new ArrayList<>();
        int row = random.nextInt(size);
        int star = rows.get(row).indexOf('*');
        int column = (star + 1 + random.nextInt(size - 1)) % size;
        Grid without = Grid.of(rows).with(row, star, '.');
        misses.add(new Answer(without.lines()));
        misses.add(new Answer(without.with(row, column, '*').lines()));
        int next = (row + 1) % size;
        if (!rows.get(next).equals(rows.get(row))) {
            misses.add(new Answer(MarkGrids.swapRows(rows, row, next)));
        }
        return misses;
    }

    /** Cells, times the rows in which stars must be placed, times the stars per row. */
    @Override
    public double cost(Puzzle puzzle) {
        int size = puzzle.regions().size();
        return (double) size * size * size * puzzle.stars();
    }

    /** Counted by the kit's cell search: k stars in every row, column and region, none touching. */
    @Override
    public long countSolutions(Puzzle puzzle, long limit) {
        int size = puzzle.regions().size();
        CellSearch search = new CellSearch(size * size).lines(size, size, Collections.nCopies(size, puzzle.stars()),
                Collections.nCopies(size, puzzle.stars())).apart(size, size);
        for (int region = 0; region < size; region++) {
            char letter = (char) ('A' + region);
            search.exactly(CellSearch.indices(Grid.of(puzzle.regions()).cells(letter), size),
                    puzzle.stars());
        }
        return search.count(limit, marked -> true);
    }

    /**
     * One star per row and column from a random king-safe solution, every star its own one-cell region except one, and
     * that last region all the other cells: the single stars force the last one.
     */
    private static StarBattleGenerator.Made fallback(int size, RandomGenerator random) {
        int[] columns = null;
        while (columns == null) {
            int[] order = Draw.permutation(size, random);
            boolean apart = true;
            for (int row = 1; row < size; row++) {
                apart &= Math.abs(order[row] - order[row - 1]) > 1;
            }
            columns = apart ? order : null;
        }
        int[] regions = new int[size * size];
        int[] solution = new int[size];
        for (int row = 0; row < size; row++) {
            solution[row] = 1 << columns[row];
            if (row > 0) {
                regions[row * size + columns[row]] = row;
            }
        }
        return new StarBattleGenerator.Made(StarBattleGenerator.canonical(regions), solution);
    }
}
