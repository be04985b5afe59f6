package dev.bootcamp.camps.puzzles;

import static java.util.Objects.requireNonNull;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.AnswerFormatException;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Camp;
import dev.bootcamp.camps.kit.Codec;
import dev.bootcamp.camps.kit.DancingLinks;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.verify.Answers;
import dev.bootcamp.verify.Grids;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

/** Shikaku: divide the grid into rectangles, each holding exactly one number equal to its area. */
@AutoService(Bootcamp.class)
public final class ShikakuBootcamp extends Camp<ShikakuBootcamp.Puzzle, ShikakuBootcamp.Answer> {
    private static final Knob<Integer> ROWS = Knob.integer("rows", 2, 20, 7, "number of rows");
    private static final Knob<Integer> COLUMNS = Knob.integer("columns", 2, 20, 7, "number of columns");
    private static final Knob<Integer> MAX_AREA = Knob.integer("max-area", 4, 30, 8, "largest rectangle area in the hidden division");
    private static final BootcampInfo INFO = BootcampInfo.builder(ShikakuBootcamp.class)
            .title("Shikaku")
            .domain("puzzles")
            .tags("constraint-satisfaction", "grid", "logic", "partition", "unique-solution")
            .summary("Divide a grid into rectangles so that each holds exactly one of the given numbers and that number is"
                    + " its area. A random partition is drawn and a number placed in each rectangle, with the numbers"
                    + " moved until the division is unique, proved by a cell-covering solver and an independent"
                    + " exact-cover counter. The answer labels every cell with its rectangle (any labels); the checker"
                    + " tests that each label covers a full rectangle holding one number equal to its area. No partial"
                    + " credit.")
            .knob(ROWS)
            .knob(COLUMNS)
            .knob(MAX_AREA)
            .answerShape("the grid of rectangle labels, one line per row from top to bottom, labels separated by spaces")
            .uniqueSolution()
            .build();

    private static final int MAX_LABEL = 8;

    /**
     * The grid as rows of cells, each a number or "." for a blank, and the unique division as canonical labels (never
     * shown).
     */
    public record Puzzle(List<List<String>> grid, List<List<String>> solution, int options) {
        public Puzzle {
            grid = grid.stream().map(List::copyOf).toList();
            solution = solution.stream().map(List::copyOf).toList();
        }
    }

    /** Rows of rectangle labels, renamed A, B, C, ... in reading order of first appearance. */
    public record Answer(List<List<String>> rows) {
        public Answer {
            rows = requireNonNull(rows, "rows is null").stream().map(List::copyOf).toList();
        }
    }

    public ShikakuBootcamp() {
        super(INFO, Codec.of((Answer answer) -> answer.rows().stream().map(row -> String.join(" ", row)).collect(Collectors.joining("\n")), ShikakuBootcamp::read));
    }

    @Override
    public Knobs atLevel(int level) {
        int[] rows = {3, 4, 5, 6, 7, 8, 9, 10, 11, 12};
        int[] columns = {4, 4, 5, 6, 7, 8, 9, 10, 11, 12};
        int[] areas = {4, 5, 6, 6, 8, 9, 10, 12, 12, 14};
        return INFO.defaults()
                .with(ROWS, rows[level - 1])
                .with(COLUMNS, columns[level - 1])
                .with(MAX_AREA, areas[level - 1]);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        return ShikakuGenerator.generate(knobs.get(ROWS), knobs.get(COLUMNS), knobs.get(MAX_AREA), random);
    }

    @Override
    public String question(Puzzle puzzle) {
        int rows = puzzle.grid().size();
        int columns = puzzle.grid().get(0).size();
        StringBuilder text = new StringBuilder();
        text.append("Solve this Shikaku puzzle. The grid has ").append(rows).append(" rows and ").append(columns)
                .append(" columns; some cells hold a number and the others are shown as a dot. Divide the whole grid into")
                .append(" rectangles (squares count as rectangles) along the grid lines so that every cell belongs to")
                .append(" exactly one rectangle, every rectangle contains exactly one number, and that number equals the")
                .append(" rectangle's area (its count of cells). The puzzle has exactly one solution.\n\n");
        for (List<String> row : puzzle.grid()) {
            StringBuilder line = new StringBuilder();
            for (String cell : row) {
                line.append(String.format("%3s", cell));
            }
            text.append(line).append('\n');
        }
        text.append("\nAnswer with the grid of rectangles: ").append(rows).append(" lines, one per row from top to bottom,")
                .append(" each with ").append(columns).append(" labels separated by spaces. Give each rectangle its own")
                .append(" label (letters such as A, B, C, ..., then AA, AB, ... if you need more) and write that label in")
                .append(" every cell of the rectangle. Do not write the numbers themselves.");
        return text.toString();
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.solution());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        List<List<String>> grid = puzzle.grid();
        int rows = grid.size();
        int columns = grid.get(0).size();
        List<List<String>> labels = answer.rows();
        if (labels.size() != rows) {
            return Score.malformed("expected " + rows + " rows, found " + labels.size());
        }
        Map<String, int[]> bounds = new LinkedHashMap<>();
        Map<String, Integer> sizes = new LinkedHashMap<>();
        for (int row = 0; row < rows; row++) {
            if (labels.get(row).size() != columns) {
                return Score.malformed("expected " + columns + " labels in row " + (row + 1) + ", found " + labels.get(row).size());
            }
            for (int column = 0; column < columns; column++) {
                String label = labels.get(row).get(column);
                int[] box = bounds.computeIfAbsent(label, key -> new int[] {Integer.MAX_VALUE, Integer.MAX_VALUE, -1, -1});
                box[0] = Math.min(box[0], row);
                box[1] = Math.min(box[1], column);
                box[2] = Math.max(box[2], row);
                box[3] = Math.max(box[3], column);
                sizes.merge(label, 1, Integer::sum);
            }
        }
        for (Map.Entry<String, int[]> entry : bounds.entrySet()) {
            int[] box = entry.getValue();
            int area = (box[2] - box[0] + 1) * (box[3] - box[1] + 1);
            String name = "the cells labelled " + entry.getKey();
            if (area != sizes.get(entry.getKey())) {
                return Score.wrong(name + " do not form one filled rectangle");
            }
            List<Integer> numbers = new ArrayList<>();
            for (int row = box[0]; row <= box[2]; row++) {
                for (int column = box[1]; column <= box[3]; column++) {
                    if (!grid.get(row).get(column).equals(".")) {
                        numbers.add(Integer.parseInt(grid.get(row).get(column)));
                    }
                }
            }
            if (numbers.size() != 1) {
                return Score.wrong(name + " (rows " + (box[0] + 1) + "-" + (box[2] + 1) + ", columns " + (box[1] + 1) + "-"
                        + (box[3] + 1) + ") contain " + numbers.size() + " numbers, not one");
            }
            if (numbers.get(0) != area) {
                return Score.wrong(name + " form a rectangle of area " + area + " around the number " + numbers.get(0));
            }
        }
        return Score.correct("every rectangle holds one number equal to its area");
    }

    /** A border between two rectangles shifted by one cell, two rectangles merged, and a rectangle split in two. */
    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<List<String>> rows = gold.rows();
        int columns = rows.get(0).size();
        List<Answer> misses = new ArrayList<>();
        List<int[]> borders = new ArrayList<>();
        for (int row = 0; row < rows.size(); row++) {
            for (int column = 0; column + 1 < columns; column++) {
                if (!rows.get(row).get(column).equals(rows.get(row).get(column + 1))) {
                    borders.add(new int[] {row, column});
                }
            }
        }
        if (!borders.isEmpty()) {
            int[] border = Draw.pick(borders, random);
            String left = rows.get(border[0]).get(border[1]);
            String right = rows.get(border[0]).get(border[1] + 1);
            misses.add(withCell(gold, border[0], border[1] + 1, left));
            List<List<String>> merged = new ArrayList<>();
            for (List<String> row : rows) {
                merged.add(row.stream().map(label -> label.equals(right) ? left : label).toList());
            }
            misses.add(new Answer(merged));
        }
        for (int row = 0; row < rows.size(); row++) {
            for (int column = 0; column < columns; column++) {
                String label = rows.get(row).get(column);
                boolean alone = rows.stream().flatMap(List::stream).filter(label::equals).count() == 1;
                if (!alone) {
                    misses.add(withCell(gold, row, column, "Z9"));
                    return misses;
                }
            }
        }
        return misses;
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.options();
    }

    /**
     * Counted as exact covers of the cells (the kit's dancing links) by the rectangles that hold exactly one number equal
     * to their area: each number then lies in exactly one rectangle.
     */
    @Override
    public long countSolutions(Puzzle puzzle, long limit) {
        List<List<String>> grid = puzzle.grid();
        int rows = grid.size();
        int columns = grid.get(0).size();
        List<int[]> rectangles = new ArrayList<>();
        for (int top = 0; top < rows; top++) {
            for (int left = 0; left < columns; left++) {
                for (int bottom = top; bottom < rows; bottom++) {
                    for (int right = left; right < columns; right++) {
                        List<Integer> cells = new ArrayList<>();
                        List<String> numbers = new ArrayList<>();
                        for (int row = top; row <= bottom; row++) {
                            for (int column = left; column <= right; column++) {
                                cells.add(row * columns + column);
                                if (!grid.get(row).get(column).equals(".")) {
                                    numbers.add(grid.get(row).get(column));
                                }
                            }
                        }
                        if (numbers.size() == 1 && Integer.parseInt(numbers.get(0)) == cells.size()) {
                            rectangles.add(cells.stream().mapToInt(Integer::intValue).toArray());
                        }
                    }
                }
            }
        }
        return new DancingLinks(rows * columns, rectangles).count(limit, null);
    }

    /** Labels renamed A, B, ..., Z, AA, AB, ... in reading order of first appearance. */
    static List<List<String>> canonical(List<List<String>> labels) {
        Map<String, String> names = new LinkedHashMap<>();
        List<List<String>> renamed = new ArrayList<>();
        for (List<String> row : labels) {
            List<String> cells = new ArrayList<>();
            for (String label : row) {
                cells.add(names.computeIfAbsent(label, key -> name(names.size())));
            }
            renamed.add(cells);
        }
        return renamed;
    }

    private static String name(int index) {
        StringBuilder name = new StringBuilder();
        for (int rest = index + 1; rest > 0; rest = (rest - 1) / 26) {
            name.insert(0, (char) ('A' + (rest - 1) % 26));
        }
        return name.toString();
    }

    private static Answer withCell(Answer answer, int row, int column, String label) {
        List<List<String>> rows = new ArrayList<>();
        for (List<String> line : answer.rows()) {
            rows.add(new ArrayList<>(line));
        }
        rows.get(row).set(column, label);
        return new Answer(rows);
    }

    /**
     * Reads rows of labels separated by spaces (or commas or bars); rows written without separators, such as AABB, are
     * read as one-letter labels. Labels are renamed in reading order, so any names are accepted.
     */
    private static Answer read(String text) {
        List<List<String>> rows = Grids.tokenRows(text);
        boolean packed = rows.stream().allMatch(row -> row.size() == 1 && row.get(0).length() > 1);
        List<List<String>> labels = new ArrayList<>();
        for (List<String> row : rows) {
            List<String> cells = new ArrayList<>();
            if (packed) {
                for (char cell : row.get(0).toCharArray()) {
                    cells.add(String.valueOf(cell));
                }
            } else {
                cells.addAll(row);
            }
            if (cells.size() > Grids.MAX_SIDE) {
                throw new AnswerFormatException("more than " + Grids.MAX_SIDE + " cells in a row");
            }
            for (String cell : cells) {
                if (cell.length() > MAX_LABEL || !cell.chars().allMatch(Character::isLetterOrDigit)) {
                    throw new AnswerFormatException("a label must be up to " + MAX_LABEL + " letters or digits, found '"
                            + Answers.abbreviate(cell) + "'");
                }
            }
            labels.add(cells);
        }
        return new Answer(canonical(labels));
    }
}
