package dev.bootcamp.camps.planning;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Camp;
import dev.bootcamp.camps.kit.boards.Compass;
import dev.bootcamp.camps.kit.boards.Explore;
import dev.bootcamp.camps.kit.boards.Squares;
import dev.bootcamp.camps.kit.planning.Outcome;
import dev.bootcamp.camps.kit.planning.Plan;
import dev.bootcamp.camps.kit.planning.PlanCheck;
import dev.bootcamp.camps.kit.planning.PlanCodecs;
import dev.bootcamp.camps.kit.planning.PlanDomain;
import dev.bootcamp.camps.kit.planning.PlanMisses;
import dev.bootcamp.camps.kit.planning.PlanSearch;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/** Rush Hour: slide cars along their lanes until the red car can drive out of the exit, in the fewest slides. */
@AutoService(Bootcamp.class)
public final class RushHourBootcamp extends Camp<RushHourBootcamp.Puzzle, Plan> {
    private static final Knob<Integer> SIZE = Knob.integer("size", 5, 6, 6, "the parking lot is size x size");
    private static final Knob<Integer> CARS = Knob.integer("cars", 2, 12, 8, "vehicles besides the red car");
    private static final Knob<Integer> MIN_MOVES = Knob.integer("min-moves", 2, 20, 6, "fewest slides the puzzle should need (the hardest found is used otherwise)");
    private static final int MAX_STATES = 4_000;
    private static final BootcampInfo INFO = BootcampInfo.builder(RushHourBootcamp.class)
            .title("Rush hour, fewest slides")
            .version(1)
            .domain("planning")
            .tags("planning", "rush-hour", "optimal-plan", "partial-credit")
            .summary("Cars two squares long and trucks three long stand in a square lot, each able to slide only along its own"
                    + " length; one slide moves one vehicle any number of free squares. Free the red car X by bringing it to the exit"
                    + " at the right end of its row, in the fewest slides (the start is drawn at a chosen breadth-first distance from"
                    + " the solved positions, and the optimum is proved by search). Replayed; the fewest is CORRECT, a longer legal"
                    + " solution PARTIAL with reward shortest / length / 2, anything else WRONG.")
            .knob(SIZE)
            .knob(CARS)
            .knob(MIN_MOVES)
            .answerShape("slides separated by commas, each a vehicle letter, a direction and a number of squares, such as z up 2, z down 1 with z a vehicle letter")
            .severalAnswers()
            .build();

    /**
     * The lot size, each vehicle's letter (x first), length and whether it lies across (horizontal), its top-left
     * square at the start, the gold plan and the states searched.
     */
    public record Puzzle(int size, String names, List<Integer> lengths, List<Boolean> across, List<Integer> squares, List<String> plan,
            int explored) {
        public Puzzle {
            lengths = List.copyOf(lengths);
            across = List.copyOf(across);
            squares = List.copyOf(squares);
            plan = List.copyOf(plan);
        }
    }

    public RushHourBootcamp() {
        super(INFO, PlanCodecs.steps(400));
    }

    @Override
    public Knobs atLevel(int level) {
        int[] cars = {5, 5, 5, 6, 7, 8, 9, 10, 10, 11};
        int[] moves = {4, 4, 4, 5, 6, 8, 10, 12, 14, 16};
        return INFO.defaults().with(SIZE, 6).with(CARS, cars[level - 1]).with(MIN_MOVES, moves[level - 1]);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int size = knobs.get(SIZE);
        Puzzle best = null;
        for (int attempt = 0; attempt < 30 && (best == null || attempt < 4 && best.plan().size() < knobs.get(MIN_MOVES)); attempt++) {
            Puzzle solved = parked(size, knobs.get(CARS), random);
            Puzzle start = farthest(solved, knobs.get(MIN_MOVES), random);
            if (start != null && (best == null || start.plan().size() > best.plan().size())) {
                best = start;
            }
        }
        if (best == null) {
            // The red car at the left of its row and the lot otherwise empty: one slide.
            int row = (size - 1) / 2;
            return new Puzzle(size, "x", List.of(2), List.of(true), List.of(row * size), List.of("x right " + (size - 2)), 1);
        }
        return best;
    }

    /** A lot with the red car already at the exit and other vehicles dropped where they fit. */
    private static Puzzle parked(int size, int cars, RandomGenerator random) {
        int row = (size - 1) / 2;
        boolean[] taken = new boolean[size * size];
        StringBuilder names = new StringBuilder("x");
        List<Integer> lengths = new ArrayList<>(List.of(2));
        List<Boolean> across = new ArrayList<>(List.of(true));
        List<Integer> squares = new ArrayList<>(List.of(row * size + size - 2));
        taken[row * size + size - 2] = taken[row * size + size - 1] = true;
        for (int tries = 0; tries < 200 && names.length() <= cars; tries++) {
            int length = random.nextInt(4) == 0 ? 3 : 2;
            boolean horizontal = random.nextBoolean();
            if (horizontal && random.nextInt(3) > 0) {
                horizontal = false;
            }
            int top = random.nextInt(horizontal ? size : size - length + 1);
            int left = random.nextInt(horizontal ? size - length + 1 : size);
            if (horizontal && top == row) {
                continue;
            }
            boolean free = true;
            for (int i = 0; i < length; i++) {
                free &= !taken[(top + (horizontal ? 0 : i)) * size + left + (horizontal ? i : 0)];
            }
            if (!free) {
                continue;
            }
            for (int i = 0; i < length; i++) {
                taken[(top + (horizontal ? 0 : i)) * size + left + (horizontal ? i : 0)] = true;
            }
            names.append((char) ('a' + names.length() - 1));
            lengths.add(length);
            across.add(horizontal);
            squares.add(top * size + left);
        }
        return new Puzzle(size, names.toString(), lengths, across, squares, List.of(), 0);
    }

    /**
     * Every position reachable from the solved lot, then the distance of each to the nearest solved one (slides can be
     * undone, so a breadth-first search from all solved positions at once gives it); a start is drawn at the largest
     * distance up to {@code want} and solved again from the front to prove its optimum.
     */
    private static Puzzle farthest(Puzzle solved, int want, RandomGenerator random) {
        Domain domain = new Domain(solved);
        Explore<String> explore = Explore.from(domain, MAX_STATES);
        if (!explore.complete()) {
            return null;
        }
        Map<String, Integer> distance = new HashMap<>();
        List<String> queue = new ArrayList<>();
        for (String state : explore.states()) {
            if (domain.reached(state)) {
                distance.put(state, 0);
                queue.add(state);
            }
        }
        for (int head = 0; head < queue.size(); head++) {
            String state = queue.get(head);
            int next = distance.get(state) + 1;
            domain.successors(state, (step, reached) -> {
                if (!distance.containsKey(reached)) {
                    distance.put(reached, next);
                    queue.add(reached);
                }
            });
        }
        int depth = distance.values().stream().mapToInt(Integer::intValue).filter(d -> d <= want).max().orElse(0);
        if (depth < 2) {
            return null;
        }
        List<String> candidates = queue.stream().filter(state -> distance.get(state) == depth).toList();
        String start = candidates.get(random.nextInt(candidates.size()));
        List<Integer> squares = start.chars().boxed().toList();
        Puzzle puzzle = new Puzzle(solved.size(), solved.names(), solved.lengths(), solved.across(), squares, List.of(), 0);
        PlanSearch.Found found = PlanSearch.cheapest(new Domain(puzzle), MAX_STATES);
        if (!found.solved()) {
            return null;
        }
        return new Puzzle(solved.size(), solved.names(), solved.lengths(), solved.across(), squares, found.plan(),
                explore.states().size() + found.expanded());
    }

    @Override
    public String question(Puzzle puzzle) {
        int size = puzzle.size();
        char[][] cells = new char[size][size];
        for (char[] row : cells) {
            java.util.Arrays.fill(row, '.');
        }
        for (int car = 0; car < puzzle.names().length(); car++) {
            for (int square : Domain.cells(puzzle, car, puzzle.squares().get(car))) {
                cells[square / size][square % size] = Character.toUpperCase(puzzle.names().charAt(car));
            }
        }
        List<String> rows = new ArrayList<>();
        for (char[] row : cells) {
            rows.add(new String(row));
        }
        int exitRow = (size - 1) / 2 + 1;
        return "A jammed parking lot seen from above, " + size + " squares on a side (columns lettered from the left, rows"
                + " numbered from the top). Each letter is one vehicle: a car covers two squares and a truck three, and '.' is"
                + " empty. X is the red car, lying across row " + exitRow + "; the lot's only exit is a gap in the fence at the"
                + " right end of row " + exitRow + ".\n\n" + Squares.labelled(rows) + "\n\nA vehicle can only drive forwards or"
                + " backwards along its own length: one lying left-right moves only left or right, one lying up-down moves only"
                + " up or down. It may not turn, jump over another vehicle or leave the lot (except X through the exit). A slide"
                + " moves one vehicle any number of squares in one direction, over empty squares only, and counts as one move"
                + " whatever the distance.\n\nFind the fewest slides that bring X to the last two squares of row " + exitRow
                + ", touching the exit. Write each slide as the vehicle letter, the direction (up, down, left or right) and the"
                + " number of squares, separated by commas, like this: z down 1, z up 2 (z stands for a vehicle letter)";
    }

    @Override
    public Plan solve(Puzzle puzzle) {
        return new Plan(puzzle.plan());
    }

    @Override
    public Score check(Puzzle puzzle, Plan plan) {
        return PlanCheck.optimal(new Domain(puzzle), plan, puzzle.plan().size(), 4 * puzzle.plan().size() + 20, "slides");
    }

    @Override
    public List<Plan> nearMisses(Puzzle puzzle, Plan gold, RandomGenerator random) {
        return PlanMisses.around(new Domain(puzzle), gold, random).stream().filter(miss -> !check(puzzle, miss).passed()).toList();
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.explored();
    }

    /** A state is each vehicle's top-left square, one character per vehicle. */
    private record Domain(Puzzle puzzle) implements PlanDomain<String> {
        static int[] cells(Puzzle puzzle, int car, int corner) {
            int[] cells = new int[puzzle.lengths().get(car)];
            for (int i = 0; i < cells.length; i++) {
                cells[i] = corner + i * (puzzle.across().get(car) ? 1 : puzzle.size());
            }
            return cells;
        }

        @Override
        public String start() {
            StringBuilder state = new StringBuilder();
            puzzle.squares().forEach(square -> state.append((char) (int) square));
            return state.toString();
        }

        @Override
        public List<String> steps(String state) {
            List<String> steps = new ArrayList<>();
            for (int car = 0; car < state.length(); car++) {
                List<Compass> ways = puzzle.across().get(car) ? List.of(Compass.LEFT, Compass.RIGHT) : List.of(Compass.UP, Compass.DOWN);
                for (Compass way : ways) {
                    for (int distance = 1; distance < puzzle.size(); distance++) {
                        steps.add(puzzle.names().charAt(car) + " " + way.word() + " " + distance);
                    }
                }
            }
            return steps;
        }

        @Override
        public Outcome<String> apply(String state, String step) {
            String[] words = step.split(" ");
            if (words.length < 2 || words.length > 3 || words[0].length() != 1 || puzzle.names().indexOf(words[0].charAt(0)) < 0) {
                return Outcome.illegal("expected a vehicle letter, a direction and a number of squares");
            }
            int car = puzzle.names().indexOf(words[0].charAt(0));
            Compass way = Compass.parse(words[1]);
            if (way == null) {
                return Outcome.illegal("'" + words[1] + "' is not a direction");
            }
            int distance = 1;
            if (words.length == 3) {
                if (words[2].length() > 2 || !words[2].chars().allMatch(Character::isDigit)) {
                    return Outcome.illegal("'" + words[2] + "' is not a number of squares");
                }
                distance = Integer.parseInt(words[2]);
            }
            boolean across = puzzle.across().get(car);
            if (across != (way.rows() == 0)) {
                return Outcome.illegal("vehicle " + words[0] + " lies " + (across ? "left-right" : "up-down") + " and cannot move " + way.word());
            }
            if (distance < 1) {
                return Outcome.illegal("a slide moves at least one square");
            }
            int size = puzzle.size();
            int length = puzzle.lengths().get(car);
            int corner = state.charAt(car);
            for (int i = 1; i <= distance; i++) {
                int row = corner / size + way.rows() * i;
                int column = corner % size + way.columns() * i;
                int leadRow = row + (way == Compass.DOWN ? length - 1 : 0);
                int leadColumn = column + (way == Compass.RIGHT ? length - 1 : 0);
                if (leadRow < 0 || leadRow >= size || leadColumn < 0 || leadColumn >= size) {
                    return Outcome.illegal("vehicle " + words[0] + " would leave the lot");
                }
                int lead = leadRow * size + leadColumn;
                if (occupant(state, lead) >= 0) {
                    return Outcome.illegal("vehicle " + words[0] + " runs into vehicle "
                            + Character.toUpperCase(puzzle.names().charAt(occupant(state, lead))) + " at " + Squares.of(lead, size));
                }
            }
            char[] next = state.toCharArray();
            next[car] = (char) (corner + (way.rows() * size + way.columns()) * distance);
            return Outcome.to(new String(next));
        }

        @Override
        public void successors(String state, java.util.function.BiConsumer<String, String> offer) {
            int size = puzzle.size();
            boolean[] taken = new boolean[size * size];
            for (int car = 0; car < state.length(); car++) {
                for (int cell : cells(puzzle, car, state.charAt(car))) {
                    taken[cell] = true;
                }
            }
            for (int car = 0; car < state.length(); car++) {
                int corner = state.charAt(car);
                int length = puzzle.lengths().get(car);
                List<Compass> ways = puzzle.across().get(car) ? List.of(Compass.LEFT, Compass.RIGHT) : List.of(Compass.UP, Compass.DOWN);
                for (Compass way : ways) {
                    for (int distance = 1; distance < size; distance++) {
                        int row = corner / size + way.rows() * distance + (way == Compass.DOWN ? length - 1 : 0);
                        int column = corner % size + way.columns() * distance + (way == Compass.RIGHT ? length - 1 : 0);
                        if (row < 0 || row >= size || column < 0 || column >= size || taken[row * size + column]) {
                            break;
                        }
                        char[] next = state.toCharArray();
                        next[car] = (char) (corner + (way.rows() * size + way.columns()) * distance);
                        offer.accept(puzzle.names().charAt(car) + " " + way.word() + " " + distance, new String(next));
                    }
                }
            }
        }

        private int occupant(String state, int square) {
            for (int car = 0; car < state.length(); car++) {
                for (int cell : cells(puzzle, car, state.charAt(car))) {
                    if (cell == square) {
                        return car;
                    }
                }
            }
            return -1;
        }

        @Override
        public boolean reached(String state) {
            int size = puzzle.size();
            return state.charAt(0) % size == size - 2;
        }

        @Override
        public String unmet(String state) {
            return reached(state) ? null : "the red car X ends at " + Squares.of(state.charAt(0), puzzle.size()) + ", short of the exit";
        }
    }
}
