package dev.bootcamp.camps.logic;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What is known of a family: parent links, spouses and sexes (possibly unknown), and the kinship term that links two
 * people. The same code names relations in the generator's full tree and in the family that the puzzle's facts alone
 * imply, which is how the generator proves the facts decide the answer.
 */
final class KinshipFamily {
    final List<TreeSet<Integer>> parents = new ArrayList<>();
    final int[] spouse;
    /** TRUE female, FALSE male, null unknown. */
    final Boolean[] female;
    private final Map<Integer, Map<Integer, Integer>> ancestors = new TreeMap<>();

    KinshipFamily(int people) {
        spouse = new int[people];
        female = new Boolean[people];
        for (int person = 0; person < people; person++) {
            parents.add(new TreeSet<>());
            spouse[person] = -1;
        }
    }

    int size() {
        return spouse.length;
    }

    /**
     * Adds what the rules imply: brothers and sisters share their parents, the spouse of a parent is a parent, and two
     * children of one parent are brothers or sisters. {@code siblings} holds the stated sibling pairs.
     */
    void close(List<int[]> siblings) {
        ancestors.clear();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int[] pair : siblings) {
                changed |= parents.get(pair[0]).addAll(parents.get(pair[1]));
                changed |= parents.get(pair[1]).addAll(parents.get(pair[0]));
            }
            for (int person = 0; person < size(); person++) {
                for (int parent : new ArrayList<>(parents.get(person))) {
                    if (spouse[parent] >= 0) {
                        changed |= parents.get(person).add(spouse[parent]);
                    }
                }
            }
        }
    }

    /** Each ancestor of a person (the person included, at 0) with its number of generations up; cached until {@link #close}. */
    Map<Integer, Integer> ancestors(int person) {
        Map<Integer, Integer> cached = ancestors.get(person);
        if (cached != null) {
            return cached;
        }
        Map<Integer, Integer> distance = new TreeMap<>();
        Deque<Integer> queue = new ArrayDeque<>();
        distance.put(person, 0);
        queue.add(person);
        while (!queue.isEmpty()) {
            int current = queue.poll();
            for (int parent : parents.get(current)) {
                if (!distance.containsKey(parent)) {
                    distance.put(parent, distance.get(current) + 1);
                    queue.add(parent);
                }
            }
        }
        ancestors.put(person, distance);
        return distance;
    }

    /** Generations up from each person to their nearest common ancestor, or null when they share none. */
    int[] blood(int first, int second) {
        Map<Integer, Integer> up = ancestors(first);
        Map<Integer, Integer> other = ancestors(second);
        int[] best = null;
        for (Map.Entry<Integer, Integer> entry : up.entrySet()) {
            Integer distance = other.get(entry.getKey());
            if (distance != null && (best == null || entry.getValue() + distance < best[0] + best[1])) {
                best = new int[] {entry.getValue(), distance};
            }
        }
        return best;
    }

    /**
     * How first is related to second, when the vocabulary has a word for it: the route ({@code spouse}, {@code blood},
     * {@code partner} through second's spouse, or {@code own} through first's spouse) and the relation without sex.
     */
    record Relation(String route, String base) {}

    Relation relation(int first, int second) {
        if (first == second) {
            return null;
        }
        if (spouse[first] == second) {
            return new Relation("spouse", "spouse");
        }
        int[] blood = blood(first, second);
        if (blood != null) {
            String base = bloodTerm(blood[0], blood[1]);
            return base == null ? null : new Relation("blood", base);
        }
        int partner = spouse[second];
        if (partner >= 0) {
            int[] viaPartner = blood(first, partner);
            String base = matches(viaPartner, 0, 1) ? "parent-in-law" : matches(viaPartner, 1, 1) ? "sibling-in-law"
                    : matches(viaPartner, 2, 1) ? "nibling" : null;
            if (base != null) {
                return new Relation("partner", base);
            }
        }
        int own = spouse[first];
        if (own >= 0) {
            int[] viaOwn = blood(own, second);
            String base = matches(viaOwn, 1, 0) ? "child-in-law" : matches(viaOwn, 1, 1) ? "sibling-in-law"
                    : matches(viaOwn, 1, 2) ? "parent-sibling" : null;
            if (base != null) {
                return new Relation("own", base);
            }
        }
        return null;
    }

    /** The term for "first is second's ___", or null when it is not in the vocabulary or first's sex is unknown. */
    String term(int first, int second) {
        Relation relation = relation(first, second);
        Boolean isFemale = female[first];
        return relation == null || isFemale == null ? null : gendered(relation.base(), isFemale);
    }

    private static boolean matches(int[] distances, int up, int down) {
        return distances != null && distances[0] == up && distances[1] == down;
    }

    private static String bloodTerm(int up, int down) {
        return switch (up * 10 + down) {
            case 1 -> "parent";
            case 2 -> "grandparent";
            case 3 -> "great-grandparent";
            case 10 -> "child";
            case 20 -> "grandchild";
            case 30 -> "great-grandchild";
            case 11 -> "sibling";
            case 12 -> "parent-sibling";
            case 13 -> "great-parent-sibling";
            case 21 -> "nibling";
            case 22 -> "cousin";
            default -> null;
        };
    }

    private static String gendered(String base, boolean female) {
        return switch (base) {
            case "parent" -> female ? "mother" : "father";
            case "grandparent" -> female ? "grandmother" : "grandfather";
            case "great-grandparent" -> female ? "great-grandmother" : "great-grandfather";
            case "child" -> female ? "daughter" : "son";
            case "grandchild" -> female ? "granddaughter" : "grandson";
            case "great-grandchild" -> female ? "great-granddaughter" : "great-grandson";
            case "sibling" -> female ? "sister" : "brother";
            case "parent-sibling" -> female ? "aunt" : "uncle";
            case "great-parent-sibling" -> female ? "great-aunt" : "great-uncle";
            case "nibling" -> female ? "niece" : "nephew";
            case "cousin" -> "cousin";
            case "spouse" -> female ? "wife" : "husband";
            case "parent-in-law" -> female ? "mother-in-law" : "father-in-law";
            case "child-in-law" -> female ? "daughter-in-law" : "son-in-law";
            default -> female ? "sister-in-law" : "brother-in-law";
        };
    }
}
