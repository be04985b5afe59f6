package dev.bootcamp.camps.games;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.AnswerFormatException;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Camp;
import dev.bootcamp.camps.kit.Codec;
import dev.bootcamp.camps.kit.MoveReplay;
import dev.bootcamp.verify.Answers;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;

/** Tower of Hanoi from any legal position: the shortest sequence of moves that stacks every disk on a goal peg. */
@AutoService(Bootcamp.class)
public final class TowerOfHanoiBootcamp extends Camp<TowerOfHanoiBootcamp.Puzzle, TowerOfHanoiBootcamp.Answer> {
    private static final Knob<Integer> DISKS = Knob.integer("disks", 1, 9, 4, "number of disks");
    private static final Knob<Integer> PEG_COUNT = Knob.integer("pegs", 3, 4, 3, "number of pegs (four pegs have no simple formula for the optimum)");
    private static final Knob<Boolean> SCRAMBLED = Knob.flag("scrambled", true, "start from a random legal position instead of the classic single tower");
    private static final Knob<Boolean> SCATTERED_GOAL = Knob.flag("scattered-goal", false, "the goal is a random legal position instead of a single tower");
    private static final BootcampInfo INFO = BootcampInfo.builder(TowerOfHanoiBootcamp.class)
            .title("Tower of Hanoi")
            .version(2)
            .domain("games")
            .tags("planning", "recursion", "search", "partial-credit")
            .summary("Disks of distinct sizes sit on three or four pegs, never a larger one on a smaller one; move them"
                    + " one at a time until they reach a goal: all on one goal peg or, at the lower levels, any given legal"
                    + " position (three pegs with few disks have too few towers to tell cases apart). The start is any legal"
                    + " position, or the classic single tower when the scrambled knob is off. The answer is a list of moves"
                    + " FROM->TO, checked by simulation: every move must be legal and the last must leave every disk where"
                    + " the goal has it. A shortest sequence (its length found"
                    + " by breadth-first search) is CORRECT; a legal, complete but longer one is PARTIAL with reward"
                    + " shortest/length; an illegal move or an unfinished position is WRONG.")
            .knob(DISKS)
            .knob(PEG_COUNT)
            .knob(SCRAMBLED)
            .knob(SCATTERED_GOAL)
            .answerShape("the moves in order, each written as FROM->TO with peg letters (such as A->C), separated by commas")
            .severalAnswers()
            // Three pegs and three disks give 702 start and goal pairs, so level 1 repeats some.
            .diversityFloor(0.25)
            .build();

    private static final String PEGS = "ABCD";
    private static final int MAX_MOVES = 20_000;
    private static final List<String> FILLER = List.of("to", "then", "move");

    /**
     * Where each disk is at the start and in the goal (index 0 is disk 1, the smallest; values are peg numbers from 0),
     * and the optimum.
     */
    public record Puzzle(int pegs, List<Integer> start, List<Integer> goal, int optimum) {
        public Puzzle {
            start = List.copyOf(start);
            goal = List.copyOf(goal);
        }
    }

    /** Moves written {@code A->C}. */
    public record Answer(List<String> moves) {
        public Answer {
            moves = List.copyOf(moves);
        }
    }

    public TowerOfHanoiBootcamp() {
        super(INFO, Codec.of(TowerOfHanoiBootcamp::write, TowerOfHanoiBootcamp::read));
    }

    @Override
    public Knobs atLevel(int level) {
        int[] disks = {3, 4, 4, 5, 5, 6, 6, 7, 8, 9};
        return INFO.defaults()
                .with(DISKS, disks[level - 1])
                .with(PEG_COUNT, level >= 7 ? 4 : 3)
                .with(SCRAMBLED, true)
                .with(SCATTERED_GOAL, level <= 6);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int disks = knobs.get(DISKS);
        int pegs = knobs.get(PEG_COUNT);
        while (true) {
            List<Integer> start = position(disks, pegs, knobs.get(SCRAMBLED), random);
            List<Integer> goal = position(disks, pegs, knobs.get(SCATTERED_GOAL), random);
            if (start.equals(goal)) {
                continue;
            }
            return new Puzzle(pegs, start, goal, TowerOfHanoiSearch.shortest(pegs, start, goal).size());
        }
    }

    /** A random legal position: each disk on any peg, or all on one peg when not {@code scattered}. */
    private static List<Integer> position(int disks, int pegs, boolean scattered, RandomGenerator random) {
        List<Integer> where = new ArrayList<>();
        int tower = random.nextInt(pegs);
        for (int disk = 0; disk < disks; disk++) {
            where.add(scattered ? random.nextInt(pegs) : tower);
        }
        return where;
    }

    @Override
    public String question(Puzzle puzzle) {
        int disks = puzzle.start().size();
        StringBuilder text = new StringBuilder();
        text.append("Tower of Hanoi with ").append(disks).append(disks == 1 ? " disk" : " disks").append(" and ")
                .append(puzzle.pegs()).append(" pegs, named ").append(String.join(", ", pegNames(puzzle.pegs()))).append(".")
                .append(" The disks are numbered by size, 1 the smallest and ").append(disks).append(" the largest.")
                .append(" A move takes the top disk of one peg and puts it on another peg that is empty or whose top disk is")
                .append(" larger: a disk may never rest on a smaller disk.\n\nThe current position, each peg listed from bottom to top:\n");
        describe(text, puzzle.pegs(), puzzle.start());
        int tower = puzzle.goal().get(0);
        if (puzzle.goal().stream().allMatch(peg -> peg == tower)) {
            text.append("\nMove all the disks onto peg ").append(PEGS.charAt(tower));
        } else {
            text.append("\nThe goal position, each peg listed from bottom to top:\n");
            describe(text, puzzle.pegs(), puzzle.goal());
            text.append("\nReach the goal position");
        }
        text.append(" using as few moves as possible. Answer with the moves in order, each written as FROM->TO")
                .append(" with the letters of the two pegs (for example A->B moves the top disk of peg A onto peg B),")
                .append(" separated by commas.");
        return text.toString();
    }

    /** One line per peg, its disks from bottom to top. */
    private static void describe(StringBuilder text, int pegs, List<Integer> where) {
        for (int peg = 0; peg < pegs; peg++) {
            text.append(PEGS.charAt(peg)).append(": ");
            List<String> stack = new ArrayList<>();
            for (int disk = where.size() - 1; disk >= 0; disk--) {
                if (where.get(disk) == peg) {
                    stack.add(String.valueOf(disk + 1));
                }
            }
            text.append(stack.isEmpty() ? "(empty)" : String.join(" ", stack)).append('\n');
        }
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(TowerOfHanoiSearch.shortest(puzzle.pegs(), puzzle.start(), puzzle.goal()));
    }

    private static String write(Answer answer) {
        return String.join(", ", answer.moves());
    }

    private static Answer read(String text) {
        List<Character> pegs = new ArrayList<>();
        for (String word : MoveReplay.words(text, FILLER, 2 * MAX_MOVES)) {
            readWord(word, pegs);
            if (pegs.size() > 2 * MAX_MOVES) {
                throw new AnswerFormatException("more than " + MAX_MOVES + " moves");
            }
        }
        if (pegs.isEmpty()) {
            throw new AnswerFormatException("no moves found");
        }
        if (pegs.size() % 2 != 0) {
            throw new AnswerFormatException("found " + pegs.size() + " peg letters; each move needs two, FROM->TO");
        }
        List<String> moves = new ArrayList<>();
        for (int i = 0; i < pegs.size(); i += 2) {
            moves.add(pegs.get(i) + "->" + pegs.get(i + 1));
        }
        return new Answer(moves);
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        int disks = puzzle.start().size();
        int[] where = puzzle.start().stream().mapToInt(Integer::intValue).toArray();
        return MoveReplay.score(answer.moves(), (number, move) -> {
            int from = PEGS.indexOf(move.charAt(0));
            int to = PEGS.indexOf(move.charAt(move.length() - 1));
            String named = "move " + number + " (" + move + ")";
            if (from < 0 || to < 0 || from >= puzzle.pegs() || to >= puzzle.pegs()) {
                return named + " names a peg that does not exist; pegs are " + String.join(", ", pegNames(puzzle.pegs()));
            }
            if (from == to) {
                return named + " moves a disk onto the peg it is on";
            }
            int moving = top(where, from);
            if (moving == disks) {
                return named + " takes from peg " + move.charAt(0) + ", which is empty";
            }
            int below = top(where, to);
            if (below < moving) {
                return named + " puts disk " + (moving + 1) + " on the smaller disk " + (below + 1);
            }
            where[moving] = to;
            return null;
        }, () -> IntStream.range(0, disks).filter(disk -> where[disk] != puzzle.goal().get(disk)).mapToObj(disk -> "after the last move disk "
                + (disk + 1) + " is on peg " + PEGS.charAt(where[disk]) + ", not on its goal peg " + PEGS.charAt(puzzle.goal().get(disk)))
                .findFirst().orElse(null), puzzle.optimum(), "solved", "moves");
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<String> moves = gold.moves();
        List<List<String>> misses = new ArrayList<>();
        misses.add(moves.subList(0, moves.size() - 1));
        List<String> reversed = new ArrayList<>(moves);
        reversed.set(0, new StringBuilder(moves.get(0)).reverse().toString().replace(">-", "->"));
        misses.add(reversed);
        if (moves.size() > 1) {
            List<String> swapped = new ArrayList<>(moves);
            int at = random.nextInt(moves.size() - 1);
            Collections.swap(swapped, at, at + 1);
            misses.add(swapped);
        }
        List<String> wasteful = new ArrayList<>(moves);
        int at = random.nextInt(moves.size() + 1);
        String first = moves.get(Math.min(at, moves.size() - 1));
        wasteful.add(at, new StringBuilder(first).reverse().toString().replace(">-", "->"));
        wasteful.add(at, first);
        misses.add(wasteful);
        // The smallest disk left on another peg: the right plan for a slightly different goal.
        List<Integer> otherGoal = new ArrayList<>(puzzle.goal());
        otherGoal.set(0, (puzzle.goal().get(0) + 1 + random.nextInt(puzzle.pegs() - 1)) % puzzle.pegs());
        if (!puzzle.start().equals(otherGoal)) {
            misses.add(TowerOfHanoiSearch.shortest(puzzle.pegs(), puzzle.start(), otherGoal));
        }
        return misses.stream().map(Answer::new).filter(miss -> !check(puzzle, miss).passed()).toList();
    }

    /** The positions a breadth-first search may visit: pegs to the power of disks. */
    @Override
    public double cost(Puzzle puzzle) {
        return Math.pow(puzzle.pegs(), puzzle.start().size());
    }

    /** The smallest disk on {@code peg}, or the disk count when the peg is empty. */
    private static int top(int[] where, int peg) {
        for (int disk = 0; disk < where.length; disk++) {
            if (where[disk] == peg) {
                return disk;
            }
        }
        return where.length;
    }

    private static List<String> pegNames(int pegs) {
        List<String> names = new ArrayList<>();
        for (int peg = 0; peg < pegs; peg++) {
            names.add(String.valueOf(PEGS.charAt(peg)));
        }
        return names;
    }

    /** A peg letter or a run of peg letters such as {@code AC}; anything else is refused. */
    private static void readWord(String word, List<Character> pegs) {
        String upper = word.toUpperCase(Locale.ROOT);
        for (int i = 0; i < upper.length(); i++) {
            if (PEGS.indexOf(upper.charAt(i)) < 0) {
                throw new AnswerFormatException("expected peg letters A to D in moves such as A->C, found '" + Answers.abbreviate(word) + "'");
            }
        }
        if (upper.length() > 2) {
            throw new AnswerFormatException("expected moves such as A->C, found '" + Answers.abbreviate(word) + "'");
        }
        for (int i = 0; i < upper.length(); i++) {
            pegs.add(upper.charAt(i));
        }
    }
}
