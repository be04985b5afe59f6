package dev.bootcamp.camps.spatial;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Camp;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.Grid;
import dev.bootcamp.camps.kit.MoveReplay;
import dev.bootcamp.camps.kit.StateSearch;
import dev.bootcamp.camps.kit.mazes.Compass;
import dev.bootcamp.camps.kit.mazes.Mazes;
import dev.bootcamp.camps.kit.mazes.MoveCodec;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** Ice sliding: each push slides the puck until a rock or the rink's edge stops it; stop exactly on the goal. */
@AutoService(Bootcamp.class)
public final class IceSlideBootcamp extends Camp<IceSlideBootcamp.Puzzle, IceSlideBootcamp.Answer> {
    private static final Knob<Integer> SIZE = Knob.integer("size", 4, 24, 8, "rows and columns of the rink");
    private static final Knob<Integer> ROCKS = Knob.integer("rocks", 5, 40, 18, "percent of cells that are rocks");
    private static final Knob<Integer> MIN_PUSHES = Knob.integer("min-pushes", 1, 20, 4, "fewest pushes the goal should need (the farthest stop"
            + " is used when no goal needs that many)");
    private static final int MOST_MOVES = 2_000;
    private static final BootcampInfo INFO = BootcampInfo.builder(IceSlideBootcamp.class)
            .title("Ice sliding maze")
            .version(1)
            .domain("spatial")
            .tags("maze", "ice-sliding", "shortest-path", "breadth-first-search", "partial-credit")
            .summary("A puck on an ice rink with rocks slides, when pushed up, down, left or right, until the next cell is a"
                    + " rock or outside the rink; it must come to rest exactly on the goal G. Give the pushes (U, D, L, R)"
                    + " with the fewest pushes possible (found by breadth-first search over resting places). The pushes"
                    + " are replayed: the fewest is CORRECT, a longer working plan PARTIAL with reward optimum/length, a"
                    + " push that cannot move the puck or a plan that does not end at rest on G WRONG.")
            .knob(SIZE)
            .knob(ROCKS)
            .knob(MIN_PUSHES)
            .answerShape("pushes U, D, L, R separated by spaces, such as L R U")
            .severalAnswers()
            .build();

    /** The rink (with S and G), the start and goal cells, and one plan with the fewest pushes (never shown). */
    public record Puzzle(List<String> rink, int start, int goal, List<String> pushes) {
        public Puzzle {
            rink = List.copyOf(rink);
            pushes = List.copyOf(pushes);
        }
    }

    /** Pushes, each U, D, L or R. */
    public record Answer(List<String> pushes) {
        public Answer {
            pushes = List.copyOf(pushes);
        }
    }

    public IceSlideBootcamp() {
        super(INFO, MoveCodec.screen(MOST_MOVES).map(Answer::new, Answer::pushes));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(SIZE, Draw.scale(level, 7, 15))
                .with(ROCKS, Draw.scale(level, 18, 20))
                .with(MIN_PUSHES, Draw.scale(level, 6, 13));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        Puzzle best = null;
        for (int tries = 0; tries < 40 || best == null; tries++) {
            int size = knobs.get(SIZE);
            char[][] grid = Mazes.scatter(size, size, knobs.get(ROCKS) / 100.0, random);
            List<Integer> open = Mazes.cells(grid, Mazes.OPEN);
            if (open.size() < 2) {
                continue;
            }
            int start = Draw.pick(open, random);
            StateSearch search = slides(grid, start);
            int most = 0;
            for (int cell : open) {
                most = Math.max(most, search.distance(cell));
            }
            if (most == 0 || best != null && most <= best.pushes().size()) {
                continue;
            }
            int want = Math.min(most, knobs.get(MIN_PUSHES));
            List<Integer> goals = open.stream().filter(cell -> search.distance(cell) >= want).toList();
            // a goal off the rink's edge needs a rock to stop on it, which makes plans less alike across rinks
            List<Integer> inner = goals.stream().filter(cell -> cell / size % (size - 1) != 0 && cell % size % (size - 1) != 0).toList();
            goals = inner.isEmpty() ? goals : inner;
            int goal = Draw.pick(goals, random);
            List<String> pushes = Mazes.route(search, goal).stream().map(heading -> String.valueOf(heading.screen())).toList();
            char[][] drawn = Mazes.chars(Mazes.lines(grid));
            drawn[start / size][start % size] = 'S';
            drawn[goal / size][goal % size] = 'G';
            best = new Puzzle(Mazes.lines(drawn), start, goal, pushes);
            if (most >= knobs.get(MIN_PUSHES)) {
                return best;
            }
        }
        return best;
    }

    private static StateSearch slides(char[][] grid, int start) {
        return StateSearch.all(grid.length * grid[0].length, start, (cell, step) -> {
            for (Compass heading : Compass.values()) {
                int rest = slide(grid, cell, heading);
                if (rest != cell) {
                    step.to(rest, heading.ordinal());
                }
            }
        });
    }

    /** Where the puck comes to rest when pushed from {@code cell} towards {@code heading}. */
    private static int slide(char[][] grid, int cell, Compass heading) {
        int at = cell;
        while (true) {
            int next = Mazes.step(grid, at, heading);
            if (next < 0 || Mazes.at(grid, next) == Mazes.WALL) {
                return at;
            }
            at = next;
        }
    }

    @Override
    public String question(Puzzle puzzle) {
        return "A puck sits on S on a frozen rink. Rocks (#) stand on the ice; every other cell (. , S and G) is smooth ice."
                + "\n\n" + Grid.of(puzzle.rink()).render() + "\n\n"
                + "A push sends the puck up (U), down (D), left (L) or right (R), and it keeps sliding in that direction"
                + " until the next cell would be a rock or beyond the edge of the rink; only then does it stop. It cannot"
                + " stop half-way, sliding over G does not count, and a push toward an adjacent rock or edge is not allowed"
                + " because the puck would not move. Using as few pushes as possible, make the puck come to rest on G."
                + " List the pushes in order, separated by spaces, as in L R U (that shows only the format).";
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.pushes());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        char[][] grid = Mazes.chars(puzzle.rink());
        int[] at = {puzzle.start()};
        return MoveReplay.score(answer.pushes(), (number, push) -> {
            int rest = slide(grid, at[0], Compass.of(push.charAt(0)));
            if (rest == at[0]) {
                return "push " + number + " (" + push + ") at " + Mazes.where(grid, at[0]) + " does not move the puck";
            }
            at[0] = rest;
            return null;
        }, () -> at[0] == puzzle.goal() ? null : "the puck comes to rest at " + Mazes.where(grid, at[0]) + ", not on G at "
                + Mazes.where(grid, puzzle.goal()), puzzle.pushes().size(), "stopped on G", "pushes");
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<String> pushes = gold.pushes();
        List<List<String>> misses = new ArrayList<>();
        misses.add(pushes.subList(0, pushes.size() - 1));
        List<String> turned = new ArrayList<>(pushes);
        int at = random.nextInt(pushes.size());
        turned.set(at, String.valueOf(Compass.of(pushes.get(at).charAt(0)).right().screen()));
        misses.add(turned);
        List<String> more = new ArrayList<>(pushes);
        more.add(String.valueOf(Compass.of(pushes.get(pushes.size() - 1).charAt(0)).left().screen()));
        misses.add(more);
        return misses.stream().filter(miss -> !miss.isEmpty()).map(Answer::new).filter(miss -> !check(puzzle, miss).passed()).toList();
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.pushes().size() * (double) puzzle.rink().size() * puzzle.rink().size() / 4.0;
    }
}
