package dev.bootcamp.camps.games;

import static java.util.Objects.requireNonNull;

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
import dev.bootcamp.verify.Answers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;

/** The 8-puzzle and 15-puzzle: slide tiles into order with the fewest moves of the blank. */
@AutoService(Bootcamp.class)
public final class SlidingPuzzleBootcamp extends Camp<SlidingPuzzleBootcamp.Puzzle, SlidingPuzzleBootcamp.Answer> {
    private static final Knob<Integer> SIZE = Knob.integer("size", 2, 4, 3, "side of the grid: 3 is the 8-puzzle, 4 the 15-puzzle");
    private static final Knob<Integer> SCRAMBLE = Knob.integer("scramble", 1, 60, 10, "random moves of the blank (never undoing the last) applied to the solved grid;"
                    + " the shortest solution is at most this long");
    private static final Knob<Boolean> SHUFFLED_GOAL = Knob.flag("shuffled-goal", false, "the goal is a random arrangement of the tiles instead of the ordered grid");
    private static final BootcampInfo INFO = BootcampInfo.builder(SlidingPuzzleBootcamp.class)
            .title("Sliding puzzle (8-puzzle, 15-puzzle)")
            .version(2)
            .domain("games")
            .tags("planning", "search", "puzzle", "partial-credit")
            .summary("Numbered tiles and one blank fill a square grid, scrambled by random moves from a goal grid: the"
                    + " tiles in order with the blank last or, on the 3x3 grid, a random arrangement shown in full (few"
                    + " grids lie a few moves from the ordered one). Bring the tiles to the goal grid by moving the blank up, down, left or right (U, D, L, R name the"
                    + " direction the blank moves). The moves are replayed: each must stay inside the grid and the last"
                    + " must leave the goal grid. A shortest solution (its length found by IDA* search) is CORRECT; a"
                    + " legal, complete but longer one is PARTIAL with reward shortest/length; a move off the grid or an"
                    + " unsolved final grid is WRONG.")
            .knob(SIZE)
            .knob(SCRAMBLE)
            .knob(SHUFFLED_GOAL)
            .answerShape("the moves of the blank as letters U, D, L, R separated by spaces")
            .severalAnswers()
            .build();

    private static final String MOVES = "UDLR";
    private static final int[] ROW_STEP = {-1, 1, 0, 0};
    private static final int[] COLUMN_STEP = {0, 0, -1, 1};
    private static final int MAX_MOVES = 10_000;
    /** Search nodes allowed before a scramble is judged too deep and drawn again with fewer moves. */
    private static final long NODE_BUDGET = 600_000;

    /** The tiles and the goal in reading order (0 is the blank), and the length of a shortest solution. */
    public record Puzzle(int size, List<Integer> tiles, List<Integer> goal, int optimum) {
        public Puzzle {
            tiles = List.copyOf(tiles);
            goal = List.copyOf(goal);
        }
    }

    /** The moves of the blank, as a string of U, D, L and R. */
    public record Answer(String moves) {
        public Answer {
            requireNonNull(moves, "moves is null");
        }
    }

    public SlidingPuzzleBootcamp() {
        super(INFO, Codec.of(SlidingPuzzleBootcamp::write, SlidingPuzzleBootcamp::read));
    }

    @Override
    public Knobs atLevel(int level) {
        int[] scramble = {5, 6, 8, 11, 14, 18, 24, 26, 32, 38};
        return INFO.defaults()
                .with(SIZE, level >= 8 ? 4 : 3)
                .with(SCRAMBLE, scramble[level - 1])
                .with(SHUFFLED_GOAL, level < 8);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int size = knobs.get(SIZE);
        int scramble = knobs.get(SCRAMBLE);
        while (true) {
            int[] goal = knobs.get(SHUFFLED_GOAL) ? Draw.permutation(size * size, random) : solved(size);
            int[] tiles = goal.clone();
            int blank = Arrays.stream(goal).boxed().toList().indexOf(0);
            int last = -1;
            for (int step = 0; step < scramble; step++) {
                List<Integer> options = new ArrayList<>();
                for (int move = 0; move < 4; move++) {
                    if (move != (last ^ 1) && target(size, blank, move) >= 0) {
                        options.add(move);
                    }
                }
                last = options.get(random.nextInt(options.size()));
                int next = target(size, blank, last);
                tiles[blank] = tiles[next];
                tiles[next] = 0;
                blank = next;
            }
            String path = SlidingPuzzleSearch.shortest(size, tiles, goal, NODE_BUDGET);
            if (path == null) {
                scramble = Math.max(1, scramble - Math.max(4, scramble / 4));
                continue;
            }
            if (!path.isEmpty()) {
                return new Puzzle(size, Arrays.stream(tiles).boxed().toList(), Arrays.stream(goal).boxed().toList(), path.length());
            }
            // On a 2x2 grid a walk that never turns back returns to the solved grid every 12 moves.
            scramble++;
        }
    }

    @Override
    public String question(Puzzle puzzle) {
        int size = puzzle.size();
        StringBuilder text = new StringBuilder();
        text.append("A ").append(size).append("x").append(size).append(" sliding puzzle has tiles numbered 1 to ")
                .append(size * size - 1).append(" and one blank square, shown as _. A move slides a tile next to the")
                .append(" blank into it; we name each move by the direction the BLANK travels: U (the blank swaps with the")
                .append(" tile above it), D (with the tile below), L (with the tile to its left), R (with the tile to its right).")
                .append(" The blank cannot leave the grid.\n\nCurrent grid:\n");
        appendGrid(text, puzzle.tiles(), size);
        text.append("\nGoal grid:\n");
        appendGrid(text, puzzle.goal(), size);
        text.append("\nReach the goal grid in as few moves as possible. Answer with the moves of the blank in order,")
                .append(" as letters U, D, L, R separated by spaces.");
        return text.toString();
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        int[] tiles = puzzle.tiles().stream().mapToInt(Integer::intValue).toArray();
        int[] goal = puzzle.goal().stream().mapToInt(Integer::intValue).toArray();
        return new Answer(SlidingPuzzleSearch.shortest(puzzle.size(), tiles, goal, Long.MAX_VALUE));
    }

    private static String write(Answer answer) {
        return String.join(" ", answer.moves().split(""));
    }

    private static Answer read(String text) {
        StringBuilder moves = new StringBuilder();
        for (String word : MoveReplay.words(text, List.of(), MAX_MOVES)) {
            readWord(word, moves);
            if (moves.length() > MAX_MOVES) {
                throw new AnswerFormatException("more than " + MAX_MOVES + " moves");
            }
        }
        if (moves.length() == 0) {
            throw new AnswerFormatException("no moves found; expected letters U, D, L, R");
        }
        return new Answer(moves.toString());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        int size = puzzle.size();
        int[] tiles = puzzle.tiles().stream().mapToInt(Integer::intValue).toArray();
        int[] blank = {puzzle.tiles().indexOf(0)};
        List<Character> moves = answer.moves().chars().mapToObj(c -> (char) c).toList();
        return MoveReplay.score(moves, (number, letter) -> {
            int move = MOVES.indexOf(letter);
            int next = move < 0 ? -1 : target(size, blank[0], move);
            if (next < 0) {
                return "move " + number + " (" + letter + ") takes the blank off the grid from row " + (blank[0] / size + 1) + ", column "
                        + (blank[0] % size + 1);
            }
            tiles[blank[0]] = tiles[next];
            tiles[next] = 0;
            blank[0] = next;
            return null;
        }, () -> IntStream.range(0, tiles.length).filter(cell -> tiles[cell] != puzzle.goal().get(cell)).mapToObj(cell -> "after the last move"
                + " the grid is not the goal: row " + (cell / size + 1) + ", column " + (cell % size + 1) + " holds "
                + (tiles[cell] == 0 ? "the blank" : "tile " + tiles[cell])).findFirst().orElse(null), puzzle.optimum(), "reached the goal", "moves");
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        String moves = gold.moves();
        List<String> misses = new ArrayList<>();
        misses.add(moves.substring(0, moves.length() - 1));
        int at = random.nextInt(moves.length());
        misses.add(moves.substring(0, at) + opposite(moves.charAt(at)) + moves.substring(at + 1));
        if (moves.length() > 1) {
            int swap = random.nextInt(moves.length() - 1);
            misses.add(moves.substring(0, swap) + moves.charAt(swap + 1) + moves.charAt(swap) + moves.substring(swap + 2));
        }
        StringBuilder mirrored = new StringBuilder();
        for (char move : moves.toCharArray()) {
            mirrored.append(opposite(move));
        }
        misses.add(mirrored.toString());
        misses.add(moves.charAt(0) + "" + opposite(moves.charAt(0)) + moves);
        return misses.stream().map(Answer::new).filter(miss -> !check(puzzle, miss).passed()).toList();
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.optimum() * (puzzle.size() * puzzle.size() - 1) / 8.0;
    }

    /** The cell the blank reaches from {@code blank} by {@code move}, or -1 off the grid. */
    static int target(int size, int blank, int move) {
        int row = blank / size + ROW_STEP[move];
        int column = blank % size + COLUMN_STEP[move];
        if (row < 0 || row >= size || column < 0 || column >= size) {
            return -1;
        }
        return row * size + column;
    }

    static char letter(int move) {
        return MOVES.charAt(move);
    }

    private static int[] solved(int size) {
        int[] tiles = new int[size * size];
        for (int cell = 0; cell < tiles.length - 1; cell++) {
            tiles[cell] = cell + 1;
        }
        return tiles;
    }

    private static char opposite(char move) {
        return MOVES.charAt(MOVES.indexOf(move) ^ 1);
    }

    private static void appendGrid(StringBuilder text, List<Integer> tiles, int size) {
        int width = String.valueOf(size * size - 1).length();
        for (int row = 0; row < size; row++) {
            for (int column = 0; column < size; column++) {
                int tile = tiles.get(row * size + column);
                String cell = tile == 0 ? "_" : String.valueOf(tile);
                text.append(column == 0 ? "" : " ").append(" ".repeat(width - cell.length())).append(cell);
            }
            text.append('\n');
        }
    }

    /** A word of only U, D, L, R letters (such as {@code ULDR}) or a direction word; anything else is refused. */
    private static void readWord(String word, StringBuilder moves) {
        String lower = word.toLowerCase(Locale.ROOT);
        switch (lower) {
            case "up" -> moves.append('U');
            case "down" -> moves.append('D');
            case "left" -> moves.append('L');
            case "right" -> moves.append('R');
            default -> {
                String upper = word.toUpperCase(Locale.ROOT);
                for (int i = 0; i < upper.length(); i++) {
                    if (MOVES.indexOf(upper.charAt(i)) < 0) {
                        throw new AnswerFormatException("expected moves U, D, L, R, found '" + Answers.abbreviate(word) + "'");
                    }
                }
                moves.append(upper);
            }
        }
    }
}
