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
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.random.RandomGenerator;

/** Battleships (Bimaru): place a fleet from row and column counts and a few revealed cells, ships never touching. */
@AutoService(Bootcamp.class)
public final class BattleshipsBootcamp implements Bootcamp<BattleshipsBootcamp.Puzzle, BattleshipsBootcamp.Answer> {
    private static final BootcampInfo INFO = BootcampInfo.builder(BattleshipsBootcamp.class)
            .title("Battleships (Bimaru)")
            .domain("puzzles")
            .tags("constraint-satisfaction", "grid", "logic", "unique-solution")
            .summary("Hide a given fleet of straight ships in a square grid so that each row and column holds the given"
                    + " number of ship cells, ships never touch (not even diagonally), and the revealed cells (ship or"
                    + " water) are respected. A random fleet is placed and cells that tell apart other solutions are"
                    + " revealed until the fleet is unique, proved by a row-by-row solver and an independent ship-placing"
                    + " counter. The checker tests every rule, the fleet included. No partial credit.")
            .knob(Knob.integer("size", 5, 12, 8, "side of the grid; the fleet grows with it (about a fifth of the cells)"))
            .knob(Knob.decimal("reveal", 0.0, 0.5, 0.05, "fraction of the cells revealed before the ones needed for a"
                    + " unique solution"))
            .answerShape("the grid, one line per row from top to bottom, # for a ship cell and . for water")
            .uniqueSolution()
            .build();

    private static final String SHIP_MARKS = "#Xx";
    private static final String WATER_MARKS = ".~-_0";

    /**
     * The grid as shown (rows of '?' hidden, '#' revealed ship, '~' revealed water), the ship lengths, the ship cells
     * counted per row and column, and the unique solution as rows of '#' and '.' (never shown).
     */
    public record Puzzle(List<String> grid, List<Integer> ships, List<Integer> rowCounts, List<Integer> columnCounts,
            List<String> solution) {
        public Puzzle {
            grid = List.copyOf(grid);
            ships = List.copyOf(ships);
            rowCounts = List.copyOf(rowCounts);
            columnCounts = List.copyOf(columnCounts);
            solution = List.copyOf(solution);
        }
    }

    /** A grid: rows top to bottom of '#' (ship) and '.' (water); the checker tests the shape. */
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
        int[] sizes = {5, 6, 6, 7, 8, 8, 9, 9, 10, 10};
        return INFO.defaults()
                .with("size", sizes[level - 1])
                .with("reveal", Draw.scale(level, 15, 0) / 100.0);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        return BattleshipsGenerator.generate(knobs.integer("size"), knobs.decimal("reveal"), random);
    }

    @Override
    public String question(Puzzle puzzle) {
        int size = puzzle.grid().size();
        StringBuilder text = new StringBuilder();
        text.append("Solve this Battleships puzzle. Hide the following fleet in the ").append(size).append('x').append(size)
                .append(" grid: ").append(fleet(puzzle.ships())).append(". Each ship is a straight line of cells,")
                .append(" horizontal or vertical, as long as its length. The rules:\n")
                .append("1. Ships do not touch each other, not even diagonally: every cell around a ship is water.\n")
                .append("2. The number after each row, and the number under each column, is how many of its cells are")
                .append(" ship cells.\n")
                .append("3. Some cells are revealed: # is part of a ship and ~ is water. A ? can be either.\n")
                .append("The puzzle has exactly one solution. Rows are numbered from the top and columns from the left.\n\n     ");
        for (int column = 0; column < size; column++) {
            text.append(String.format("%3d", column + 1));
        }
        text.append('\n');
        for (int row = 0; row < size; row++) {
            text.append(String.format("%3d  ", row + 1));
            for (char cell : puzzle.grid().get(row).toCharArray()) {
                text.append("  ").append(cell);
            }
            text.append("   ").append(puzzle.rowCounts().get(row)).append('\n');
        }
        text.append("     ");
        for (int count : puzzle.columnCounts()) {
            text.append(String.format("%3d", count));
        }
        text.append("\n\nAnswer with the whole grid: ").append(size).append(" lines, one per row from top to bottom, each")
                .append(" with ").append(size).append(" characters: # for a ship cell and . for water. Do not write the")
                .append(" row or column numbers or the counts.");
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

    /** Reads rows of marks; X also means a ship cell, and ~, -, _ and 0 water. */
    @Override
    public Answer parse(String text) {
        List<String> rows = new ArrayList<>();
        for (char[] row : Grids.charRows(text, SHIP_MARKS + WATER_MARKS)) {
            StringBuilder line = new StringBuilder();
            for (char cell : row) {
                line.append(SHIP_MARKS.indexOf(cell) >= 0 ? '#' : '.');
            }
            rows.add(line.toString());
        }
        return new Answer(rows);
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        List<String> grid = puzzle.grid();
        int size = grid.size();
        List<String> rows = answer.rows();
        if (rows.size() != size) {
            return Score.malformed("expected " + size + " rows, found " + rows.size());
        }
        for (int row = 0; row < size; row++) {
            if (rows.get(row).length() != size) {
                return Score.malformed("expected " + size + " cells in row " + (row + 1) + ", found " + rows.get(row).length());
            }
        }
        int[] columnTotals = new int[size];
        for (int row = 0; row < size; row++) {
            int rowTotal = 0;
            for (int column = 0; column < size; column++) {
                boolean ship = rows.get(row).charAt(column) == '#';
                char shown = grid.get(row).charAt(column);
                String where = "row " + (row + 1) + ", column " + (column + 1);
                if (shown == '#' && !ship || shown == '~' && ship) {
                    return Score.wrong("the revealed cell at " + where + " is " + (shown == '#' ? "a ship cell" : "water"));
                }
                if (ship && row + 1 < size && (column > 0 && rows.get(row + 1).charAt(column - 1) == '#'
                        || column + 1 < size && rows.get(row + 1).charAt(column + 1) == '#')) {
                    return Score.wrong("the ship cell at " + where + " touches another ship diagonally");
                }
                rowTotal += ship ? 1 : 0;
                columnTotals[column] += ship ? 1 : 0;
            }
            if (rowTotal != puzzle.rowCounts().get(row)) {
                return Score.wrong("row " + (row + 1) + " has " + rowTotal + " ship cells, expected " + puzzle.rowCounts().get(row));
            }
        }
        for (int column = 0; column < size; column++) {
            if (columnTotals[column] != puzzle.columnCounts().get(column)) {
                return Score.wrong("column " + (column + 1) + " has " + columnTotals[column] + " ship cells, expected "
                        + puzzle.columnCounts().get(column));
            }
        }
        List<Integer> found = new ArrayList<>();
        boolean[] seen = new boolean[size * size];
        for (int cell = 0; cell < size * size; cell++) {
            if (seen[cell] || rows.get(cell / size).charAt(cell % size) != '#') {
                continue;
            }
            // with no diagonal contact every group of touching cells is a straight line, so its size is its length
            int length = 0;
            List<Integer> stack = new ArrayList<>(List.of(cell));
            seen[cell] = true;
            while (!stack.isEmpty()) {
                int current = stack.remove(stack.size() - 1);
                length++;
                for (int next : new int[] {current - size, current + size, current % size > 0 ? current - 1 : -1,
                        current % size + 1 < size ? current + 1 : -1}) {
                    if (next >= 0 && next < size * size && !seen[next] && rows.get(next / size).charAt(next % size) == '#') {
                        seen[next] = true;
                        stack.add(next);
                    }
                }
            }
            found.add(length);
        }
        if (!fleet(found).equals(fleet(puzzle.ships()))) {
            return Score.wrong("the ships are " + fleet(found) + ", but the fleet is " + fleet(puzzle.ships()));
        }
        return Score.correct("the fleet fits every count and revealed cell, and no ships touch");
    }

    /** A ship shifted by one cell, a ship cell turned to water, and two rows swapped. */
    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<String> rows = gold.rows();
        int size = rows.size();
        List<Answer> misses = new ArrayList<>();
        List<Integer> shipCells = new ArrayList<>();
        for (int cell = 0; cell < size * size; cell++) {
            if (rows.get(cell / size).charAt(cell % size) == '#') {
                shipCells.add(cell);
            }
        }
        int cell = Draw.pick(shipCells, random);
        List<String> sunk = new ArrayList<>(rows);
        StringBuilder line = new StringBuilder(sunk.get(cell / size));
        line.setCharAt(cell % size, '.');
        sunk.set(cell / size, line.toString());
        misses.add(new Answer(sunk));
        int row = cell / size;
        String shifted = rows.get(row).substring(size - 1) + rows.get(row).substring(0, size - 1);
        if (!shifted.equals(rows.get(row))) {
            List<String> moved = new ArrayList<>(rows);
            moved.set(row, shifted);
            misses.add(new Answer(moved));
        }
        int other = (row + 1) % size;
        if (!rows.get(other).equals(rows.get(row))) {
            List<String> swapped = new ArrayList<>(rows);
            swapped.set(row, rows.get(other));
            swapped.set(other, rows.get(row));
            misses.add(new Answer(swapped));
        }
        return misses;
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.grid().stream().mapToLong(row -> row.chars().filter(cell -> cell == '?').count()).sum();
    }

    @Override
    public long countSolutions(Puzzle puzzle, long limit) {
        int size = puzzle.grid().size();
        int[] revealed = new int[size * size];
        for (int cell = 0; cell < revealed.length; cell++) {
            char shown = puzzle.grid().get(cell / size).charAt(cell % size);
            revealed[cell] = shown == '?' ? -1 : shown == '#' ? 1 : 0;
        }
        return BattleshipsCounter.count(size, toArray(puzzle.ships()), toArray(puzzle.rowCounts()), toArray(puzzle.columnCounts()),
                revealed, limit);
    }

    /** The fleet in words, longest ships first: "1 ship of length 4, 2 ships of length 3". */
    private static String fleet(List<Integer> ships) {
        TreeMap<Integer, Integer> counts = new TreeMap<>(Comparator.reverseOrder());
        for (int length : ships) {
            counts.merge(length, 1, Integer::sum);
        }
        List<String> parts = new ArrayList<>();
        counts.forEach((length, count) -> parts.add(count + (count == 1 ? " ship" : " ships") + " of length " + length));
        return parts.isEmpty() ? "no ships" : String.join(", ", parts);
    }

    private static int[] toArray(List<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).toArray();
    }
}
