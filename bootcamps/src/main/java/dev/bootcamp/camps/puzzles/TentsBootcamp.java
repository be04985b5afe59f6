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
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/** Tents: pair every tree with a tent beside it, tents never touching, with the tents counted per row and column. */
@AutoService(Bootcamp.class)
public final class TentsBootcamp extends Camp<TentsBootcamp.Puzzle, TentsBootcamp.Answer> {
    private static final Knob<Integer> ROWS = Knob.integer("rows", 3, 20, 8, "number of rows");
    private static final Knob<Integer> COLUMNS = Knob.integer("columns", 3, 20, 8, "number of columns");
    private static final Knob<Double> DENSITY = Knob.decimal("density", 0.05, 0.25, 0.18, "tents (and so trees) per cell, before tents that find no room"
            + " for a tree are dropped");
    private static final BootcampInfo INFO = BootcampInfo.builder(TentsBootcamp.class)
            .title("Tents and trees")
            .domain("puzzles")
            .tags("constraint-satisfaction", "grid", "logic", "unique-solution")
            .summary("A grid holds trees; place one tent beside each tree (above, below, left or right of it), so that"
                    + " trees and tents pair off one to one, no two tents touch even diagonally, and each row and column"
                    + " holds the given number of tents. Layouts are drawn at random and kept only when the tents are"
                    + " unique, proved by a row-by-row bitmask solver and an independent cell-by-cell counter. The checker"
                    + " tests every rule (the pairing by bipartite matching). No partial credit.")
            .knob(ROWS)
            .knob(COLUMNS)
            .knob(DENSITY)
            .answerShape("the grid, one line per row from top to bottom, T for a tree, A for a tent and . for an empty cell")
            .uniqueSolution()
            .build();

    /**
     * The trees as rows of 'T' and '.', the tents wanted in each row and column, the unique solution as rows of 'T',
     * 'A' and '.' (never shown), and the solver's search nodes.
     */
    public record Puzzle(List<String> trees, List<Integer> rowCounts, List<Integer> columnCounts, List<String> solution, int nodes) {
        public Puzzle {
            trees = List.copyOf(trees);
            rowCounts = List.copyOf(rowCounts);
            columnCounts = List.copyOf(columnCounts);
            solution = List.copyOf(solution);
        }
    }

    /** A grid: rows top to bottom of 'T' (tree), 'A' (tent) and '.'; the checker tests the shape. */
    public record Answer(List<String> rows) {
        public Answer {
            rows = List.copyOf(requireNonNull(rows, "rows is null"));
        }
    }

    /** Reads rows of marks; a and ^ also mean a tent, t a tree, and -, _ and 0 an empty cell. */
    public TentsBootcamp() {
        super(INFO, MarkGrids.codec("Aa^", "Tt", ".-_0").map(Answer::new, Answer::rows));
    }

    @Override
    public Knobs atLevel(int level) {
        int[] rows = {4, 5, 6, 7, 8, 9, 10, 11, 12, 14};
        int[] columns = {4, 5, 6, 7, 8, 9, 10, 12, 13, 14};
        return INFO.defaults()
                .with(ROWS, rows[level - 1])
                .with(COLUMNS, columns[level - 1])
                .with(DENSITY, Draw.scale(level, 16, 20) / 100.0);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        return TentsGenerator.generate(knobs.get(ROWS), knobs.get(COLUMNS), knobs.get(DENSITY), random);
    }

    @Override
    public String question(Puzzle puzzle) {
        int rows = puzzle.trees().size();
        int columns = puzzle.columnCounts().size();
        StringBuilder text = new StringBuilder();
        text.append("Solve this Tents puzzle. The grid has ").append(rows).append(" rows and ").append(columns)
                .append(" columns; T marks a tree and . an empty cell. Place tents on empty cells so that:\n")
                .append("1. Trees and tents pair off one to one: every tree has its own tent directly above, below, left")
                .append(" or right of it (not diagonally), and every tent belongs to exactly one tree. So there are as")
                .append(" many tents as trees. A tent may also happen to be next to other trees.\n")
                .append("2. No two tents touch, not even diagonally.\n")
                .append("3. Each row and each column holds exactly the number of tents given for it.\n")
                .append("The puzzle has exactly one solution. Rows are numbered from the top and columns from the left;")
                .append(" the number after each row is its tent count, and the bottom line gives the column counts.\n\n")
                .append(NumberedBoard.rows(puzzle.trees(), "Row %3d:", row -> "   tents: " + puzzle.rowCounts().get(row)))
                .append(NumberedBoard.footer("Tents:  ", puzzle.columnCounts()));
        text.append("\n\nAnswer with the whole grid: ").append(rows).append(" lines, one per row from top to bottom, each")
                .append(" with ").append(columns).append(" characters: T for a tree (where the trees are now), A for a")
                .append(" tent and . for an empty cell. Do not write the row or column numbers or the counts.");
        return text.toString();
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.solution());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        List<String> trees = puzzle.trees();
        int columns = puzzle.columnCounts().size();
        List<String> grid = answer.rows();
        Score malformed = MarkGrids.shape(grid, trees.size(), columns);
        if (malformed != null) {
            return malformed;
        }
        int[] treeMasks = new int[trees.size()];
        int[] tentMasks = new int[trees.size()];
        for (Grid.Cell cell : Grid.of(grid).cells()) {
            char mark = grid.get(cell.row()).charAt(cell.column());
            boolean tree = trees.get(cell.row()).charAt(cell.column()) == 'T';
            if (tree != (mark == 'T')) {
                return Score.wrong(tree ? "the tree at " + cell.where() + " is missing" : "there is no tree at " + cell.where());
            }
            treeMasks[cell.row()] |= tree ? 1 << cell.column() : 0;
            tentMasks[cell.row()] |= mark == 'A' ? 1 << cell.column() : 0;
        }
        Optional<List<Grid.Cell>> touch = MarkGrids.touching(grid, 'A', true);
        if (touch.isPresent()) {
            return Score.wrong("the tent at " + touch.get().get(0).where() + " touches another tent");
        }
        Score wrong = MarkGrids.counts(grid, 'A', puzzle.rowCounts(), puzzle.columnCounts(), "tents");
        if (wrong != null) {
            return wrong;
        }
        if (!TentsSolver.pairsOff(treeMasks, tentMasks, columns)) {
            return Score.wrong("the tents cannot be paired one to one with trees beside them");
        }
        return Score.correct("every tree has its own tent, no tents touch, and every count matches");
    }

    /** A tent left out, a tent added on an empty cell, and a tent moved there. */
    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        return MarkGrids.slips(gold.rows(), 'A', '.', Grid.of(gold.rows()).cells('.'), random).stream().map(Answer::new).toList();
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.nodes() + puzzle.trees().size() * puzzle.columnCounts().size();
    }

    /**
     * Counted by the kit's cell search: tents only beside trees, the row and column counts, none touching, a tent beside
     * every tree and as many tents as trees; each layout found must then pair off with the trees.
     */
    @Override
    public long countSolutions(Puzzle puzzle, long limit) {
        Grid trees = Grid.of(puzzle.trees());
        int columns = trees.columns();
        CellSearch search = new CellSearch(trees.rows() * columns).lines(trees.rows(), columns, puzzle.rowCounts(), puzzle.columnCounts())
                .apart(trees.rows(), columns);
        for (Grid.Cell cell : trees.cells()) {
            boolean besideTree = trees.neighbours(cell, false).stream().anyMatch(next -> trees.at(next) == 'T');
            if (trees.at(cell) == 'T' || !besideTree) {
                search.fix(cell.row() * columns + cell.column(), false);
            }
        }
        List<Grid.Cell> treeCells = trees.cells('T');
        for (Grid.Cell tree : treeCells) {
            search.between(CellSearch.indices(trees.neighbours(tree, false), columns), 1, 4);
        }
        search.exactly(CellSearch.line(0, 1, trees.rows() * columns), treeCells.size());
        return search.count(limit, marked -> {
            int[] treeMasks = new int[trees.rows()];
            int[] tentMasks = new int[trees.rows()];
            for (Grid.Cell cell : trees.cells()) {
                treeMasks[cell.row()] |= trees.at(cell) == 'T' ? 1 << cell.column() : 0;
                tentMasks[cell.row()] |= marked[cell.row() * columns + cell.column()] ? 1 << cell.column() : 0;
            }
            return TentsSolver.pairsOff(treeMasks, tentMasks, columns);
        });
    }
}
