package dev.bootcamp.camps.kit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;

/**
 * The clue-adding loop of generators whose puzzles must have one solution (Futoshiki, Skyscrapers, KenKen, Killer
 * Sudoku). Each round a search looks for a few solutions. When it proves the intended one unique the loop ends; when it
 * finds others, clues are added one at a time, each chosen by the puzzle to rule out as many of them as it can, until
 * none is left; when it finds none but cannot prove uniqueness either (it gave up), the puzzle adds a clue at random.
 */
public final class UniqueClues {
    /** Other solutions sought per round; the clues added rule all of them out. */
    public static final int ALTERNATIVES = 6;

    private UniqueClues() {}

    /** One puzzle's moves, over grids of row-major digits. */
    public interface Moves {
        /** Searches with the clues so far for at most {@code limit} solutions. */
        GridSearch.Result search(int limit);

        /** After a search that gave up without another solution: adds some clue at random; false when none is left. */
        boolean addAny();

        /** Adds the clue that rules out the most of {@code others} (at least one); returns the test a grid must pass to meet it. */
        Predicate<int[]> addBest(List<int[]> others);
    }

    /** Runs at most {@code rounds} rounds; true once the search proves {@code solution} the only one. */
    public static boolean run(int rounds, int[] solution, Moves moves) {
        for (int round = 0; round < rounds; round++) {
            GridSearch.Result result = moves.search(ALTERNATIVES + 1);
            if (result.unique()) {
                return true;
            }
            List<int[]> others = new ArrayList<>(result.solutions());
            others.removeIf(found -> Arrays.equals(found, solution));
            if (others.isEmpty()) {
                if (!moves.addAny()) {
                    return false;
                }
                continue;
            }
            while (!others.isEmpty()) {
                others.removeIf(moves.addBest(others).negate());
            }
        }
        return false;
    }

    /** A random cell where {@code other} differs from {@code solution}: giving it rules {@code other} out. */
    public static int differingCell(int[] solution, int[] other, RandomGenerator random) {
        List<Integer> differing = new ArrayList<>();
        for (int cell = 0; cell < solution.length; cell++) {
            if (other[cell] != solution[cell]) {
                differing.add(cell);
            }
        }
        return Draw.pick(differing, random);
    }
}
