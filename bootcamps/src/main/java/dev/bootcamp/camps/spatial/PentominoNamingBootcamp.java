package dev.bootcamp.camps.spatial;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.AnswerFormatException;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Camp;
import dev.bootcamp.camps.kit.Codec;
import dev.bootcamp.camps.kit.Codecs;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.Grid;
import dev.bootcamp.camps.kit.Grid.Cell;
import dev.bootcamp.camps.kit.Items;
import dev.bootcamp.camps.kit.spatial.Shapes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/** Pentomino naming: pentominoes packed in a grid, each turned and maybe mirrored; name each by its letter. */
@AutoService(Bootcamp.class)
public final class PentominoNamingBootcamp extends Camp<PentominoNamingBootcamp.Puzzle, PentominoNamingBootcamp.Answer> {
    private static final Knob<Integer> PIECES = Knob.integer("pieces", 1, 9, 3, "number of pentominoes in the grid");
    private static final BootcampInfo INFO = BootcampInfo.builder(PentominoNamingBootcamp.class)
            .title("Pentomino naming")
            .domain("spatial")
            .tags("spatial", "polyomino", "pentomino", "rotation", "reflection")
            .summary("Several pentominoes lie in a grid, each cell of a piece marked with the piece's number, pieces free to"
                    + " touch. Each is one of the twelve pentominoes (F, I, L, N, P, T, U, V, W, X, Y, Z, all drawn in the"
                    + " prompt), turned and possibly mirrored. Answer the letter of each piece in number order. Every letter"
                    + " must be right; no partial credit.")
            .knob(PIECES)
            .version(1)
            .answerShape("the letter of each piece, in the order of the piece numbers, separated by spaces")
            .build();

    private static final String NAMES = "FILNPTUVWXYZ";
    private static final List<List<String>> SHAPES = List.of(
            List.of(".##", "##.", ".#."), List.of("#####"), List.of("####", "#..."), List.of("##..", ".###"),
            List.of("##", "##", "#."), List.of("###", ".#.", ".#."), List.of("#.#", "###"), List.of("#..", "#..", "###"),
            List.of("#..", "##.", ".##"), List.of(".#.", "###", ".#."), List.of("####", ".#.."), List.of("##.", ".#.", ".##"));

    /** The grid (digits 1..n for the pieces, '.' for empty) and the letter of each piece (never shown). */
    public record Puzzle(List<String> grid, String letters) {
        public Puzzle {
            grid = List.copyOf(grid);
        }
    }

    /** One letter per piece. */
    public record Answer(List<String> letters) {
        public Answer {
            letters = List.copyOf(letters);
        }
    }

    public PentominoNamingBootcamp() {
        super(INFO, Codecs.items(Codec.of(letter -> letter, PentominoNamingBootcamp::letter), " ").map(Answer::new, Answer::letters));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults().with(PIECES, Draw.scale(level, 2, 9));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int pieces = knobs.get(PIECES);
        int side = (int) Math.ceil(Math.sqrt(pieces * 9.0)) + 1;
        while (true) {
            Grid grid = Grid.filled(side, side, '.');
            StringBuilder letters = new StringBuilder();
            for (int piece = 1; piece <= pieces; piece++) {
                int kind = random.nextInt(NAMES.length());
                List<Cell> shape = Shapes.transform(cells(SHAPES.get(kind)), random.nextInt(8));
                Grid placed = place(grid, shape, (char) ('0' + piece), random);
                if (placed == null) {
                    break;
                }
                grid = placed;
                letters.append(NAMES.charAt(kind));
            }
            if (letters.length() == pieces) {
                return new Puzzle(grid.lines(), letters.toString());
            }
        }
    }

    @Override
    public String question(Puzzle puzzle) {
        StringBuilder text = new StringBuilder();
        text.append("A pentomino is a flat shape made of five equal squares joined edge to edge. There are twelve of them,")
                .append(" each named by a letter it resembles:\n\n");
        for (int kind = 0; kind < NAMES.length(); kind++) {
            text.append(NAMES.charAt(kind)).append(":\n").append(String.join("\n", SHAPES.get(kind))).append("\n\n");
        }
        int pieces = puzzle.letters().length();
        text.append("The grid below holds ").append(pieces).append(" pentominoes, numbered 1 to ").append(pieces)
                .append("; every square of piece k is marked k, and . marks an empty square. Pieces may touch, and the same")
                .append(" letter may appear more than once. Each piece may be turned by any multiple of 90 degrees and may be")
                .append(" flipped over (a mirror image keeps its letter).\n\n").append(Grid.of(puzzle.grid()).render())
                .append("\n\nName every piece: answer with ").append(pieces).append(" letters, the letter of piece 1 first,")
                .append(" separated by spaces (for example, for three pieces: Q Q Q).");
        return text.toString();
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(List.of(puzzle.letters().split("")));
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        return Items.allOrNothing(List.of(puzzle.letters().split("")), answer.letters(), "piece letter");
    }

    /** One piece named by the letter most often confused with it (N and Z, P and U, and so on). */
    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<String> letters = new ArrayList<>(gold.letters());
        int at = random.nextInt(letters.size());
        String confused = "LFIZUPVTYTWN";
        letters.set(at, String.valueOf(confused.charAt(NAMES.indexOf(letters.get(at)))));
        return List.of(new Answer(letters));
    }

    /** Squares to match: five per piece, times the grid's side (pieces are harder to tell apart in a crowded grid). */
    @Override
    public double cost(Puzzle puzzle) {
        return 5.0 * puzzle.letters().length() * puzzle.grid().size() / 4.0;
    }

    private static String letter(String word) {
        String upper = word.toUpperCase(Locale.ROOT);
        if (upper.length() != 1 || NAMES.indexOf(upper.charAt(0)) < 0) {
            throw new AnswerFormatException("each piece is named by one of the letters " + NAMES + ", found '"
                    + dev.bootcamp.verify.Answers.abbreviate(word) + "'");
        }
        return upper;
    }

    private static List<Cell> cells(List<String> rows) {
        return Grid.of(rows).cells('#');
    }

    /** The shape put at a random free place of the grid, or null after 100 tries. */
    private static Grid place(Grid grid, List<Cell> shape, char mark, RandomGenerator random) {
        int height = shape.stream().mapToInt(Cell::row).max().orElse(0) + 1;
        int width = shape.stream().mapToInt(Cell::column).max().orElse(0) + 1;
        for (int tries = 0; tries < 100; tries++) {
            int top = random.nextInt(grid.rows() - height + 1);
            int left = random.nextInt(grid.columns() - width + 1);
            if (shape.stream().allMatch(cell -> grid.at(top + cell.row(), left + cell.column()) == '.')) {
                Grid placed = grid;
                for (Cell cell : shape) {
                    placed = placed.with(top + cell.row(), left + cell.column(), mark);
                }
                return placed;
            }
        }
        return null;
    }
}
