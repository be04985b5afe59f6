package dev.bootcamp.camps.algorithms;

import static java.util.Objects.requireNonNull;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.AnswerFormatException;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Camp;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.Items;
import dev.bootcamp.camps.kit.ListCodecs;
import dev.bootcamp.camps.kit.NearMisses;
import dev.bootcamp.verify.Answers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/** Binary search trace: for each of several targets, the positions a precisely stated binary search looks at, in order. */
@AutoService(Bootcamp.class)
public final class BinarySearchTraceBootcamp extends Camp<BinarySearchTraceBootcamp.Puzzle, BinarySearchTraceBootcamp.Answer> {
    private static final List<String> VARIANTS = List.of("exact", "leftmost", "rightmost", "mixed");
    private static final Knob<Integer> LENGTH = Knob.integer("length", 1, 2000, 15, "number of values in the sorted list");
    private static final Knob<String> VARIANT = Knob.choice("variant", VARIANTS, "exact", "the procedure: exact, leftmost, rightmost, or mixed (one of the"
            + " three drawn per puzzle)");
    private static final Knob<Integer> MAX_STEP = Knob.integer("max-step", 1, 1000, 5, "largest gap between neighbouring distinct values");
    private static final Knob<Double> REPEATS = Knob.decimal("repeats", 0.0, 0.9, 0.0, "chance that a value repeats the one before it");
    private static final Knob<Double> PRESENT = Knob.decimal("present", 0.0, 1.0, 0.6, "chance that each target occurs in the list");
    private static final Knob<Integer> TARGETS = Knob.integer("targets", 1, 10, 3, "number of targets searched for in the same list, answered together");
    private static final BootcampInfo INFO = BootcampInfo.builder(BinarySearchTraceBootcamp.class)
            .title("Binary search trace")
            .version(2)
            .domain("algorithms")
            .tags("binary-search", "simulation", "arrays")
            .summary("Given a sorted list, several targets and one of three precisely stated binary-search procedures (stop at an"
                    + " equal value; find the leftmost position whose value is at least the target; find the rightmost"
                    + " position whose value is at most the target, with the middle rounded up), give for each target the positions"
                    + " the procedure looks at, in order. Each trace is unique and compared probe by probe: CORRECT only when"
                    + " every trace matches, otherwise WRONG naming the first difference; no partial credit, since one short"
                    + " trace on a small list is guessable and several together are not.")
            .knob(LENGTH)
            .knob(VARIANT)
            .knob(MAX_STEP)
            .knob(REPEATS)
            .knob(PRESENT)
            .knob(TARGETS)
            .answerShape("one line per target: the positions looked at, in order, separated by spaces")
            .build();

    /** The values (ascending), the targets, the procedure, and one trace per target (kept for checking, never shown). */
    public record Puzzle(List<Integer> values, List<Integer> targets, String variant, List<List<Integer>> traces) {
        public Puzzle {
            values = List.copyOf(requireNonNull(values, "values is null"));
            targets = List.copyOf(requireNonNull(targets, "targets is null"));
            requireNonNull(variant, "variant is null");
            traces = requireNonNull(traces, "traces is null").stream().map(List::copyOf).toList();
        }
    }

    /** For each target in order, the positions looked at, in order, counted from 1. */
    public record Answer(List<List<Integer>> traces) {
        public Answer {
            traces = requireNonNull(traces, "traces is null").stream().map(List::copyOf).toList();
        }
    }

    public BinarySearchTraceBootcamp() {
        super(INFO, ListCodecs.lines(line -> positions(line.substring(line.lastIndexOf(':') + 1)),
                (List<Integer> trace) -> String.join(" ", trace.stream().map(String::valueOf).toList()), ";|", "positions").map(Answer::new, Answer::traces));
    }

    @Override
    public Knobs atLevel(int level) {
        String variant = level <= 3 ? "exact" : level <= 6 ? "leftmost" : level <= 8 ? "rightmost" : "mixed";
        return INFO.defaults()
                .with(LENGTH, Draw.scale(level, 7, 250))
                .with(VARIANT, variant)
                .with(MAX_STEP, Draw.scale(level, 3, 30))
                .with(REPEATS, Draw.scale(level, 0, 30) / 100.0);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int length = knobs.get(LENGTH);
        int maxStep = knobs.get(MAX_STEP);
        List<Integer> values = new ArrayList<>();
        int value = Draw.between(0, maxStep, random);
        for (int i = 0; i < length; i++) {
            if (i > 0 && random.nextDouble() >= knobs.get(REPEATS)) {
                value += Draw.between(1, maxStep, random);
            }
            values.add(value);
        }
        String variant = knobs.get(VARIANT);
        if (variant.equals("mixed")) {
            variant = VARIANTS.get(random.nextInt(3));
        }
        List<Integer> targets = new ArrayList<>();
        List<List<Integer>> traces = new ArrayList<>();
        for (int k = 0; k < knobs.get(TARGETS); k++) {
            int target = 0;
            // A few redraws keep the targets distinct; on a tiny list a repeat is allowed.
            for (int attempt = 0; attempt < 10 && (attempt == 0 || targets.contains(target)); attempt++) {
                if (random.nextDouble() < knobs.get(PRESENT)) {
                    target = values.get(random.nextInt(length));
                } else {
                    target = Draw.between(values.get(0) - maxStep, values.get(length - 1) + maxStep, random);
                }
            }
            targets.add(target);
            traces.add(trace(values, target, variant, false));
        }
        return new Puzzle(values, targets, variant, traces);
    }

    @Override
    public String question(Puzzle puzzle) {
        int n = puzzle.values().size();
        StringBuilder text = new StringBuilder();
        text.append("Here is a list of ").append(n).append(" integers in ascending order, written as position:value, with")
                .append(" positions counted from 1:\n\n");
        for (int i = 0; i < n; i++) {
            text.append(i % 10 == 0 ? (i == 0 ? "" : "\n") : " ").append(i + 1).append(':').append(puzzle.values().get(i));
        }
        List<String> targets = puzzle.targets().stream().map(String::valueOf).toList();
        text.append("\n\nThe targets are ").append(String.join(", ", targets)).append(". For each target, run this binary search")
                .append(" procedure exactly:\n\n");
        switch (puzzle.variant()) {
            case "exact" -> text.append("Set low = 1 and high = ").append(n).append(". While low <= high: let mid = (low + high)")
                    .append(" / 2 rounded down, and look at the value at position mid. If it equals the target, stop. If it")
                    .append(" is less than the target, set low = mid + 1. If it is greater than the target, set high = mid - 1.");
            case "leftmost" -> text.append("Set low = 1 and high = ").append(n + 1).append(". While low < high: let mid = (low +")
                    .append(" high) / 2 rounded down, and look at the value at position mid. If it is less than the target,")
                    .append(" set low = mid + 1; otherwise set high = mid. (This finds the leftmost position whose value is")
                    .append(" at least the target; it does not stop early when it sees the target.)");
            default -> text.append("Set low = 0 and high = ").append(n).append(". While low < high: let mid = (low + high)")
                    .append(" / 2 rounded up, and look at the value at position mid. If it is greater than the target, set")
                    .append(" high = mid - 1; otherwise set low = mid. (This finds the rightmost position whose value is at")
                    .append(" most the target; it does not stop early when it sees the target.)");
        }
        text.append("\n\nFor each target, list every position mid that the procedure looks at, in the order it looks at")
                .append(" them, including the last one. Answer with ").append(targets.size()).append(" lines, one per target in")
                .append(" the order given, each holding that target's positions separated by spaces (a line may start with")
                .append(" the target and a colon, as in \"").append(targets.get(0)).append(": 8 4 6\"). The answer is correct")
                .append(" only when every line is right.");
        return text.toString();
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.traces());
    }

    private static List<Integer> positions(String text) {
        List<Integer> positions = new ArrayList<>();
        for (String token : Answers.tokens(text, "->\u2192")) {
            String word = token.toLowerCase(Locale.ROOT);
            if (word.equals("mid") || word.equals("positions") || word.equals("position")) {
                continue;
            }
            positions.add(Answers.intValue(word.startsWith("mid=") ? word.substring(4) : word));
        }
        if (positions.isEmpty()) {
            throw new AnswerFormatException("a line holds no positions");
        }
        return positions;
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        int count = puzzle.targets().size();
        Score problem = Items.firstProblem(count, answer.traces().size(), "lines, one per target", k -> {
            String difference = difference(puzzle.traces().get(k), answer.traces().get(k));
            return difference == null ? null : "target " + puzzle.targets().get(k) + ": " + difference;
        });
        return problem != null ? problem : Score.correct("all " + count + " traces match");
    }

    /** The first way a listed trace differs from the procedure's, or null when they agree. */
    private static String difference(List<Integer> expected, List<Integer> found) {
        for (int i = 0; i < Math.min(expected.size(), found.size()); i++) {
            if (!expected.get(i).equals(found.get(i))) {
                return "look " + (i + 1) + " is at position " + found.get(i) + ", but the procedure looks at " + expected.get(i);
            }
        }
        if (found.size() < expected.size()) {
            return "the first " + found.size() + " positions are right, but the procedure looks at " + expected.size();
        }
        if (found.size() > expected.size()) {
            return "the procedure stops after " + expected.size() + " looks, but " + found.size() + " are listed";
        }
        return null;
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        int k = random.nextInt(puzzle.targets().size());
        int target = puzzle.targets().get(k);
        List<List<Integer>> candidates = new ArrayList<>();
        for (String variant : VARIANTS.subList(0, 3)) {
            candidates.add(trace(puzzle.values(), target, variant, false));
        }
        candidates.add(trace(puzzle.values(), target, puzzle.variant(), true));
        List<Integer> positions = gold.traces().get(k);
        if (positions.size() > 1) {
            candidates.add(positions.subList(0, positions.size() - 1));
        }
        List<Integer> longer = new ArrayList<>(positions);
        longer.add(positions.get(positions.size() - 1) + 1);
        candidates.add(longer);
        return NearMisses.replaced(gold.traces(), k, candidates.stream().filter(candidate -> !candidate.isEmpty()).distinct().toList()).stream()
                .map(Answer::new).toList();
    }

    @Override
    public double cost(Puzzle puzzle) {
        return (double) puzzle.values().size() * puzzle.targets().size();
    }

    /** The probes of a procedure; {@code otherRounding} rounds the middle the other way, a common slip. */
    private static List<Integer> trace(List<Integer> values, int target, String variant, boolean otherRounding) {
        int n = values.size();
        List<Integer> probes = new ArrayList<>();
        switch (variant) {
            case "exact" -> {
                int low = 1;
                int high = n;
                while (low <= high) {
                    int mid = middle(low, high, otherRounding);
                    probes.add(mid);
                    int value = values.get(mid - 1);
                    if (value == target) {
                        break;
                    }
                    if (value < target) {
                        low = mid + 1;
                    } else {
                        high = mid - 1;
                    }
                }
            }
            case "leftmost" -> {
                int low = 1;
                int high = n + 1;
                while (low < high) {
                    int mid = Math.min(n, middle(low, high, otherRounding));
                    if (stuck(probes, mid)) {
                        break;
                    }
                    probes.add(mid);
                    if (values.get(mid - 1) < target) {
                        low = mid + 1;
                    } else {
                        high = mid;
                    }
                }
            }
            default -> {
                int low = 0;
                int high = n;
                while (low < high) {
                    int mid = Math.max(1, middle(low, high, !otherRounding));
                    if (stuck(probes, mid)) {
                        break;
                    }
                    probes.add(mid);
                    if (values.get(mid - 1) > target) {
                        high = mid - 1;
                    } else {
                        low = mid;
                    }
                }
            }
        }
        return probes;
    }

    /**
     * Whether the search would look at the same position twice in a row, which the stated procedures never do but
     * the wrongly rounded ones would forever.
     */
    private static boolean stuck(List<Integer> probes, int mid) {
        return !probes.isEmpty() && probes.get(probes.size() - 1) == mid;
    }

    /** The middle of low..high rounded down, or up when {@code up}. */
    private static int middle(int low, int high, boolean up) {
        return (low + high + (up ? 1 : 0)) / 2;
    }
}
