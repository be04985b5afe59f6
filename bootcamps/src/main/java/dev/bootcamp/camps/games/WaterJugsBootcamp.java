package dev.bootcamp.camps.games;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.AnswerFormatException;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.StepWords;
import dev.bootcamp.verify.Answers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;

/** Water jugs: fill, empty and pour between unmarked jugs until one holds an exact amount. */
@AutoService(Bootcamp.class)
public final class WaterJugsBootcamp implements Bootcamp<WaterJugsBootcamp.Puzzle, WaterJugsBootcamp.Answer> {
    private static final BootcampInfo INFO = BootcampInfo.builder(WaterJugsBootcamp.class)
            .title("Water jugs")
            .version(2)
            .domain("games")
            .tags("planning", "search", "breadth-first-search", "partial-credit")
            .summary("Unmarked jugs of given capacities start empty or, with the prefilled knob (on at every level), holding"
                    + " given amounts, next to an unlimited tap and drain; with the actions"
                    + " fill, empty and pour (from one jug into another until the first is empty or the second full),"
                    + " reach a state in which some jug holds exactly a target amount. The actions are simulated and the"
                    + " final state must have a jug holding the target. The fewest actions (found by breadth-first search)"
                    + " is CORRECT; a working but longer sequence is PARTIAL with reward shortest/length; a sequence that"
                    + " ends without the target, names a missing jug, or misstates the amounts is WRONG. Each action carries"
                    + " the amounts in every jug after it, checked against the simulation: with two jugs the plans alone"
                    + " (fill B, pour B A, ...) repeat across puzzles, and the amounts tie the answer to its puzzle.")
            .knob(Knob.integer("jugs", 2, 4, 2, "number of jugs"))
            .knob(Knob.integer("max-capacity", 3, 40, 9, "largest capacity in litres (capacities are distinct, 2..max-capacity)"))
            .knob(Knob.integer("min-steps", 1, 20, 4, "fewest actions the shortest solution must need (when no instance"
                    + " drawn within the search budget allows it, the deepest one found is used)"))
            .knob(Knob.flag("prefilled", false, "the jugs start with random amounts instead of empty"))
            .answerShape("the actions in order, separated by commas, each one of fill X, empty X, pour X Y followed by the"
                    + " amounts in all jugs after it in square brackets, such as fill B [0 5]")
            .severalAnswers()
            .build();

    private static final String JUGS = "ABCD";
    private static final int MAX_ACTIONS = 10_000;
    private static final int ATTEMPTS = 200;
    /** Jug states searched for one puzzle before the deepest instance found so far is used. */
    private static final long STATE_BUDGET = 4_000_000;
    private static final List<String> FILLER = List.of("jug", "into", "in", "to", "from", "the", "then", "water");

    /** Capacities of jugs A, B, ... in litres, their amounts at the start, the target amount, and the fewest actions needed. */
    public record Puzzle(List<Integer> capacities, List<Integer> start, int target, int optimum) {
        public Puzzle {
            capacities = List.copyOf(capacities);
            start = List.copyOf(start);
        }
    }

    /**
     * Actions written {@code fill A}, {@code empty B} or {@code pour A B}, and for each the amounts claimed in every jug
     * after it (an empty list where the answer gave none).
     */
    public record Answer(List<String> actions, List<List<Integer>> amounts) {
        public Answer {
            actions = List.copyOf(actions);
            amounts = amounts.stream().map(List::copyOf).toList();
            if (amounts.size() != actions.size()) {
                throw new IllegalArgumentException("one list of amounts per action, found " + amounts.size() + " for " + actions.size());
            }
        }
    }

    @Override
    public BootcampInfo info() {
        return INFO;
    }

    @Override
    public Knobs atLevel(int level) {
        int[] capacity = {6, 10, 11, 12, 13, 16, 20, 24, 28, 32};
        int[] steps = {2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
        return INFO.defaults()
                .with("jugs", level >= 5 ? 3 : 2)
                .with("max-capacity", capacity[level - 1])
                .with("min-steps", steps[level - 1])
                .with("prefilled", true);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int jugs = Math.min(knobs.integer("jugs"), knobs.integer("max-capacity") - 1);
        List<Integer> sizes = new ArrayList<>();
        for (int size = 2; size <= knobs.integer("max-capacity"); size++) {
            sizes.add(size);
        }
        int minSteps = knobs.integer("min-steps");
        Puzzle deepest = null;
        long states = 0;
        for (int attempt = 0; attempt < ATTEMPTS && states < STATE_BUDGET || deepest == null; attempt++) {
            List<Integer> capacities = new ArrayList<>(Draw.sample(sizes, jugs, random));
            Draw.shuffle(capacities, random);
            List<Integer> start = new ArrayList<>();
            for (int capacity : capacities) {
                start.add(knobs.flag("prefilled") ? Draw.between(0, capacity, random) : 0);
            }
            WaterJugsSearch search = WaterJugsSearch.of(capacities, start);
            states += search.states();
            int[] fewest = search.fewestPerAmount();
            List<Integer> targets = new ArrayList<>();
            int most = 0;
            for (int amount = 1; amount < fewest.length; amount++) {
                most = Math.max(most, fewest[amount]);
                if (fewest[amount] >= minSteps) {
                    targets.add(amount);
                }
            }
            if (!targets.isEmpty()) {
                int target = Draw.pick(targets, random);
                return new Puzzle(capacities, start, target, fewest[target]);
            }
            // An amount at 0 actions is either out of reach or already in a jug: never a target.
            if (most > 0 && (deepest == null || most > deepest.optimum())) {
                int depth = most;
                int target = Draw.pick(IntStream.range(1, fewest.length).filter(amount -> fewest[amount] == depth).boxed().toList(), random);
                deepest = new Puzzle(capacities, start, target, depth);
            }
        }
        return deepest;
    }

    @Override
    public String question(Puzzle puzzle) {
        List<Integer> capacities = puzzle.capacities();
        StringBuilder text = new StringBuilder();
        boolean empty = puzzle.start().stream().allMatch(amount -> amount == 0);
        text.append("You have ").append(capacities.size()).append(" unmarked jugs").append(empty ? ", all empty to start:" : ":");
        for (int jug = 0; jug < capacities.size(); jug++) {
            text.append(jug == 0 ? " " : jug == capacities.size() - 1 ? " and " : ", ").append("jug ").append(JUGS.charAt(jug))
                    .append(" has a capacity of ").append(capacities.get(jug)).append(" litres");
            if (!empty) {
                text.append(" and now holds ").append(puzzle.start().get(jug));
            }
        }
        text.append(". There is a tap with unlimited water and a drain. The allowed actions are:\n")
                .append("- fill X: fill jug X to the brim from the tap;\n")
                .append("- empty X: pour all of jug X down the drain;\n")
                .append("- pour X Y: pour from jug X into jug Y until X is empty or Y is full, whichever comes first.\n\n")
                .append("Reach a state in which some jug holds exactly ").append(puzzle.target()).append(" litres after your last")
                .append(" action, using as few actions as possible. Answer with the actions in order, separated by commas,")
                .append(" and after each action write the amounts in all the jugs once it is done, jug A first, in square")
                .append(" brackets: for two jugs of 3 and 5 litres, starting empty, fill B [0 5], pour B A [3 2].");
        return text.toString();
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return annotated(puzzle, WaterJugsSearch.of(puzzle.capacities(), puzzle.start()).shortest(puzzle.target()));
    }

    /** The actions with the true amounts after each (actions naming missing jugs are left unannotated). */
    private static Answer annotated(Puzzle puzzle, List<String> actions) {
        int[] state = puzzle.start().stream().mapToInt(Integer::intValue).toArray();
        List<List<Integer>> amounts = new ArrayList<>();
        for (String action : actions) {
            if (!names(action, puzzle.capacities().size())) {
                amounts.add(List.of());
                continue;
            }
            state = apply(state, puzzle.capacities(), action);
            amounts.add(Arrays.stream(state).boxed().toList());
        }
        return new Answer(actions, amounts);
    }

    /** Whether every jug an action names exists. */
    private static boolean names(String action, int jugs) {
        String[] parts = action.split(" ");
        for (int part = 1; part < parts.length; part++) {
            if (JUGS.indexOf(parts[part].charAt(0)) >= jugs) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String render(Answer answer) {
        List<String> written = new ArrayList<>();
        for (int i = 0; i < answer.actions().size(); i++) {
            List<Integer> amounts = answer.amounts().get(i);
            written.add(answer.actions().get(i) + (amounts.isEmpty() ? ""
                    : " [" + String.join(" ", amounts.stream().map(String::valueOf).toList()) + "]"));
        }
        return String.join(", ", written);
    }

    @Override
    public Answer parse(String text) {
        List<String> words = StepWords.of(text, FILLER, 7 * MAX_ACTIONS, "more than " + MAX_ACTIONS + " actions");
        List<String> actions = new ArrayList<>();
        List<List<Integer>> amounts = new ArrayList<>();
        for (int i = 0; i < words.size(); ) {
            String verb = words.get(i);
            int operands = switch (verb) {
                case "fill", "empty" -> 1;
                case "pour" -> 2;
                default -> throw new AnswerFormatException("expected an action fill, empty or pour, found '" + Answers.abbreviate(verb) + "'");
            };
            StringBuilder action = new StringBuilder(verb);
            for (int j = 1; j <= operands; j++) {
                if (i + j >= words.size() || words.get(i + j).length() != 1 || JUGS.indexOf(Character.toUpperCase(words.get(i + j).charAt(0))) < 0) {
                    throw new AnswerFormatException("'" + verb + "' needs " + (operands == 1 ? "a jug letter" : "two jug letters") + " (A to D)");
                }
                action.append(' ').append(Character.toUpperCase(words.get(i + j).charAt(0)));
            }
            actions.add(action.toString());
            i += operands + 1;
            List<Integer> after = new ArrayList<>();
            while (i < words.size() && words.get(i).chars().allMatch(Character::isDigit)) {
                if (words.get(i).length() > 6 || after.size() == JUGS.length()) {
                    throw new AnswerFormatException("too many or too large amounts after '" + action + "'");
                }
                after.add(Integer.parseInt(words.get(i++)));
            }
            amounts.add(after);
        }
        if (actions.isEmpty()) {
            throw new AnswerFormatException("no actions found");
        }
        return new Answer(actions, amounts);
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        List<Integer> capacities = puzzle.capacities();
        int[] state = puzzle.start().stream().mapToInt(Integer::intValue).toArray();
        for (int i = 0; i < answer.actions().size(); i++) {
            String action = answer.actions().get(i);
            String[] parts = action.split(" ");
            for (int part = 1; part < parts.length; part++) {
                if (JUGS.indexOf(parts[part].charAt(0)) >= capacities.size()) {
                    return Score.wrong("action " + (i + 1) + " (" + action + ") names jug " + parts[part] + ", but the jugs are A to "
                            + JUGS.charAt(capacities.size() - 1));
                }
            }
            if (parts.length == 3 && parts[1].equals(parts[2])) {
                return Score.wrong("action " + (i + 1) + " (" + action + ") pours a jug into itself");
            }
            state = apply(state, capacities, action);
            List<Integer> claimed = answer.amounts().get(i);
            List<Integer> actual = Arrays.stream(state).boxed().toList();
            if (claimed.isEmpty()) {
                return Score.wrong("action " + (i + 1) + " (" + action + ") gives no amounts; after it the jugs hold " + actual);
            }
            if (!claimed.equals(actual)) {
                return Score.wrong("after action " + (i + 1) + " (" + action + ") the jugs hold " + actual + ", not " + claimed);
            }
        }
        if (!holds(state, puzzle.target())) {
            return Score.wrong("after the last action the jugs hold " + Arrays.toString(state) + " litres; none holds " + puzzle.target());
        }
        int length = answer.actions().size();
        if (length <= puzzle.optimum()) {
            return Score.correct("measured " + puzzle.target() + " litres in the fewest possible actions, " + length);
        }
        return Score.partial((double) puzzle.optimum() / length,
                "measured " + puzzle.target() + " litres in " + length + " actions; the fewest possible is " + puzzle.optimum());
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<String> actions = gold.actions();
        List<List<String>> misses = new ArrayList<>();
        List<Answer> answers = new ArrayList<>();
        List<List<Integer>> misstated = new ArrayList<>(gold.amounts());
        List<Integer> last = new ArrayList<>(misstated.get(misstated.size() - 1));
        last.set(0, last.get(0) + 1);
        misstated.set(misstated.size() - 1, last);
        answers.add(new Answer(actions, misstated));
        misses.add(actions.subList(0, actions.size() - 1));
        for (int i = 0; i < actions.size(); i++) {
            String[] parts = actions.get(i).split(" ");
            if (parts.length == 3) {
                List<String> reversed = new ArrayList<>(actions);
                reversed.set(i, "pour " + parts[2] + " " + parts[1]);
                misses.add(reversed);
                break;
            }
        }
        List<String> swapped = new ArrayList<>(actions);
        int at = random.nextInt(actions.size());
        String[] parts = actions.get(at).split(" ");
        swapped.set(at, (parts[0].equals("fill") ? "empty " : "fill ") + parts[1]);
        misses.add(swapped);
        List<String> wasteful = new ArrayList<>(List.of("fill A", "empty A"));
        wasteful.addAll(actions);
        misses.add(wasteful);
        misses.stream().filter(miss -> !miss.isEmpty()).forEach(miss -> answers.add(annotated(puzzle, miss)));
        return answers.stream().filter(miss -> !check(puzzle, miss).passed()).toList();
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.optimum() * puzzle.capacities().size();
    }

    private static int[] apply(int[] state, List<Integer> capacities, String action) {
        int[] next = state.clone();
        int first = JUGS.indexOf(action.charAt(action.indexOf(' ') + 1));
        if (action.startsWith("fill")) {
            next[first] = capacities.get(first);
        } else if (action.startsWith("empty")) {
            next[first] = 0;
        } else {
            int second = JUGS.indexOf(action.charAt(action.length() - 1));
            int amount = Math.min(next[first], capacities.get(second) - next[second]);
            next[first] -= amount;
            next[second] += amount;
        }
        return next;
    }

    private static boolean holds(int[] state, int target) {
        return Arrays.stream(state).anyMatch(amount -> amount == target);
    }
}
