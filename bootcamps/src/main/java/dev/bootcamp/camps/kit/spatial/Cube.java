package dev.bootcamp.camps.kit.spatial;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A cube standing on a table, its six faces numbered 0..5, tracked through rolls over its edges and turns about its
 * vertical axis. Positions are compass sides: {@link #UP}, {@link #DOWN}, {@link #NORTH}, {@link #SOUTH}, {@link #EAST},
 * {@link #WEST}; north is "away from the viewer" and south "toward the viewer" where a prompt speaks of front and back.
 * Immutable.
 */
public final class Cube {
    public static final int UP = 0;
    public static final int DOWN = 1;
    public static final int NORTH = 2;
    public static final int SOUTH = 3;
    public static final int EAST = 4;
    public static final int WEST = 5;
    /** Names of the positions, indexed like the constants. */
    public static final List<String> POSITIONS = List.of("up", "down", "north", "south", "east", "west");

    private final int[] faces;

    private Cube(int[] faces) {
        this.faces = faces;
    }

    /** Face i at position i. */
    public static Cube identity() {
        return new Cube(new int[] {0, 1, 2, 3, 4, 5});
    }

    /** The cube with {@code faces[p]} at position p; the array must be a permutation of 0..5. */
    public static Cube of(int... faces) {
        int[] copy = faces.clone();
        int[] sorted = copy.clone();
        Arrays.sort(sorted);
        if (!Arrays.equals(sorted, new int[] {0, 1, 2, 3, 4, 5})) {
            throw new IllegalArgumentException("a cube needs the faces 0..5 once each, found " + Arrays.toString(faces));
        }
        return new Cube(copy);
    }

    /** The face at a position. */
    public int at(int position) {
        return faces[position];
    }

    /** The position of a face. */
    public int positionOf(int face) {
        for (int position = 0; position < 6; position++) {
            if (faces[position] == face) {
                return position;
            }
        }
        throw new IllegalArgumentException("no face " + face);
    }

    /** The position opposite another: up and down, north and south, east and west. */
    public static int opposite(int position) {
        return position ^ 1;
    }

    /**
     * Tips the cube over its bottom edge on side {@code direction} (one of N, E, S, W): rolling north, the top face turns
     * to the north, the north face to the bottom, the bottom to the south and the south face to the top.
     */
    public Cube roll(char direction) {
        return switch (direction) {
            case 'N' -> cycle(UP, NORTH, DOWN, SOUTH);
            case 'S' -> cycle(UP, SOUTH, DOWN, NORTH);
            case 'E' -> cycle(UP, EAST, DOWN, WEST);
            case 'W' -> cycle(UP, WEST, DOWN, EAST);
            default -> throw new IllegalArgumentException("no roll direction '" + direction + "'");
        };
    }

    /** A quarter turn about the vertical axis, clockwise as seen from above: the north face turns to the east. */
    public Cube spinClockwise() {
        return cycle(NORTH, EAST, SOUTH, WEST);
    }

    /** All 24 orientations of this cube, this one first, the rest in a fixed order (reached by rolls north and east). */
    public List<Cube> orientations() {
        List<Cube> all = new ArrayList<>(24);
        all.add(this);
        for (int next = 0; next < all.size(); next++) {
            for (Cube turned : List.of(all.get(next).roll('N'), all.get(next).roll('E'))) {
                if (!all.contains(turned)) {
                    all.add(turned);
                }
            }
        }
        return all;
    }

    /** The face at a's position moves to b, b's to c, c's to d and d's to a. */
    private Cube cycle(int a, int b, int c, int d) {
        int[] next = faces.clone();
        next[b] = faces[a];
        next[c] = faces[b];
        next[d] = faces[c];
        next[a] = faces[d];
        return new Cube(next);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Cube cube && Arrays.equals(cube.faces, faces);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(faces);
    }

    @Override
    public String toString() {
        return Arrays.toString(faces);
    }
}
