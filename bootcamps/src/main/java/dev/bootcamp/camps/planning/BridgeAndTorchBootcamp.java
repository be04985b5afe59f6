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

/** Bridge and torch: walkers cross a narrow bridge at night in groups with one torch; the least total time is asked. */
@AutoService(Bootcamp.class)
public final class BridgeAndTorchBootcamp extends Camp<BridgeAndTorchBootcamp.Puzzle, Plan> {
    private static final Knob<Integer> PEOPLE = Knob.integer("people", 3, 8, 4, "walkers");
    private static final Knob<Integer> CAPACITY = Knob.integer("capacity", 2, 3, 2, "most walkers on the bridge at once");
    private static final Knob<Integer> SLOWEST = Knob.integer("slowest", 5, 60, 10, "largest crossing time in minutes");
    private static final BootcampInfo INFO = BootcampInfo.builder(BridgeAndTorchBootcamp.class)
            .title("Bridge and torch, least time")
            .version(1)
            .domain("planning")
            .tags("planning", "optimal-plan", "shortest-path", "partial-credit")
            .summary("Walkers with given crossing times must all cross a bridge at night; at most a few may be on it at once,"
                    + " every crossing needs the single torch, and a group walks at its slowest member's pace. Give the crossings"
                    + " and returns that get everyone over in the least total time (proved by uniform-cost search). The plan is"
                    + " replayed; the least time is CORRECT, a slower legal plan PARTIAL with reward least / time / 2, anything"
                    + " else WRONG.")
            .knob(PEOPLE)
            .knob(CAPACITY)
            .knob(SLOWEST)
            .answerShape("trips separated by commas, 'cross' or 'back' followed by the names of those walking, such as cross ann bob, back ann")
            .severalAnswers()
            .build();

    private static final List<String> NAMES = List.of("ann", "bob", "cleo", "dan", "eve", "finn", "gus", "hana", "ivan", "jo", "kim", "lea");

    /** The walkers' names and minutes, the bridge capacity, a fastest plan and its total time. */
    public record Puzzle(List<String> names, List<Integer> minutes, int capacity, List<String> plan, int least, int explored) {
        public Puzzle {
            names = List.copyOf(names);
            minutes = List.copyOf(minutes);
            plan = List.copyOf(plan);
        }
    }

    public BridgeAndTorchBootcamp() {
        super(INFO, PlanCodecs.steps(500));
    }

    @Override
    public Knobs atLevel(int level) {
        int[] people = {3, 4, 4, 5, 5, 6, 6, 7, 7, 8};
        return INFO.defaults().with(PEOPLE, people[level - 1]).with(CAPACITY, level >= 9 ? 3 : 2).with(SLOWEST, Draw.scale(level, 10, 40));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        List<String> names = Draw.sample(NAMES, knobs.get(PEOPLE), random);
        List<Integer> minutes = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            minutes.add(Draw.between(1, knobs.get(SLOWEST), random));
        }
        Domain domain = new Domain(names, minutes, Math.min(knobs.get(CAPACITY), names.size() - 1));
        PlanSearch.Found found = PlanSearch.cheapest(domain, Integer.MAX_VALUE);
        return new Puzzle(names, minutes, domain.capacity(), found.plan(), found.cost(), found.expanded());
    }

    @Override
    public String question(Puzzle puzzle) {
        List<String> walkers = new ArrayList<>();
        for (int i = 0; i < puzzle.names().size(); i++) {
            walkers.add(puzzle.names().get(i) + " " + puzzle.minutes().get(i) + " min");
        }
        return "At night " + walkers.size() + " people stand at the west end of a narrow bridge: " + String.join(", ", walkers)
                + " (the time each needs to walk across alone). They own one torch, and nobody may be on the bridge without it,"
                + " so every trip carries the torch from one end to the other. At most " + puzzle.capacity() + " people fit on"
                + " the bridge at a time, and a group walks at the pace of its slowest member. Trips alternate: a crossing from"
                + " west to east, then a return from east to west bringing the torch back, and so on.\n\nGet everyone to the east"
                + " end in the least total number of minutes. Write the trips in order, separated by commas: 'cross' followed by the"
                + " names of those walking east, or 'back' followed by the names of those walking west, as in: cross zed yan, back zed";
    }

    @Override
    public Plan solve(Puzzle puzzle) {
        return new Plan(puzzle.plan());
    }

    private static Domain domain(Puzzle puzzle) {
        return new Domain(puzzle.names(), puzzle.minutes(), puzzle.capacity());
    }

    @Override
    public Score check(Puzzle puzzle, Plan plan) {
        return PlanCheck.optimal(domain(puzzle), plan, puzzle.least(), 200, "minutes");
    }

    @Override
    public List<Plan> nearMisses(Puzzle puzzle, Plan gold, RandomGenerator random) {
        List<Plan> misses = new ArrayList<>(PlanMisses.around(domain(puzzle), gold, random));
        String first = gold.steps().get(0);
        String[] words = first.split(" ");
        List<String> slower = new ArrayList<>(gold.steps());
        slower.add(0, "cross " + words[1]);
        slower.add(1, "back " + words[1]);
        misses.add(new Plan(slower));
        return misses.stream().filter(miss -> !check(puzzle, miss).passed()).toList();
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.explored();
    }

    /** A state: bit i set when walker i is on the east side, bit n set when the torch is. */
    private record Domain(List<String> names, List<Integer> minutes, int capacity) implements PlanDomain<Integer> {
        @Override
        public Integer start() {
            return 0;
        }

        @Override
        public boolean unitCosts() {
            return false;
        }

        @Override
        public List<String> steps(Integer state) {
            int n = names.size();
            boolean east = (state >> n & 1) == 1;
            List<String> steps = new ArrayList<>();
            for (int group = 1; group < 1 << n; group++) {
                int size = Integer.bitCount(group);
                boolean onSide = east ? (group & ~state) == 0 : (group & state) == 0;
                if (size <= capacity && onSide) {
                    List<String> who = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        if ((group >> i & 1) == 1) {
                            who.add(names.get(i));
                        }
                    }
                    steps.add((east ? "back " : "cross ") + String.join(" ", who));
                }
            }
            return steps;
        }

        /** The walkers a step names as a bit set, or -1 with the reason in {@code why}. */
        private int group(String[] words, StringBuilder why) {
            int group = 0;
            for (int w = 1; w < words.length; w++) {
                int at = names.indexOf(words[w]);
                if (at < 0) {
                    why.append("nobody is called '").append(words[w]).append("'");
                    return -1;
                }
                if ((group >> at & 1) == 1) {
                    why.append(words[w]).append(" is named twice");
                    return -1;
                }
                group |= 1 << at;
            }
            return group;
        }

        @Override
        public Outcome<Integer> apply(Integer state, String step) {
            String[] words = step.split(" ");
            int n = names.size();
            boolean east = (state >> n & 1) == 1;
            if (!words[0].equals("cross") && !words[0].equals("back")) {
                return Outcome.illegal("a trip starts with 'cross' or 'back'");
            }
            if (words.length < 2) {
                return Outcome.illegal("nobody walks, but someone must carry the torch");
            }
            StringBuilder why = new StringBuilder();
            int group = group(words, why);
            if (group < 0) {
                return Outcome.illegal(why.toString());
            }
            if (words.length - 1 > capacity) {
                return Outcome.illegal("at most " + capacity + " people fit on the bridge");
            }
            if (words[0].equals("cross") == east) {
                return Outcome.illegal("the torch is on the " + (east ? "east" : "west") + " side, so the next trip is '" + (east ? "back" : "cross") + "'");
            }
            for (int i = 0; i < n; i++) {
                if ((group >> i & 1) == 1 && ((state >> i & 1) == 1) != east) {
                    return Outcome.illegal(names.get(i) + " is not on the " + (east ? "east" : "west") + " side");
                }
            }
            return Outcome.to((state ^ group) ^ (1 << n));
        }

        @Override
        public int cost(Integer state, String step) {
            StringBuilder why = new StringBuilder();
            int group = group(step.split(" "), why);
            int slowest = 0;
            for (int i = 0; i < names.size(); i++) {
                if ((group >> i & 1) == 1) {
                    slowest = Math.max(slowest, minutes.get(i));
                }
            }
            return slowest;
        }

        @Override
        public String unmet(Integer state) {
            int n = names.size();
            List<String> west = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if ((state >> i & 1) == 0) {
                    west.add(names.get(i));
                }
            }
            return west.isEmpty() ? null : String.join(", ", west) + " still on the west side";
        }
    }
}
