package dev.bootcamp.camps.games;

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
import dev.bootcamp.camps.kit.PerPosition;
import dev.bootcamp.verify.Answers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/** Tic-tac-toe and k-in-a-row on larger boards: in each of several positions, find a move that keeps the best result perfect play allows. */
@AutoService(Bootcamp.class)
public final class TicTacToeBootcamp extends Camp<TicTacToeBootcamp.Puzzle, TicTacToeBootcamp.Answer> {
    private static final Knob<Integer> SIZE = Knob.integer("size", 3, 5, 3, "side of the square board");
    private static final Knob<Integer> LINE = Knob.integer("line", 3, 4, 3, "marks in a row needed to win (at most the side)");
    private static final Knob<Integer> EMPTY = Knob.integer("empty", 2, 14, 6, "empty cells left in the position (at most 8, 12 and 14 on 3x3, 4x4 and"
                    + " 5x5 boards, which keeps exact search fast)");
    private static final Knob<Integer> POSITIONS = Knob.integer("positions", 1, 10, 3, "number of positions in one puzzle, answered together");
    private static final BootcampInfo INFO = BootcampInfo.builder(TicTacToeBootcamp.class)
            .title("Tic-tac-toe: best move")
            .version(2)
            .domain("games")
            .tags("minimax", "game-tree", "adversarial-search")
            .summary("Three tic-tac-toe positions (3x3, three in a row) or, at higher levels, k-in-a-row on a 4x4 or 5x5"
                    + " board, each with X or O to move and the game not over. Give a best move in each, all of them right"
                    + " for CORRECT (one position's best cell is often the centre or a corner, so a single move is guessable): one that keeps the game-theoretic value"
                    + " for the player to move (a forced win if one exists, else a draw). Every move's value is found by"
                    + " exact minimax at generation; any move with the best value counts, a move to a taken or missing"
                    + " cell or one that gives away value is WRONG. Positions come from random play and are kept only"
                    + " when at most a third of the empty cells are best moves; for knob settings beyond level 10 where"
                    + " such positions are too rare or too deep to solve, the filter is relaxed or a cell more is filled.")
            .knob(SIZE)
            .knob(LINE)
            .knob(EMPTY)
            .knob(POSITIONS)
            .answerShape("one line per position: the cell as row and column numbers, such as 2 3 for row 2, column 3")
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
    public record Position(List<String> board, int line, String toMove, List<String> values) {
        public Position {
            board = List.copyOf(board);
            values = List.copyOf(values);
            requireNonNull(toMove, "toMove is null");
        }
    }

    /** The positions, all on boards of one size and line length. */
    public record Puzzle(List<Position> positions) {
        public Puzzle {
            positions = List.copyOf(positions);
        }
    }

    /** A cell, numbered from 1: row 1 at the top, column 1 at the left. */
    public record Move(int row, int column) {}

    /** One move per position, in order. */
    public record Answer(List<Move> moves) {
        public Answer {
            moves = List.copyOf(moves);
        }
    }

    public TicTacToeBootcamp() {
        super(INFO, Codec.of(TicTacToeBootcamp::write, TicTacToeBootcamp::read));
    }

    @Override
    public Knobs atLevel(int level) {
        // A 3x3 board with only two marks has too few positions to tell cases apart, so level 5 moves to 4x4.
        int[] sizes = {3, 3, 3, 3, 4, 4, 4, 5, 5, 5};
        int[] empties = {3, 4, 5, 6, 7, 8, 9, 11, 12, 14};
        return INFO.defaults()
                .with(SIZE, sizes[level - 1])
                .with(LINE, level >= 5 ? 4 : 3)
                .with(EMPTY, empties[level - 1]);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        List<Position> positions = new ArrayList<>();
        for (int k = 0; k < knobs.get(POSITIONS); k++) {
            positions.add(position(knobs, random));
        }
        return new Puzzle(positions);
    }

    private static Position position(Knobs knobs, RandomGenerator random) {
        int size = knobs.get(SIZE);
        int line = Math.min(size, knobs.get(LINE));
        int cells = size * size;
        int empty = Math.min(size == 3 ? 8 : size == 4 ? 12 : 14, knobs.get(EMPTY));
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
            if (bestCount * 3 > empty && (attempt < RELAX_AFTER || bestCount == empty)) {
                continue;
            }
            return puzzle(size, line, board, player, values);
        }
    }

    @Override
    public String question(Puzzle puzzle) {
        Position first = puzzle.positions().get(0);
        int size = first.board().size();
        int line = first.line();
        int count = puzzle.positions().size();
        StringBuilder text = new StringBuilder();
        text.append(size == 3 && line == 3 ? "Tic-tac-toe" : "A game of " + line + "-in-a-row").append(" on a ")
                .append(size).append("x").append(size).append(" board. Players X and O take turns (X moved first),")
                .append(" each putting their mark in an empty cell. The first player to get ").append(line)
                .append(" of their marks in consecutive cells of one row, one column or one diagonal wins; if the board")
                .append(" fills up with no such line, the game is a draw.\n\n")
                .append("Below are ").append(count).append(" separate positions (. is empty; rows numbered from 1 at the top,")
                .append(" columns from 1 at the left). In each, the player to move is named, and both players play perfectly")
                .append(" from then on. Give a best move for that player: one that forces a win if the player can force a win,")
                .append(" and otherwise one that still secures a draw.\n");
        for (int k = 0; k < count; k++) {
            Position position = puzzle.positions().get(k);
            text.append("\nPosition ").append(k + 1).append(", ").append(position.toMove()).append(" to move:\n   ");
            for (int column = 1; column <= size; column++) {
                text.append(' ').append(column);
            }
            text.append('\n');
            for (int row = 0; row < size; row++) {
                text.append(row + 1).append(":  ").append(String.join(" ", position.board().get(row).split(""))).append('\n');
            }
        }
        text.append("\nAnswer with ").append(count).append(" lines, one per position in order, each holding the row number and")
                .append(" the column number of the cell, separated by a space. The answer is correct only when every move is a")
                .append(" best move.");
        return text.toString();
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.positions().stream().map(TicTacToeBootcamp::bestMove).toList());
    }

    private static Move bestMove(Position position) {
        char best = best(position);
        for (int row = 0; row < position.values().size(); row++) {
            int column = position.values().get(row).indexOf(best);
            if (column >= 0) {
                return new Move(row + 1, column + 1);
            }
        }
        throw new IllegalStateException("no move in " + position.values());
    }

    private static String write(Answer answer) {
        return String.join("\n", answer.moves().stream().map(move -> move.row() + " " + move.column()).toList());
    }

    private static Answer read(String text) {
        return new Answer(PerPosition.read(text, "position", TicTacToeBootcamp::move, "expected one move per position: the row and the column"));
    }

    private static Move move(String text) {
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
        return new Move(numbers.get(0), numbers.get(1));
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        return PerPosition.check(puzzle.positions().size(), answer.moves().size(), "position",
                k -> problem(puzzle.positions().get(k), answer.moves().get(k)), "a best move in every position");
    }

    /** Why a move is not a best move, or null when it is. */
    private static String problem(Position position, Move move) {
        int size = position.board().size();
        if (move.row() < 1 || move.row() > size || move.column() < 1 || move.column() > size) {
            return "there is no cell at row " + move.row() + ", column " + move.column() + " on a " + size + "x" + size + " board";
        }
        char mark = position.board().get(move.row() - 1).charAt(move.column() - 1);
        if (mark != '.') {
            return "the cell at row " + move.row() + ", column " + move.column() + " already holds " + mark;
        }
        char value = position.values().get(move.row() - 1).charAt(move.column() - 1);
        char best = best(position);
        if (value == best) {
            return null;
        }
        return "with perfect play this move " + outcome(value) + ", but a move that " + outcome(best) + " exists";
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        int k = random.nextInt(puzzle.positions().size());
        Position position = puzzle.positions().get(k);
        Move move = gold.moves().get(k);
        int size = position.board().size();
        char best = best(position);
        List<Move> candidates = new ArrayList<>();
        List<Move> worse = new ArrayList<>();
        for (int row = 0; row < size; row++) {
            for (int column = 0; column < size; column++) {
                char value = position.values().get(row).charAt(column);
                if (value != '-' && value != best) {
                    worse.add(new Move(row + 1, column + 1));
                }
            }
        }
        candidates.add(worse.get(random.nextInt(worse.size())));
        candidates.add(new Move(move.column(), move.row()));
        candidates.add(new Move(move.row(), move.column() % size + 1));
        candidates.add(new Move(move.row() - 1, move.column() - 1));
        return PerPosition.replacing(gold.moves(), k, candidates, candidate -> problem(position, candidate)).stream().map(Answer::new).toList();
    }

    /** Empty cells times line length, summed over the positions: a measure of the game tree each search covers. */
    @Override
    public double cost(Puzzle puzzle) {
        double cost = 0;
        for (Position position : puzzle.positions()) {
            int empty = 0;
            for (String row : position.board()) {
                empty += (int) row.chars().filter(c -> c == '.').count();
            }
            cost += empty * position.line();
        }
        return cost;
    }

    private static Position puzzle(int size, int line, int[] board, int player, Integer[] values) {
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
        return new Position(rows, line, player == 1 ? "X" : "O", valueRows);
    }

    private static char best(Position position) {
        String all = String.join("", position.values());
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
