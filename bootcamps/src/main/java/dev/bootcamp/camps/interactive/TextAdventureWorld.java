package dev.bootcamp.camps.interactive;

import dev.bootcamp.camps.kit.Draw;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * The generated world of {@link TextAdventureBootcamp}: rooms on a grid joined as a tree (so north of one room means
 * south of the other), the treasure in the room farthest from the entrance, and locked doors on the way to it, each
 * key lying where the doors before it let the player reach.
 */
final class TextAdventureWorld {
    static final String[] DIRECTIONS = {"north", "east", "south", "west"};
    static final List<String> ROOMS = List.of("library", "kitchen", "cellar", "attic", "pantry", "chapel", "armoury", "gallery",
            "study", "ballroom", "larder", "scullery", "vault", "crypt", "tower", "garden", "courtyard", "stable", "workshop",
            "observatory", "nursery", "parlour", "dungeon", "greenhouse", "laundry", "smithy", "granary", "guardroom", "storeroom",
            "music room", "map room", "trophy room", "bell tower", "wine cellar", "throne room", "well house", "lookout", "bathhouse",
            "kennel", "mill");
    static final List<String> COLOURS = List.of("red", "blue", "green", "yellow", "white", "black", "silver", "golden");
    private static final int[] ROW_STEP = {-1, 0, 1, 0};
    private static final int[] COLUMN_STEP = {0, 1, 0, -1};

    private TextAdventureWorld() {}

    /** A fresh world: the start state of an episode, with the turn limit still 0. */
    static TextAdventureBootcamp.State generate(int roomCount, int lockCount, RandomGenerator random) {
        Map<Long, Integer> at = new HashMap<>();
        List<int[]> cells = new ArrayList<>();
        List<Integer> links = new ArrayList<>();
        cells.add(new int[] {0, 0});
        at.put(0L, 0);
        for (int d = 0; d < 4; d++) {
            links.add(-1);
        }
        while (cells.size() < roomCount) {
            int from = random.nextInt(cells.size());
            int d = random.nextInt(4);
            int row = cells.get(from)[0] + ROW_STEP[d];
            int column = cells.get(from)[1] + COLUMN_STEP[d];
            long key = ((long) row << 32) ^ (column & 0xffffffffL);
            if (at.containsKey(key)) {
                continue;
            }
            int room = cells.size();
            at.put(key, room);
            cells.add(new int[] {row, column});
            for (int k = 0; k < 4; k++) {
                links.add(-1);
            }
            links.set(from * 4 + d, room);
            links.set(room * 4 + (d + 2) % 4, from);
        }
        List<String> names = new ArrayList<>();
        names.add("entrance hall");
        names.addAll(Draw.sample(ROOMS, roomCount - 1, random));
        int[] parent = new int[roomCount];
        int[] depth = new int[roomCount];
        int treasure = tree(links, roomCount, parent, depth);
        List<Integer> path = new ArrayList<>();
        for (int room = treasure; room != 0; room = parent[room]) {
            path.add(0, room);
        }
        int locks = Math.min(lockCount, path.size());
        List<Integer> doorRooms = new ArrayList<>(Draw.sample(path, locks, random));
        doorRooms.sort((a, b) -> Integer.compare(depth[a], depth[b]));
        List<Integer> lockAt = new ArrayList<>();
        for (int i = 0; i < roomCount * 4; i++) {
            lockAt.add(-1);
        }
        List<Integer> keyRooms = new ArrayList<>();
        for (int colour = 0; colour < locks; colour++) {
            int inner = doorRooms.get(colour);
            int outer = parent[inner];
            for (int d = 0; d < 4; d++) {
                if (links.get(outer * 4 + d) == inner) {
                    lockAt.set(outer * 4 + d, colour);
                    lockAt.set(inner * 4 + (d + 2) % 4, colour);
                }
            }
            List<Integer> region = reachable(links, lockAt, 0, colour);
            keyRooms.add(Draw.pick(region, random));
        }
        return new TextAdventureBootcamp.State(names, links, lockAt, keyRooms, List.of(), treasure, false, 0, List.of(0), 0);
    }

    /** Fills parent and depth from the entrance (room 0); returns the deepest room (the first found at that depth). */
    private static int tree(List<Integer> links, int rooms, int[] parent, int[] depth) {
        java.util.Arrays.fill(depth, -1);
        depth[0] = 0;
        Deque<Integer> queue = new ArrayDeque<>(List.of(0));
        int last = 0;
        while (!queue.isEmpty()) {
            last = queue.poll();
            for (int d = 0; d < 4; d++) {
                int next = links.get(last * 4 + d);
                if (next >= 0 && depth[next] < 0) {
                    depth[next] = depth[last] + 1;
                    parent[next] = last;
                    queue.add(next);
                }
            }
        }
        return last;
    }

    /** Rooms reachable from {@code from} through open ways, where locked doors of colour at least {@code closedFrom} are shut. */
    static List<Integer> reachable(List<Integer> links, List<Integer> lockAt, int from, int closedFrom) {
        List<Integer> seen = new ArrayList<>(List.of(from));
        Deque<Integer> queue = new ArrayDeque<>(List.of(from));
        while (!queue.isEmpty()) {
            int room = queue.poll();
            for (int d = 0; d < 4; d++) {
                int next = links.get(room * 4 + d);
                if (next >= 0 && lockAt.get(room * 4 + d) < closedFrom && !seen.contains(next)) {
                    seen.add(next);
                    queue.add(next);
                }
            }
        }
        return seen;
    }
}
