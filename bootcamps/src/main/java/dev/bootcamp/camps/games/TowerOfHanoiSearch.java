package dev.bootcamp.camps.games;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** Shortest Tower of Hanoi solutions for any number of pegs, from any legal position to any other. */
final class TowerOfHanoiSearch {
    private static final String PEGS = "ABCD";

    private TowerOfHanoiSearch() {}

    /** Breadth-first search over all positions, encoded with one base-{@code pegs} digit per disk. */
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
        int[] parent = new int[power[disks]];
        Arrays.fill(parent, -1);
        parent[origin] = origin;
        int[] queue = new int[power[disks]];
        int head = 0;
        int tail = 0;
        queue[tail++] = origin;
        int[] tops = new int[pegs];
        while (head < tail && parent[target] < 0) {
            int code = queue[head++];
            Arrays.fill(tops, disks);
            for (int disk = disks - 1; disk >= 0; disk--) {
                tops[code / power[disk] % pegs] = disk;
            }
            for (int from = 0; from < pegs; from++) {
                for (int to = 0; to < pegs; to++) {
                    if (from == to || tops[from] == disks || tops[to] < tops[from]) {
                        continue;
                    }
                    int next = code + (to - from) * power[tops[from]];
                    if (parent[next] < 0) {
                        parent[next] = code;
                        queue[tail++] = next;
                    }
                }
            }
        }
        List<String> moves = new ArrayList<>();
        for (int code = target; code != origin; code = parent[code]) {
            int previous = parent[code];
            int difference = code - previous;
            int disk = 0;
            while (difference % power[disk + 1] == 0) {
                disk++;
            }
            moves.add(PEGS.charAt(previous / power[disk] % pegs) + "->" + PEGS.charAt(code / power[disk] % pegs));
        }
        Collections.reverse(moves);
        return moves;
    }
}
