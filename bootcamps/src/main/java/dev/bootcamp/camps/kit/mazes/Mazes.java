package dev.bootcamp.camps.kit.mazes;

import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.StateSearch;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Maze layouts as character grids ({@code '#'} a wall, {@code '.'} open) and the plain walk over them. Cells are
 * numbered row by row from 0 ({@code row * columns + column}), the numbering {@link StateSearch} states use.
 */
public final class Mazes {
    public static final char WALL = '#';
    public static final char OPEN = '.';

    private Mazes() {}

    /**
     * A maze of {@code cellRows} x {@code cellColumns} rooms carved by a random depth-first walk, drawn as a grid of
     * {@code 2 * cellRows + 1} x {@code 2 * cellColumns + 1} characters: rooms at odd row and column, walls between.
     * Then about {@code loops} of the remaining inner walls between two rooms are opened, so the maze has cycles as
     * well as dead ends.
     */
    public static char[][] carve(int cellRows, int cellColumns, double loops, RandomGenerator random) {
        int rows = 2 * cellRows + 1;
        int columns = 2 * cellColumns + 1;
        char[][] grid = new char[rows][columns];
        for (char[] row : grid) {
            Arrays.fill(row, WALL);
        }
        boolean[] seen = new boolean[cellRows * cellColumns];
        int[] stack = new int[cellRows * cellColumns];
        int top = 0;
        int first = random.nextInt(cellRows * cellColumns);
        stack[top++] = first;
        seen[first] = true;
        grid[2 * (first / cellColumns) + 1][2 * (first % cellColumns) + 1] = OPEN;
        int[] order = {0, 1, 2, 3};
        while (top > 0) {
            int cell = stack[top - 1];
            int row = cell / cellColumns;
            int column = cell % cellColumns;
            Draw.shuffle(order, random);
            boolean moved = false;
            for (int side : order) {
                Compass heading = Compass.values()[side];
                int nextRow = row + heading.rowStep();
                int nextColumn = column + heading.columnStep();
                if (nextRow < 0 || nextRow >= cellRows || nextColumn < 0 || nextColumn >= cellColumns) {
                    continue;
                }
                int next = nextRow * cellColumns + nextColumn;
                if (seen[next]) {
                    continue;
                }
                seen[next] = true;
                grid[2 * row + 1 + heading.rowStep()][2 * column + 1 + heading.columnStep()] = OPEN;
                grid[2 * nextRow + 1][2 * nextColumn + 1] = OPEN;
                stack[top++] = next;
                moved = true;
                break;
            }
            if (!moved) {
                top--;
            }
        }
        List<int[]> closed = new ArrayList<>();
        for (int row = 1; row < rows - 1; row++) {
            for (int column = 1; column < columns - 1; column++) {
                boolean between = row % 2 == 1 && column % 2 == 0 || row % 2 == 0 && column % 2 == 1;
                if (between && grid[row][column] == WALL) {
                    closed.add(new int[] {row, column});
                }
            }
        }
        Draw.shuffle(closed, random);
        int open = (int) Math.round(loops * closed.size());
        for (int i = 0; i < open && i < closed.size(); i++) {
            grid[closed.get(i)[0]][closed.get(i)[1]] = OPEN;
        }
        return grid;
    }

    /** A {@code rows} x {@code columns} grid where each cell is a wall with probability {@code density}. */
    public static char[][] scatter(int rows, int columns, double density, RandomGenerator random) {
        char[][] grid = new char[rows][columns];
        for (char[] row : grid) {
            for (int column = 0; column < columns; column++) {
                row[column] = random.nextDouble() < density ? WALL : OPEN;
            }
        }
        return grid;
    }

    /** The rows as strings, the form puzzle records keep. */
    public static List<String> lines(char[][] grid) {
        return Arrays.stream(grid).map(String::new).toList();
    }

    /** A mutable copy of rows kept as strings. */
    public static char[][] chars(List<String> lines) {
        return lines.stream().map(String::toCharArray).toArray(char[][]::new);
    }

    /** The numbers of the cells holding {@code value}, row by row. */
    public static List<Integer> cells(char[][] grid, char value) {
        List<Integer> cells = new ArrayList<>();
        for (int row = 0; row < grid.length; row++) {
            for (int column = 0; column < grid[row].length; column++) {
                if (grid[row][column] == value) {
                    cells.add(row * grid[row].length + column);
                }
            }
        }
        return cells;
    }

    /** The cell one step from {@code cell} towards {@code heading}, or -1 off the grid. */
    public static int step(char[][] grid, int cell, Compass heading) {
        int columns = grid[0].length;
        int row = cell / columns + heading.rowStep();
        int column = cell % columns + heading.columnStep();
        if (row < 0 || row >= grid.length || column < 0 || column >= columns) {
            return -1;
        }
        return row * columns + column;
    }

    /** The character at a cell number. */
    public static char at(char[][] grid, int cell) {
        return grid[cell / grid[0].length][cell % grid[0].length];
    }

    /** Breadth-first search from {@code origin} through every cell that is not a wall, trying N, E, S, W in that order. */
    public static StateSearch walk(char[][] grid, int origin) {
        return StateSearch.all(grid.length * grid[0].length, origin, (cell, step) -> {
            for (Compass heading : Compass.values()) {
                int next = step(grid, cell, heading);
                if (next >= 0 && at(grid, next) != WALL) {
                    step.to(next, heading.ordinal());
                }
            }
        });
    }

    /** The headings of a shortest route found by a search whose moves are compass ordinals. */
    public static List<Compass> route(StateSearch search, int target) {
        return search.path(target).stream().map(step -> Compass.values()[step[1]]).toList();
    }

    /**
     * A random cell among {@code candidates} whose distance in {@code search} is at least {@code share} of the
     * largest such distance (and positive), or -1 when none is reached.
     */
    public static int far(StateSearch search, List<Integer> candidates, double share, RandomGenerator random) {
        int most = 0;
        for (int cell : candidates) {
            most = Math.max(most, search.distance(cell));
        }
        List<Integer> picks = new ArrayList<>();
        for (int cell : candidates) {
            int distance = search.distance(cell);
            if (distance > 0 && distance >= share * most) {
                picks.add(cell);
            }
        }
        return picks.isEmpty() ? -1 : Draw.pick(picks, random);
    }

    /** "row 3, column 5", numbered from 1, for a cell number. */
    public static String where(char[][] grid, int cell) {
        return "row " + (cell / grid[0].length + 1) + ", column " + (cell % grid[0].length + 1);
    }

    /**
     * Why move {@code number} (named {@code move}) from {@code cell} towards {@code heading} cannot be made because it
     * leaves the grid or runs into a wall, or null when the next cell is inside and not a wall.
     */
    public static String blocked(char[][] grid, int cell, Compass heading, int number, String move) {
        int next = step(grid, cell, heading);
        if (next < 0) {
            return "move " + number + " (" + move + ") from " + where(grid, cell) + " leaves the grid";
        }
        if (at(grid, next) == WALL) {
            return "move " + number + " (" + move + ") from " + where(grid, cell) + " runs into the wall at " + where(grid, next);
        }
        return null;
    }
}
