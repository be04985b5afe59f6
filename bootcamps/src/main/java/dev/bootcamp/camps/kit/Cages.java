package dev.bootcamp.camps.kit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Cages of a square grid: connected groups of cells (row-major indices) that partition it, as in KenKen and Killer
 * Sudoku. Random partitions, splits into two connected parts, labels and a printable map.
 */
public final class Cages {
    /** Labels in order: A to Z, then a to z; so at most 52 cages can be labelled. */
    public static final String LABELS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    private Cages() {}

    /**
     * A random partition of a size x size grid into connected cages of {@code minSize} to {@code maxSize} cells: each
     * cage grows from a random free cell towards a drawn size; a cage left smaller than {@code minSize} joins a
     * neighbouring cage, which may then exceed {@code maxSize} by a little. Cages are sorted by their first cell.
     */
    public static List<int[]> partition(int size, int minSize, int maxSize, RandomGenerator random) {
        return partition(size, minSize, maxSize, null, random);
    }

    /**
     * As {@link #partition(int, int, int, RandomGenerator)}, but when {@code values} is not null no cage holds two cells
     * of equal value (a cage that cannot reach {@code minSize} that way stays smaller).
     */
    public static List<int[]> partition(int size, int minSize, int maxSize, int[] values, RandomGenerator random) {
        int cells = size * size;
        int[] owner = new int[cells];
        Arrays.fill(owner, -1);
        List<List<Integer>> cages = new ArrayList<>();
        for (int start : Draw.permutation(cells, random)) {
            if (owner[start] >= 0) {
                continue;
            }
            int target = Draw.between(minSize, Math.max(minSize, maxSize), random);
            List<Integer> cage = new ArrayList<>(List.of(start));
            owner[start] = cages.size();
            while (cage.size() < target) {
                List<Integer> frontier = new ArrayList<>();
                for (int cell : cage) {
                    for (int next : neighbours(cell, size)) {
                        if (owner[next] < 0 && !frontier.contains(next) && fits(cage, next, values)) {
                            frontier.add(next);
                        }
                    }
                }
                if (frontier.isEmpty()) {
                    break;
                }
                int next = Draw.pick(frontier, random);
                owner[next] = cages.size();
                cage.add(next);
            }
            cages.add(cage);
        }
        for (int index = 0; index < cages.size(); index++) {
            List<Integer> cage = cages.get(index);
            if (cage.isEmpty() || cage.size() >= minSize) {
                continue;
            }
            int best = -1;
            for (int cell : cage) {
                for (int next : neighbours(cell, size)) {
                    int other = owner[next];
                    if (other != index && (best < 0 || cages.get(other).size() < cages.get(best).size())
                            && cage.stream().allMatch(member -> fits(cages.get(other), member, values))) {
                        best = other;
                    }
                }
            }
            if (best >= 0) {
                for (int cell : cage) {
                    owner[cell] = best;
                }
                cages.get(best).addAll(cage);
                cage.clear();
            }
        }
        List<int[]> result = new ArrayList<>();
        for (List<Integer> cage : cages) {
            if (!cage.isEmpty()) {
                result.add(cage.stream().mapToInt(Integer::intValue).sorted().toArray());
            }
        }
        result.sort((first, second) -> Integer.compare(first[0], second[0]));
        return result;
    }

    private static boolean fits(List<Integer> cage, int cell, int[] values) {
        return values == null || cage.stream().noneMatch(member -> values[member] == values[cell]);
    }

    /** A random split of a cage into two connected parts, or null when a few tries find none. */
    public static int[][] split(int[] cage, int size, RandomGenerator random) {
        if (cage.length < 2) {
            return null;
        }
        for (int attempt = 0; attempt < 8; attempt++) {
            int target = Draw.between(1, cage.length - 1, random);
            List<Integer> part = new ArrayList<>(List.of(cage[random.nextInt(cage.length)]));
            while (part.size() < target) {
                List<Integer> frontier = new ArrayList<>();
                for (int cell : part) {
                    for (int next : neighbours(cell, size)) {
                        if (contains(cage, next) && !part.contains(next) && !frontier.contains(next)) {
                            frontier.add(next);
                        }
                    }
                }
                part.add(Draw.pick(frontier, random));
            }
            int[] first = part.stream().mapToInt(Integer::intValue).sorted().toArray();
            int[] second = Arrays.stream(cage).filter(cell -> !part.contains(cell)).toArray();
            if (connected(second, size)) {
                return new int[][] {first, second};
            }
        }
        return null;
    }

    /** Whether the cells form one piece through shared edges. */
    public static boolean connected(int[] cells, int size) {
        if (cells.length == 0) {
            return false;
        }
        List<Integer> reached = new ArrayList<>(List.of(cells[0]));
        for (int i = 0; i < reached.size(); i++) {
            for (int next : neighbours(reached.get(i), size)) {
                if (contains(cells, next) && !reached.contains(next)) {
                    reached.add(next);
                }
            }
        }
        return reached.size() == cells.length;
    }

    /** The label of the cage at this index. */
    public static char label(int index) {
        return LABELS.charAt(index);
    }

    /** The grid with each cell written as its cage's label, cells separated by spaces. */
    public static String map(int size, List<int[]> cages) {
        char[] labels = new char[size * size];
        for (int index = 0; index < cages.size(); index++) {
            for (int cell : cages.get(index)) {
                labels[cell] = label(index);
            }
        }
        StringBuilder text = new StringBuilder();
        for (int row = 0; row < size; row++) {
            for (int column = 0; column < size; column++) {
                text.append(column == 0 ? "" : " ").append(labels[row * size + column]);
            }
            text.append(row + 1 < size ? "\n" : "");
        }
        return text.toString();
    }

    /** The up to four cells sharing an edge with this one. */
    public static int[] neighbours(int cell, int size) {
        int row = cell / size;
        int column = cell % size;
        int[] found = new int[4];
        int count = 0;
        if (row > 0) {
            found[count++] = cell - size;
        }
        if (row + 1 < size) {
            found[count++] = cell + size;
        }
        if (column > 0) {
            found[count++] = cell - 1;
        }
        if (column + 1 < size) {
            found[count++] = cell + 1;
        }
        return Arrays.copyOf(found, count);
    }

    private static boolean contains(int[] cells, int cell) {
        for (int member : cells) {
            if (member == cell) {
                return true;
            }
        }
        return false;
    }

    /** The grid as rows of text, each cell written as its cage's label (cages in label order). */
    public static List<String> labelRows(int size, List<int[]> cages) {
        char[] labels = new char[size * size];
        for (int index = 0; index < cages.size(); index++) {
            for (int cell : cages.get(index)) {
                labels[cell] = label(index);
            }
        }
        List<String> rows = new ArrayList<>();
        for (int row = 0; row < size; row++) {
            rows.add(new String(labels, row * size, size));
        }
        return List.copyOf(rows);
    }

    /** A cage's cells for a prompt, numbered from 1: {@code " in cell (2, 3)"} or {@code " in cells (1, 1) (1, 2)"}. */
    public static String cellList(List<Integer> cells, int size) {
        StringBuilder text = new StringBuilder(cells.size() == 1 ? " in cell" : " in cells");
        for (int cell : cells) {
            text.append(" (").append(cell / size + 1).append(", ").append(cell % size + 1).append(')');
        }
        return text.toString();
    }
}
