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
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.Grid;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.random.RandomGenerator;

/** N queens: complete a board on which some queens are already placed so that no two queens attack. */
@AutoService(Bootcamp.class)
public final class NQueensBootcamp extends Camp<NQueensBootcamp.Puzzle, NQueensBootcamp.Answer> {
    private static final Knob<Integer> SIZE = Knob.integer("size", 4, 32, 8, "side of the board, and so the number of queens");
    private static final Knob<Double> PLACED = Knob.decimal("placed", 0.0, 0.9, 0.4, "fraction of the queens already on the board (rounded; at least"
            + " one queen is always left to place)");
    private static final BootcampInfo INFO = BootcampInfo.builder(NQueensBootcamp.class)
            .title("N queens with given queens")
            .domain("puzzles")
            .tags("chess", "constraint-satisfaction", "grid", "search")
            .summary("An n x n board holds some queens taken from a random solution of the n-queens problem; add queens"
                    + " until there are n and no two share a row, a column or a diagonal. Any such board that keeps every"
                    + " given queen is CORRECT; the checker tests the rules and names the first one broken. No partial"
                    + " credit.")
            .knob(SIZE)
            .knob(PLACED)
            .answerShape("the full board, one line per row from top to bottom, each square written as Q (queen) or ."
                    + " (empty) and separated by spaces")
            .severalAnswers()
            .version(2)
            .build();

    /** A square, numbered from 0: row 0 is the top, column 0 the left. */
    public record Queen(int row, int column) {}

    /** The board size, the queens shown (sorted by row), and one full solution that contains them (never shown). */
    public record Puzzle(int size, List<Queen> given, List<Queen> solution) {
        public Puzzle {
            given = List.copyOf(given);
            solution = List.copyOf(solution);
            if (solution.size() != size || given.size() >= size) {
                throw new IllegalArgumentException("a " + size + "x" + size + " board needs " + size + " queens in its solution"
                        + " and fewer given, found " + solution.size() + " and " + given.size());
            }
        }
    }

    /** A board: rows top to bottom, one character per square, 'Q' or '.'. */
    public record Answer(List<String> rows) {
        public Answer {
            rows = List.copyOf(requireNonNull(rows, "rows is null"));
        }
    }

    public NQueensBootcamp() {
        super(INFO, Codecs.grid("Qq.").map(rows -> new Answer(rows.stream().map(row -> row.replace('q', 'Q')).toList()), Answer::rows));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(SIZE, Draw.scale(level, 8, 16))
                .with(PLACED, Draw.scale(level, 70, 20) / 100.0);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int size = knobs.get(SIZE);
        int[] columns = NQueensSolver.randomSolution(size, random);
        int shown = Math.min(size - 1, (int) Math.round(knobs.get(PLACED) * size));
        int[] rows = Draw.permutation(size, random);
        List<Queen> given = new ArrayList<>();
        for (int i = 0; i < shown; i++) {
            given.add(new Queen(rows[i], columns[rows[i]]));
        }
        given.sort(Comparator.comparingInt(Queen::row));
        List<Queen> solution = new ArrayList<>();
        for (int row = 0; row < size; row++) {
            solution.add(new Queen(row, columns[row]));
        }
        return new Puzzle(size, given, solution);
    }

    @Override
    public String question(Puzzle puzzle) {
        int size = puzzle.size();
        StringBuilder text = new StringBuilder();
        text.append("Place ").append(size).append(" queens on a ").append(size).append('x').append(size)
                .append(" board so that no two queens attack each other: no two queens may share a row, a column or a")
                .append(" diagonal (in either direction). ");
        int shown = puzzle.given().size();
        if (shown == 0) {
            text.append("The board is empty; place all ").append(size).append(" queens.");
        } else {
            List<String> squares = puzzle.given().stream().map(queen -> "(" + (queen.row() + 1) + ", " + (queen.column() + 1) + ")").toList();
            String listed = shown == 1 ? squares.get(0)
                    : String.join(", ", squares.subList(0, shown - 1)) + " and " + squares.get(shown - 1);
            text.append(shown == 1 ? "1 queen is already on the board; keep it where it is"
                    : shown + " queens are already on the board; keep them where they are")
                    .append(" and add the other ").append(size - shown).append(". Rows are numbered 1 to ").append(size)
                    .append(" from the top and columns 1 to ").append(size).append(" from the left; the given ")
                    .append(shown == 1 ? "queen stands" : "queens stand").append(" at (row, column) = ").append(listed).append('.');
        }
        text.append(" At least one solution exists, and any valid one is accepted.\n\n")
                .append(Grid.of(board(size, puzzle.given())).render());
        text.append("\n\nAnswer with the full board in the same layout: ").append(size).append(" lines, one per row from top")
                .append(" to bottom, each with ").append(size).append(" symbols separated by spaces, Q for a queen and . for")
                .append(" an empty square.");
        return text.toString();
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(board(puzzle.size(), puzzle.solution()));
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        int size = puzzle.size();
        List<String> rows = answer.rows();
        if (rows.size() != size || rows.stream().anyMatch(row -> row.length() != size)) {
            return Score.malformed("expected " + size + " rows of " + size + " squares, found " + rows.size() + " rows");
        }
        for (Queen queen : puzzle.given()) {
            if (rows.get(queen.row()).charAt(queen.column()) != 'Q') {
                return Score.wrong("the given queen at " + square(queen) + " is missing");
            }
        }
        List<Queen> queens = Grid.of(rows).cells('Q').stream().map(cell -> new Queen(cell.row(), cell.column())).toList();
        if (queens.size() != size) {
            return Score.wrong("the board has " + queens.size() + " queens; it needs " + size);
        }
        Queen[] byRow = new Queen[size];
        Queen[] byColumn = new Queen[size];
        Queen[] byDiagonal = new Queen[2 * size - 1];
        Queen[] byAntiDiagonal = new Queen[2 * size - 1];
        for (Queen queen : queens) {
            String clash = clash(queen, byRow, queen.row(), "row " + (queen.row() + 1));
            clash = clash != null ? clash : clash(queen, byColumn, queen.column(), "column " + (queen.column() + 1));
            clash = clash != null ? clash : clash(queen, byDiagonal, queen.row() - queen.column() + size - 1, "a diagonal");
            clash = clash != null ? clash : clash(queen, byAntiDiagonal, queen.row() + queen.column(), "a diagonal");
            if (clash != null) {
                return Score.wrong(clash);
            }
        }
        return Score.correct(size + " queens, none attacking another");
    }

    /** A free queen moved along its row (so it shares a column), a given queen removed, and an extra queen added. */
    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        int size = puzzle.size();
        List<Queen> free = new ArrayList<>(puzzle.solution());
        free.removeAll(puzzle.given());
        List<Answer> misses = new ArrayList<>();
        Queen moved = Draw.pick(free, random);
        int column = (moved.column() + 1 + random.nextInt(size - 1)) % size;
        misses.add(withSquare(withSquare(gold, moved, '.'), new Queen(moved.row(), column), 'Q'));
        if (!puzzle.given().isEmpty()) {
            misses.add(withSquare(gold, Draw.pick(puzzle.given(), random), '.'));
        }
        Queen any = Draw.pick(puzzle.solution(), random);
        misses.add(withSquare(gold, new Queen(any.row(), (any.column() + 1 + random.nextInt(size - 1)) % size), 'Q'));
        return misses;
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.size() - puzzle.given().size();
    }

    private static List<String> board(int size, List<Queen> queens) {
        Grid board = Grid.filled(size, size, '.');
        for (Queen queen : queens) {
            board = board.with(queen.row(), queen.column(), 'Q');
        }
        return board.lines();
    }

    private static String clash(Queen queen, Queen[] owners, int line, String shared) {
        Queen other = owners[line];
        if (other != null) {
            return "the queens at " + square(other) + " and " + square(queen) + " share " + shared;
        }
        owners[line] = queen;
        return null;
    }

    private static String square(Queen queen) {
        return "(row " + (queen.row() + 1) + ", column " + (queen.column() + 1) + ")";
    }

    private static Answer withSquare(Answer answer, Queen queen, char cell) {
        return new Answer(Grid.of(answer.rows()).with(queen.row(), queen.column(), cell).lines());
    }
}
