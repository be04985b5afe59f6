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

/** Train shunting: sort wagons into number order through dead-end sidings that work as stacks, in the fewest moves. */
@AutoService(Bootcamp.class)
public final class TrainShuntingBootcamp extends Camp<TrainShuntingBootcamp.Puzzle, Plan> {
    private static final Knob<Integer> WAGONS = Knob.integer("wagons", 3, 12, 6, "wagons in the arriving train");
    private static final Knob<Integer> SIDINGS = Knob.integer("sidings", 1, 3, 2, "dead-end sidings");
    private static final Knob<Integer> CAPACITY = Knob.integer("capacity", 1, 12, 12, "wagons a siding holds at once");
    private static final int MAX_STATES = 30_000;
    private static final BootcampInfo INFO = BootcampInfo.builder(TrainShuntingBootcamp.class)
            .title("Train shunting through stack sidings, fewest moves")
            .version(1)
            .domain("planning")
            .tags("planning", "stacks", "optimal-plan", "partial-credit")
            .summary("Wagons arrive in a scrambled order; each move sends the front arriving wagon into a dead-end siding (last in,"
                    + " first out, with a capacity), takes the wagon nearest the exit of a siding to the departing train, or passes"
                    + " the front arriving wagon straight through. Wagons may join the departing train only in number order. Give"
                    + " the fewest moves that make up the whole departing train (optimum by breadth-first search). Replayed; the"
                    + " fewest is CORRECT, a longer legal solution PARTIAL with reward shortest / length / 2, anything else WRONG.")
            .knob(WAGONS)
            .knob(SIDINGS)
            .knob(CAPACITY)
            .answerShape("moves separated by commas: 'in a' (front wagon into siding a), 'out a' (siding a to the departing train) or 'pass', such as in q, pass, out q with q a siding letter")
            .severalAnswers()
            .build();

    /** The wagon numbers in arrival order (front first), the sidings, their capacity, the gold plan and the states searched. */
    public record Puzzle(List<Integer> arriving, int sidings, int capacity, List<String> plan, int explored) {
        public Puzzle {
            arriving = List.copyOf(arriving);
            plan = List.copyOf(plan);
        }
    }

    public TrainShuntingBootcamp() {
        super(INFO, PlanCodecs.steps(200));
    }

    @Override
    public Knobs atLevel(int level) {
        int[] wagons = {5, 5, 6, 7, 8, 8, 9, 10, 11, 12};
        int[] sidings = {2, 2, 2, 2, 2, 3, 3, 3, 3, 3};
        int[] capacity = {5, 3, 3, 3, 3, 3, 3, 3, 3, 3};
        return INFO.defaults().with(WAGONS, wagons[level - 1]).with(SIDINGS, sidings[level - 1]).with(CAPACITY, capacity[level - 1]);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int wagons = knobs.get(WAGONS);
        Puzzle best = null;
        int spent = 0;
        for (int attempt = 0; attempt < 60 && spent < 8 * MAX_STATES && (best == null || attempt < 4); attempt++) {
            int[] order = Draw.permutation(wagons, random);
            List<Integer> arriving = new ArrayList<>();
            for (int wagon : order) {
                arriving.add(wagon + 1);
            }
            Puzzle puzzle = new Puzzle(arriving, knobs.get(SIDINGS), knobs.get(CAPACITY), List.of(), 0);
            PlanSearch.Found found = PlanSearch.cheapest(new Domain(puzzle), MAX_STATES);
            spent += found.expanded();
            if (found.solved() && found.cost() > wagons && (best == null || found.cost() > best.plan().size())) {
                best = new Puzzle(arriving, puzzle.sidings(), puzzle.capacity(), found.plan(), found.expanded());
            }
        }
        if (best == null) {
            List<Integer> arriving = new ArrayList<>();
            for (int wagon = wagons; wagon >= 1; wagon--) {
                arriving.add(wagon);
            }
            Puzzle puzzle = new Puzzle(arriving, knobs.get(SIDINGS), wagons, List.of(), 0);
            PlanSearch.Found found = PlanSearch.cheapest(new Domain(puzzle), MAX_STATES);
            best = new Puzzle(arriving, puzzle.sidings(), wagons, found.plan(), found.expanded());
        }
        return best;
    }

    @Override
    public String question(Puzzle puzzle) {
        List<String> numbers = puzzle.arriving().stream().map(String::valueOf).toList();
        String names = "abc".substring(0, puzzle.sidings());
        String sidings = puzzle.sidings() == 1 ? "one dead-end siding, a" : puzzle.sidings() + " dead-end sidings, "
                + String.join(" and ", names.split(""));
        return "A goods train of " + numbers.size() + " wagons, numbered 1 to " + numbers.size() + ", waits on the arrival track."
                + " From the wagon nearest the yard to the one at the back, the wagons are: " + String.join(", ", numbers) + ".\n\n"
                + "The yard has " + sidings + ", each holding at most " + puzzle.capacity() + " wagon" + (puzzle.capacity() == 1 ? "" : "s")
                + ". A siding is a dead end, so the last wagon pushed into it is the first one that can come out. A shunting"
                + " move is one of:\n- 'in s': the front wagon of the arrival track goes into siding s;\n- 'out s': the wagon at the"
                + " open end of siding s joins the departing train;\n- 'pass': the front wagon of the arrival track joins the"
                + " departing train directly.\nWagons can never go from one siding to another or back to the arrival track, and a"
                + " wagon may join the departing train only if it is the next number in order: first wagon 1, then 2, and so on.\n\n"
                + "Using as few moves as possible, make up the departing train with all wagons 1 to " + numbers.size() + ". List the"
                + " moves in order, separated by commas, in this form: in q, pass, out q (q stands for a siding letter)";
    }

    @Override
    public Plan solve(Puzzle puzzle) {
        return new Plan(puzzle.plan());
    }

    @Override
    public Score check(Puzzle puzzle, Plan plan) {
        return PlanCheck.optimal(new Domain(puzzle), plan, puzzle.plan().size(), 3 * puzzle.arriving().size() + 10, "moves");
    }

    @Override
    public List<Plan> nearMisses(Puzzle puzzle, Plan gold, RandomGenerator random) {
        return PlanMisses.around(new Domain(puzzle), gold, random).stream().filter(miss -> !check(puzzle, miss).passed()).toList();
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.explored() + puzzle.plan().size();
    }

    /**
     * A state gives each wagon, in arrival order, its place: 'i' still arriving, 'o' departed, or a siding letter. The
     * order inside a siding is the arrival order (wagons enter only from the arrival track), so this is all there is.
     */
    private record Domain(Puzzle puzzle) implements PlanDomain<String> {
        @Override
        public String start() {
            return "i".repeat(puzzle.arriving().size());
        }

        @Override
        public List<String> steps(String state) {
            List<String> steps = new ArrayList<>(List.of("pass"));
            for (int siding = 0; siding < puzzle.sidings(); siding++) {
                steps.add("in " + (char) ('a' + siding));
                steps.add("out " + (char) ('a' + siding));
            }
            return steps;
        }

        @Override
        public Outcome<String> apply(String state, String step) {
            String[] words = step.split(" ");
            int front = state.indexOf('i');
            int next = (int) state.chars().filter(c -> c == 'o').count() + 1;
            char[] places = state.toCharArray();
            if (words.length == 1 && words[0].equals("pass")) {
                if (front < 0) {
                    return Outcome.illegal("no wagon is left on the arrival track");
                }
                if (puzzle.arriving().get(front) != next) {
                    return Outcome.illegal("wagon " + puzzle.arriving().get(front) + " cannot depart before wagon " + next);
                }
                places[front] = 'o';
                return Outcome.to(new String(places));
            }
            if (words.length != 2 || words[1].length() != 1 || words[1].charAt(0) < 'a' || words[1].charAt(0) >= 'a' + puzzle.sidings()
                    || !words[0].equals("in") && !words[0].equals("out")) {
                return Outcome.illegal("a move is 'in s', 'out s' or 'pass', with s a siding letter");
            }
            char siding = words[1].charAt(0);
            if (words[0].equals("in")) {
                if (front < 0) {
                    return Outcome.illegal("no wagon is left on the arrival track");
                }
                if (state.chars().filter(c -> c == siding).count() >= puzzle.capacity()) {
                    return Outcome.illegal("siding " + siding + " is full");
                }
                places[front] = siding;
                return Outcome.to(new String(places));
            }
            int top = state.lastIndexOf(siding);
            if (top < 0) {
                return Outcome.illegal("siding " + siding + " is empty");
            }
            if (puzzle.arriving().get(top) != next) {
                return Outcome.illegal("wagon " + puzzle.arriving().get(top) + " cannot depart before wagon " + next);
            }
            places[top] = 'o';
            return Outcome.to(new String(places));
        }

        @Override
        public String unmet(String state) {
            long gone = state.chars().filter(c -> c == 'o').count();
            return gone == state.length() ? null : "only " + gone + " of " + state.length() + " wagons have departed";
        }
    }
}
