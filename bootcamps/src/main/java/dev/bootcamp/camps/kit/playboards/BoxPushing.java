package dev.bootcamp.camps.kit.playboards;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * Sokoban rules and an exact solver for small rooms with one or two boxes. A room is a row-major string: '#' a wall,
 * '.' a goal, any other character plain floor; the player and the boxes are cell numbers (row * columns + column). The
 * player steps up, right, down or left ({@link Directions}); stepping into a box pushes it one cell on, if that cell is
 * floor without a box. The solver is a breadth-first search over (player, boxes) with one array slot per state, so it
 * finds a shortest solution in moves and is bounded by the room's state count.
 */
public final class BoxPushing {
    /** The most floor cells a solvable room may have. */
    public static final int MAX_FLOOR = 64;

    private BoxPushing() {}

    /**
     * The player and boxes after one step in direction {@code d}: {player, box, box...} with the boxes sorted, or null
     * when the step is blocked (a wall, or a box that cannot move).
     */
    public static int[] step(String room, int columns, int player, int[] boxes, int d) {
        int target = neighbour(room, columns, player, d);
        if (target < 0) {
            return null;
        }
        int[] moved = boxes.clone();
        int pushed = indexOf(boxes, target);
        if (pushed >= 0) {
            int beyond = neighbour(room, columns, target, d);
            if (beyond < 0 || indexOf(boxes, beyond) >= 0) {
                return null;
            }
            moved[pushed] = beyond;
            Arrays.sort(moved);
        }
        int[] result = new int[moved.length + 1];
        result[0] = target;
        System.arraycopy(moved, 0, result, 1, moved.length);
        return result;
    }

    /** The cell next to {@code cell} in direction {@code d}, or -1 when it is a wall or off the room. */
    public static int neighbour(String room, int columns, int cell, int d) {
        int row = cell / columns + Directions.ROW_STEP[d];
        int column = cell % columns + Directions.COLUMN_STEP[d];
        int rows = room.length() / columns;
        if (row < 0 || row >= rows || column < 0 || column >= columns || room.charAt(row * columns + column) == '#') {
            return -1;
        }
        return row * columns + column;
    }

    /** Whether every box stands on a goal. */
    public static boolean solved(String room, int[] boxes) {
        for (int box : boxes) {
            if (room.charAt(box) != '.') {
                return false;
            }
        }
        return true;
    }

    /**
     * A shortest solution as direction numbers, or null when there is none. Rooms have at most {@value #MAX_FLOOR}
     * floor cells and one or two boxes.
     */
    public static int[] solve(String room, int columns, int player, int[] boxes) {
        Space space = new Space(room, columns, boxes.length);
        int[] parent = new int[space.states];
        Arrays.fill(parent, -1);
        byte[] move = new byte[space.states];
        int[] queue = new int[space.states];
        int start = space.key(space.index[player], space.index[boxes[0]], boxes.length == 2 ? space.index[boxes[1]] : -1);
        parent[start] = start;
        queue[0] = start;
        int tail = 1;
        for (int head = 0; head < tail; head++) {
            int key = queue[head];
            int p = key % space.floor;
            int b1 = key / space.floor % space.floor;
            int b2 = boxes.length == 2 ? key / space.floor / space.floor : -1;
            if (space.goal[b1] && (b2 < 0 || space.goal[b2])) {
                return path(parent, move, start, key);
            }
            for (int d = 0; d < 4; d++) {
                int next = space.push(p, b1, b2, d);
                if (next >= 0 && parent[next] < 0) {
                    parent[next] = key;
                    move[next] = (byte) d;
                    queue[tail++] = next;
                }
            }
        }
        return null;
    }

    /**
     * A position drawn uniformly from those whose shortest solution has exactly {@code distance} moves (or, when no
     * position is that far, from the farthest ones), by one breadth-first search backwards from every solved position
     * (boxes on {@code goals}, the player on any free cell), where a backward move is a step or a pull. Returns
     * {distance, player, box, box...} with the boxes sorted.
     */
    public static int[] drawAt(String room, int columns, int[] goals, int distance, RandomGenerator random) {
        Space space = new Space(room, columns, goals.length);
        byte[] depth = new byte[space.states];
        Arrays.fill(depth, (byte) -1);
        int[] queue = new int[space.states];
        int tail = 0;
        int g1 = space.index[goals[0]];
        int g2 = goals.length == 2 ? space.index[goals[1]] : -1;
        for (int p = 0; p < space.floor; p++) {
            if (p != g1 && p != g2) {
                int key = space.key(p, g1, g2);
                depth[key] = 0;
                queue[tail++] = key;
            }
        }
        int layerStart = 0;
        int layerEnd = tail;
        for (int head = 0; head < tail; head++) {
            int key = queue[head];
            if (depth[key] >= Math.min(distance, Byte.MAX_VALUE - 1)) {
                break;
            }
            int p = key % space.floor;
            int b1 = key / space.floor % space.floor;
            int b2 = goals.length == 2 ? key / space.floor / space.floor : -1;
            for (int d = 0; d < 4; d++) {
                int target = space.next[p * 4 + d];
                if (target < 0 || target == b1 || target == b2) {
                    continue;
                }
                tail = offer(depth, queue, tail, key, space.key(target, b1, b2));
                int behind = space.next[p * 4 + (d + 2) % 4];
                if (behind >= 0 && behind == b1) {
                    tail = offer(depth, queue, tail, key, space.key(target, p, b2));
                } else if (behind >= 0 && behind == b2) {
                    tail = offer(depth, queue, tail, key, space.key(target, b1, p));
                }
            }
            if (head + 1 == layerEnd && tail > layerEnd) {
                layerStart = layerEnd;
                layerEnd = tail;
            }
        }
        int chosen = queue[layerStart + random.nextInt(layerEnd - layerStart)];
        int p = chosen % space.floor;
        int b1 = chosen / space.floor % space.floor;
        if (goals.length == 1) {
            return new int[] {depth[chosen], space.cellOf[p], space.cellOf[b1]};
        }
        int b2 = chosen / space.floor / space.floor;
        return new int[] {depth[chosen], space.cellOf[p], space.cellOf[b1], space.cellOf[b2]};
    }

    private static int offer(byte[] depth, int[] queue, int tail, int from, int key) {
        if (depth[key] < 0) {
            depth[key] = (byte) (depth[from] + 1);
            queue[tail++] = key;
        }
        return tail;
    }

    /** A room's floor cells numbered in row-major order, with their neighbours; states are keyed player + floor * boxes. */
    private static final class Space {
        final int[] index;
        final int[] cellOf;
        final int floor;
        final int[] next;
        final boolean[] goal;
        final int states;
        final boolean two;

        Space(String room, int columns, int boxes) {
            index = new int[room.length()];
            int count = 0;
            for (int cell = 0; cell < room.length(); cell++) {
                index[cell] = room.charAt(cell) == '#' ? -1 : count++;
            }
            if (count > MAX_FLOOR || boxes < 1 || boxes > 2) {
                throw new IllegalArgumentException("the solver takes up to " + MAX_FLOOR + " floor cells and 1 or 2 boxes, found "
                        + count + " and " + boxes);
            }
            floor = count;
            two = boxes == 2;
            cellOf = new int[floor];
            goal = new boolean[floor];
            next = new int[floor * 4];
            for (int cell = 0; cell < room.length(); cell++) {
                if (index[cell] >= 0) {
                    cellOf[index[cell]] = cell;
                    goal[index[cell]] = room.charAt(cell) == '.';
                    for (int d = 0; d < 4; d++) {
                        int near = neighbour(room, columns, cell, d);
                        next[index[cell] * 4 + d] = near < 0 ? -1 : index[near];
                    }
                }
            }
            states = two ? floor * floor * floor : floor * floor;
        }

        /** The key of a state; the two boxes in either order. */
        int key(int player, int b1, int b2) {
            if (!two) {
                return player + floor * b1;
            }
            return player + floor * (Math.min(b1, b2) + floor * Math.max(b1, b2));
        }

        /** The key after stepping in direction d, or -1 when blocked. */
        int push(int player, int b1, int b2, int d) {
            int target = next[player * 4 + d];
            if (target < 0) {
                return -1;
            }
            if (target != b1 && target != b2) {
                return key(target, b1, b2);
            }
            int beyond = next[target * 4 + d];
            if (beyond < 0 || beyond == b1 || beyond == b2) {
                return -1;
            }
            return target == b1 ? key(target, beyond, b2) : key(target, b1, beyond);
        }
    }

    private static int[] path(int[] parent, byte[] move, int start, int end) {
        int length = 0;
        for (int key = end; key != start; key = parent[key]) {
            length++;
        }
        int[] path = new int[length];
        for (int key = end; key != start; key = parent[key]) {
            path[--length] = move[key];
        }
        return path;
    }

    private static int indexOf(int[] values, int value) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == value) {
                return i;
            }
        }
        return -1;
    }
}
