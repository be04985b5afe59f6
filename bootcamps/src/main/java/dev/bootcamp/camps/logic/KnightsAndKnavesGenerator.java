package dev.bootcamp.camps.logic;

import static dev.bootcamp.camps.logic.KnightsAndKnavesBootcamp.isKnight;

import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.logic.KnightsAndKnavesBootcamp.Claim;
import dev.bootcamp.camps.logic.KnightsAndKnavesBootcamp.Puzzle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Makes knights-and-knaves puzzles whose unique solution is proved with truth tables over all assignments (set
 * algebra on bitsets), a method independent of the bootcamp's counter, which evaluates each assignment in turn.
 */
final class KnightsAndKnavesGenerator {
    private static final List<String> NAMES = List.of("Alice", "Bruno", "Carmen", "Dmitri", "Elena", "Felix", "Greta",
            "Hugo", "Ingrid", "Jonas", "Kira", "Leon", "Mira", "Nadia", "Oscar", "Priya", "Quentin", "Rosa", "Soren",
            "Tara", "Umar", "Vera", "Walter", "Ximena", "Yusuf", "Zora");

    private KnightsAndKnavesGenerator() {}

    static Puzzle generate(int people, int depth, RandomGenerator random) {
        Tables tables = new Tables(people);
        while (true) {
            Puzzle puzzle = attempt(people, depth, tables, random);
            if (puzzle != null) {
                return puzzle;
            }
        }
    }

    /**
     * Draws statements true or false according to a hidden assignment, then redraws one statement at a time, keeping
     * a redraw unless it lets more assignments through, until only the hidden one is consistent; null when stuck.
     * One islander's statement always reaches the full depth, so the depth knob always shows.
     */
    private static Puzzle attempt(int people, int depth, Tables tables, RandomGenerator random) {
        int hidden = random.nextInt(1 << people);
        int deepest = random.nextInt(people);
        List<Claim> statements = new ArrayList<>();
        List<long[]> agreements = new ArrayList<>();
        for (int speaker = 0; speaker < people; speaker++) {
            Claim claim = truthful(speaker, hidden, people, depth, speaker == deepest, tables, random);
            statements.add(claim);
            agreements.add(tables.agreement(speaker, claim));
        }
        long consistent = tables.countConsistent(agreements);
        for (int round = 0; round < 40 * people && consistent > 1; round++) {
            int speaker = random.nextInt(people);
            Claim claim = truthful(speaker, hidden, people, depth, speaker == deepest, tables, random);
            long[] previous = agreements.set(speaker, tables.agreement(speaker, claim));
            long count = tables.countConsistent(agreements);
            if (count <= consistent) {
                statements.set(speaker, claim);
                consistent = count;
            } else {
                agreements.set(speaker, previous);
            }
        }
        if (consistent != 1) {
            return null;
        }
        List<String> names = new ArrayList<>(Draw.sample(NAMES, people, random));
        names.sort(Comparator.naturalOrder());
        List<Boolean> knights = new ArrayList<>();
        for (int person = 0; person < people; person++) {
            knights.add(isKnight(hidden, person));
        }
        return new Puzzle(names, statements, knights);
    }

    /** A random informative statement the speaker can make under the hidden assignment: true for a knight, false for a knave. */
    private static Claim truthful(int speaker, int hidden, int people, int depth, boolean deep, Tables tables, RandomGenerator random) {
        boolean knight = isKnight(hidden, speaker);
        while (true) {
            Claim claim = draw(speaker, people, depth, deep, random);
            long[] truth = tables.truth(claim);
            if (Tables.get(truth, hidden) == knight && tables.informative(speaker, truth)) {
                return claim;
            }
        }
    }

    /** A statement nested at most {@code depth} deep, or exactly that deep when {@code deep}. */
    private static Claim draw(int speaker, int people, int depth, boolean deep, RandomGenerator random) {
        if (depth >= 2 && (deep || random.nextBoolean())) {
            boolean conditional = random.nextBoolean() && (depth == 2 || !deep);
            if (conditional) {
                return new Claim("if", List.of(), false, 0, List.of(plain(people, random), plain(people, random)));
            }
            int other = (speaker + 1 + random.nextInt(people - 1)) % people;
            return new Claim("says", List.of(other), false, 0, List.of(draw(speaker, people, depth - 1, deep, random)));
        }
        return plain(people, random);
    }

    private static Claim plain(int people, RandomGenerator random) {
        int[] order = Draw.permutation(people, random);
        List<Integer> pair = order[0] < order[1] ? List.of(order[0], order[1]) : List.of(order[1], order[0]);
        boolean knight = random.nextBoolean();
        return switch (random.nextInt(7)) {
            case 0, 1 -> new Claim("is", List.of(order[0]), knight, 0, List.of());
            case 2 -> new Claim("both", pair, knight, 0, List.of());
            case 3 -> new Claim("some", pair, knight, 0, List.of());
            case 4 -> new Claim("same", pair, false, 0, List.of());
            case 5 -> new Claim("different", pair, false, 0, List.of());
            default -> {
                int size = Draw.between(2, people, random);
                List<Integer> group = new ArrayList<>();
                for (int i = 0; i < size; i++) {
                    group.add(order[i]);
                }
                group.sort(Comparator.naturalOrder());
                yield new Claim("exactly", group, knight, Draw.between(1, size - 1, random), List.of());
            }
        };
    }

    /**
     * Truth tables over all 2^n assignments, one bit per assignment (bit i of an assignment set when islander i is a
     * knight), built by set algebra: the generator's way of counting consistent assignments.
     */
    private static final class Tables {
        private final long[] all;
        private final long[][] knights;

        Tables(int people) {
            int size = 1 << people;
            int words = Math.max(1, size >>> 6);
            all = new long[words];
            knights = new long[people][words];
            for (int assignment = 0; assignment < size; assignment++) {
                set(all, assignment);
                for (int person = 0; person < people; person++) {
                    if (isKnight(assignment, person)) {
                        set(knights[person], assignment);
                    }
                }
            }
        }

        /** The assignments under which the speaker may make the claim: it is true exactly when the speaker is a knight. */
        long[] agreement(int speaker, Claim claim) {
            return equal(knights[speaker], truth(claim));
        }

        /** False for a claim that is always true, always false, or (like "I am a knight") rules nothing out. */
        boolean informative(int speaker, long[] truth) {
            return !Arrays.equals(truth, all) && !Arrays.equals(truth, new long[all.length])
                    && !Arrays.equals(equal(knights[speaker], truth), all);
        }

        long countConsistent(List<long[]> agreements) {
            long count = 0;
            for (int word = 0; word < all.length; word++) {
                long bits = all[word];
                for (long[] agreement : agreements) {
                    bits &= agreement[word];
                }
                count += Long.bitCount(bits);
            }
            return count;
        }

        long[] truth(Claim claim) {
            List<Integer> people = claim.people();
            return switch (claim.form()) {
                case "is" -> kind(people.get(0), claim.knight());
                case "both" -> and(kind(people.get(0), claim.knight()), kind(people.get(1), claim.knight()));
                case "some" -> not(and(kind(people.get(0), !claim.knight()), kind(people.get(1), !claim.knight())));
                case "same" -> equal(knights[people.get(0)], knights[people.get(1)]);
                case "different" -> not(equal(knights[people.get(0)], knights[people.get(1)]));
                case "exactly" -> exactly(people, claim.knight(), claim.count());
                case "if" -> not(and(truth(claim.parts().get(0)), not(truth(claim.parts().get(1)))));
                case "says" -> equal(knights[people.get(0)], truth(claim.parts().get(0)));
                default -> throw new IllegalArgumentException("unknown statement form '" + claim.form() + "'");
            };
        }

        /** Counting by dynamic programming over tables: {@code tallies[j]} holds where exactly j so far are of the kind. */
        private long[] exactly(List<Integer> people, boolean knight, int count) {
            long[][] tallies = new long[count + 2][];
            tallies[0] = all.clone();
            for (int j = 1; j < tallies.length; j++) {
                tallies[j] = new long[all.length];
            }
            for (int person : people) {
                long[] of = kind(person, knight);
                for (int j = tallies.length - 1; j >= 0; j--) {
                    long[] stay = and(tallies[j], not(of));
                    tallies[j] = j == 0 ? stay : or(stay, and(tallies[j - 1], of));
                }
            }
            return tallies[count];
        }

        private long[] kind(int person, boolean knight) {
            return knight ? knights[person] : not(knights[person]);
        }

        private long[] not(long[] table) {
            long[] result = new long[all.length];
            for (int word = 0; word < all.length; word++) {
                result[word] = ~table[word] & all[word];
            }
            return result;
        }

        private long[] and(long[] left, long[] right) {
            long[] result = new long[all.length];
            for (int word = 0; word < all.length; word++) {
                result[word] = left[word] & right[word];
            }
            return result;
        }

        private long[] or(long[] left, long[] right) {
            long[] result = new long[all.length];
            for (int word = 0; word < all.length; word++) {
                result[word] = left[word] | right[word];
            }
            return result;
        }

        private long[] equal(long[] left, long[] right) {
            long[] result = new long[all.length];
            for (int word = 0; word < all.length; word++) {
                result[word] = ~(left[word] ^ right[word]) & all[word];
            }
            return result;
        }

        static boolean get(long[] table, int assignment) {
            return (table[assignment >>> 6] >>> (assignment & 63) & 1) == 1;
        }

        private static void set(long[] table, int assignment) {
            table[assignment >>> 6] |= 1L << (assignment & 63);
        }
    }
}
