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

/** River crossing with random "must not be left together" rules, rowers and a boat size; fewest trips. */
@AutoService(Bootcamp.class)
public final class RiverCrossingRulesBootcamp extends Camp<RiverCrossingRulesBootcamp.Puzzle, Plan> {
    private static final Knob<Integer> CARGO = Knob.integer("cargo", 2, 6, 3, "animals and goods to ferry");
    private static final Knob<Integer> ROWERS = Knob.integer("rowers", 1, 2, 1, "people who can row");
    private static final Knob<Integer> BOAT = Knob.integer("boat", 2, 3, 2, "places in the boat, rower included");
    private static final Knob<Integer> CONFLICTS = Knob.integer("conflicts", 1, 8, 2, "pairs that must not be left unwatched");
    private static final BootcampInfo INFO = BootcampInfo.builder(RiverCrossingRulesBootcamp.class)
            .title("River crossing under stated rules, fewest trips")
            .version(1)
            .domain("planning")
            .tags("planning", "river-crossing", "optimal-plan", "partial-credit")
            .summary("A wolf-goat-cabbage puzzle with random rules: some people can row, the boat holds a stated number, and"
                    + " listed pairs must never be together on a bank with no person present. Give the trips that bring everyone"
                    + " across in the fewest trips (proved by breadth-first search). Replayed; the fewest trips is CORRECT, a longer"
                    + " legal plan PARTIAL with reward fewest / trips / 2, a broken rule or an unfinished crossing WRONG.")
            .knob(CARGO)
            .knob(ROWERS)
            .knob(BOAT)
            .knob(CONFLICTS)
            .answerShape("trips separated by commas, each 'cross' followed by everyone in the boat, such as cross tom goat, cross tom")
            .severalAnswers()
            .build();

    private static final List<String> PEOPLE = List.of("tom", "ann", "raj", "mia", "leo", "zoe");
    private static final List<String> GOODS = List.of("wolf", "goat", "cabbage", "dog", "cat", "mouse", "hen", "fox", "grain", "rabbit", "carrot", "snake");

    /**
     * Who must cross (rowers first), how many rowers, the boat size, the pairs (as indices into {@code names}) that must
     * not be left alone together, and a gold plan.
     */
    public record Puzzle(List<String> names, int rowers, int boat, List<List<Integer>> conflicts, List<String> plan, int explored) {
        public Puzzle {
            names = List.copyOf(names);
            conflicts = conflicts.stream().map(List::copyOf).toList();
            plan = List.copyOf(plan);
        }
    }

    public RiverCrossingRulesBootcamp() {
        super(INFO, PlanCodecs.steps(500));
    }

    @Override
    public Knobs atLevel(int level) {
        int[] cargo = {3, 3, 3, 4, 4, 4, 5, 5, 6, 6};
        int[] conflicts = {2, 2, 2, 3, 3, 4, 4, 5, 5, 6};
        return INFO.defaults().with(CARGO, cargo[level - 1]).with(ROWERS, level >= 6 ? 2 : 1).with(BOAT, level >= 4 ? 3 : 2)
                .with(CONFLICTS, conflicts[level - 1]);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        Puzzle best = null;
        for (int attempt = 0; attempt < 40 && (best == null || attempt < 4); attempt++) {
            List<String> names = new ArrayList<>(Draw.sample(PEOPLE, knobs.get(ROWERS), random));
            names.addAll(Draw.sample(GOODS, knobs.get(CARGO), random));
            List<List<Integer>> conflicts = new ArrayList<>();
            int rowers = knobs.get(ROWERS);
            for (int tries = 0; tries < 50 && conflicts.size() < knobs.get(CONFLICTS); tries++) {
                int a = Draw.between(rowers, names.size() - 1, random);
                int b = Draw.between(rowers, names.size() - 1, random);
                List<Integer> pair = List.of(Math.min(a, b), Math.max(a, b));
                if (a != b && !conflicts.contains(pair)) {
                    conflicts.add(pair);
                }
            }
            Domain domain = new Domain(names, rowers, knobs.get(BOAT), conflicts);
            PlanSearch.Found found = PlanSearch.cheapest(domain, 100_000);
            if (found.solved() && (best == null || found.plan().size() > best.plan().size())) {
                best = new Puzzle(names, rowers, knobs.get(BOAT), conflicts, found.plan(), found.expanded());
            }
        }
        if (best == null) {
            List<String> names = List.of("tom", "wolf", "goat");
            PlanSearch.Found found = PlanSearch.cheapest(new Domain(names, 1, 2, List.of()), Integer.MAX_VALUE);
            best = new Puzzle(names, 1, 2, List.of(), found.plan(), found.expanded());
        }
        return best;
    }

    @Override
    public String question(Puzzle puzzle) {
        List<String> names = puzzle.names();
        List<String> rules = puzzle.conflicts().stream().map(pair -> names.get(pair.get(0)) + " and " + names.get(pair.get(1))).toList();
        String rowers = String.join(" and ", names.subList(0, puzzle.rowers()));
        return "On the south bank of a river wait " + String.join(", ", names) + ". Everyone must get to the north bank using one"
                + " small boat, which holds at most " + puzzle.boat() + " at a time and starts on the south bank. Only "
                + (puzzle.rowers() == 1 ? rowers + " can" : rowers + " can each") + " row, so the boat never moves without a rower in it;"
                + " the others only ride along.\n\nSafety rules: whenever a bank has no person (" + rowers + ") on it, none of these"
                + " pairs may both be on that bank: " + String.join("; ", rules) + ". The rules are checked on both banks after every"
                + " trip, when the boat has landed (whoever is in the boat counts as being on the bank where it lands).\n\nEvery"
                + " trip goes to the other bank from wherever the boat is. Bring everyone to the north bank in as few trips as"
                + " possible. Write the trips in order, separated by commas, each as 'cross' followed by everyone in the boat,"
                + " for example: cross sam duck, cross sam";
    }

    @Override
    public Plan solve(Puzzle puzzle) {
        return new Plan(puzzle.plan());
    }

    private static Domain domain(Puzzle puzzle) {
        return new Domain(puzzle.names(), puzzle.rowers(), puzzle.boat(), puzzle.conflicts());
    }

    @Override
    public Score check(Puzzle puzzle, Plan plan) {
        return PlanCheck.optimal(domain(puzzle), plan, puzzle.plan().size(), 4 * puzzle.plan().size() + 20, "trips");
    }

    @Override
    public List<Plan> nearMisses(Puzzle puzzle, Plan gold, RandomGenerator random) {
        return PlanMisses.around(domain(puzzle), gold, random).stream().filter(miss -> !check(puzzle, miss).passed()).toList();
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.explored() * puzzle.names().size();
    }

    /** A state: bit i set when names[i] is on the north bank, bit n set when the boat is. */
    private record Domain(List<String> names, int rowers, int boat, List<List<Integer>> conflicts) implements PlanDomain<Integer> {
        @Override
        public Integer start() {
            return 0;
        }

        @Override
        public List<String> steps(Integer state) {
            int n = names.size();
            boolean north = (state >> n & 1) == 1;
            List<String> steps = new ArrayList<>();
            for (int group = 1; group < 1 << n; group++) {
                boolean here = north ? (group & ~state) == 0 : (group & state) == 0;
                if (here && Integer.bitCount(group) <= boat && (group & ((1 << rowers) - 1)) != 0) {
                    List<String> who = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        if ((group >> i & 1) == 1) {
                            who.add(names.get(i));
                        }
                    }
                    steps.add("cross " + String.join(" ", who));
                }
            }
            return steps;
        }

        @Override
        public Outcome<Integer> apply(Integer state, String step) {
            String[] words = step.split(" ");
            int n = names.size();
            boolean north = (state >> n & 1) == 1;
            if (!words[0].equals("cross")) {
                return Outcome.illegal("a trip starts with 'cross'");
            }
            int group = 0;
            for (int w = 1; w < words.length; w++) {
                int at = names.indexOf(words[w]);
                if (at < 0) {
                    return Outcome.illegal("there is no '" + words[w] + "' here");
                }
                if ((group >> at & 1) == 1) {
                    return Outcome.illegal(words[w] + " is named twice");
                }
                if (((state >> at & 1) == 1) != north) {
                    return Outcome.illegal(words[w] + " is not on the " + (north ? "north" : "south") + " bank with the boat");
                }
                group |= 1 << at;
            }
            if ((group & ((1 << rowers) - 1)) == 0) {
                return Outcome.illegal("nobody in the boat can row");
            }
            if (words.length - 1 > boat) {
                return Outcome.illegal("the boat holds at most " + boat);
            }
            int next = state ^ group ^ (1 << n);
            String broken = broken(next);
            return broken == null ? Outcome.to(next) : Outcome.illegal(broken);
        }

        private String broken(int state) {
            int n = names.size();
            int people = (1 << rowers) - 1;
            for (int side = 0; side < 2; side++) {
                int bank = side == 1 ? state & ((1 << n) - 1) : ~state & ((1 << n) - 1);
                if ((bank & people) != 0) {
                    continue;
                }
                for (List<Integer> pair : conflicts) {
                    if ((bank >> pair.get(0) & 1) == 1 && (bank >> pair.get(1) & 1) == 1) {
                        return names.get(pair.get(0)) + " and " + names.get(pair.get(1)) + " are left unwatched on the " + (side == 1 ? "north" : "south") + " bank";
                    }
                }
            }
            return null;
        }

        @Override
        public String unmet(Integer state) {
            int n = names.size();
            List<String> south = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if ((state >> i & 1) == 0) {
                    south.add(names.get(i));
                }
            }
            return south.isEmpty() ? null : String.join(", ", south) + " still on the south bank";
        }
    }
}
