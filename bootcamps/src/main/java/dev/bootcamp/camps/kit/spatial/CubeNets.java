package dev.bootcamp.camps.kit.spatial;

import dev.bootcamp.camps.kit.Grid.Cell;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Nets of a cube: six squares joined along sides, folded by rolling a {@link Cube} over them. The cube starts on the
 * first square with face 0 down; rolling onto a neighbouring square puts a new face down, and that face is the one the
 * square becomes when the net is folded around the cube. The net folds into a closed cube exactly when the six squares
 * receive six different faces.
 */
public final class CubeNets {
    private static final int[][] STEPS = {{-1, 0, 'N'}, {1, 0, 'S'}, {0, 1, 'E'}, {0, -1, 'W'}};

    private CubeNets() {}

    /**
     * The cube face (0..5, faces 2k and 2k+1 opposite) each square becomes, in the order of {@code squares}; null when
     * two squares land on the same face (the net overlaps itself and leaves a face open).
     */
    public static List<Integer> fold(List<Cell> squares) {
        Map<Cell, Cube> placed = new HashMap<>();
        List<Cell> queue = new ArrayList<>(List.of(squares.get(0)));
        placed.put(squares.get(0), Cube.identity());
        for (int next = 0; next < queue.size(); next++) {
            Cell cell = queue.get(next);
            for (int[] step : STEPS) {
                Cell neighbour = new Cell(cell.row() + step[0], cell.column() + step[1]);
                if (squares.contains(neighbour) && !placed.containsKey(neighbour)) {
                    placed.put(neighbour, placed.get(cell).roll((char) step[2]));
                    queue.add(neighbour);
                }
            }
        }
        List<Integer> faces = new ArrayList<>();
        for (Cell square : squares) {
            Cube cube = placed.get(square);
            if (cube == null || faces.contains(cube.at(Cube.DOWN))) {
                return null;
            }
            faces.add(cube.at(Cube.DOWN));
        }
        return faces;
    }

    /** A random net of the cube: random six-square shapes are drawn until one folds. */
    public static List<Cell> random(RandomGenerator random) {
        while (true) {
            List<Cell> squares = Shapes.random(6, random);
            if (fold(squares) != null) {
                return squares;
            }
        }
    }
}
