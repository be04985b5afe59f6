package dev.bootcamp.camps.games;

import dev.bootcamp.camps.kit.StateSearch;
import java.util.Arrays;
import java.util.List;

/** Shortest Tower of Hanoi solutions for any number of pegs, from any legal position to any other. */
final class TowerOfHanoiSearch {
    private static final String PEGS = "ABCD";

    private TowerOfHanoiSearch() {}

    /** Breadth-first search over all positions, encoded with one base-{@code pegs} digit per disk; moves are 4 * from + to. */
    static List<String> shortest(int pegs, List<Integer> start, List<Integer> goal) {
        int disks = start.size();
        int[] power = new int[disks + 1];
        power[0] = 1;
        for (int disk = 0; disk < disks; disk++) {
            power[disk + 1] = power[disk] * pegs;
        }
        int origin = 0;
        int target = 0;
        for (int disk = 0; disk < disks; disk++) {
            origin += start.get(disk) * power[disk];
            target += goal.get(disk) * power[disk];
        }
        int[] tops = new int[pegs];
        StateSearch search = StateSearch.until(power[disks], origin, target, (code, step) -> {
            Arrays.fill(tops, disks);
            for (int disk = disks - 1; disk >= 0; disk--) {
                tops[code / power[disk] % pegs] = disk;
            }
            for (int from = 0; from < pegs; from++) {
                for (int to = 0; to < pegs; to++) {
                    if (from != to && tops[from] != disks && tops[to] > tops[from]) {
                        step.to(code + (to - from) * power[tops[from]], 4 * from + to);
                    }
                }
            }
        });
        return search.path(target).stream().map(move -> PEGS.charAt(move[1] / 4) + "->" + PEGS.charAt(move[1] % 4)).toList();
    }
}
