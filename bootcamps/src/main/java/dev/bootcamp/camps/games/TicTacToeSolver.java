package dev.bootcamp.camps.games;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Exact minimax for k-in-a-row on a square board, memoised on the position; values are 1 win, 0 draw, -1 loss. */
final class TicTacToeSolver {
    static final int EMPTY = 0;

    private final List<List<int[]>> linesThrough;
    private final long[] power;
    private final int[] board;
    private final Map<Long, Boolean> wins = new HashMap<>();
    private final Map<Long, Boolean> holds = new HashMap<>();
    private long nodes;
    private long budget;

    /** A solver for {@code board} (cells 0 empty, 1 X, 2 O in reading order) with lines of {@code line} cells. */
    TicTacToeSolver(int size, int line, int[] board) {
        this.board = board.clone();
        this.power = new long[size * size];
        for (int cell = 0; cell < power.length; cell++) {
            power[cell] = cell == 0 ? 1 : power[cell - 1] * 3;
        }
        this.linesThrough = new ArrayList<>();
        for (int cell = 0; cell < size * size; cell++) {
            linesThrough.add(new ArrayList<>());
        }
        int[][] directions = {{0, 1}, {1, 0}, {1, 1}, {1, -1}};
        for (int row = 0; row < size; row++) {
            for (int column = 0; column < size; column++) {
                for (int[] direction : directions) {
                    int endRow = row + direction[0] * (line - 1);
                    int endColumn = column + direction[1] * (line - 1);
                    if (endRow < 0 || endRow >= size || endColumn < 0 || endColumn >= size) {
                        continue;
                    }
                    int[] cells = new int[line];
                    for (int i = 0; i < line; i++) {
                        cells[i] = (row + direction[0] * i) * size + column + direction[1] * i;
                    }
                    for (int cell : cells) {
                        linesThrough.get(cell).add(cells);
                    }
                }
            }
        }
    }

    /** Whether the mark on {@code cell} completes a line. */
    boolean completesLine(int cell) {
        int player = board[cell];
        for (int[] cells : linesThrough.get(cell)) {
            boolean full = true;
            for (int other : cells) {
                full &= board[other] == player;
            }
            if (full) {
                return true;
            }
        }
        return false;
    }

    /** Whether some player already has a line. */
    boolean finished() {
        for (int cell = 0; cell < board.length; cell++) {
            if (board[cell] != EMPTY && completesLine(cell)) {
                return true;
            }
        }
        return false;
    }

    /**
     * For each cell, the value for {@code player} of playing there (then perfect play by both), or null where the cell
     * is taken; null altogether once the search passes {@code budget} positions.
     */
    Integer[] moveValues(int player, long budget) {
        this.budget = budget;
        long code = 0;
        int empties = 0;
        for (int cell = 0; cell < board.length; cell++) {
            code += board[cell] * power[cell];
            empties += board[cell] == EMPTY ? 1 : 0;
        }
        Integer[] values = new Integer[board.length];
        int opponent = 3 - player;
        for (int cell = 0; cell < board.length; cell++) {
            if (board[cell] != EMPTY) {
                continue;
            }
            board[cell] = player;
            long next = code + player * power[cell];
            if (completesLine(cell)) {
                values[cell] = 1;
            } else if (canWin(opponent, next, empties - 1)) {
                values[cell] = -1;
            } else {
                values[cell] = canHold(opponent, next, empties - 1) ? 0 : 1;
            }
            board[cell] = EMPTY;
            if (nodes > budget) {
                return null;
            }
        }
        return values;
    }

    /** Whether the player to move can force a win. */
    private boolean canWin(int player, long code, int empties) {
        return search(player, code, empties, true, wins);
    }

    /** Whether the player to move can force at least a draw. */
    private boolean canHold(int player, long code, int empties) {
        return search(player, code, empties, false, holds);
    }

    /**
     * An AND-OR search: the player to move needs one move after which the opponent cannot reach the complementary
     * goal. An immediate line decides at once; a single threat of the opponent forces the block, two lose.
     */
    private boolean search(int player, long code, int empties, boolean toWin, Map<Long, Boolean> memo) {
        if (empties == 0) {
            return !toWin;
        }
        Boolean cached = memo.get(code);
        if (cached != null) {
            return cached;
        }
        if (++nodes > budget) {
            return false;
        }
        int opponent = 3 - player;
        int threat = -1;
        int threats = 0;
        for (int cell = 0; cell < board.length; cell++) {
            if (board[cell] != EMPTY) {
                continue;
            }
            if (wouldComplete(cell, player)) {
                memo.put(code, true);
                return true;
            }
            if (wouldComplete(cell, opponent)) {
                threat = cell;
                threats++;
            }
        }
        boolean result = false;
        if (threats < 2) {
            for (int cell = 0; cell < board.length && !result; cell++) {
                if (board[cell] != EMPTY || threats == 1 && cell != threat) {
                    continue;
                }
                board[cell] = player;
                long next = code + player * power[cell];
                result = toWin ? !canHold(opponent, next, empties - 1) : !canWin(opponent, next, empties - 1);
                board[cell] = EMPTY;
            }
        }
        memo.put(code, result);
        return result;
    }

    private boolean wouldComplete(int cell, int player) {
        board[cell] = player;
        boolean complete = completesLine(cell);
        board[cell] = EMPTY;
        return complete;
    }

    /** Positions searched so far. */
    long nodes() {
        return nodes;
    }
}
