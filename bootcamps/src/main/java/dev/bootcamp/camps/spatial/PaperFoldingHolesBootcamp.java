package dev.bootcamp.camps.spatial;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Camp;
import dev.bootcamp.camps.kit.Codecs;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.Grid;
import dev.bootcamp.camps.kit.Grid.Cell;
import dev.bootcamp.camps.kit.spatial.Pictures;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/** Paper folding and hole punching: fold a squared sheet, punch through the packet, give the holes once it is unfolded. */
@AutoService(Bootcamp.class)
public final class PaperFoldingHolesBootcamp extends Camp<PaperFoldingHolesBootcamp.Puzzle, PaperFoldingHolesBootcamp.Answer> {
    private static final Knob<Integer> SIZE = Knob.integer("size", 2, 12, 6, "the sheet has size-1 or size rows and size-1 to size+2 columns of squares");
    private static final Knob<Integer> FOLDS = Knob.integer("folds", 1, 6, 2, "number of folds (fewer when no side of the packet is 3 or more squares long)");
    private static final Knob<Integer> PUNCHES = Knob.integer("punches", 1, 6, 1, "number of squares punched through the folded packet (at most half its squares)");
    private static final BootcampInfo INFO = BootcampInfo.builder(PaperFoldingHolesBootcamp.class)
            .title("Paper folding and hole punching")
            .domain("spatial")
            .tags("spatial", "folding", "reflection", "paper-folding")
            .summary("A sheet of squared paper is folded along grid lines, each fold laying one side over the other, then"
                    + " holes are punched through every layer of some squares of the folded packet. Answer the unfolded"
                    + " sheet as a grid marking every square with a hole. It must match in every square; no partial credit.")
            .knob(SIZE)
            .knob(FOLDS)
            .knob(PUNCHES)
            .version(1)
            .answerShape("the unfolded sheet, one line per row, O for a hole and . for paper, cells separated by spaces")
            .build();

    /** Fold sides: the part on this side is lifted and laid over the rest. */
    private static final List<String> SIDES = List.of("left", "right", "top", "bottom");

    /** One fold: the side lifted and how many columns (left, right) or rows (top, bottom) it holds. */
    public record Fold(String side, int width) {}

    /** The sheet's shape, the folds in order, and the punched squares of the folded packet (numbered from 0). */
    public record Puzzle(int rows, int columns, List<Fold> folds, List<Cell> punches) {
        public Puzzle {
            folds = List.copyOf(folds);
            punches = List.copyOf(punches);
        }
    }

    /** The unfolded sheet: 'O' for a hole, '.' for paper. */
    public record Answer(List<String> rows) {
        public Answer {
            rows = List.copyOf(rows);
        }
    }

    public PaperFoldingHolesBootcamp() {
        super(INFO, Codecs.grid("O.").map(Answer::new, Answer::rows));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(SIZE, Draw.scale(level, 5, 10))
                .with(FOLDS, Draw.scale(level, 1, 5))
                .with(PUNCHES, Draw.scale(level, 1, 3));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int rows = Math.max(2, knobs.get(SIZE) - random.nextInt(2));
        int columns = Math.max(2, knobs.get(SIZE) - 1 + random.nextInt(4));
        int height = rows;
        int width = columns;
        List<Fold> folds = new ArrayList<>();
        // A side is folded only while it is 3 or more squares long, so the packet never shrinks to one square.
        for (int i = 0; i < knobs.get(FOLDS) && (height > 2 || width > 2); i++) {
            boolean across = width > 2 && (height <= 2 || random.nextBoolean());
            int length = across ? width : height;
            int part = 1 + random.nextInt(length / 2);
            folds.add(new Fold(SIDES.get((across ? 0 : 2) + random.nextInt(2)), part));
            if (across) {
                width -= part;
            } else {
                height -= part;
            }
        }
        List<Cell> packet = Grid.filled(height, width, '.').cells();
        List<Cell> punches = Draw.sample(packet, Math.min(knobs.get(PUNCHES), packet.size() / 2), random);
        return new Puzzle(rows, columns, folds, punches);
    }

    @Override
    public String question(Puzzle puzzle) {
        StringBuilder text = new StringBuilder();
        text.append("A sheet of squared paper is ").append(puzzle.rows()).append(" squares tall and ").append(puzzle.columns())
                .append(" squares wide. It lies flat on a table and is folded along the lines between squares, always without")
                .append(" turning the packet over or around. A fold lifts the part on one side of a line and lays it flat on")
                .append(" top of the rest, like closing a book; the lifted part is never longer than the part it covers.")
                .append(" Rows and columns of the packet are always counted from its current top-left corner, as it lies.\n\n");
        int height = puzzle.rows();
        int width = puzzle.columns();
        int number = 1;
        for (Fold fold : puzzle.folds()) {
            boolean across = fold.side().equals("left") || fold.side().equals("right");
            String unit = across ? (fold.width() == 1 ? "column" : "columns") : (fold.width() == 1 ? "row" : "rows");
            String onto = switch (fold.side()) {
                case "left" -> "over to the right";
                case "right" -> "over to the left";
                case "top" -> "down over the bottom";
                default -> "up over the top";
            };
            if (across) {
                width -= fold.width();
            } else {
                height -= fold.width();
            }
            text.append("Fold ").append(number++).append(": the ").append(fold.side()).append("most ").append(fold.width())
                    .append(' ').append(unit).append(" are folded ").append(onto).append(". The packet is now ").append(height)
                    .append(" squares tall and ").append(width).append(" wide.\n");
        }
        text.append("\nThen a hole is punched through every layer of the packet at ");
        List<String> places = puzzle.punches().stream().map(Cell::where).toList();
        text.append(String.join("; ", places)).append(" (counted in the folded packet).\n\nThe paper is unfolded completely.")
                .append(" Draw the whole sheet: ").append(puzzle.rows()).append(" lines of ").append(puzzle.columns())
                .append(" symbols separated by spaces, O for a square with a hole and . for a square without, for example\n. O\n. .");
        return text.toString().replace(" 1 column are", " 1 column is").replace(" 1 row are", " 1 row is");
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(unfolded(puzzle));
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        return Pictures.compare(unfolded(puzzle), answer.rows(), "sheet");
    }

    /** The holes of the top layer only (as if the paper were not folded), and the gold with one hole missing. */
    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        char[][] sheet = blank(puzzle.rows(), puzzle.columns());
        for (Cell punch : puzzle.punches()) {
            sheet[punch.row()][punch.column()] = 'O';
        }
        List<Answer> misses = new ArrayList<>();
        misses.add(new Answer(Arrays.stream(sheet).map(String::new).toList()));
        List<Cell> holes = Grid.of(gold.rows()).cells('O');
        Cell missing = holes.get(random.nextInt(holes.size()));
        misses.add(new Answer(Grid.of(gold.rows()).with(missing.row(), missing.column(), '.').lines()));
        return misses.stream().filter(miss -> !miss.equals(gold)).toList();
    }

    /** Layers punched through: the number of holes in the unfolded sheet, plus the folds. */
    @Override
    public double cost(Puzzle puzzle) {
        return Grid.of(unfolded(puzzle)).count('O') + puzzle.folds().size();
    }

    /**
     * For each square of the packet, the squares of the sheet stacked there: followed fold by fold, each packet column
     * (or row) keeps the sheet squares under it and gains those of the column laid onto it.
     */
    private static List<String> unfolded(Puzzle puzzle) {
        List<List<List<Cell>>> stacks = new ArrayList<>();
        for (int row = 0; row < puzzle.rows(); row++) {
            List<List<Cell>> line = new ArrayList<>();
            for (int column = 0; column < puzzle.columns(); column++) {
                line.add(List.of(new Cell(row, column)));
            }
            stacks.add(line);
        }
        for (Fold fold : puzzle.folds()) {
            stacks = switch (fold.side()) {
                case "left" -> transpose(foldTop(transpose(stacks), fold.width()));
                case "right" -> transpose(foldBottom(transpose(stacks), fold.width()));
                case "top" -> foldTop(stacks, fold.width());
                default -> foldBottom(stacks, fold.width());
            };
        }
        char[][] sheet = blank(puzzle.rows(), puzzle.columns());
        for (Cell punch : puzzle.punches()) {
            for (Cell square : stacks.get(punch.row()).get(punch.column())) {
                sheet[square.row()][square.column()] = 'O';
            }
        }
        return Arrays.stream(sheet).map(String::new).toList();
    }

    /** The top {@code part} rows laid over the next ones: packet row j gains row part-1-j for j < part. */
    private static List<List<List<Cell>>> foldTop(List<List<List<Cell>>> stacks, int part) {
        List<List<List<Cell>>> result = new ArrayList<>();
        for (int row = part; row < stacks.size(); row++) {
            int mirror = 2 * part - 1 - row;
            result.add(mirror >= 0 ? merge(stacks.get(row), stacks.get(mirror)) : stacks.get(row));
        }
        return result;
    }

    /** The bottom {@code part} rows laid over the ones above them. */
    private static List<List<List<Cell>>> foldBottom(List<List<List<Cell>>> stacks, int part) {
        int kept = stacks.size() - part;
        List<List<List<Cell>>> result = new ArrayList<>();
        for (int row = 0; row < kept; row++) {
            int mirror = 2 * kept - 1 - row;
            result.add(mirror < stacks.size() ? merge(stacks.get(row), stacks.get(mirror)) : stacks.get(row));
        }
        return result;
    }

    private static List<List<Cell>> merge(List<List<Cell>> under, List<List<Cell>> over) {
        List<List<Cell>> line = new ArrayList<>();
        for (int i = 0; i < under.size(); i++) {
            List<Cell> both = new ArrayList<>(under.get(i));
            both.addAll(over.get(i));
            line.add(both);
        }
        return line;
    }

    private static List<List<List<Cell>>> transpose(List<List<List<Cell>>> stacks) {
        List<List<List<Cell>>> result = new ArrayList<>();
        for (int column = 0; column < stacks.get(0).size(); column++) {
            List<List<Cell>> line = new ArrayList<>();
            for (List<List<Cell>> row : stacks) {
                line.add(row.get(column));
            }
            result.add(line);
        }
        return result;
    }

    private static char[][] blank(int rows, int columns) {
        char[][] sheet = new char[rows][columns];
        for (char[] row : sheet) {
            Arrays.fill(row, '.');
        }
        return sheet;
    }
}
