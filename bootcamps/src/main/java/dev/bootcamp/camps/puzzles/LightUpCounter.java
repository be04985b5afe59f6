package dev.bootcamp.camps.puzzles;

import java.util.ArrayList;
import java.util.List;

/**
 * Counts Light Up solutions by deciding the white cells in reading order, bulb or not. Every horizontal and vertical
 * run of white cells keeps its bulb count (at most one, or two bulbs would see each other); a numbered wall is checked
 * against its decided and open neighbours; and a cell must be lit once the last cell of both its runs is decided. No
 * propagation, so it shares nothing with {@link LightUpSolver}.
 */
final class LightUpCounter {
    private final int cells;
    private final int[] clue;
    private final int[] rowRun;
    private final int[] columnRun;
    private final int[] runBulbs;
    /** {@code walls[c]}: the numbered walls beside white cell c. */
    private final int[][] walls;
    /** {@code due[c]}: the white cells whose runs are all decided once cell c is. */
    private final int[][] due;
    private final int[] wallBulbs;
    private final int[] wallOpen;
    private long count;
    private long limit;

    private LightUpCounter(int rows, int columns, int[] clue) {
        this.cells = rows * columns;
        this.clue = clue;
        rowRun = new int[cells];
        columnRun = new int[cells];
        int runs = 0;
        int[] lastOfRun = new int[2 * cells];
        for (int cell = 0; cell < cells; cell++) {
            if (clue[cell] != LightUpSolver.WHITE) {
                continue;
            }
            boolean continues = cell % columns > 0 && clue[cell - 1] == LightUpSolver.WHITE;
            rowRun[cell] = continues ? rowRun[cell - 1] : runs++;
            lastOfRun[rowRun[cell]] = cell;
        }
        for (int column = 0; column < columns; column++) {
            for (int row = 0; row < rows; row++) {
                int cell = row * columns + column;
                if (clue[cell] != LightUpSolver.WHITE) {
                    continue;
                }
                boolean continues = row > 0 && clue[cell - columns] == LightUpSolver.WHITE;
                columnRun[cell] = continues ? columnRun[cell - columns] : runs++;
                lastOfRun[columnRun[cell]] = Math.max(lastOfRun[columnRun[cell]], cell);
            }
        }
        runBulbs = new int[runs];
        List<List<Integer>> dueLists = new ArrayList<>();
        List<List<Integer>> wallLists = new ArrayList<>();
        for (int cell = 0; cell < cells; cell++) {
            dueLists.add(new ArrayList<>());
            wallLists.add(new ArrayList<>());
        }
        wallBulbs = new int[cells];
        wallOpen = new int[cells];
        for (int cell = 0; cell < cells; cell++) {
            if (clue[cell] == LightUpSolver.WHITE) {
                dueLists.get(Math.max(lastOfRun[rowRun[cell]], lastOfRun[columnRun[cell]])).add(cell);
                continue;
            }
            if (clue[cell] < 0) {
                continue;
            }
            int row = cell / columns;
            int column = cell % columns;
            int[][] steps = {{-1, 0}, {1, 0}, {0, -1}, {0, 1}};
            for (int[] step : steps) {
                int r = row + step[0];
                int c = column + step[1];
                if (r >= 0 && r < rows && c >= 0 && c < columns && clue[r * columns + c] == LightUpSolver.WHITE) {
                    wallLists.get(r * columns + c).add(cell);
                    wallOpen[cell]++;
                }
            }
        }
        walls = new int[cells][];
        due = new int[cells][];
        for (int cell = 0; cell < cells; cell++) {
            walls[cell] = wallLists.get(cell).stream().mapToInt(Integer::intValue).toArray();
            due[cell] = dueLists.get(cell).stream().mapToInt(Integer::intValue).toArray();
        }
    }

    /** Bulb placements that satisfy every rule, up to {@code limit}; {@code clue} as in {@link LightUpSolver}. */
    static long count(int rows, int columns, int[] clue, long limit) {
        LightUpCounter counter = new LightUpCounter(rows, columns, clue);
        for (int cell = 0; cell < counter.cells; cell++) {
            if (clue[cell] > counter.wallOpen[cell]) {
                return 0;
            }
        }
        counter.limit = limit;
        counter.search(0);
        return Math.min(counter.count, limit);
    }

    private void search(int cell) {
        if (cell == cells) {
            count++;
            return;
        }
        if (clue[cell] != LightUpSolver.WHITE) {
            search(cell + 1);
            return;
        }
        for (int number : walls[cell]) {
            wallOpen[number]--;
        }
        for (int bulb = 1; bulb >= 0 && count < limit; bulb--) {
            if (bulb == 1 && (runBulbs[rowRun[cell]] > 0 || runBulbs[columnRun[cell]] > 0)) {
                continue;
            }
            runBulbs[rowRun[cell]] += bulb;
            runBulbs[columnRun[cell]] += bulb;
            boolean fits = true;
            for (int number : walls[cell]) {
                wallBulbs[number] += bulb;
                fits &= wallBulbs[number] <= clue[number] && wallBulbs[number] + wallOpen[number] >= clue[number];
            }
            for (int waiting : due[cell]) {
                fits &= runBulbs[rowRun[waiting]] > 0 || runBulbs[columnRun[waiting]] > 0;
            }
            if (fits) {
                search(cell + 1);
            }
            for (int number : walls[cell]) {
                wallBulbs[number] -= bulb;
            }
            runBulbs[rowRun[cell]] -= bulb;
            runBulbs[columnRun[cell]] -= bulb;
        }
        for (int number : walls[cell]) {
            wallOpen[number]++;
        }
    }
}
