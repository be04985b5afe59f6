package dev.bootcamp.camps.puzzles;

import dev.bootcamp.camps.kit.Cages;
import dev.bootcamp.camps.kit.Draw;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/** Irregular regions for Jigsaw Sudoku: {@code size} connected regions of {@code size} cells each. */
final class JigsawSudokuRegions {
    private JigsawSudokuRegions() {}

    /**
     * Random connected regions of {@code size} cells: start from the boxes (sizes 4, 6 and 9) or the rows, then
     * repeatedly move a cell into a neighbouring region and a cell of that region back, undoing moves that split one.
     * Regions are numbered in order of their first cell, row by row.
     */
    static int[] draw(int size, RandomGenerator random) {
        int cells = size * size;
        int boxRows = size == 9 ? 3 : size == 4 || size == 6 ? 2 : 1;
        int boxColumns = size / boxRows;
        int[] region = new int[cells];
        for (int cell = 0; cell < cells; cell++) {
            region[cell] = cell / size / boxRows * (size / boxColumns) + cell % size / boxColumns;
        }
        int moves = 0;
        for (int attempt = 0; attempt < 400 * size && moves < 12 * size; attempt++) {
            int moved = random.nextInt(cells);
            int from = region[moved];
            List<Integer> across = new ArrayList<>();
            for (int next : Cages.neighbours(moved, size)) {
                if (region[next] != from) {
                    across.add(region[next]);
                }
            }
            if (across.isEmpty()) {
                continue;
            }
            int to = Draw.pick(across, random);
            List<Integer> back = new ArrayList<>();
            for (int cell = 0; cell < cells; cell++) {
                if (region[cell] == to && touches(cell, from, region, size, moved)) {
                    back.add(cell);
                }
            }
            if (back.isEmpty()) {
                continue;
            }
            int returned = Draw.pick(back, random);
            region[moved] = to;
            region[returned] = from;
            if (connected(region, from, size) && connected(region, to, size)) {
                moves++;
            } else {
                region[moved] = from;
                region[returned] = to;
            }
        }
        int[] renamed = new int[size];
        Arrays.fill(renamed, -1);
        int next = 0;
        for (int cell = 0; cell < cells; cell++) {
            if (renamed[region[cell]] < 0) {
                renamed[region[cell]] = next++;
            }
            region[cell] = renamed[region[cell]];
        }
        return region;
    }

    /** Whether the cell borders a cell of the region other than {@code leaving}. */
    private static boolean touches(int cell, int target, int[] region, int size, int leaving) {
        for (int next : Cages.neighbours(cell, size)) {
            if (next != leaving && region[next] == target) {
                return true;
            }
        }
        return false;
    }

    private static boolean connected(int[] region, int index, int size) {
        int[] members = new int[size];
        int count = 0;
        for (int cell = 0; cell < region.length; cell++) {
            if (region[cell] == index) {
                members[count++] = cell;
            }
        }
        return count == size && Cages.connected(members, size);
    }
}
