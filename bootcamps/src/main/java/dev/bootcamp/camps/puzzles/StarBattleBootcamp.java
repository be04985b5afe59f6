package dev.bootcamp.camps.puzzles;

import static java.util.Objects.requireNonNull;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.verify.Grids;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** Star Battle: place stars so each row, column and region holds the same number, with no two stars touching. */
@AutoService(Bootcamp.class)
public final class StarBattleBootcamp implements Bootcamp<StarBattleBootcamp.Puzzle, StarBattleBootcamp.Answer> {
    private static final BootcampInfo INFO = BootcampInfo.builder(StarBattleBootcamp.class)
            .title("Star Battle")
            .domain("puzzles")
            .tags("constraint-satisfaction", "grid", "logic", "unique-solution")
            .summary("An n x n grid is divided into n lettered regions; place stars so that every row, column and region"
                    + " holds exactly k of them (k is 1 or 2) and no two stars touch, even diagonally. Regions are grown"
                    + " around a random solution and then adjusted until the solution is unique, proved by a row-by-row"
                    + " bitmask solver and an independent region-by-region counter. The checker tests every rule. No"
                    + " partial credit.")
            .knob(Knob.integer("size", 4, 11, 8, "side of the grid, and so the number of regions; past 10 the generator may give up"
                    + " on two stars and fall back to a simpler one-star puzzle"))
            .knob(Knob.integer("stars", 1, 2, 1, "stars in every row, column and region; 2 needs a side of at least 9"
                    + " (smaller grids use 1)"))
            .answerShape("the grid, one line per row from top to bottom, * for a star and . for an empty cell")
            .uniqueSolution()
            .version(2)
            .build();

    private static final int ATTEMPTS = 200;
    private static final String STAR_MARKS = "*SsXx";
    private static final String EMPTY_MARKS = ".-_0";

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

    @Override
    public BootcampInfo info() {
        return INFO;
    }

    @Override
    public Knobs atLevel(int level) {
        int[] sizes = {7, 7, 8, 8, 8, 9, 9, 9, 10, 10};
        return INFO.defaults()
                .with("size", sizes[level - 1])
                .with("stars", level >= 8 ? 2 : 1);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int size = knobs.integer("size");
        int stars = size >= 9 ? knobs.integer("stars") : 1;
        StarBattleGenerator.Made made = StarBattleGenerator.generate(size, stars, random, ATTEMPTS);
        if (made == null) {
            made = fallback(size, random);
            stars = 1;
        }
        List<String> regions = new ArrayList<>();
        List<String> solution = new ArrayList<>();
        for (int row = 0; row < size; row++) {
            StringBuilder letters = new StringBuilder();
            StringBuilder marks = new StringBuilder();
            for (int column = 0; column < size; column++) {
                letters.append((char) ('A' + made.regions()[row * size + column]));
                marks.append((made.solution()[row] >>> column & 1) != 0 ? '*' : '.');
            }
            regions.add(letters.toString());
            solution.add(marks.toString());
        }
        return new Puzzle(stars, regions, solution);
    }

    @Override
    public String question(Puzzle puzzle) {
        int size = puzzle.regions().size();
        int stars = puzzle.stars();
        String each = stars == 1 ? "exactly one star" : "exactly " + stars + " stars";
        StringBuilder text = new StringBuilder();
        text.append("Solve this Star Battle puzzle. The ").append(size).append('x').append(size).append(" grid is divided")
                .append(" into ").append(size).append(" regions; each letter below names a region, and the cells with the")
                .append(" same letter form that region. Place stars in some cells so that every row, every column and")
                .append(" every region contains ").append(each).append(", and no two stars touch each other, not even")
                .append(" diagonally. The puzzle has exactly one solution. Rows are numbered from the top and columns from")
                .append(" the left.\n\n     ");
        for (int column = 0; column < size; column++) {
            text.append(String.format("%3d", column + 1));
        }
        text.append('\n');
        for (int row = 0; row < size; row++) {
            text.append(String.format("%3d  ", row + 1));
            for (char cell : puzzle.regions().get(row).toCharArray()) {
                text.append("  ").append(cell);
            }
            text.append('\n');
        }
        text.append("\nAnswer with the whole grid: ").append(size).append(" lines, one per row from top to bottom, each")
                .append(" with ").append(size).append(" characters: * for a star and . for an empty cell. Do not write")
                .append(" the region letters or the row and column numbers.");
        return text.toString();
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.solution());
    }

    @Override
    public String render(Answer answer) {
        return String.join("\n", answer.rows());
    }

    /** Reads rows of marks; S and X also mean a star, and -, _ and 0 an empty cell. */
    @Override
    public Answer parse(String text) {
        List<String> rows = new ArrayList<>();
        for (char[] row : Grids.charRows(text, STAR_MARKS + EMPTY_MARKS)) {
            StringBuilder line = new StringBuilder();
            for (char cell : row) {
                line.append(STAR_MARKS.indexOf(cell) >= 0 ? '*' : '.');
            }
            rows.add(line.toString());
        }
        return new Answer(rows);
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        List<String> regions = puzzle.regions();
        int size = regions.size();
        int stars = puzzle.stars();
        List<String> grid = answer.rows();
        if (grid.size() != size) {
            return Score.malformed("expected " + size + " rows, found " + grid.size());
        }
        for (int row = 0; row < size; row++) {
            if (grid.get(row).length() != size) {
                return Score.malformed("expected " + size + " cells in row " + (row + 1) + ", found " + grid.get(row).length());
            }
        }
        int[] rowTotals = new int[size];
        int[] columnTotals = new int[size];
        int[] regionTotals = new int[size];
        for (int row = 0; row < size; row++) {
            for (int column = 0; column < size; column++) {
                if (grid.get(row).charAt(column) != '*') {
                    continue;
                }
                for (int r = Math.max(0, row - 1); r <= Math.min(size - 1, row + 1); r++) {
                    for (int c = Math.max(0, column - 1); c <= Math.min(size - 1, column + 1); c++) {
                        if ((r != row || c != column) && grid.get(r).charAt(c) == '*') {
                            return Score.wrong("the stars at row " + (row + 1) + ", column " + (column + 1) + " and row "
                                    + (r + 1) + ", column " + (c + 1) + " touch");
                        }
                    }
                }
                rowTotals[row]++;
                columnTotals[column]++;
                regionTotals[regions.get(row).charAt(column) - 'A']++;
            }
        }
        for (int i = 0; i < size; i++) {
            if (rowTotals[i] != stars) {
                return Score.wrong("row " + (i + 1) + " has " + rowTotals[i] + " stars, expected " + stars);
            }
            if (columnTotals[i] != stars) {
                return Score.wrong("column " + (i + 1) + " has " + columnTotals[i] + " stars, expected " + stars);
            }
            if (regionTotals[i] != stars) {
                return Score.wrong("region " + (char) ('A' + i) + " has " + regionTotals[i] + " stars, expected " + stars);
            }
        }
        return Score.correct("every row, column and region has " + stars + " stars and none touch");
    }

    /** A star moved along its row, a star left out, and two stars of a row swapped with the next row's. */
    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<String> rows = gold.rows();
        int size = rows.size();
        List<Answer> misses = new ArrayList<>();
        int row = random.nextInt(size);
        int star = rows.get(row).indexOf('*');
        int column = (star + 1 + random.nextInt(size - 1)) % size;
        misses.add(withRow(gold, row, rows.get(row).substring(0, star) + '.' + rows.get(row).substring(star + 1)));
        StringBuilder moved = new StringBuilder(rows.get(row));
        moved.setCharAt(star, '.');
        moved.setCharAt(column, '*');
        misses.add(withRow(gold, row, moved.toString()));
        int next = (row + 1) % size;
        if (!rows.get(next).equals(rows.get(row))) {
            misses.add(withRow(withRow(gold, row, rows.get(next)), next, rows.get(row)));
        }
        return misses;
    }

    /** Cells, times the rows in which stars must be placed, times the stars per row. */
    @Override
    public double cost(Puzzle puzzle) {
        int size = puzzle.regions().size();
        return (double) size * size * size * puzzle.stars();
    }

    @Override
    public long countSolutions(Puzzle puzzle, long limit) {
        int size = puzzle.regions().size();
        int[] regions = new int[size * size];
        for (int cell = 0; cell < regions.length; cell++) {
            regions[cell] = puzzle.regions().get(cell / size).charAt(cell % size) - 'A';
        }
        return StarBattleCounter.count(size, puzzle.stars(), regions, limit);
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

    private static Answer withRow(Answer answer, int row, String line) {
        List<String> rows = new ArrayList<>(answer.rows());
        rows.set(row, line);
        return new Answer(rows);
    }
}
