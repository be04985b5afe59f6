package dev.bootcamp.camps.spatial;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.AnswerFormatException;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Camp;
import dev.bootcamp.camps.kit.Codec;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.MoveReplay;
import dev.bootcamp.camps.kit.StateSearch;
import dev.bootcamp.camps.kit.StepWords;
import dev.bootcamp.camps.kit.mazes.Mazes;
import dev.bootcamp.verify.Answers;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/** Knight maze: the fewest knight jumps between two squares of a board where some squares may not be landed on. */
@AutoService(Bootcamp.class)
public final class KnightMazeBootcamp extends Camp<KnightMazeBootcamp.Puzzle, KnightMazeBootcamp.Answer> {
    private static final Knob<Integer> SIZE = Knob.integer("size", 4, 16, 8, "files and ranks of the square board");
    private static final Knob<Integer> BLOCKED = Knob.integer("blocked", 0, 50, 25, "percent of squares a knight may not land on");
    private static final Knob<Integer> MIN_JUMPS = Knob.integer("min-jumps", 1, 12, 4, "fewest jumps the target should need (the farthest"
            + " square is used when none needs that many)");
    private static final int MOST_JUMPS = 1_000;
    private static final int[][] JUMPS = {{1, 2}, {2, 1}, {2, -1}, {1, -2}, {-1, -2}, {-2, -1}, {-2, 1}, {-1, 2}};
    private static final BootcampInfo INFO = BootcampInfo.builder(KnightMazeBootcamp.class)
            .title("Knight's route through blocked squares")
            .version(1)
            .domain("spatial")
            .tags("chess", "knight", "shortest-path", "breadth-first-search", "partial-credit")
            .summary("A chess knight on a square board with some squares it may not land on (it may jump over anything) must"
                    + " reach a target square; give the squares it lands on, in chess notation, with the fewest jumps"
                    + " (found by breadth-first search). Any shortest route is CORRECT, a legal longer one PARTIAL with reward"
                    + " optimum/length; a jump that is not a knight's move, leaves the board or lands on a blocked square, or"
                    + " a route ending elsewhere, is WRONG.")
            .knob(SIZE)
            .knob(BLOCKED)
            .knob(MIN_JUMPS)
            .answerShape("the squares landed on, in order, separated by spaces, such as a1 b3 a1")
            .severalAnswers()
            .build();

    /** The board rows from the top rank down ('#' blocked, N the knight, T the target), the two squares and one shortest route. */
    public record Puzzle(List<String> board, int start, int target, List<String> route) {
        public Puzzle {
            board = List.copyOf(board);
            route = List.copyOf(route);
        }
    }

    /** Squares in chess notation, lower case. */
    public record Answer(List<String> squares) {
        public Answer {
            squares = List.copyOf(squares);
        }
    }

    public KnightMazeBootcamp() {
        super(INFO, Codec.of(answer -> String.join(" ", answer.squares()), KnightMazeBootcamp::read));
    }

    private static Answer read(String text) {
        List<String> squares = StepWords.of(text, Set.of("to", "then"), MOST_JUMPS, "more than " + MOST_JUMPS + " squares");
        for (String square : squares) {
            if (square.length() < 2 || square.length() > 3 || !Character.isLetter(square.charAt(0))
                    || !square.substring(1).chars().allMatch(Character::isDigit)) {
                throw new AnswerFormatException("expected squares such as c3, found '" + Answers.abbreviate(square) + "'");
            }
        }
        if (squares.isEmpty()) {
            throw new AnswerFormatException("no squares found");
        }
        return new Answer(squares);
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(SIZE, Draw.scale(level, 5, 12))
                .with(BLOCKED, Draw.scale(level, 20, 30))
                .with(MIN_JUMPS, Draw.scale(level, 3, 8));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int size = knobs.get(SIZE);
        Puzzle best = null;
        for (int tries = 0; tries < 30 || best == null; tries++) {
            char[][] grid = Mazes.scatter(size, size, knobs.get(BLOCKED) / 100.0, random);
            List<Integer> open = Mazes.cells(grid, Mazes.OPEN);
            if (open.size() < 2) {
                continue;
            }
            int start = Draw.pick(open, random);
            StateSearch search = jumps(grid, start);
            int most = open.stream().mapToInt(search::distance).max().orElse(0);
            if (most <= 0 || best != null && most <= best.route().size()) {
                continue;
            }
            int want = Math.min(most, knobs.get(MIN_JUMPS));
            int target = Draw.pick(open.stream().filter(cell -> search.distance(cell) >= want).toList(), random);
            List<String> route = search.path(target).stream().map(step -> name(size, jump(size, step[0], step[1]))).toList();
            grid[start / size][start % size] = 'N';
            grid[target / size][target % size] = 'T';
            best = new Puzzle(Mazes.lines(grid), start, target, route);
            if (most >= knobs.get(MIN_JUMPS)) {
                return best;
            }
        }
        return best;
    }

    private static StateSearch jumps(char[][] grid, int start) {
        int size = grid.length;
        return StateSearch.all(size * size, start, (cell, step) -> {
            for (int kind = 0; kind < JUMPS.length; kind++) {
                int next = jump(size, cell, kind);
                if (next >= 0 && Mazes.at(grid, next) != Mazes.WALL) {
                    step.to(next, kind);
                }
            }
        });
    }

    private static int jump(int size, int cell, int kind) {
        int row = cell / size + JUMPS[kind][0];
        int column = cell % size + JUMPS[kind][1];
        return row < 0 || row >= size || column < 0 || column >= size ? -1 : row * size + column;
    }

    /** Chess name of a cell: file letter from the left, rank number from the bottom row. */
    private static String name(int size, int cell) {
        return (char) ('a' + cell % size) + String.valueOf(size - cell / size);
    }

    /** The cell of a chess name, or -1 when it is not on the board. */
    private static int cell(int size, String name) {
        int column = name.charAt(0) - 'a';
        int rank = Integer.parseInt(name.substring(1));
        return column < 0 || column >= size || rank < 1 || rank > size ? -1 : (size - rank) * size + column;
    }

    @Override
    public String question(Puzzle puzzle) {
        int size = puzzle.board().size();
        StringBuilder picture = new StringBuilder();
        for (int row = 0; row < size; row++) {
            picture.append(String.format("%2d ", size - row));
            for (char square : puzzle.board().get(row).toCharArray()) {
                picture.append(' ').append(square);
            }
            picture.append('\n');
        }
        picture.append("   ");
        for (int column = 0; column < size; column++) {
            picture.append(' ').append((char) ('a' + column));
        }
        return "A knight stands on the square marked N of this " + size + " by " + size + " board. Files (columns) are"
                + " lettered from a on the left, ranks (rows) numbered from 1 at the bottom, as in chess. Squares marked #"
                + " are blocked: the knight may jump over them but never land on one. T is the target.\n\n" + picture
                + "\n\nEach jump moves the knight two squares along a file or rank and then one square sideways (an L"
                + " shape), staying on the board. Take the knight from " + name(size, puzzle.start()) + " to "
                + name(size, puzzle.target()) + " in as few jumps as possible; any route of that length is fine. Answer"
                + " with the squares it lands on after each jump, in order and ending with the target, separated by"
                + " spaces, in the format a1 b3 a1 (format only).";
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.route());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        char[][] grid = Mazes.chars(puzzle.board());
        int size = grid.length;
        int[] at = {puzzle.start()};
        return MoveReplay.score(answer.squares(), (number, square) -> {
            int next = cell(size, square);
            String named = "jump " + number + " (" + name(size, at[0]) + " to " + square + ")";
            if (next < 0) {
                return named + " leaves the board";
            }
            int rows = Math.abs(next / size - at[0] / size);
            int columns = Math.abs(next % size - at[0] % size);
            if (rows * columns != 2) {
                return named + " is not a knight's move";
            }
            if (Mazes.at(grid, next) == Mazes.WALL) {
                return named + " lands on a blocked square";
            }
            at[0] = next;
            return null;
        }, () -> at[0] == puzzle.target() ? null : "the knight ends on " + name(size, at[0]) + ", not on the target "
                + name(size, puzzle.target()), puzzle.route().size(), "reached the target", "jumps");
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<String> squares = gold.squares();
        int size = puzzle.board().size();
        List<List<String>> misses = new ArrayList<>();
        misses.add(squares.subList(0, squares.size() - 1));
        // the route read with ranks counted from the top
        misses.add(squares.stream().map(square -> square.charAt(0) + String.valueOf(size + 1 - Integer.parseInt(square.substring(1)))).toList());
        List<String> shifted = new ArrayList<>(squares);
        int at = random.nextInt(squares.size());
        String square = squares.get(at);
        shifted.set(at, (char) (square.charAt(0) == 'a' ? 'b' : square.charAt(0) - 1) + square.substring(1));
        misses.add(shifted);
        return misses.stream().filter(miss -> !miss.isEmpty()).map(Answer::new).filter(miss -> !check(puzzle, miss).passed()).toList();
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.route().size() * (double) puzzle.board().size();
    }
}
