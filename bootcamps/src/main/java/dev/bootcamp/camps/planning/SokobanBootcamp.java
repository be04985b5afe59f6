package dev.bootcamp.camps.planning;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Camp;
import dev.bootcamp.camps.kit.boards.Compass;
import dev.bootcamp.camps.kit.boards.Squares;
import dev.bootcamp.camps.kit.planning.Outcome;
import dev.bootcamp.camps.kit.planning.Plan;
import dev.bootcamp.camps.kit.planning.PlanCheck;
import dev.bootcamp.camps.kit.planning.PlanCodecs;
import dev.bootcamp.camps.kit.planning.PlanDomain;
import dev.bootcamp.camps.kit.planning.PlanMisses;
import dev.bootcamp.camps.kit.planning.PlanSearch;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/** Sokoban: a warehouse keeper pushes boxes (never pulls) until every box stands on a storage square; any legal plan passes. */
@AutoService(Bootcamp.class)
public final class SokobanBootcamp extends Camp<SokobanBootcamp.Puzzle, Plan> {
    private static final Knob<Integer> SIZE = Knob.integer("size", 5, 10, 7, "the room is size x size, outer wall included");
    private static final Knob<Integer> BOXES = Knob.integer("boxes", 1, 4, 2, "boxes and storage squares");
    private static final Knob<Integer> PULLS = Knob.integer("pulls", 2, 40, 8, "pulls made when the level is built backwards from the solved room");
    private static final int MAX_STATES = 20_000;
    private static final BootcampInfo INFO = BootcampInfo.builder(SokobanBootcamp.class)
            .title("Sokoban")
            .version(1)
            .domain("planning")
            .tags("planning", "sokoban", "grid")
            .summary("A keeper walks a walled room one square at a time and can push a single box ahead of it into a free square;"
                    + " boxes cannot be pulled and two boxes cannot be pushed at once. Give keeper moves (U, D, L, R) that end with"
                    + " every box on a storage square. The room is built by pulling boxes off the goals, so it is solvable. The moves"
                    + " are replayed: CORRECT when every move is legal, the boxes all end on storage squares and the plan is at"
                    + " most four times a reference plan (shortest by breadth-first search where the search is small enough) plus 40;"
                    + " WRONG otherwise.")
            .knob(SIZE)
            .knob(BOXES)
            .knob(PULLS)
            .answerShape("the keeper's moves as letters U, D, L, R, such as UDUDLR")
            .severalAnswers()
            .build();

    /** The room rows ('#' wall, '.' storage, '-' floor), the keeper's and the boxes' squares, a solving plan and the states searched. */
    public record Puzzle(List<String> room, int keeper, List<Integer> boxes, List<String> plan, int explored) {
        public Puzzle {
            room = List.copyOf(room);
            boxes = List.copyOf(boxes);
            plan = List.copyOf(plan);
        }
    }

    public SokobanBootcamp() {
        super(INFO, PlanCodecs.letters("UDLR", 2000));
    }

    @Override
    public Knobs atLevel(int level) {
        int[] sizes = {6, 6, 6, 6, 7, 7, 8, 8, 9, 9};
        int[] boxes = {2, 2, 2, 2, 2, 3, 3, 3, 4, 4};
        int[] pulls = {4, 5, 6, 8, 10, 13, 16, 20, 25, 30};
        return INFO.defaults().with(SIZE, sizes[level - 1]).with(BOXES, boxes[level - 1]).with(PULLS, pulls[level - 1]);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int size = knobs.get(SIZE);
        for (int attempt = 1; ; attempt++) {
            // A cramped room may not allow that many pulls: ask for one fewer every 10 failed attempts.
            Puzzle puzzle = attempt(size, knobs.get(BOXES), Math.max(1, knobs.get(PULLS) - attempt / 10), random);
            if (puzzle != null) {
                return puzzle;
            }
        }
    }

    /** Builds a room, puts the boxes on storage squares, then walks the keeper backwards, pulling boxes now and then. */
    private static Puzzle attempt(int size, int boxCount, int pulls, RandomGenerator random) {
        char[][] cells = new char[size][size];
        for (int row = 0; row < size; row++) {
            for (int column = 0; column < size; column++) {
                boolean rim = row == 0 || column == 0 || row == size - 1 || column == size - 1;
                cells[row][column] = rim || random.nextInt(100) < 12 ? '#' : '-';
            }
        }
        List<Integer> floor = new ArrayList<>();
        for (int square = 0; square < size * size; square++) {
            if (cells[square / size][square % size] == '-') {
                floor.add(square);
            }
        }
        if (floor.size() < boxCount + 4) {
            return null;
        }
        java.util.Collections.shuffle(floor, new java.util.Random(random.nextLong()));
        int[] boxes = new int[boxCount];
        for (int i = 0; i < boxCount; i++) {
            boxes[i] = floor.get(i);
            cells[boxes[i] / size][boxes[i] % size] = '.';
        }
        int keeper = floor.get(boxCount);
        List<String> backwards = new ArrayList<>();
        int pulled = 0;
        for (int step = 0; step < 40 * pulls && pulled < pulls; step++) {
            Compass way = Compass.values()[random.nextInt(4)];
            int next = keeper + way.rows() * size + way.columns();
            if (cells[next / size][next % size] == '#' || indexOf(boxes, next) >= 0) {
                continue;
            }
            int behind = keeper - way.rows() * size - way.columns();
            int box = indexOf(boxes, behind);
            if (box >= 0 && random.nextInt(4) != 0) {
                boxes[box] = keeper;
                pulled++;
            }
            keeper = next;
            backwards.add(String.valueOf(way.opposite().letter()));
        }
        List<String> plan = new ArrayList<>(backwards);
        java.util.Collections.reverse(plan);
        List<String> room = new ArrayList<>();
        for (char[] row : cells) {
            room.add(new String(row));
        }
        int[] sorted = boxes.clone();
        Arrays.sort(sorted);
        Puzzle puzzle = new Puzzle(room, keeper, Arrays.stream(sorted).boxed().toList(), plan, 0);
        Domain domain = new Domain(puzzle);
        if (pulled < pulls || domain.reached(domain.start()) || PlanCheck.replay(domain, new Plan(plan)).wrong() != null) {
            return null;
        }
        // The backward walk wanders; a breadth-first search usually finds a far shorter plan on these small rooms.
        PlanSearch.Found found = PlanSearch.cheapest(domain, MAX_STATES);
        if (found.solved()) {
            return new Puzzle(room, keeper, puzzle.boxes(), found.plan(), found.expanded());
        }
        return new Puzzle(room, keeper, puzzle.boxes(), plan, MAX_STATES);
    }

    private static int indexOf(int[] items, int item) {
        for (int i = 0; i < items.length; i++) {
            if (items[i] == item) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public String question(Puzzle puzzle) {
        int size = puzzle.room().size();
        List<String> rows = new ArrayList<>();
        for (int row = 0; row < size; row++) {
            char[] cells = puzzle.room().get(row).toCharArray();
            for (int column = 0; column < size; column++) {
                int square = row * size + column;
                boolean storage = cells[column] == '.';
                if (square == puzzle.keeper()) {
                    cells[column] = storage ? '+' : '@';
                } else if (puzzle.boxes().contains(square)) {
                    cells[column] = storage ? '*' : '$';
                }
            }
            rows.add(new String(cells));
        }
        return "A warehouse plan (columns lettered from the left, rows numbered from the top):\n\n" + Squares.labelled(rows)
                + "\n\nKey: # wall, - bare floor, . storage square, $ box on bare floor, * box already on a storage square,"
                + " @ the worker on bare floor, + the worker standing on a storage square.\n\nThe worker takes one step at a time:"
                + " U (up), D (down), L (left) or R (right). Stepping onto an empty floor or storage square just moves the worker."
                + " Stepping into a box pushes that box one square further in the same direction, which is only possible when"
                + " the square beyond the box is floor or storage with no box on it. The worker can never walk through walls,"
                + " pull a box, or push two boxes in a row.\n\nMove the worker so that, at the end, every box stands on a"
                + " storage square (there are as many storage squares as boxes). Any correct sequence is accepted as long as it"
                + " has at most " + bound(puzzle) + " steps. Write the steps as one string of letters, for example UDUDLR (the format only).";
    }

    private static int bound(Puzzle puzzle) {
        return 4 * puzzle.plan().size() + 40;
    }

    @Override
    public Plan solve(Puzzle puzzle) {
        return new Plan(puzzle.plan());
    }

    @Override
    public Score check(Puzzle puzzle, Plan plan) {
        return PlanCheck.withinSteps(new Domain(puzzle), plan, bound(puzzle));
    }

    @Override
    public List<Plan> nearMisses(Puzzle puzzle, Plan gold, RandomGenerator random) {
        return PlanMisses.around(new Domain(puzzle), gold, random).stream().filter(miss -> !check(puzzle, miss).passed()).toList();
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.explored() + puzzle.plan().size();
    }

    /** A state is the keeper's square followed by the boxes' squares in increasing order, one character each. */
    private record Domain(Puzzle puzzle) implements PlanDomain<String> {
        @Override
        public String start() {
            StringBuilder state = new StringBuilder().append((char) puzzle.keeper());
            puzzle.boxes().forEach(box -> state.append((char) (int) box));
            return state.toString();
        }

        @Override
        public List<String> steps(String state) {
            return List.of("U", "D", "L", "R");
        }

        private char at(int square) {
            int size = puzzle.room().size();
            return puzzle.room().get(square / size).charAt(square % size);
        }

        @Override
        public Outcome<String> apply(String state, String step) {
            Compass way = step.length() == 1 ? Compass.ofLetter(step.charAt(0)) : null;
            if (way == null) {
                return Outcome.illegal("a move is one of the letters U, D, L, R");
            }
            int size = puzzle.room().size();
            int shift = way.rows() * size + way.columns();
            int next = state.charAt(0) + shift;
            if (at(next) == '#') {
                return Outcome.illegal("the worker would walk into the wall at " + Squares.of(next, size));
            }
            char[] cells = state.toCharArray();
            int box = state.indexOf((char) next, 1);
            if (box > 0) {
                int beyond = next + shift;
                if (at(beyond) == '#' || state.indexOf((char) beyond, 1) > 0) {
                    return Outcome.illegal("the box on " + Squares.of(next, size) + " cannot be pushed " + way.word());
                }
                cells[box] = (char) beyond;
            }
            cells[0] = (char) next;
            char[] boxes = Arrays.copyOfRange(cells, 1, cells.length);
            Arrays.sort(boxes);
            return Outcome.to(cells[0] + new String(boxes));
        }

        @Override
        public String unmet(String state) {
            int size = puzzle.room().size();
            for (int i = 1; i < state.length(); i++) {
                if (at(state.charAt(i)) != '.') {
                    return "the box on " + Squares.of(state.charAt(i), size) + " is not on a storage square";
                }
            }
            return null;
        }
    }
}
