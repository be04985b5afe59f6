package dev.bootcamp.camps.planning;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Camp;
import dev.bootcamp.camps.kit.Draw;
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

/** Towers of Hanoi where disks may travel only along the listed one-way peg links; fewest moves between two arrangements. */
@AutoService(Bootcamp.class)
public final class HanoiMoveGraphBootcamp extends Camp<HanoiMoveGraphBootcamp.Puzzle, Plan> {
    private static final Knob<Integer> DISKS = Knob.integer("disks", 2, 7, 4, "disks");
    private static final Knob<Integer> PEGS = Knob.integer("pegs", 3, 4, 3, "pegs");
    private static final Knob<Integer> MIN_MOVES = Knob.integer("min-moves", 1, 40, 6, "fewest moves the shortest solution should need (the hardest drawn is used otherwise)");
    private static final BootcampInfo INFO = BootcampInfo.builder(HanoiMoveGraphBootcamp.class)
            .title("Hanoi on a one-way move graph")
            .version(1)
            .domain("planning")
            .tags("planning", "tower-of-hanoi", "optimal-plan", "partial-credit")
            .summary("Disks of distinct sizes sit on pegs, never a larger on a smaller; a move takes the top disk of one peg to"
                    + " another, but only along the one-way links the puzzle lists (a cycle, a line or another strongly connected"
                    + " layout). Give a shortest move list from the start arrangement to the goal arrangement (optimum by"
                    + " breadth-first search). Replayed; the fewest moves is CORRECT, a longer legal solution PARTIAL with reward"
                    + " shortest / length / 2, anything else WRONG.")
            .knob(DISKS)
            .knob(PEGS)
            .knob(MIN_MOVES)
            .answerShape("moves separated by commas, each the source peg and the target peg, such as A B, B C")
            .severalAnswers()
            .build();

    /** Peg of each disk (smallest first) at the start and in the goal, the allowed links as "AB", the gold plan. */
    public record Puzzle(String start, String goal, List<String> links, List<String> plan, int explored) {
        public Puzzle {
            links = List.copyOf(links);
            plan = List.copyOf(plan);
        }
    }

    public HanoiMoveGraphBootcamp() {
        super(INFO, PlanCodecs.steps(2000));
    }

    @Override
    public Knobs atLevel(int level) {
        int[] disks = {3, 3, 4, 4, 5, 5, 6, 6, 6, 6};
        int[] moves = {3, 5, 7, 9, 12, 15, 18, 22, 26, 30};
        return INFO.defaults().with(DISKS, disks[level - 1]).with(PEGS, level >= 8 ? 4 : 3).with(MIN_MOVES, moves[level - 1]);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int pegs = knobs.get(PEGS);
        Puzzle best = null;
        for (int attempt = 0; attempt < 6 && (best == null || best.plan().size() < knobs.get(MIN_MOVES)); attempt++) {
            List<String> links = links(pegs, random);
            String start = arrangement(knobs.get(DISKS), pegs, random);
            String goal = arrangement(knobs.get(DISKS), pegs, random);
            if (start.equals(goal)) {
                continue;
            }
            Domain domain = new Domain(start, goal, links);
            PlanSearch.Found found = PlanSearch.cheapest(domain, 100_000);
            if (found.solved() && (best == null || found.plan().size() > best.plan().size())) {
                best = new Puzzle(start, goal, links, found.plan(), found.expanded());
            }
        }
        if (best == null) {
            String start = "A".repeat(knobs.get(DISKS));
            String goal = "B".repeat(knobs.get(DISKS));
            List<String> links = links(pegs, random);
            PlanSearch.Found found = PlanSearch.cheapest(new Domain(start, goal, links), Integer.MAX_VALUE);
            best = new Puzzle(start, goal, links, found.plan(), found.expanded());
        }
        return best;
    }

    /** A strongly connected set of one-way links: a random directed cycle through all pegs, plus a few extra links. */
    private static List<String> links(int pegs, RandomGenerator random) {
        int[] order = Draw.permutation(pegs, random);
        List<String> links = new ArrayList<>();
        for (int i = 0; i < pegs; i++) {
            links.add("" + (char) ('A' + order[i]) + (char) ('A' + order[(i + 1) % pegs]));
        }
        int extra = random.nextInt(pegs);
        for (int i = 0; i < extra; i++) {
            int from = random.nextInt(pegs);
            int to = (from + 1 + random.nextInt(pegs - 1)) % pegs;
            String link = "" + (char) ('A' + from) + (char) ('A' + to);
            if (!links.contains(link)) {
                links.add(link);
            }
        }
        return links.stream().sorted().toList();
    }

    private static String arrangement(int disks, int pegs, RandomGenerator random) {
        StringBuilder pegOf = new StringBuilder();
        for (int i = 0; i < disks; i++) {
            pegOf.append((char) ('A' + random.nextInt(pegs)));
        }
        return pegOf.toString();
    }

    private static String describe(String pegOf, int pegs) {
        List<String> lines = new ArrayList<>();
        for (int peg = 0; peg < pegs; peg++) {
            List<String> disks = new ArrayList<>();
            for (int disk = pegOf.length() - 1; disk >= 0; disk--) {
                if (pegOf.charAt(disk) == 'A' + peg) {
                    disks.add(String.valueOf(disk + 1));
                }
            }
            lines.add("  peg " + (char) ('A' + peg) + ": " + (disks.isEmpty() ? "empty" : String.join(" ", disks)));
        }
        return String.join("\n", lines);
    }

    private static int pegs(Puzzle puzzle) {
        int most = 'C';
        for (String link : puzzle.links()) {
            most = Math.max(most, Math.max(link.charAt(0), link.charAt(1)));
        }
        return most - 'A' + 1;
    }

    @Override
    public String question(Puzzle puzzle) {
        int pegs = pegs(puzzle);
        List<String> links = puzzle.links().stream().map(link -> link.charAt(0) + " to " + link.charAt(1)).toList();
        return "Disks numbered 1 (smallest) to " + puzzle.start().length() + " (largest) are spread over " + pegs + " pegs, "
                + "each peg listed from its bottom disk to its top disk.\n\nStart:\n" + describe(puzzle.start(), pegs) + "\nGoal:\n"
                + describe(puzzle.goal(), pegs) + "\n\nA move takes the top disk of one peg and puts it on top of another peg,"
                + " where it must not land on a smaller disk. Unlike the usual puzzle, the pegs are joined by one-way chutes, and a"
                + " disk may travel only along these: " + String.join(", ", links) + ". No other move is possible.\n\nReach the goal"
                + " with as few moves as possible. Write each move as the source peg followed by the target peg, moves separated by"
                + " commas, for example: X Y, Y Z (the letters here are placeholders)";
    }

    @Override
    public Plan solve(Puzzle puzzle) {
        return new Plan(puzzle.plan());
    }

    private static Domain domain(Puzzle puzzle) {
        return new Domain(puzzle.start(), puzzle.goal(), puzzle.links());
    }

    @Override
    public Score check(Puzzle puzzle, Plan plan) {
        return PlanCheck.optimal(domain(puzzle), plan, puzzle.plan().size(), 4 * puzzle.plan().size() + 40, "moves");
    }

    @Override
    public List<Plan> nearMisses(Puzzle puzzle, Plan gold, RandomGenerator random) {
        return PlanMisses.around(domain(puzzle), gold, random).stream().filter(miss -> !check(puzzle, miss).passed()).toList();
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.explored();
    }

    /** A state is the peg letter of each disk, smallest disk first; the top of a peg is its smallest disk. */
    private record Domain(String start, String goal, List<String> links) implements PlanDomain<String> {
        @Override
        public List<String> steps(String state) {
            return links.stream().map(link -> (link.charAt(0) + " " + link.charAt(1)).toLowerCase(java.util.Locale.ROOT)).toList();
        }

        @Override
        public Outcome<String> apply(String state, String step) {
            String[] words = step.toUpperCase(java.util.Locale.ROOT).split(" ");
            if (words.length != 2 || words[0].length() != 1 || words[1].length() != 1) {
                return Outcome.illegal("expected two peg letters");
            }
            char from = words[0].charAt(0);
            char to = words[1].charAt(0);
            if (!links.contains("" + from + to)) {
                return Outcome.illegal("there is no chute from " + from + " to " + to);
            }
            int disk = state.indexOf(from);
            if (disk < 0) {
                return Outcome.illegal("peg " + from + " is empty");
            }
            int onTarget = state.indexOf(to);
            if (onTarget >= 0 && onTarget < disk) {
                return Outcome.illegal("disk " + (disk + 1) + " would land on the smaller disk " + (onTarget + 1));
            }
            char[] next = state.toCharArray();
            next[disk] = to;
            return Outcome.to(new String(next));
        }

        @Override
        public boolean reached(String state) {
            return state.equals(goal);
        }

        @Override
        public String unmet(String state) {
            for (int disk = 0; disk < state.length(); disk++) {
                if (state.charAt(disk) != goal.charAt(disk)) {
                    return "disk " + (disk + 1) + " is on peg " + state.charAt(disk) + ", not on peg " + goal.charAt(disk);
                }
            }
            return null;
        }
    }
}
