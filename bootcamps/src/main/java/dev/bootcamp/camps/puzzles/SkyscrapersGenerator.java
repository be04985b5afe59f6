package dev.bootcamp.camps.puzzles;

import dev.bootcamp.camps.kit.DigitGrids;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.GridSearch;
import dev.bootcamp.camps.kit.UniqueClues;
import dev.bootcamp.camps.puzzles.SkyscrapersBootcamp.Puzzle;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;

/**
 * Makes Skyscrapers puzzles: a random Latin square, a random share of its edge clues, then more clues until
 * {@link GridSearch} finds one solution only. The search's rule bounds each cell by its distance from a clue and, once a
 * clued line has few enough candidate combinations left, keeps only the heights that some valid ordering of it uses.
 */
final class SkyscrapersGenerator {
    private static final long NODE_CAP = 1_500;
    /** A clued line is enumerated only when the product of its candidate counts is at most this. */
    private static final long ENUMERATION_LIMIT = 2_000;

    private SkyscrapersGenerator() {}

    static Puzzle generate(int size, double clueDensity, double givenDensity, RandomGenerator random) {
        GridSearch latin = new GridSearch(size, size * size, GridSearch.latinGroups(size, 0, 0), null);
        while (true) {
            GridSearch.Result filled = latin.solve(latin.open(), 1, NODE_CAP, random);
            if (filled.solutions().isEmpty()) {
                continue;
            }
            Puzzle puzzle = withClues(latin, size, filled.solutions().get(0), clueDensity, givenDensity, random);
            if (puzzle != null) {
                return puzzle;
            }
        }
    }

    private static Puzzle withClues(GridSearch latin, int size, int[] solution, double clueDensity, double givenDensity,
            RandomGenerator random) {
        int cells = size * size;
        int[] clues = new int[4 * size];
        int[] all = new int[4 * size];
        for (int slot = 0; slot < all.length; slot++) {
            all[slot] = SkyscrapersBootcamp.visible(solution, SkyscrapersBootcamp.line(size, slot));
            if (random.nextDouble() < clueDensity) {
                clues[slot] = all[slot];
            }
        }
        int[] givens = new int[cells];
        for (int cell = 0; cell < cells; cell++) {
            if (random.nextDouble() < givenDensity) {
                givens[cell] = solution[cell];
            }
        }
        GridSearch search = latin.withRule(new LineRule(size, clues));
        boolean unique = UniqueClues.run(cells + 4 * size, solution, new UniqueClues.Moves() {
            @Override
            public GridSearch.Result search(int limit) {
                int[] candidates = search.candidates(givens);
                int[] bounds = bounds(size, clues);
                for (int cell = 0; cell < cells; cell++) {
                    candidates[cell] &= bounds[cell];
                }
                return search.solve(candidates, limit, NODE_CAP, null);
            }

            /** One more clue at random, or a given once all are shown. */
            @Override
            public boolean addAny() {
                List<Integer> hidden = IntStream.range(0, clues.length).filter(slot -> clues[slot] == 0).boxed().toList();
                if (!hidden.isEmpty()) {
                    int slot = Draw.pick(hidden, random);
                    clues[slot] = all[slot];
                    return true;
                }
                int cell = Draw.pick(IntStream.range(0, cells).filter(at -> givens[at] == 0).boxed().toList(), random);
                givens[cell] = solution[cell];
                return true;
            }

            /** The clue that rules out the most others (ties broken at random), or the given of a cell where one differs. */
            @Override
            public Predicate<int[]> addBest(List<int[]> others) {
                int best = -1;
                int bestKills = 0;
                for (int slot = 0; slot < clues.length; slot++) {
                    int[] line = SkyscrapersBootcamp.line(size, slot);
                    int clue = all[slot];
                    int kills = clues[slot] != 0 ? 0
                            : (int) others.stream().filter(other -> SkyscrapersBootcamp.visible(other, line) != clue).count();
                    if (kills > bestKills || kills == bestKills && kills > 0 && random.nextInt(3) == 0) {
                        best = slot;
                        bestKills = kills;
                    }
                }
                if (best < 0) {
                    int cell = UniqueClues.differingCell(solution, others.get(0), random);
                    givens[cell] = solution[cell];
                    return found -> found[cell] == solution[cell];
                }
                int[] line = SkyscrapersBootcamp.line(size, best);
                int clue = all[best];
                clues[best] = clue;
                return found -> SkyscrapersBootcamp.visible(found, line) == clue;
            }
        });
        List<Integer> shown = Arrays.stream(clues).boxed().toList();
        return unique ? new Puzzle(size, shown, DigitGrids.rows(givens, size), DigitGrids.rows(solution, size)) : null;
    }

    /**
     * Heights each cell can hold given the clues alone: k cells from a clue c, at most size - c + 1 + k; a clue of 1 puts
     * the tallest building first; a clue of size makes the line rise 1, 2, 3, ...
     */
    static int[] bounds(int size, int[] clues) {
        int full = (1 << size) - 1;
        int[] masks = new int[size * size];
        Arrays.fill(masks, full);
        for (int slot = 0; slot < clues.length; slot++) {
            int clue = clues[slot];
            if (clue == 0) {
                continue;
            }
            int[] line = SkyscrapersBootcamp.line(size, slot);
            for (int k = 0; k < size; k++) {
                int highest = Math.min(size, size - clue + 1 + k);
                masks[line[k]] &= (1 << highest) - 1;
            }
            if (clue == 1) {
                masks[line[0]] &= 1 << (size - 1);
            }
            if (clue == size) {
                for (int k = 0; k < size; k++) {
                    masks[line[k]] &= 1 << k;
                }
            }
        }
        return masks;
    }

    /** Keeps, in each clued line with few combinations left, only the heights some valid ordering of the line uses. */
    private static final class LineRule implements GridSearch.Rule {
        private final int size;
        private final int[] clues;
        private final int[][] lines;
        private final int[] sequence;
        private final int[] support;
        /** The clues, candidates and result of each line's last narrowing: the same input gives the same result. */
        private final int[] lastClues;
        private final int[][] lastInput;
        private final int[][] lastOutput;
        private int[] candidates;
        private int[] line;
        private int nearClue;
        private int farClue;

        LineRule(int size, int[] clues) {
            this.size = size;
            this.clues = clues;
            lines = new int[2 * size][];
            for (int i = 0; i < size; i++) {
                lines[i] = SkyscrapersBootcamp.line(size, i);
                lines[size + i] = SkyscrapersBootcamp.line(size, 2 * size + i);
            }
            sequence = new int[size];
            support = new int[size];
            lastClues = new int[2 * size];
            lastInput = new int[2 * size][size];
            lastOutput = new int[2 * size][size];
        }

        @Override
        public boolean narrow(int[] candidates) {
            this.candidates = candidates;
            for (int i = 0; i < lines.length; i++) {
                nearClue = clues[i < size ? i : size + i];
                farClue = clues[i < size ? size + i : 2 * size + i];
                if (nearClue == 0 && farClue == 0) {
                    continue;
                }
                line = lines[i];
                int key = 1 + nearClue * 32 + farClue;
                boolean same = lastClues[i] == key;
                for (int k = 0; k < size && same; k++) {
                    same = lastInput[i][k] == candidates[line[k]];
                }
                if (!same) {
                    lastClues[i] = key;
                    for (int k = 0; k < size; k++) {
                        lastInput[i][k] = candidates[line[k]];
                    }
                    narrowLine();
                    for (int k = 0; k < size; k++) {
                        lastOutput[i][k] = candidates[line[k]];
                    }
                }
                for (int k = 0; k < size; k++) {
                    candidates[line[k]] = lastOutput[i][k];
                    if (candidates[line[k]] == 0) {
                        return false;
                    }
                }
            }
            return true;
        }

        /** Narrows the current line in place (a cell left with no candidate means the line cannot be met). */
        private void narrowLine() {
            long combinations = 1;
            for (int cell : line) {
                combinations *= Integer.bitCount(candidates[cell]);
            }
            if (combinations > ENUMERATION_LIMIT) {
                return;
            }
            Arrays.fill(support, 0);
            extend(0, 0, 0, 0);
            for (int k = 0; k < size; k++) {
                candidates[line[k]] &= support[k];
            }
        }

        private void extend(int position, int used, int tallest, int seen) {
            if (nearClue != 0 && seen + Integer.bitCount(((1 << size) - 1) & ~used & -(1 << tallest)) < nearClue) {
                return;
            }
            if (position == size) {
                if (farClue != 0 && farVisible() != farClue) {
                    return;
                }
                for (int k = 0; k < size; k++) {
                    support[k] |= 1 << (sequence[k] - 1);
                }
                return;
            }
            for (int mask = candidates[line[position]] & ~used; mask != 0; mask &= mask - 1) {
                int bit = Integer.lowestOneBit(mask);
                int height = Integer.numberOfTrailingZeros(bit) + 1;
                int nextSeen = height > tallest ? seen + 1 : seen;
                if (nearClue != 0 && nextSeen > nearClue) {
                    continue;
                }
                sequence[position] = height;
                extend(position + 1, used | bit, Math.max(tallest, height), nextSeen);
            }
        }

        private int farVisible() {
            int tallest = 0;
            int seen = 0;
            for (int k = size - 1; k >= 0; k--) {
                if (sequence[k] > tallest) {
                    tallest = sequence[k];
                    seen++;
                }
            }
            return seen;
        }
    }
}
