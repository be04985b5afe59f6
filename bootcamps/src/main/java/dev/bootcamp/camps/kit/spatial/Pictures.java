package dev.bootcamp.camps.kit.spatial;

import dev.bootcamp.api.Score;
import java.util.List;

/** Scoring a grid answer against the one right grid, cell by cell, all or nothing. */
public final class Pictures {
    private Pictures() {}

    /**
     * CORRECT when {@code given} equals {@code gold}; MALFORMED when its shape differs (the detail saying both shapes);
     * otherwise WRONG, the detail counting the differing cells and naming the first (numbered from 1).
     */
    public static Score compare(List<String> gold, List<String> given, String noun) {
        int columns = gold.isEmpty() ? 0 : gold.get(0).length();
        boolean sameShape = given.size() == gold.size() && given.stream().allMatch(row -> row.length() == columns);
        if (!sameShape) {
            int found = given.isEmpty() ? 0 : given.get(0).length();
            return Score.malformed("expected " + noun + " of " + gold.size() + " rows of " + columns + " cells, found " + given.size()
                    + " rows" + (given.isEmpty() ? "" : " (the first of " + found + " cells)"));
        }
        int wrong = 0;
        String first = null;
        for (int row = 0; row < gold.size(); row++) {
            for (int column = 0; column < columns; column++) {
                if (gold.get(row).charAt(column) != given.get(row).charAt(column)) {
                    wrong++;
                    first = first != null ? first : "row " + (row + 1) + ", column " + (column + 1);
                }
            }
        }
        if (wrong == 0) {
            return Score.correct("the " + noun + " is right in every cell");
        }
        return Score.wrong(wrong + " cell" + (wrong == 1 ? "" : "s") + " of the " + noun + " differ, the first at " + first);
    }
}
