package dev.bootcamp.camps.planning;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Camp;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.boards.Compass;
import dev.bootcamp.camps.kit.boards.Explore;
import dev.bootcamp.camps.kit.boards.Squares;
import dev.bootcamp.camps.kit.planning.Outcome;
import dev.bootcamp.camps.kit.planning.Plan;
import dev.bootcamp.camps.kit.planning.PlanCheck;
import dev.bootcamp.camps.kit.planning.PlanCodecs;
import dev.bootcamp.camps.kit.planning.PlanDomain;
import dev.bootcamp.camps.kit.planning.PlanMisses;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/** Tilt maze: every tilt rolls all marbles at once until they stop; bring the red marble to rest on the target in the fewest tilts. */
@AutoService(Bootcamp.class)
public final class TiltMarblesBootcamp extends Camp<TiltMarblesBootcamp.Puzzle, Plan> {
    private static final Knob<Integer> SIZE = Knob.integer("size", 5, 10, 7, "the tray is size x size, its rim included");
    private static final Knob<Integer> MARBLES = Knob.integer("marbles", 1, 5, 3, "marbles, the red one included");
    private static final Knob<Integer> BLOCKS = Knob.integer("blocks", 0, 25, 12, "percent of inner squares that are posts");
    private static final Knob<Integer> MIN_TILTS = Knob.integer("min-tilts", 2, 14, 5, "fewest tilts the puzzle should need (the hardest drawn is used otherwise)");
    private static final int MAX_STATES = 4_000;
    private static final BootcampInfo INFO = BootcampInfo.builder(TiltMarblesBootcamp.class)
            .title("Tilt maze with several marbles, fewest tilts")
            .version(1)
            .domain("planning")
            .tags("planning", "sliding", "optimal-plan", "partial-credit")
            .summary("Marbles lie in a walled tray with posts. Tilting the tray north, south, east or west rolls every marble that"
                    + " way at once until it meets a wall, a post or a marble that has stopped. Bring the red marble to rest on the"
                    + " target in the fewest tilts (the target is drawn at a breadth-first distance, so the optimum is proved)."
                    + " Replayed; the fewest is CORRECT, a longer legal solution PARTIAL with reward shortest / length / 2, anything"
                    + " else WRONG.")
            .knob(SIZE)
            .knob(MARBLES)
            .knob(BLOCKS)
            .knob(MIN_TILTS)
            .answerShape("tilts as letters N, S, E, W, such as NWWS")
            .severalAnswers()
            .build();

    /** The tray rows ('#' wall or post, '.' floor), the red marble's square, the other marbles', the target, the gold plan, the states searched. */
    public record Puzzle(List<String> tray, int red, List<Integer> others, int target, List<String> plan, int explored) {
        public Puzzle {
            tray = List.copyOf(tray);
            others = List.copyOf(others);
            plan = List.copyOf(plan);
        }
    }

    public TiltMarblesBootcamp() {
        super(INFO, PlanCodecs.letters("NSEW", 300));
    }

    @Override
    public Knobs atLevel(int level) {
        int[] sizes = {6, 6, 7, 7, 8, 8, 9, 9, 10, 10};
        int[] marbles = {2, 2, 2, 3, 3, 3, 4, 4, 5, 5};
        int[] tilts = {3, 3, 4, 5, 6, 7, 8, 9, 10, 12};
        return INFO.defaults().with(SIZE, sizes[level - 1]).with(MARBLES, marbles[level - 1]).with(MIN_TILTS, tilts[level - 1]);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int size = knobs.get(SIZE);
        Puzzle best = null;
        for (int attempt = 0; attempt < 40 && (best == null || attempt < 6 && best.plan().size() < knobs.get(MIN_TILTS)); attempt++) {
            char[][] cells = new char[size][size];
            List<Integer> floor = new ArrayList<>();
            for (int row = 0; row < size; row++) {
                for (int column = 0; column < size; column++) {
                    boolean rim = row == 0 || column == 0 || row == size - 1 || column == size - 1;
                    cells[row][column] = rim || random.nextInt(100) < knobs.get(BLOCKS) ? '#' : '.';
                    if (cells[row][column] == '.') {
                        floor.add(row * size + column);
                    }
                }
            }
            if (floor.size() < knobs.get(MARBLES) + 2) {
                continue;
            }
            List<Integer> marbles = Draw.sample(floor, knobs.get(MARBLES), random);
            List<String> tray = new ArrayList<>();
            for (char[] row : cells) {
                tray.add(new String(row));
            }
            Puzzle draft = new Puzzle(tray, marbles.get(0), marbles.subList(1, marbles.size()), -1, List.of(), 0);
            Explore.Target target = Explore.pick(new Domain(draft), state -> state.charAt(0), new HashSet<>(marbles),
                    knobs.get(MIN_TILTS), MAX_STATES, random);
            if (target != null && (best == null || target.plan().size() > best.plan().size())) {
                best = new Puzzle(tray, draft.red(), draft.others(), target.key(), target.plan(), target.explored());
            }
        }
        if (best == null) {
            // An open tray: the red marble in the top left corner rolls east, then south.
            List<String> tray = new ArrayList<>();
            for (int row = 0; row < size; row++) {
                tray.add(row == 0 || row == size - 1 ? "#".repeat(size) : "#" + ".".repeat(size - 2) + "#");
            }
            return new Puzzle(tray, size + 1, List.of(), size * (size - 1) - 2, List.of("E", "S"), 2);
        }
        return best;
    }

    @Override
    public String question(Puzzle puzzle) {
        int size = puzzle.tray().size();
        List<String> rows = new ArrayList<>();
        for (int row = 0; row < size; row++) {
            char[] cells = puzzle.tray().get(row).toCharArray();
            for (int column = 0; column < size; column++) {
                int square = row * size + column;
                if (square == puzzle.red()) {
                    cells[column] = 'R';
                } else if (puzzle.others().contains(square)) {
                    cells[column] = 'o';
                } else if (square == puzzle.target()) {
                    cells[column] = 'X';
                }
            }
            rows.add(new String(cells));
        }
        return "A wooden tray seen from above, north at the top (columns lettered from the left, rows numbered from the top)."
                + " '#' is the rim or a fixed post, '.' open floor, R the red marble, o a grey marble, and X marks the target"
                + " spot " + Squares.of(puzzle.target(), size) + ".\n\n" + Squares.labelled(rows) + "\n\nYou cannot touch the"
                + " marbles; you can only tilt the whole tray to the north (N), south (S), east (E) or west (W). A tilt sets"
                + " every marble rolling that way at the same time, and each keeps rolling until the square in front of it is"
                + " rim, a post, or a marble that has already come to a stop; marbles never pass through each other. A tilt"
                + " in which no marble moves is not allowed. Rolling over X on the way does not count.\n\nWhat is the"
                + " shortest sequence of tilts after which the red marble lies still on X? Write the tilts as one string of"
                + " letters, for example NWWS (the format only).";
    }

    @Override
    public Plan solve(Puzzle puzzle) {
        return new Plan(puzzle.plan());
    }

    @Override
    public Score check(Puzzle puzzle, Plan plan) {
        return PlanCheck.optimal(new Domain(puzzle), plan, puzzle.plan().size(), 4 * puzzle.plan().size() + 20, "tilts");
    }

    @Override
    public List<Plan> nearMisses(Puzzle puzzle, Plan gold, RandomGenerator random) {
        return PlanMisses.around(new Domain(puzzle), gold, random).stream().filter(miss -> !check(puzzle, miss).passed()).toList();
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.explored() + puzzle.plan().size();
    }

    /** A state is the red marble's square followed by the grey marbles' squares in increasing order, one character each. */
    private record Domain(Puzzle puzzle) implements PlanDomain<String> {
        @Override
        public String start() {
            StringBuilder state = new StringBuilder().append((char) puzzle.red());
            puzzle.others().stream().sorted().forEach(square -> state.append((char) (int) square));
            return state.toString();
        }

        @Override
        public List<String> steps(String state) {
            return List.of("N", "S", "E", "W");
        }

        @Override
        public Outcome<String> apply(String state, String step) {
            Compass way = step.length() == 1 ? Compass.parse(step) : null;
            if (way == null) {
                return Outcome.illegal("a tilt is one of the letters N, S, E, W");
            }
            int size = puzzle.tray().size();
            int shift = way.rows() * size + way.columns();
            int[] squares = state.chars().toArray();
            // The marble farthest along the tilt stops first, so marbles roll in that order.
            Integer[] order = new Integer[squares.length];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> Integer.compare(squares[b] * Integer.signum(shift), squares[a] * Integer.signum(shift)));
            Set<Integer> stopped = new HashSet<>();
            boolean moved = false;
            for (int marble : order) {
                int at = squares[marble];
                while (puzzle.tray().get((at + shift) / size).charAt((at + shift) % size) != '#' && !stopped.contains(at + shift)) {
                    at += shift;
                    moved = true;
                }
                squares[marble] = at;
                stopped.add(at);
            }
            if (!moved) {
                return Outcome.illegal("no marble can roll " + List.of("north", "south", "west", "east").get(way.ordinal()));
            }
            int[] greys = Arrays.copyOfRange(squares, 1, squares.length);
            Arrays.sort(greys);
            StringBuilder next = new StringBuilder().append((char) squares[0]);
            for (int grey : greys) {
                next.append((char) grey);
            }
            return Outcome.to(next.toString());
        }

        @Override
        public boolean reached(String state) {
            return state.charAt(0) == puzzle.target();
        }

        @Override
        public String unmet(String state) {
            return reached(state) ? null : "the red marble ends on " + Squares.of(state.charAt(0), puzzle.tray().size())
                    + ", not on the target";
        }
    }
}
