package dev.bootcamp.camps.games;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.AnswerFormatException;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.verify.Answers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/** Nim under normal play: find a move that wins, from a position where one exists. */
@AutoService(Bootcamp.class)
public final class NimBootcamp implements Bootcamp<NimBootcamp.Puzzle, NimBootcamp.Answer> {
    private static final BootcampInfo INFO = BootcampInfo.builder(NimBootcamp.class)
            .title("Nim: find a winning move")
            .domain("games")
            .tags("combinatorial-game-theory", "nim-sum", "xor")
            .summary("Several heaps of objects; players alternately remove any positive number of objects from one heap,"
                    + " and whoever takes the last object wins (normal play). Every position shown has a nonzero nim-sum,"
                    + " so the player to move can force a win. The answer is one move, take K from heap H; it is CORRECT"
                    + " when it is legal and leaves a nim-sum (bitwise XOR of the heap sizes) of zero, whichever of the"
                    + " winning moves it is, and WRONG otherwise.")
            .knob(Knob.integer("heaps", 2, 16, 3, "number of heaps"))
            .knob(Knob.integer("max-size", 2, 1_000_000, 15, "largest heap size (sizes are 1..max-size; at least 2, so that a"
                    + " winning position exists for any number of heaps)"))
            .answerShape("one move in the form: take K from heap H")
            .severalAnswers()
            .build();

    private static final List<String> FILLER = List.of("take", "takes", "remove", "removes", "from", "the", "objects",
            "object", "stones", "stone", "counters", "counter", "items", "item", "tokens", "token", "matches", "match");

    /** The heap sizes, heap 1 first. */
    public record Puzzle(List<Integer> heaps) {
        public Puzzle {
            heaps = List.copyOf(heaps);
        }
    }

    /** Take {@code take} objects from heap number {@code heap} (from 1). */
    public record Answer(int heap, int take) {}

    @Override
    public BootcampInfo info() {
        return INFO;
    }

    @Override
    public Knobs atLevel(int level) {
        int[] heaps = {2, 3, 3, 4, 4, 5, 5, 6, 7, 8};
        int[] sizes = {5, 7, 15, 20, 40, 60, 100, 250, 600, 2000};
        return INFO.defaults()
                .with("heaps", heaps[level - 1])
                .with("max-size", sizes[level - 1]);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        while (true) {
            List<Integer> heaps = new ArrayList<>();
            int sum = 0;
            for (int i = 0; i < knobs.integer("heaps"); i++) {
                int size = Draw.between(1, knobs.integer("max-size"), random);
                heaps.add(size);
                sum ^= size;
            }
            if (sum != 0) {
                return new Puzzle(heaps);
            }
        }
    }

    @Override
    public String question(Puzzle puzzle) {
        StringBuilder text = new StringBuilder();
        text.append("A game of Nim is played with ").append(puzzle.heaps().size()).append(" heaps of objects.")
                .append(" Two players take turns; on a turn a player removes any positive number of objects from exactly")
                .append(" one heap (possibly the whole heap). The player who takes the last object wins.\n\nThe heaps now:\n");
        for (int i = 0; i < puzzle.heaps().size(); i++) {
            text.append("Heap ").append(i + 1).append(": ").append(puzzle.heaps().get(i)).append('\n');
        }
        text.append("\nIt is your turn. Give a move after which you can force a win however your opponent plays.")
                .append(" Answer in the form: take K from heap H (K objects removed from heap number H).");
        return text.toString();
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        int sum = nimSum(puzzle.heaps());
        for (int i = 0; i < puzzle.heaps().size(); i++) {
            int size = puzzle.heaps().get(i);
            if ((size ^ sum) < size) {
                return new Answer(i + 1, size - (size ^ sum));
            }
        }
        throw new IllegalStateException("no winning move from " + puzzle.heaps() + ", whose nim-sum is " + sum);
    }

    @Override
    public String render(Answer answer) {
        return "take " + answer.take() + " from heap " + answer.heap();
    }

    @Override
    public Answer parse(String text) {
        List<String> tokens = Answers.tokens(text.toLowerCase(Locale.ROOT), ":()[]{}=#");
        Integer heap = null;
        Integer take = null;
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            if (FILLER.contains(token)) {
                continue;
            }
            String number = token;
            boolean heapNumber = false;
            for (String marker : List.of("heap", "pile")) {
                if (token.startsWith(marker)) {
                    heapNumber = true;
                    number = token.substring(marker.length());
                    if (number.isEmpty()) {
                        if (i + 1 >= tokens.size()) {
                            throw new AnswerFormatException("'" + marker + "' is not followed by a heap number");
                        }
                        number = tokens.get(++i);
                    }
                }
            }
            int value = Answers.intValue(number);
            if (heapNumber) {
                if (heap != null) {
                    throw new AnswerFormatException("two heap numbers given; name one heap");
                }
                heap = value;
            } else {
                if (take != null) {
                    throw new AnswerFormatException("two amounts given; expected: take K from heap H");
                }
                take = value;
            }
        }
        if (heap == null || take == null) {
            throw new AnswerFormatException("expected a move in the form: take K from heap H");
        }
        return new Answer(heap, take);
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        List<Integer> heaps = puzzle.heaps();
        if (answer.heap() < 1 || answer.heap() > heaps.size()) {
            return Score.wrong("there is no heap " + answer.heap() + "; heaps are numbered 1.." + heaps.size());
        }
        int size = heaps.get(answer.heap() - 1);
        if (answer.take() < 1 || answer.take() > size) {
            return Score.wrong("heap " + answer.heap() + " has " + size + " objects; a move takes 1.." + size + ", found " + answer.take());
        }
        int after = nimSum(heaps) ^ size ^ (size - answer.take());
        if (after == 0) {
            return Score.correct("the move leaves a nim-sum of 0, a lost position for the opponent");
        }
        return Score.wrong("the move leaves a nim-sum of " + after + ", from which the opponent can win");
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<Answer> misses = new ArrayList<>();
        misses.add(new Answer(gold.heap(), gold.take() + 1));
        misses.add(new Answer(gold.heap(), gold.take() - 1));
        misses.add(new Answer(gold.heap(), puzzle.heaps().get(gold.heap() - 1)));
        misses.add(new Answer(gold.take(), gold.heap()));
        int other = random.nextInt(puzzle.heaps().size());
        misses.add(new Answer(other + 1, 1 + random.nextInt(puzzle.heaps().get(other))));
        misses.add(new Answer(puzzle.heaps().size() + 1, 1));
        return misses.stream().filter(miss -> !check(puzzle, miss).passed()).distinct().toList();
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.heaps().stream().mapToDouble(size -> 1 + Math.log(size) / Math.log(2)).sum();
    }

    private static int nimSum(List<Integer> heaps) {
        int sum = 0;
        for (int size : heaps) {
            sum ^= size;
        }
        return sum;
    }
}
