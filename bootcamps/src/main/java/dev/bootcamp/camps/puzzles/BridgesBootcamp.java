package dev.bootcamp.camps.puzzles;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.AnswerFormatException;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Camp;
import dev.bootcamp.camps.kit.CellSearch;
import dev.bootcamp.camps.kit.Codec;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.Grid;
import dev.bootcamp.camps.kit.NumberedBoard;
import dev.bootcamp.verify.Answers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Hashiwokakero (Bridges): join numbered islands with straight bridges so the counts match and all are connected. */
@AutoService(Bootcamp.class)
public final class BridgesBootcamp extends Camp<BridgesBootcamp.Puzzle, BridgesBootcamp.Answer> {
    private static final Knob<Integer> ROWS = Knob.integer("rows", 4, 20, 8, "number of rows");
    private static final Knob<Integer> COLUMNS = Knob.integer("columns", 4, 20, 8, "number of columns");
    private static final Knob<Integer> ISLANDS = Knob.integer("islands", 2, 80, 12, "islands to place (fewer when the grid runs out of room)");
    private static final Knob<Double> LOOPS = Knob.decimal("loops", 0.0, 1.0, 0.3, "chance of an extra bridge between islands that see each other,"
            + " which makes loops");
    private static final BootcampInfo INFO = BootcampInfo.builder(BridgesBootcamp.class)
            .title("Bridges (Hashiwokakero)")
            .domain("puzzles")
            .tags("constraint-satisfaction", "grid", "graph", "logic", "unique-solution")
            .summary("Numbered islands on a grid must be joined by horizontal and vertical bridges, one or two between a"
                    + " pair, so that each island has as many bridges as its number, no bridges cross, and every island can"
                    + " reach every other. Layouts grow island by island along random bridges, with extra bridges for"
                    + " loops, and are kept only when the bridges are unique, proved by a connection-by-connection solver"
                    + " and an independent cell-by-cell counter. The answer lists the bridges; the checker tests every"
                    + " rule. No partial credit.")
            .knob(ROWS)
            .knob(COLUMNS)
            .knob(ISLANDS)
            .knob(LOOPS)
            .answerShape("one bridge per line as five numbers: row and column of one island, row and column of the other,"
                    + " and the number of bridges (1 or 2)")
            .uniqueSolution()
            .build();

    private static final int ATTEMPTS = 300;
    private static final Comparator<Bridge> ORDER = Comparator.comparingInt(Bridge::row1).thenComparingInt(Bridge::column1)
            .thenComparingInt(Bridge::row2).thenComparingInt(Bridge::column2).thenComparingInt(Bridge::count);

    /** An island, 1-based, with its number of bridges. */
    public record Island(int row, int column, int number) {}

    /** A bridge between two islands (1-based, the first before the second in reading order) carrying 1 or 2 bridges. */
    public record Bridge(int row1, int column1, int row2, int column2, int count) {}

    /** The grid size, the islands in reading order, the unique solution (never shown), and the solver's search nodes. */
    public record Puzzle(int rows, int columns, List<Island> islands, List<Bridge> solution, int nodes) {
        public Puzzle {
            islands = List.copyOf(islands);
            solution = List.copyOf(solution);
        }
    }

    /** The bridges, sorted. */
    public record Answer(List<Bridge> bridges) {
        public Answer {
            bridges = bridges.stream().sorted(ORDER).toList();
        }
    }

    public BridgesBootcamp() {
        super(INFO, Codec.of((Answer answer) -> answer.bridges().stream().map(bridge -> bridge.row1() + " " + bridge.column1() + " " + bridge.row2() + " " + bridge.column2() + " " + bridge.count()).collect(Collectors.joining("\n")), BridgesBootcamp::read));
    }

    @Override
    public Knobs atLevel(int level) {
        int[] sizes = {5, 5, 6, 7, 8, 9, 10, 11, 12, 13};
        return INFO.defaults()
                .with(ROWS, sizes[level - 1])
                .with(COLUMNS, sizes[level - 1])
                .with(ISLANDS, Draw.scale(level, 4, 32))
                .with(LOOPS, Draw.scale(level, 20, 40) / 100.0);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int rows = knobs.get(ROWS);
        int columns = knobs.get(COLUMNS);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            BridgesSketch sketch = new BridgesSketch(rows, columns, random);
            sketch.grow(knobs.get(ISLANDS));
            sketch.addLoops(knobs.get(LOOPS));
            List<int[]> islands = sketch.islands();
            if (islands.size() < 2) {
                continue;
            }
            BridgesSolver solver = new BridgesSolver(new BridgesLayout(rows, columns, islands));
            if (solver.countUpToTwo() == 1) {
                List<Island> shown = islands.stream().map(island -> new Island(island[0] + 1, island[1] + 1, island[2])).toList();
                List<Bridge> bridges = sketch.bridges().stream()
                        .map(bridge -> bridge(bridge[0] + 1, bridge[1] + 1, bridge[2] + 1, bridge[3] + 1, bridge[4])).toList();
                return new Puzzle(rows, columns, shown, new Answer(bridges).bridges(), solver.nodes());
            }
        }
        // two islands side by side in the top row, joined by one bridge
        return new Puzzle(rows, columns, List.of(new Island(1, 1, 1), new Island(1, 3, 1)), List.of(new Bridge(1, 1, 1, 3, 1)), 0);
    }

    @Override
    public String question(Puzzle puzzle) {
        StringBuilder text = new StringBuilder();
        text.append("Solve this Bridges (Hashiwokakero) puzzle. The grid has ").append(puzzle.rows()).append(" rows and ")
                .append(puzzle.columns()).append(" columns; each number is an island and each . is water. Connect the")
                .append(" islands with bridges:\n")
                .append("1. A bridge is a straight horizontal or vertical line between two islands in the same row or")
                .append(" column, running over water only (never over another island).\n")
                .append("2. Two islands may be joined by one or two bridges, never more.\n")
                .append("3. Bridges may not cross each other.\n")
                .append("4. Each island has exactly as many bridges as its number (a double bridge counts as two).\n")
                .append("5. All islands are connected: you can get from any island to any other along bridges.\n")
                .append("The puzzle has exactly one solution. Rows are numbered 1 to ").append(puzzle.rows())
                .append(" from the top and columns 1 to ").append(puzzle.columns()).append(" from the left.\n\n");
        Grid grid = Grid.filled(puzzle.rows(), puzzle.columns(), '.');
        for (Island island : puzzle.islands()) {
            grid = grid.with(island.row() - 1, island.column() - 1, (char) ('0' + island.number()));
        }
        text.append(NumberedBoard.rows(grid.lines(), "%3d "));
        text.append("\nAnswer with every pair of islands you join, one pair per line, as five numbers separated by spaces:")
                .append(" the row and column of one island, the row and column of the other island, and the number of")
                .append(" bridges between them (1 or 2). For example, 2 3 2 7 2 means two bridges between the island in")
                .append(" row 2, column 3 and the island in row 2, column 7. List each pair once.");
        return text.toString();
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.solution());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        int rows = puzzle.rows();
        int columns = puzzle.columns();
        int[] islandAt = new int[rows * columns];
        Arrays.fill(islandAt, -1);
        for (int i = 0; i < puzzle.islands().size(); i++) {
            Island island = puzzle.islands().get(i);
            islandAt[(island.row() - 1) * columns + island.column() - 1] = i;
        }
        int[] totals = new int[puzzle.islands().size()];
        boolean[] across = new boolean[rows * columns];
        boolean[] down = new boolean[rows * columns];
        int[] group = new int[totals.length];
        for (int i = 0; i < group.length; i++) {
            group[i] = i;
        }
        for (Bridge bridge : answer.bridges()) {
            String name = "the bridge " + bridge.row1() + " " + bridge.column1() + " - " + bridge.row2() + " " + bridge.column2();
            if (bridge.count() < 1 || bridge.count() > 2) {
                return Score.wrong(name + " has count " + bridge.count() + "; a pair takes 1 or 2 bridges");
            }
            int first = islandIndex(islandAt, rows, columns, bridge.row1(), bridge.column1());
            int second = islandIndex(islandAt, rows, columns, bridge.row2(), bridge.column2());
            if (first < 0 || second < 0 || first == second) {
                return Score.wrong(name + " does not join two different islands");
            }
            boolean horizontal = bridge.row1() == bridge.row2();
            if (!horizontal && bridge.column1() != bridge.column2()) {
                return Score.wrong(name + " is neither horizontal nor vertical");
            }
            int step = horizontal ? 1 : columns;
            int from = (bridge.row1() - 1) * columns + bridge.column1() - 1;
            int to = (bridge.row2() - 1) * columns + bridge.column2() - 1;
            for (int cell = from + step; cell < to; cell += step) {
                if (islandAt[cell] >= 0) {
                    return Score.wrong(name + " runs over another island");
                }
                if ((horizontal ? down : across)[cell]) {
                    return Score.wrong(name + " crosses another bridge");
                }
                (horizontal ? across : down)[cell] = true;
            }
            totals[first] += bridge.count();
            totals[second] += bridge.count();
            group[root(group, first)] = root(group, second);
        }
        for (int i = 0; i < totals.length; i++) {
            Island island = puzzle.islands().get(i);
            if (totals[i] != island.number()) {
                return Score.wrong("the island at row " + island.row() + ", column " + island.column() + " has " + totals[i]
                        + " bridges, expected " + island.number());
            }
        }
        for (int i = 1; i < totals.length; i++) {
            if (root(group, i) != root(group, 0)) {
                Island island = puzzle.islands().get(i);
                return Score.wrong("the island at row " + island.row() + ", column " + island.column()
                        + " is not connected to the island at row " + puzzle.islands().get(0).row() + ", column "
                        + puzzle.islands().get(0).column());
            }
        }
        return Score.correct("every island has its bridges, none cross, and all islands are connected");
    }

    /** A bridge's count changed, a bridge left out, and a bridge added between two islands that see each other. */
    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<Answer> misses = new ArrayList<>();
        List<Bridge> bridges = gold.bridges();
        int index = random.nextInt(bridges.size());
        Bridge bridge = bridges.get(index);
        List<Bridge> changed = new ArrayList<>(bridges);
        changed.set(index, new Bridge(bridge.row1(), bridge.column1(), bridge.row2(), bridge.column2(), 3 - bridge.count()));
        misses.add(new Answer(changed));
        if (bridges.size() > 1) {
            List<Bridge> fewer = new ArrayList<>(bridges);
            fewer.remove(index);
            misses.add(new Answer(fewer));
        }
        List<Bridge> shifted = new ArrayList<>(bridges);
        shifted.set(index, new Bridge(bridge.row1(), bridge.column1(), bridge.row2() + 1, bridge.column2(), bridge.count()));
        misses.add(new Answer(shifted));
        return misses;
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.nodes() + 10.0 * puzzle.islands().size();
    }

    /**
     * Counted by the kit's cell search over two cells per pair of islands that see each other (a first and a second
     * bridge, the second only with the first): each island's number, no first bridges crossing; each layout found must
     * then connect all islands.
     */
    @Override
    public long countSolutions(Puzzle puzzle, long limit) {
        List<Island> islands = puzzle.islands();
        Map<Integer, Integer> at = new HashMap<>();
        islands.forEach(island -> at.put((island.row() - 1) * puzzle.columns() + island.column() - 1, at.size()));
        List<int[]> pairs = new ArrayList<>();
        List<Set<Integer>> water = new ArrayList<>();
        for (int i = 0; i < islands.size(); i++) {
            for (int step : new int[] {1, puzzle.columns()}) {
                int from = (islands.get(i).row() - 1) * puzzle.columns() + islands.get(i).column() - 1;
                Set<Integer> passed = new HashSet<>();
                int cell = from + step;
                while (cell < puzzle.rows() * puzzle.columns() && (step > 1 || cell % puzzle.columns() != 0) && !at.containsKey(cell)) {
                    passed.add(cell);
                    cell += step;
                }
                if (at.containsKey(cell) && (step > 1 || cell % puzzle.columns() != 0)) {
                    pairs.add(new int[] {i, at.get(cell)});
                    water.add(passed);
                }
            }
        }
        CellSearch search = new CellSearch(2 * pairs.size());
        for (int i = 0; i < pairs.size(); i++) {
            search.atMost(new int[] {2 * i + 1, CellSearch.not(2 * i)}, 1);
            for (int j = 0; j < i; j++) {
                if (!Collections.disjoint(water.get(i), water.get(j))) {
                    search.atMost(new int[] {2 * i, 2 * j}, 1);
                }
            }
        }
        for (int island = 0; island < islands.size(); island++) {
            List<Integer> ends = new ArrayList<>();
            for (int i = 0; i < pairs.size(); i++) {
                if (pairs.get(i)[0] == island || pairs.get(i)[1] == island) {
                    ends.addAll(List.of(2 * i, 2 * i + 1));
                }
            }
            search.exactly(ends.stream().mapToInt(Integer::intValue).toArray(), islands.get(island).number());
        }
        return search.count(limit, marked -> {
            int[] group = IntStream.range(0, islands.size()).toArray();
            for (int i = 0; i < pairs.size(); i++) {
                if (marked[2 * i]) {
                    group[root(group, pairs.get(i)[0])] = root(group, pairs.get(i)[1]);
                }
            }
            return IntStream.range(0, islands.size()).allMatch(island -> root(group, island) == root(group, 0));
        });
    }

    /** A bridge with its islands in reading order. */
    private static Bridge bridge(int row1, int column1, int row2, int column2, int count) {
        boolean swap = row2 < row1 || row2 == row1 && column2 < column1;
        return swap ? new Bridge(row2, column2, row1, column1, count) : new Bridge(row1, column1, row2, column2, count);
    }

    private static int islandIndex(int[] islandAt, int rows, int columns, int row, int column) {
        if (row < 1 || row > rows || column < 1 || column > columns) {
            return -1;
        }
        return islandAt[(row - 1) * columns + column - 1];
    }

    private static int root(int[] group, int i) {
        while (group[i] != i) {
            i = group[i];
        }
        return i;
    }

    /**
     * Reads one bridge per line: the first five whole numbers on the line, any punctuation between them ("(2,3)-(2,7):
     * 2" reads as 2 3 2 7 2). The two islands may come in either order; a pair listed twice is refused.
     */
    private static Answer read(String text) {
        List<Bridge> bridges = new ArrayList<>();
        TreeSet<String> pairs = new TreeSet<>();
        for (String line : Answers.lines(text)) {
            List<Integer> numbers = new ArrayList<>();
            int start = -1;
            for (int i = 0; i <= line.length(); i++) {
                boolean digit = i < line.length() && line.charAt(i) >= '0' && line.charAt(i) <= '9';
                if (digit && start < 0) {
                    start = i;
                } else if (!digit && start >= 0) {
                    if (i - start > 3) {
                        throw new AnswerFormatException("the number '" + Answers.abbreviate(line.substring(start, i)) + "' is too large");
                    }
                    numbers.add(Integer.parseInt(line.substring(start, i)));
                    start = -1;
                }
            }
            if (numbers.size() != 5) {
                throw new AnswerFormatException("expected five numbers on each line (row column row column count), found "
                        + numbers.size() + " in '" + Answers.abbreviate(line) + "'");
            }
            Bridge bridge = bridge(numbers.get(0), numbers.get(1), numbers.get(2), numbers.get(3), numbers.get(4));
            if (!pairs.add(bridge.row1() + " " + bridge.column1() + " " + bridge.row2() + " " + bridge.column2())) {
                throw new AnswerFormatException("the islands " + bridge.row1() + " " + bridge.column1() + " and " + bridge.row2()
                        + " " + bridge.column2() + " are listed twice; give each pair once with its count");
            }
            bridges.add(bridge);
        }
        if (bridges.isEmpty()) {
            throw new AnswerFormatException("no bridges found");
        }
        return new Answer(bridges);
    }
}
