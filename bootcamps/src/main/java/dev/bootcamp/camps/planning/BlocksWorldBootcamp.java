package dev.bootcamp.camps.planning;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Camp;
import dev.bootcamp.camps.kit.planning.Outcome;
import dev.bootcamp.camps.kit.planning.Plan;
import dev.bootcamp.camps.kit.planning.PlanCheck;
import dev.bootcamp.camps.kit.planning.PlanCodecs;
import dev.bootcamp.camps.kit.planning.PlanDomain;
import dev.bootcamp.camps.kit.planning.PlanMisses;
import dev.bootcamp.camps.kit.planning.PlanSearch;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** Blocks world: restack lettered blocks one clear block at a time into the goal towers with the fewest moves. */
@AutoService(Bootcamp.class)
public final class BlocksWorldBootcamp extends Camp<BlocksWorldBootcamp.Puzzle, Plan> {
    private static final Knob<Integer> BLOCKS = Knob.integer("blocks", 3, 7, 5, "number of blocks");
    private static final Knob<Integer> MIN_MOVES = Knob.integer("min-moves", 1, 12, 4, "fewest moves the shortest plan should need (the longest drawn is used otherwise)");
    private static final BootcampInfo INFO = BootcampInfo.builder(BlocksWorldBootcamp.class)
            .title("Blocks world, fewest moves")
            .version(1)
            .domain("planning")
            .tags("planning", "blocks-world", "optimal-plan", "partial-credit")
            .summary("Lettered blocks stand in towers on a table of unlimited room; a move takes a block with nothing on it and"
                    + " puts it on the table or on another clear block. Give a shortest move list from the start towers to the"
                    + " goal towers (the optimum proved by breadth-first search). The moves are replayed; the fewest moves is"
                    + " CORRECT, a longer legal solution PARTIAL with reward shortest / length / 2, an illegal move or a wrong"
                    + " end WRONG.")
            .knob(BLOCKS)
            .knob(MIN_MOVES)
            .answerShape("moves separated by commas, each 'move X onto Y' or 'move X onto table', such as move c onto table")
            .severalAnswers()
            .build();

    /** Towers listed bottom to top, each a string of block letters, at the start and in the goal. */
    public record Puzzle(List<String> start, List<String> goal, List<String> plan, int explored) {
        public Puzzle {
            start = List.copyOf(start);
            goal = List.copyOf(goal);
            plan = List.copyOf(plan);
        }
    }

    public BlocksWorldBootcamp() {
        super(INFO, PlanCodecs.steps(500));
    }

    @Override
    public Knobs atLevel(int level) {
        int[] blocks = {3, 4, 4, 5, 5, 5, 6, 6, 6, 6};
        int[] moves = {2, 3, 4, 4, 5, 6, 6, 7, 7, 8};
        return INFO.defaults().with(BLOCKS, blocks[level - 1]).with(MIN_MOVES, moves[level - 1]);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int blocks = knobs.get(BLOCKS);
        Puzzle best = null;
        for (int attempt = 0; attempt < 6; attempt++) {
            List<String> start = towers(blocks, random);
            List<String> goal = towers(blocks, random);
            Domain domain = new Domain(canonical(start), canonical(goal));
            if (domain.reached(domain.start())) {
                continue;
            }
            PlanSearch.Found found = PlanSearch.cheapest(domain, 100_000);
            Puzzle puzzle = new Puzzle(start, goal, found.plan(), found.expanded());
            if (best == null || puzzle.plan().size() > best.plan().size()) {
                best = puzzle;
            }
            if (best.plan().size() >= knobs.get(MIN_MOVES)) {
                break;
            }
        }
        if (best == null) {
            String letters = "abcdefg".substring(0, blocks);
            List<String> start = List.of(letters);
            List<String> goal = List.of(new StringBuilder(letters).reverse().toString());
            PlanSearch.Found found = PlanSearch.cheapest(new Domain(start, goal), Integer.MAX_VALUE);
            best = new Puzzle(start, goal, found.plan(), found.expanded());
        }
        return best;
    }

    /** The blocks a..(a+n-1) in a random order, cut into random towers. */
    private static List<String> towers(int blocks, RandomGenerator random) {
        List<Character> letters = new ArrayList<>();
        for (int i = 0; i < blocks; i++) {
            letters.add((char) ('a' + i));
        }
        dev.bootcamp.camps.kit.Draw.shuffle(letters, random);
        List<String> towers = new ArrayList<>();
        StringBuilder tower = new StringBuilder();
        for (char letter : letters) {
            tower.append(letter);
            if (random.nextInt(3) == 0) {
                towers.add(tower.toString());
                tower.setLength(0);
            }
        }
        if (!tower.isEmpty()) {
            towers.add(tower.toString());
        }
        return towers;
    }

    private static List<String> canonical(List<String> towers) {
        return towers.stream().filter(tower -> !tower.isEmpty()).sorted().toList();
    }

    @Override
    public String question(Puzzle puzzle) {
        return "Some lettered blocks stand in towers on a table. Towers are written bottom block first, so 'dbe' means d is on"
                + " the table, b is on d and e is on b.\n\nStart: " + String.join(", ", puzzle.start()) + "\nGoal:  "
                + String.join(", ", puzzle.goal()) + "\n\nIn one move you lift a single block that has no block on top of it and set it"
                + " either on the table (there is always room) or on top of another block that has nothing on it. The order"
                + " in which the towers are listed does not matter, only which block sits on which. Reach the goal towers using"
                + " as few moves as possible. Give the moves in order, separated by commas, each written 'move X onto Y' or 'move X"
                + " onto table', for instance: move q onto table, move r onto q";
    }

    @Override
    public Plan solve(Puzzle puzzle) {
        return new Plan(puzzle.plan());
    }

    @Override
    public Score check(Puzzle puzzle, Plan plan) {
        return PlanCheck.optimal(domain(puzzle), plan, puzzle.plan().size(), 4 * puzzle.plan().size() + 20, "moves");
    }

    private static Domain domain(Puzzle puzzle) {
        return new Domain(canonical(puzzle.start()), canonical(puzzle.goal()));
    }

    @Override
    public List<Plan> nearMisses(Puzzle puzzle, Plan gold, RandomGenerator random) {
        return PlanMisses.around(domain(puzzle), gold, random).stream().filter(miss -> !check(puzzle, miss).passed()).toList();
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.explored();
    }

    /**
     * A state is one character per block, a first: the letter of the block it stands on, or '_' on the table, so two
     * listings of one arrangement are one state.
     */
    private static final class Domain implements PlanDomain<String> {
        private final String start;
        private final String goal;
        private final int blocks;
        private final String[][] names;

        Domain(List<String> start, List<String> goal) {
            this.blocks = start.stream().mapToInt(String::length).sum();
            this.start = encode(start, blocks);
            this.goal = encode(goal, blocks);
            names = new String[blocks][blocks + 1];
            for (int x = 0; x < blocks; x++) {
                for (int y = 0; y <= blocks; y++) {
                    names[x][y] = "move " + (char) ('a' + x) + " onto " + (y == blocks ? "table" : String.valueOf((char) ('a' + y)));
                }
            }
        }

        private static String encode(List<String> towers, int blocks) {
            char[] on = new char[blocks];
            for (String tower : towers) {
                for (int i = 0; i < tower.length(); i++) {
                    on[tower.charAt(i) - 'a'] = i == 0 ? '_' : tower.charAt(i - 1);
                }
            }
            return new String(on);
        }

        @Override
        public String start() {
            return start;
        }

        private boolean clear(String state, int block) {
            return state.indexOf('a' + block) < 0;
        }

        @Override
        public List<String> steps(String state) {
            List<String> steps = new ArrayList<>();
            successors(state, (step, next) -> steps.add(step));
            return steps;
        }

        @Override
        public void successors(String state, java.util.function.BiConsumer<String, String> offer) {
            for (int x = 0; x < blocks; x++) {
                if (!clear(state, x)) {
                    continue;
                }
                char[] next = state.toCharArray();
                if (state.charAt(x) != '_') {
                    next[x] = '_';
                    offer.accept(names[x][blocks], new String(next));
                }
                for (int y = 0; y < blocks; y++) {
                    if (y != x && clear(state, y) && state.charAt(x) != 'a' + y) {
                        next[x] = (char) ('a' + y);
                        offer.accept(names[x][y], new String(next));
                    }
                }
            }
        }

        @Override
        public Outcome<String> apply(String state, String step) {
            String[] words = step.split(" ");
            if (words.length != 4 || !words[0].equals("move") || !words[2].equals("onto") || words[1].length() != 1) {
                return Outcome.illegal("expected 'move X onto Y' or 'move X onto table'");
            }
            int block = words[1].charAt(0) - 'a';
            if (block < 0 || block >= blocks) {
                return Outcome.illegal("there is no block " + words[1]);
            }
            if (!clear(state, block)) {
                return Outcome.illegal("block " + words[1] + " is not clear (" + (char) ('a' + state.indexOf('a' + block)) + " is on it)");
            }
            char[] next = state.toCharArray();
            if (words[3].equals("table")) {
                if (state.charAt(block) == '_') {
                    return Outcome.illegal("block " + words[1] + " is already on the table");
                }
                next[block] = '_';
                return Outcome.to(new String(next));
            }
            int onto = words[3].length() == 1 ? words[3].charAt(0) - 'a' : -1;
            if (onto < 0 || onto >= blocks) {
                return Outcome.illegal("'" + words[3] + "' is neither a block nor the table");
            }
            if (onto == block) {
                return Outcome.illegal("a block cannot go onto itself");
            }
            if (!clear(state, onto)) {
                return Outcome.illegal("block " + words[3] + " is not clear");
            }
            if (state.charAt(block) == 'a' + onto) {
                return Outcome.illegal("block " + words[1] + " is already on " + words[3]);
            }
            next[block] = (char) ('a' + onto);
            return Outcome.to(new String(next));
        }

        @Override
        public boolean reached(String state) {
            return state.equals(goal);
        }

        @Override
        public String unmet(String state) {
            for (int x = 0; x < blocks; x++) {
                if (state.charAt(x) != goal.charAt(x)) {
                    return "block " + (char) ('a' + x) + " should be on " + (goal.charAt(x) == '_' ? "the table" : String.valueOf(goal.charAt(x)))
                            + " but is on " + (state.charAt(x) == '_' ? "the table" : String.valueOf(state.charAt(x)));
                }
            }
            return null;
        }
    }
}
