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
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.random.RandomGenerator;

/** Battleships (Bimaru): place a fleet from row and column counts and a few revealed cells, ships never touching. */
@AutoService(Bootcamp.class)
public final class BattleshipsBootcamp extends Camp<BattleshipsBootcamp.Puzzle, BattleshipsBootcamp.Answer> {
    private static final Knob<Integer> SIZE = Knob.integer("size", 5, 12, 8, "side of the grid; the fleet grows with it (about a fifth of the cells)");
    private static final Knob<Double> REVEAL = Knob.decimal("reveal", 0.0, 0.5, 0.05, "fraction of the cells revealed before the ones needed for a"
            + " unique solution");
    private static final BootcampInfo INFO = BootcampInfo.builder(BattleshipsBootcamp.class)
            .title("Battleships (Bimaru)")
            .domain("puzzles")
            .tags("constraint-satisfaction", "grid", "logic", "unique-solution")
            .summary("Hide a given fleet of straight ships in a square grid so that each row and column holds the given"
                    + " number of ship cells, ships never touch (not even diagonally), and the revealed cells (ship or"
                    + " water) are respected. A random fleet is placed and cells that tell apart other solutions are"
                    + " revealed until the fleet is unique, proved by a row-by-row solver and an independent cell-by-cell"
                    + " counter. The checker tests every rule, the fleet included. No partial credit.")
            .knob(SIZE)
            .knob(REVEAL)
            .answerShape("the grid, one line per row from top to bottom, # for a ship cell and . for water")
            .uniqueSolution()
            .build();

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

    /** Reads rows of marks; X also means a ship cell, and ~, -, _ and 0 water. */
    public BattleshipsBootcamp() {
        super(INFO, MarkGrids.codec("#Xx", ".~-_0").map(Answer::new, Answer::rows));
    }

    @Override
    public Knobs atLevel(int level) {
        int[] sizes = {5, 6, 6, 7, 8, 8, 9, 9, 10, 10};
        return INFO.defaults()
                .with(SIZE, sizes[level - 1])
                .with(REVEAL, Draw.scale(level, 15, 0) / 100.0);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        return BattleshipsGenerator.generate(knobs.get(SIZE), knobs.get(REVEAL), random);
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
                .append("The puzzle has exactly one solution. Rows are numbered from the top and columns from the left.\n\n")
                .append(NumberedBoard.rows(puzzle.grid(), "%3d  ", row -> "   " + puzzle.rowCounts().get(row)))
                .append(NumberedBoard.footer("     ", puzzle.columnCounts()));
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
    public Score check(Puzzle puzzle, Answer answer) {
        List<String> grid = puzzle.grid();
        int size = grid.size();
        List<String> rows = answer.rows();
        Score malformed = MarkGrids.shape(rows, size, size);
        if (malformed != null) {
            return malformed;
        }
        for (Grid.Cell cell : Grid.of(grid).cells()) {
            char shown = Grid.of(grid).at(cell);
            boolean ship = rows.get(cell.row()).charAt(cell.column()) == '#';
            if (shown == '#' && !ship || shown == '~' && ship) {
                return Score.wrong("the revealed cell at " + cell.where() + " is " + (shown == '#' ? "a ship cell" : "water"));
            }
        }
        Optional<List<Grid.Cell>> touch = MarkGrids.touching(rows, '#', false);
        if (touch.isPresent()) {
            return Score.wrong("the ship cell at " + touch.get().get(0).where() + " touches another ship diagonally");
        }
        Score wrong = MarkGrids.counts(rows, '#', puzzle.rowCounts(), puzzle.columnCounts(), "ship cells");
        if (wrong != null) {
            return wrong;
        }
        List<Integer> found = ships(rows);
        if (!fleet(found).equals(fleet(puzzle.ships()))) {
            return Score.wrong("the ships are " + fleet(found) + ", but the fleet is " + fleet(puzzle.ships()));
        }
        return Score.correct("the fleet fits every count and revealed cell, and no ships touch");
    }

    /** A ship cell turned to water, a row shifted by one cell, and two rows swapped. */
    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<String> rows = gold.rows();
        int size = rows.size();
        List<Answer> misses = new ArrayList<>();
        Grid.Cell cell = Draw.pick(Grid.of(rows).cells('#'), random);
        misses.add(new Answer(Grid.of(rows).with(cell.row(), cell.column(), '.').lines()));
        int row = cell.row();
        String shifted = rows.get(row).substring(size - 1) + rows.get(row).substring(0, size - 1);
        if (!shifted.equals(rows.get(row))) {
            List<String> moved = new ArrayList<>(rows);
            moved.set(row, shifted);
            misses.add(new Answer(moved));
        }
        int other = (row + 1) % size;
        if (!rows.get(other).equals(rows.get(row))) {
            misses.add(new Answer(MarkGrids.swapRows(rows, row, other)));
        }
        return misses;
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.grid().stream().mapToLong(row -> row.chars().filter(cell -> cell == '?').count()).sum();
    }

    /**
     * Counted by the kit's cell search: the row and column counts, the revealed cells, no diagonal contact and no run
     * longer than the longest ship; each layout found must then hold exactly the fleet.
     */
    @Override
    public long countSolutions(Puzzle puzzle, long limit) {
        int size = puzzle.grid().size();
        int longest = puzzle.ships().stream().mapToInt(Integer::intValue).max().orElse(0);
        CellSearch search = new CellSearch(size * size).lines(size, size, puzzle.rowCounts(), puzzle.columnCounts());
        for (Grid.Cell cell : Grid.of(puzzle.grid()).cells()) {
            int at = cell.row() * size + cell.column();
            char shown = puzzle.grid().get(cell.row()).charAt(cell.column());
            if (shown != '?') {
                search.fix(at, shown == '#');
            }
            if (cell.row() + 1 < size && cell.column() + 1 < size) {
                search.atMost(new int[] {at, at + size + 1}, 1).atMost(new int[] {at + 1, at + size}, 1);
            }
            if (cell.column() + longest < size) {
                search.atMost(CellSearch.line(at, 1, longest + 1), longest);
            }
            if (cell.row() + longest < size) {
                search.atMost(CellSearch.line(at, size, longest + 1), longest);
            }
        }
        String wanted = fleet(puzzle.ships());
        return search.count(limit, marked -> fleet(ships(MarkGrids.draw(size, size, cell -> marked[cell] ? '#' : '.'))).equals(wanted));
    }

    /** The lengths of the ships on a grid without diagonal contact, where every group of touching cells is a straight line. */
    private static List<Integer> ships(List<String> rows) {
        List<Integer> found = new ArrayList<>();
        Grid marked = Grid.of(rows);
        Set<Grid.Cell> seen = new HashSet<>();
        for (Grid.Cell start : marked.cells('#')) {
            if (!seen.add(start)) {
                continue;
            }
            List<Grid.Cell> ship = new ArrayList<>(List.of(start));
            for (int i = 0; i < ship.size(); i++) {
                marked.neighbours(ship.get(i), false).stream().filter(next -> marked.at(next) == '#' && seen.add(next)).forEach(ship::add);
            }
            found.add(ship.size());
        }
        return found;
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
}
