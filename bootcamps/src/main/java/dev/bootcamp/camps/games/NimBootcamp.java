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
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.PerPosition;
import dev.bootcamp.verify.Answers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/** Nim under normal play: in each of several games, find a move that wins, from a position where one exists. */
@AutoService(Bootcamp.class)
public final class NimBootcamp extends Camp<NimBootcamp.Puzzle, NimBootcamp.Answer> {
    private static final Knob<Integer> HEAPS = Knob.integer("heaps", 2, 16, 3, "number of heaps");
    private static final Knob<Integer> MAX_SIZE = Knob.integer("max-size", 2, 1_000_000, 15, "largest heap size (sizes are 1..max-size; at least 2, so that a"
                    + " winning position exists for any number of heaps)");
    private static final Knob<Integer> GAMES = Knob.integer("games", 1, 10, 2, "number of separate games in one puzzle, answered together");
    private static final BootcampInfo INFO = BootcampInfo.builder(NimBootcamp.class)
            .title("Nim: find a winning move")
            .version(2)
            .domain("games")
            .tags("combinatorial-game-theory", "nim-sum", "xor")
            .summary("Two games of Nim, each with several heaps of objects; players alternately remove any positive number of objects from one heap,"
                    + " and whoever takes the last object wins (normal play). Every position shown has a nonzero nim-sum,"
                    + " so the player to move can force a win. The answer is one move per game, take K from heap H; it is CORRECT"
                    + " when every move is legal and leaves a nim-sum (bitwise XOR of the heap sizes) of zero, whichever of"
                    + " the winning moves it is, and WRONG otherwise. One small game's winning move is guessable; two"
                    + " together are not.")
            .knob(HEAPS)
            .knob(MAX_SIZE)
            .knob(GAMES)
            .answerShape("one line per game, each a move in the form: take K from heap H")
            .severalAnswers()
            .build();

    private static final List<String> FILLER = List.of("take", "takes", "remove", "removes", "from", "the", "objects",
            "object", "stones", "stone", "counters", "counter", "items", "item", "tokens", "token", "matches", "match");

    /** One game's heap sizes, heap 1 first. */
    public record Game(List<Integer> heaps) {
        public Game {
            heaps = List.copyOf(heaps);
        }
    }

    /** The games, game 1 first. */
    public record Puzzle(List<Game> games) {
        public Puzzle {
            games = List.copyOf(games);
        }
    }

    /** Take {@code take} objects from heap number {@code heap} (from 1). */
    public record Move(int heap, int take) {}

    /** One move per game, in order. */
    public record Answer(List<Move> moves) {
        public Answer {
            moves = List.copyOf(moves);
        }
    }

    public NimBootcamp() {
        super(INFO, Codec.of(NimBootcamp::write, NimBootcamp::read));
    }

    @Override
    public Knobs atLevel(int level) {
        int[] heaps = {2, 3, 3, 4, 4, 5, 5, 6, 7, 8};
        int[] sizes = {30, 30, 31, 40, 63, 100, 150, 250, 600, 2000};
        return INFO.defaults()
                .with(HEAPS, heaps[level - 1])
                .with(MAX_SIZE, sizes[level - 1]);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        List<Game> games = new ArrayList<>();
        for (int k = 0; k < knobs.get(GAMES); k++) {
            games.add(game(knobs, random));
        }
        return new Puzzle(games);
    }

    private static Game game(Knobs knobs, RandomGenerator random) {
        while (true) {
            List<Integer> heaps = new ArrayList<>();
            int sum = 0;
            for (int i = 0; i < knobs.get(HEAPS); i++) {
                int size = Draw.between(1, knobs.get(MAX_SIZE), random);
                heaps.add(size);
                sum ^= size;
            }
            if (sum != 0) {
                return new Game(heaps);
            }
        }
    }

    @Override
    public String question(Puzzle puzzle) {
        int count = puzzle.games().size();
        StringBuilder text = new StringBuilder();
        text.append(count == 1 ? "A game of Nim is played" : "You are playing " + count + " separate games of Nim, each played")
                .append(" with heaps of objects. Two players take turns; on a turn a player removes any positive number of")
                .append(" objects from exactly one heap (possibly the whole heap). The player who takes the last object wins.\n");
        for (int k = 0; k < count; k++) {
            List<Integer> heaps = puzzle.games().get(k).heaps();
            text.append("\nGame ").append(k + 1).append(", the heaps now:\n");
            for (int i = 0; i < heaps.size(); i++) {
                text.append("Heap ").append(i + 1).append(": ").append(heaps.get(i)).append('\n');
            }
        }
        text.append("\nIn ").append(count == 1 ? "the game" : "each game").append(" it is your turn. Give a move after which")
                .append(" you can force a win however your opponent plays. Answer with ").append(count).append(count == 1 ? " line" : " lines")
                .append(", one per game in order, each in the form: take K from heap H (K objects removed from heap number H")
                .append(" of that game). The answer is correct only when every move is a winning one.");
        return text.toString();
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        List<Move> moves = new ArrayList<>();
        for (Game game : puzzle.games()) {
            moves.add(winning(game.heaps()));
        }
        return new Answer(moves);
    }

    private static Move winning(List<Integer> heaps) {
        int sum = nimSum(heaps);
        for (int i = 0; i < heaps.size(); i++) {
            int size = heaps.get(i);
            if ((size ^ sum) < size) {
                return new Move(i + 1, size - (size ^ sum));
            }
        }
        throw new IllegalStateException("no winning move from " + heaps + ", whose nim-sum is " + sum);
    }

    private static String write(Answer answer) {
        return String.join("\n", answer.moves().stream().map(move -> "take " + move.take() + " from heap " + move.heap()).toList());
    }

    private static Answer read(String text) {
        return new Answer(PerPosition.read(text, "game", NimBootcamp::move, "expected one move per game in the form: take K from heap H"));
    }

    private static Move move(String text) {
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
        return new Move(heap, take);
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        return PerPosition.check(puzzle.games().size(), answer.moves().size(), "game",
                k -> problem(puzzle.games().get(k).heaps(), answer.moves().get(k)), "every move leaves a nim-sum of 0, a lost position for the opponent");
    }

    /** Why a move does not win, or null when it does. */
    private static String problem(List<Integer> heaps, Move move) {
        if (move.heap() < 1 || move.heap() > heaps.size()) {
            return "there is no heap " + move.heap() + "; heaps are numbered 1.." + heaps.size();
        }
        int size = heaps.get(move.heap() - 1);
        if (move.take() < 1 || move.take() > size) {
            return "heap " + move.heap() + " has " + size + " objects; a move takes 1.." + size + ", found " + move.take();
        }
        int after = nimSum(heaps) ^ size ^ (size - move.take());
        if (after == 0) {
            return null;
        }
        return "the move leaves a nim-sum of " + after + ", from which the opponent can win";
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        int k = random.nextInt(puzzle.games().size());
        List<Integer> heaps = puzzle.games().get(k).heaps();
        Move move = gold.moves().get(k);
        List<Move> candidates = new ArrayList<>();
        candidates.add(new Move(move.heap(), move.take() + 1));
        candidates.add(new Move(move.heap(), move.take() - 1));
        candidates.add(new Move(move.heap(), heaps.get(move.heap() - 1)));
        candidates.add(new Move(move.take(), move.heap()));
        int other = random.nextInt(heaps.size());
        candidates.add(new Move(other + 1, 1 + random.nextInt(heaps.get(other))));
        candidates.add(new Move(heaps.size() + 1, 1));
        return PerPosition.replacing(gold.moves(), k, candidates, candidate -> problem(heaps, candidate)).stream().map(Answer::new).toList();
    }

    /** Bits of every heap the nim-sum combines, over all games. */
    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.games().stream().flatMap(game -> game.heaps().stream())
                .mapToDouble(size -> 1 + Math.log(size) / Math.log(2)).sum();
    }

    private static int nimSum(List<Integer> heaps) {
        int sum = 0;
        for (int size : heaps) {
            sum ^= size;
        }
        return sum;
    }
}
