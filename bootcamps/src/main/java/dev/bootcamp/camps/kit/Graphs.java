package dev.bootcamp.camps.kit;

import static java.util.Objects.requireNonNull;

import dev.bootcamp.api.AnswerFormatException;
import dev.bootcamp.api.Score;
import dev.bootcamp.verify.Answers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.random.RandomGenerator;

/**
 * Graphs for the graph bootcamps: node names (letters A..Z up to 26 nodes, numbers 1, 2, 3... beyond), random trees
 * and edges, the edge list of a prompt, and readers for the answers (node lists, pairs, groups, node=value lists).
 */
public final class Graphs {
    public static final int LETTERS = 26;
    /** Node names in the order they are listed: letters alphabetically, numbers by value. */
    public static final Comparator<String> NODE_ORDER = Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder());
    /** Characters read as separators between node names, besides whitespace, commas and semicolons. */
    private static final String SEPARATORS = "->=[](){}\"'`\u2192\u21d2\u27f6\u2013\u2014\u2194";
    private static final String GROUP_ENDS = "\n\r;|)]}";
    private static final String GROUP_SEPARATORS = ",([{\"'`.";
    private static final String LABEL_ENDS = ":=";

    private Graphs() {}

    /** An edge between two named nodes; one-way from {@code from} to {@code to} where the graph is directed. */
    public record Edge(String from, String to, int weight) {
        public Edge {
            requireNonNull(from, "from is null");
            requireNonNull(to, "to is null");
            if (weight < 1) {
                throw new IllegalArgumentException("an edge weight must be at least 1, found " + weight);
            }
        }
    }

    /** The name of node {@code index} (from 0) in a graph of {@code count} nodes. */
    public static String name(int index, int count) {
        return count <= LETTERS ? String.valueOf((char) ('A' + index)) : String.valueOf(index + 1);
    }

    public static List<String> names(int count) {
        List<String> names = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            names.add(name(i, count));
        }
        return names;
    }

    /** The index of a node name in a graph of {@code count} nodes, or -1 when no node has that name. */
    public static int index(String name, int count) {
        if (count <= LETTERS) {
            if (name.length() != 1 || name.charAt(0) < 'A' || name.charAt(0) >= 'A' + count) {
                return -1;
            }
            return name.charAt(0) - 'A';
        }
        if (name.isEmpty() || name.length() > 9 || name.charAt(0) == '0') {
            return -1;
        }
        int value = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value >= 1 && value <= count ? value - 1 : -1;
    }

    /** "A, B, C and D": every node of the graph, so that nodes without edges are not overlooked. */
    public static String listing(int count) {
        List<String> names = names(count);
        return String.join(", ", names.subList(0, count - 1)) + " and " + names.get(count - 1);
    }

    /**
     * The edges of a weight matrix ({@code weight[u][v]} is 0 where there is no edge), sorted by their first node and
     * then their second; an undirected edge names its earlier node first.
     */
    public static List<Edge> edges(int[][] weight, boolean directed) {
        int count = weight.length;
        List<Edge> edges = new ArrayList<>();
        for (int u = 0; u < count; u++) {
            for (int v = directed ? 0 : u + 1; v < count; v++) {
                if (weight[u][v] > 0) {
                    edges.add(new Edge(name(u, count), name(v, count), weight[u][v]));
                }
            }
        }
        return edges;
    }

    /** The weight matrix of an edge list over {@code count} nodes (0 where there is no edge). */
    public static int[][] matrix(int count, List<Edge> edges, boolean directed) {
        int[][] weight = new int[count][count];
        for (Edge edge : edges) {
            int from = index(edge.from(), count);
            int to = index(edge.to(), count);
            weight[from][to] = edge.weight();
            if (!directed) {
                weight[to][from] = edge.weight();
            }
        }
        return weight;
    }

    /** Adjacency lists of a weight matrix, each in node order. */
    public static int[][] neighbours(int[][] weight) {
        int count = weight.length;
        int[][] lists = new int[count][];
        int[] buffer = new int[count];
        for (int u = 0; u < count; u++) {
            int size = 0;
            for (int v = 0; v < count; v++) {
                if (weight[u][v] > 0) {
                    buffer[size++] = v;
                }
            }
            lists[u] = Arrays.copyOf(buffer, size);
        }
        return lists;
    }

    /** Breadth-first search over a weight matrix: each node's number of edges from the source, -1 where unreachable. */
    public static int[] distances(int[][] weight, int source) {
        return search(weight, source)[0];
    }

    /** The nodes of a path with fewest edges from {@code source} to {@code target}, or an empty list when none exists. */
    public static List<Integer> path(int[][] weight, int source, int target) {
        int[] parent = search(weight, source)[1];
        if (target != source && parent[target] < 0) {
            return List.of();
        }
        List<Integer> path = new ArrayList<>();
        for (int node = target; node != source; node = parent[node]) {
            path.add(node);
        }
        path.add(source);
        Collections.reverse(path);
        return path;
    }

    /** Distances and parents of a breadth-first search; neighbours are taken in node order. */
    private static int[][] search(int[][] weight, int source) {
        int count = weight.length;
        int[] distance = new int[count];
        int[] parent = new int[count];
        Arrays.fill(distance, -1);
        Arrays.fill(parent, -1);
        int[] queue = new int[count];
        int head = 0;
        int tail = 0;
        queue[tail++] = source;
        distance[source] = 0;
        while (head < tail) {
            int node = queue[head++];
            for (int next = 0; next < count; next++) {
                if (weight[node][next] > 0 && distance[next] < 0) {
                    distance[next] = distance[node] + 1;
                    parent[next] = node;
                    queue[tail++] = next;
                }
            }
        }
        return new int[][] {distance, parent};
    }

    /** One edge per line: "X - Y" (or "X -> Y" when directed), followed by ": w" when weighted. */
    public static void appendEdges(StringBuilder text, List<Edge> edges, boolean directed, boolean weighted) {
        String arrow = directed ? " -> " : " - ";
        for (Edge edge : edges) {
            text.append(edge.from()).append(arrow).append(edge.to());
            if (weighted) {
                text.append(": ").append(edge.weight());
            }
            text.append('\n');
        }
    }

    /** A random tree on nodes 0..count-1 with a random root; see {@link #randomTree(int[], int, RandomGenerator)}. */
    public static int[][] randomTree(int count, int window, RandomGenerator random) {
        return randomTree(Draw.permutation(count, random), window, random);
    }

    /**
     * A random tree on the nodes of {@code order}, rooted at {@code order[0]}, as {parent, child} pairs: each node hangs
     * from one of the {@code window} nodes just before it in the order, so a window of 1 gives a path and a window of at
     * least the node count a random recursive tree (shallow). Parents come before their children in the list.
     */
    public static int[][] randomTree(int[] order, int window, RandomGenerator random) {
        int[][] pairs = new int[Math.max(0, order.length - 1)][];
        for (int i = 1; i < order.length; i++) {
            int reach = Math.min(i, Math.max(1, window));
            pairs[i - 1] = new int[] {order[i - 1 - random.nextInt(reach)], order[i]};
        }
        return pairs;
    }

    /** The nodes 0..count-1 split at random into {@code parts} non-empty groups (each in random order). */
    public static int[][] partition(int count, int parts, RandomGenerator random) {
        int[] order = Draw.permutation(count, random);
        int[] inner = Draw.permutation(count - 1, random);
        int[] cuts = new int[parts + 1];
        for (int i = 0; i < parts - 1; i++) {
            cuts[i + 1] = inner[i] + 1;
        }
        cuts[parts] = count;
        Arrays.sort(cuts, 1, parts);
        int[][] groups = new int[parts][];
        for (int part = 0; part < parts; part++) {
            groups[part] = Arrays.copyOfRange(order, cuts[part], cuts[part + 1]);
        }
        return groups;
    }

    /**
     * Up to {@code extra} unordered pairs {u, v} with u < v, drawn uniformly from those where {@code joined} is false in
     * both directions, and marked joined (both directions). Returns the pairs in the order drawn.
     */
    public static List<int[]> addRandomPairs(boolean[][] joined, int extra, RandomGenerator random) {
        int count = joined.length;
        int[] free = new int[count * (count - 1) / 2];
        int size = 0;
        for (int u = 0; u < count; u++) {
            for (int v = u + 1; v < count; v++) {
                if (!joined[u][v] && !joined[v][u]) {
                    free[size++] = u * count + v;
                }
            }
        }
        List<int[]> chosen = new ArrayList<>();
        for (int added = 0; added < Math.min(extra, size); added++) {
            int at = added + random.nextInt(size - added);
            int pair = free[at];
            free[at] = free[added];
            int u = pair / count;
            int v = pair % count;
            joined[u][v] = true;
            joined[v][u] = true;
            chosen.add(new int[] {u, v});
        }
        return chosen;
    }

    /** A canonical node name read from a token: one letter (either case) or a number (leading zeros dropped). */
    public static String node(String token) {
        char first = token.charAt(0);
        if (token.length() == 1 && (first >= 'A' && first <= 'Z' || first >= 'a' && first <= 'z')) {
            return String.valueOf(Character.toUpperCase(first));
        }
        if (token.length() > 9) {
            throw new AnswerFormatException("expected a node name (one letter or a number), found '" + Answers.abbreviate(token) + "'");
        }
        for (int i = 0; i < token.length(); i++) {
            if (token.charAt(i) < '0' || token.charAt(i) > '9') {
                throw new AnswerFormatException("expected a node name (one letter or a number), found '" + Answers.abbreviate(token) + "'");
            }
        }
        int zeros = 0;
        while (zeros < token.length() - 1 && token.charAt(zeros) == '0') {
            zeros++;
        }
        return token.substring(zeros);
    }

    /** Node names separated by whitespace, commas, arrows or hyphens, inside optional brackets; at least one. */
    public static List<String> nodes(String text) {
        List<String> names = new ArrayList<>();
        for (String token : Answers.tokens(text, SEPARATORS)) {
            names.add(node(token));
        }
        if (names.isEmpty()) {
            throw new AnswerFormatException("no node names found");
        }
        return names;
    }

    /** Pairs of node names: "A-B, C-D" or "A B C D" read as (A, B), (C, D). At least one pair. */
    public static List<String[]> pairs(String text) {
        List<String> names = nodes(text);
        if (names.size() % 2 != 0) {
            throw new AnswerFormatException("expected pairs of node names, found " + names.size() + " names");
        }
        List<String[]> pairs = new ArrayList<>();
        for (int i = 0; i < names.size(); i += 2) {
            pairs.add(new String[] {names.get(i), names.get(i + 1)});
        }
        return pairs;
    }

    /**
     * "A=0, B=1" or "A: 0" on lines: node names each followed by a value token, returned as {node, value} with the
     * value left to the caller to read. A node may appear only once.
     */
    public static List<String[]> assignments(String text) {
        List<String> tokens = Answers.tokens(text, "=:");
        if (tokens.isEmpty() || tokens.size() % 2 != 0) {
            throw new AnswerFormatException("expected node=value pairs, found " + tokens.size() + " items");
        }
        List<String[]> pairs = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        for (int i = 0; i < tokens.size(); i += 2) {
            String name = node(tokens.get(i));
            if (!seen.add(name)) {
                throw new AnswerFormatException("node " + name + " is given twice");
            }
            pairs.add(new String[] {name, tokens.get(i + 1)});
        }
        return pairs;
    }

    /**
     * Groups of node names, one group per line (or ended by a semicolon, a bar or a closing bracket), names separated by
     * spaces or commas; a label before a colon or equals sign ("Group 1: A B") is skipped. Empty groups are dropped.
     */
    public static List<List<String>> groups(String text) {
        List<List<String>> groups = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        int start = -1;
        int total = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i == text.length() ? '\n' : text.charAt(i);
            boolean end = GROUP_ENDS.indexOf(c) >= 0;
            boolean label = LABEL_ENDS.indexOf(c) >= 0;
            if (!end && !label && !Character.isWhitespace(c) && GROUP_SEPARATORS.indexOf(c) < 0) {
                start = start < 0 ? i : start;
                continue;
            }
            if (start >= 0) {
                tokens.add(text.substring(start, i));
                start = -1;
                if (++total > Answers.MAX_ITEMS) {
                    throw new AnswerFormatException("more than " + Answers.MAX_ITEMS + " node names");
                }
            }
            if (label) {
                tokens.clear();
            }
            if (end && !tokens.isEmpty()) {
                List<String> group = new ArrayList<>(tokens.size());
                for (String token : tokens) {
                    group.add(node(token));
                }
                groups.add(group);
                tokens.clear();
            }
        }
        if (groups.isEmpty()) {
            throw new AnswerFormatException("no groups of node names found");
        }
        return groups;
    }

    /** Each group sorted in node order, and the groups sorted by their first node. */
    public static List<List<String>> canonicalGroups(List<List<String>> groups) {
        List<List<String>> sorted = new ArrayList<>();
        for (List<String> group : groups) {
            List<String> copy = new ArrayList<>(group);
            copy.sort(NODE_ORDER);
            sorted.add(List.copyOf(copy));
        }
        sorted.sort(Comparator.comparing((List<String> group) -> group.isEmpty() ? "" : group.get(0), NODE_ORDER));
        return List.copyOf(sorted);
    }

    /**
     * Compares groups of node names with the true partition: every node exactly once, no group spanning two parts, no
     * part spread over two groups. {@code relation} names what joins the nodes of one part ("connected").
     */
    public static Score comparePartition(int count, List<List<String>> parts, List<List<String>> groups, String relation) {
        int[] part = new int[count];
        for (int i = 0; i < parts.size(); i++) {
            for (String node : parts.get(i)) {
                part[index(node, count)] = i;
            }
        }
        int[] group = new int[count];
        Arrays.fill(group, -1);
        for (int i = 0; i < groups.size(); i++) {
            for (String name : groups.get(i)) {
                int node = index(name, count);
                if (node < 0) {
                    return Score.wrong("there is no node '" + Answers.abbreviate(name) + "' in the graph");
                }
                if (group[node] >= 0) {
                    return Score.wrong("node " + name + " appears more than once");
                }
                group[node] = i;
            }
        }
        for (int node = 0; node < count; node++) {
            if (group[node] < 0) {
                return Score.wrong("node " + name(node, count) + " is in no group");
            }
        }
        for (List<String> members : groups) {
            if (members.isEmpty()) {
                continue;
            }
            int first = index(members.get(0), count);
            for (String name : members) {
                if (part[index(name, count)] != part[first]) {
                    return Score.wrong(members.get(0) + " and " + name + " are in one group but are not " + relation);
                }
            }
        }
        for (List<String> members : parts) {
            int first = index(members.get(0), count);
            for (String name : members) {
                if (group[index(name, count)] != group[first]) {
                    return Score.wrong(members.get(0) + " and " + name + " are " + relation + " but in different groups");
                }
            }
        }
        return Score.correct("all " + parts.size() + " groups are right");
    }

    /** Two groups merged, a node split off, a node moved to another group, the single-node groups forgotten. */
    public static List<List<List<String>>> partitionMisses(List<List<String>> gold, RandomGenerator random) {
        List<List<List<String>>> misses = new ArrayList<>();
        if (gold.size() >= 2) {
            int first = random.nextInt(gold.size());
            int second = (first + 1 + random.nextInt(gold.size() - 1)) % gold.size();
            List<List<String>> merged = mutable(gold);
            merged.get(first).addAll(merged.get(second));
            merged.remove(second);
            misses.add(merged);
            List<List<String>> moved = mutable(gold);
            if (moved.get(first).size() >= 2) {
                moved.get(second).add(moved.get(first).remove(random.nextInt(moved.get(first).size())));
                misses.add(moved);
            }
            List<List<String>> large = gold.stream().filter(group -> group.size() >= 2).toList();
            if (!large.isEmpty() && large.size() < gold.size()) {
                misses.add(large);
            }
        }
        List<Integer> splittable = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            if (gold.get(i).size() >= 2) {
                splittable.add(i);
            }
        }
        if (!splittable.isEmpty()) {
            List<List<String>> split = mutable(gold);
            List<String> group = split.get(Draw.pick(splittable, random));
            split.add(new ArrayList<>(List.of(group.remove(random.nextInt(group.size())))));
            misses.add(split);
        }
        return misses;
    }

    private static List<List<String>> mutable(List<List<String>> groups) {
        List<List<String>> copy = new ArrayList<>();
        groups.forEach(group -> copy.add(new ArrayList<>(group)));
        return copy;
    }

    /** Groups of node indices (of a graph with as many nodes as the groups hold) as groups of node names. */
    public static List<List<String>> named(int[][] groups) {
        int count = Arrays.stream(groups).mapToInt(group -> group.length).sum();
        return Arrays.stream(groups).map(group -> Arrays.stream(group).mapToObj(node -> name(node, count)).toList()).toList();
    }

    /** Adds the edge {@code from - to} of weight {@code value} to a weight matrix, both ways unless {@code directed}. */
    public static void link(int[][] weight, int from, int to, int value, boolean directed) {
        weight[from][to] = value;
        if (!directed) {
            weight[to][from] = value;
        }
    }

    /**
     * The connected components of an undirected weight matrix, searched breadth-first from each node not yet reached, in
     * node order: {@code {root, depth}}, each node's component's first node and the node's number of edges from it.
     */
    public static int[][] components(int[][] weight) {
        int count = weight.length;
        int[] root = new int[count];
        int[] depth = new int[count];
        Arrays.fill(root, -1);
        for (int start = 0; start < count; start++) {
            if (root[start] < 0) {
                int[] distance = distances(weight, start);
                for (int node = 0; node < count; node++) {
                    if (distance[node] >= 0) {
                        root[node] = start;
                        depth[node] = distance[node];
                    }
                }
            }
        }
        return new int[][] {root, depth};
    }
}
