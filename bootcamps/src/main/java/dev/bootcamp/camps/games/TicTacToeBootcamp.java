package dev.bootcamp.camps.games;

import static java.util.Objects.requireNonNull;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.AnswerFormatException;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.verify.Answers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/** Tic-tac-toe and k-in-a-row on larger boards: find a move that keeps the best result perfect play allows. */
@AutoService(Bootcamp.class)
public final class TicTacToeBootcamp implements Bootcamp<TicTacToeBootcamp.Puzzle, TicTacToeBootcamp.Answer> {
    private static final BootcampInfo INFO = BootcampInfo.builder(TicTacToeBootcamp.class)
            .title("Tic-tac-toe: best move")
            .domain("games")
            .tags("minimax", "game-tree", "adversarial-search")
            .summary("A tic-tac-toe position (3x3, three in a row) or, at higher levels, k-in-a-row on a 4x4 or 5x5 board,"
                    + " with X or O to move and the game not over. Give a best move: one that keeps the game-theoretic value"
                    + " for the player to move (a forced win if one exists, else a draw). Every move's value is found by"
                    + " exact minimax at generation; any move with the best value is CORRECT, a move to a taken or missing"
                    + " cell or one that gives away value is WRONG. Positions come from random play and are kept only"
                    + " when at most half of the empty cells are best moves; for knob settings beyond level 10 where"
                    + " such positions are too rare or too deep to solve, the filter is relaxed or a cell more is filled.")
            .knob(Knob.integer("size", 3, 5, 3, "side of the square board"))
            .knob(Knob.integer("line", 3, 4, 3, "marks in a row needed to win (at most the side)"))
            .knob(Knob.integer("empty", 2, 14, 6, "empty cells left in the position (at most 8, 12 and 14 on 3x3, 4x4 and"
                    + " 5x5 boards, which keeps exact search fast)"))
            .answerShape("the cell as row and column numbers, such as 2 3 for row 2, column 3")
            .severalAnswers()
            .build();

    private static final long NODE_BUDGET = 150_000;
    /** Attempts after which the selectivity filter is relaxed and then, every as many again, one more cell is filled. */
    private static final int RELAX_AFTER = 200;
    /** Search positions spent on one generation after which one more cell is filled (only knobs beyond level 10 need it). */
    private static final long WORK_BUDGET = 3_000_000;
    private static final List<String> FILLER = List.of("row", "column", "col", "and");

    /**
     * The board (rows of X, O and .), marks in a row needed, the player to move, and each cell's value for that
     * player (W win, D draw, L loss, - taken), kept for checking and never shown.
     */
    public record Puzzle(List<String> board, int line, String toMove, List<String> values) {
        public Puzzle {
            board = List.copyOf(board);
            values = List.copyOf(values);
            requireNonNull(toMove, "toMove is null");
        }
    }

    /** A cell, numbered from 1: row 1 at the top, column 1 at the left. */
    public record Answer(int row, int column) {}

    @Override
    public BootcampInfo info() {
        return INFO;
    }

    @Override
    public Knobs atLevel(int level) {
        int[] sizes = {3, 3, 3, 3, 3, 4, 4, 5, 5, 5};
        int[] empties = {3, 4, 5, 6, 7, 8, 9, 11, 12, 14};
        return INFO.defaults()
                .with("size", sizes[level - 1])
                .with("line", level >= 6 ? 4 : 3)
                .with("empty", empties[level - 1]);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int size = knobs.integer("size");
        int line = Math.min(size, knobs.integer("line"));
        int cells = size * size;
        int empty = Math.min(size == 3 ? 8 : size == 4 ? 12 : 14, knobs.integer("empty"));
        long work = 0;
        for (int attempt = 1; ; attempt++) {
            if (attempt % RELAX_AFTER == 0 && empty > 2 || work > WORK_BUDGET) {
                empty = Math.max(2, empty - 1);
                work = 0;
            }
            int[] board = new int[cells];
            int player = 1;
            boolean over = false;
            List<Integer> free = new ArrayList<>();
            for (int cell = 0; cell < cells; cell++) {
                free.add(cell);
            }
            for (int ply = 0; ply < cells - empty && !over; ply++) {
                int cell = free.remove(random.nextInt(free.size()));
                board[cell] = player;
                over = new TicTacToeSolver(size, line, board).completesLine(cell);
                player = 3 - player;
            }
            if (over) {
                continue;
            }
            TicTacToeSolver solver = new TicTacToeSolver(size, line, board);
            Integer[] values = solver.moveValues(player, NODE_BUDGET);
            work += solver.nodes();
            if (values == null) {
                continue;
            }
            int best = -1;
            for (Integer value : values) {
                best = value == null ? best : Math.max(best, value);
            }
            int bestCount = 0;
            for (Integer value : values) {
                bestCount += value != null && value == best ? 1 : 0;
            }
            if (bestCount * 2 > empty && (attempt < RELAX_AFTER || bestCount == empty)) {
                continue;
            }
            return puzzle(size, line, board, player, values);
        }
    }

    @Override
    public String question(Puzzle puzzle) {
        int size = puzzle.board().size();
        int line = puzzle.line();
        StringBuilder text = new StringBuilder();
        text.append(size == 3 && line == 3 ? "Tic-tac-toe" : "A game of " + line + "-in-a-row").append(" on a ")
                .append(size).append("x").append(size).append(" board. Players X and O take turns (X moved first),")
                .append(" each putting their mark in an empty cell. The first player to get ").append(line)
                .append(" of their marks in consecutive cells of one row, one column or one diagonal wins; if the board")
                .append(" fills up with no such line, the game is a draw.\n\nThe board now (. is empty; rows numbered from 1 at")
                .append(" the top, columns from 1 at the left):\n\n");
        text.append("   ");
        for (int column = 1; column <= size; column++) {
            text.append(' ').append(column);
        }
        text.append('\n');
        for (int row = 0; row < size; row++) {
            text.append(row + 1).append(":  ").append(String.join(" ", puzzle.board().get(row).split(""))).append('\n');
        }
        text.append("\nIt is ").append(puzzle.toMove()).append("'s turn, and both players play perfectly from now on.")
                .append(" Give a best move for ").append(puzzle.toMove()).append(": one that forces a win if ")
                .append(puzzle.toMove()).append(" can force a win, and otherwise one that still secures a draw.")
                .append(" Answer with the row number and the column number of the cell, separated by a space.");
        return text.toString();
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        char best = best(puzzle);
        for (int row = 0; row < puzzle.values().size(); row++) {
            int column = puzzle.values().get(row).indexOf(best);
            if (column >= 0) {
                return new Answer(row + 1, column + 1);
            }
        }
        throw new IllegalStateException("no move in " + puzzle.values());
    }

    @Override
    public String render(Answer answer) {
        return answer.row() + " " + answer.column();
    }

    @Override
    public Answer parse(String text) {
        List<Integer> numbers = new ArrayList<>();
        for (String token : Answers.tokens(text.toLowerCase(Locale.ROOT), "()[]{}:=")) {
            if (FILLER.contains(token)) {
                continue;
            }
            numbers.add(Answers.intValue(token));
            if (numbers.size() > 2) {
                throw new AnswerFormatException("expected two numbers, the row and the column");
            }
        }
        if (numbers.size() != 2) {
            throw new AnswerFormatException("expected two numbers, the row and the column, found " + numbers.size());
        }
        return new Answer(numbers.get(0), numbers.get(1));
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        int size = puzzle.board().size();
        if (answer.row() < 1 || answer.row() > size || answer.column() < 1 || answer.column() > size) {
            return Score.wrong("there is no cell at row " + answer.row() + ", column " + answer.column() + " on a " + size + "x" + size + " board");
        }
        char mark = puzzle.board().get(answer.row() - 1).charAt(answer.column() - 1);
        if (mark != '.') {
            return Score.wrong("the cell at row " + answer.row() + ", column " + answer.column() + " already holds " + mark);
        }
        char value = puzzle.values().get(answer.row() - 1).charAt(answer.column() - 1);
        char best = best(puzzle);
        if (value == best) {
            return Score.correct("a best move: with perfect play it " + outcome(value));
        }
        return Score.wrong("with perfect play this move " + outcome(value) + ", but a move that " + outcome(best) + " exists");
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        int size = puzzle.board().size();
        char best = best(puzzle);
        List<Answer> misses = new ArrayList<>();
        List<Answer> worse = new ArrayList<>();
        for (int row = 0; row < size; row++) {
            for (int column = 0; column < size; column++) {
                char value = puzzle.values().get(row).charAt(column);
                if (value != '-' && value != best) {
                    worse.add(new Answer(row + 1, column + 1));
                }
            }
        }
        misses.add(worse.get(random.nextInt(worse.size())));
        misses.add(new Answer(gold.column(), gold.row()));
        misses.add(new Answer(gold.row(), gold.column() % size + 1));
        misses.add(new Answer(gold.row() - 1, gold.column() - 1));
        return misses.stream().filter(miss -> !check(puzzle, miss).passed()).distinct().toList();
    }

    @Override
    public double cost(Puzzle puzzle) {
        int empty = 0;
        for (String row : puzzle.board()) {
            empty += (int) row.chars().filter(c -> c == '.').count();
        }
        return empty * puzzle.line();
    }

    private static Puzzle puzzle(int size, int line, int[] board, int player, Integer[] values) {
        List<String> rows = new ArrayList<>();
        List<String> valueRows = new ArrayList<>();
        for (int row = 0; row < size; row++) {
            StringBuilder marks = new StringBuilder();
            StringBuilder outcomes = new StringBuilder();
            for (int column = 0; column < size; column++) {
                int cell = row * size + column;
                marks.append(".XO".charAt(board[cell]));
                outcomes.append(values[cell] == null ? '-' : "LDW".charAt(values[cell] + 1));
            }
            rows.add(marks.toString());
            valueRows.add(outcomes.toString());
        }
        return new Puzzle(rows, line, player == 1 ? "X" : "O", valueRows);
    }

    private static char best(Puzzle puzzle) {
        String all = String.join("", puzzle.values());
        return all.indexOf('W') >= 0 ? 'W' : all.indexOf('D') >= 0 ? 'D' : 'L';
    }

    private static String outcome(char value) {
        return switch (value) {
            case 'W' -> "wins";
            case 'D' -> "draws";
            default -> "loses";
        };
    }
}
