package dev.bootcamp.camps.ciphers;

import static java.util.Objects.requireNonNull;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.camps.kit.Camp;
import dev.bootcamp.camps.kit.CipherTask.Letters;
import dev.bootcamp.camps.kit.CipherTask.Slip;
import dev.bootcamp.camps.kit.CipherTask;
import dev.bootcamp.camps.kit.CipherText;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.KeySquare;
import dev.bootcamp.camps.kit.Words;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Playfair cipher: encrypt an English message pair by pair with a keyword square. */
@AutoService(Bootcamp.class)
public final class PlayfairBootcamp extends Camp<PlayfairBootcamp.Puzzle, Letters> implements CipherTask<PlayfairBootcamp.Puzzle> {
    private static final Knob<Integer> WORDS = Knob.integer("words", 1, 100, 4, "number of words in the message");
    private static final Knob<Integer> KEYWORD_LENGTH = Knob.integer("keyword-length", 2, 11, 5, "letters in the keyword, a listed word");
    private static final Knob<Boolean> SQUARE_SHOWN = Knob.flag("square-shown", false, "whether the prompt shows the finished 5x5 square");
    private static final Knob<Boolean> FILLERS = Knob.flag("fillers", false, "make the message contain a doubled letter inside a pair, so a filler X is needed");
    private static final Knob<Boolean> PUNCTUATION = Knob.flag("punctuation", false, "write the message as sentences with capitals, commas and full stops");
    private static final BootcampInfo INFO = BootcampInfo.builder(PlayfairBootcamp.class)
            .title("Playfair cipher encryption")
            .domain("ciphers")
            .tags("cipher", "digraph", "encryption", "english", "playfair")
            .summary("Encrypt a message of common English words with the Playfair cipher under a given keyword, with the"
                    + " conventions stated in full: a 5x5 square from the keyword with I and J merged, the message split into"
                    + " pairs with X inserted between doubled letters and added to a final single letter (Q where the letter"
                    + " is X), and the row, column and rectangle rules. Harder levels use longer messages, square not shown,"
                    + " messages that need fillers, and sentences with punctuation. Only the letters of the answer are"
                    + " compared, ignoring case and spaces. No partial credit.")
            .knob(WORDS)
            .knob(KEYWORD_LENGTH)
            .knob(SQUARE_SHOWN)
            .knob(FILLERS)
            .knob(PUNCTUATION)
            .answerShape("the ciphertext letters (spaces between pairs are optional)")
            .build();

    private static final int SIZE = KeySquare.SIZE;
    private static final int MAX_ATTEMPTS = 1_000;

    /** The keyword and message as shown, the square's 25 letters row by row, and the ciphertext (never shown). */
    public record Puzzle(String keyword, String message, String square, boolean squareShown, String ciphertext) {
        public Puzzle {
            requireNonNull(keyword, "keyword is null");
            requireNonNull(message, "message is null");
            requireNonNull(square, "square is null");
            requireNonNull(ciphertext, "ciphertext is null");
        }
    }

    /** The answer is written in pairs separated by spaces, as Playfair ciphertext usually is. */
    public PlayfairBootcamp() {
        super(INFO, CipherTask.letters(2));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(WORDS, Draw.scale(level, 1, 16))
                .with(KEYWORD_LENGTH, Draw.scale(level, 3, 10))
                .with(SQUARE_SHOWN, level <= 3)
                .with(FILLERS, level >= 4)
                .with(PUNCTUATION, level >= 6);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int keywordLength = knobs.get(KEYWORD_LENGTH);
        String keyword = Draw.pick(Words.ofLength(keywordLength, keywordLength), random).toUpperCase(Locale.ROOT);
        String square = KeySquare.of(keyword);
        List<String> words = CipherText.words(random, knobs.get(WORDS));
        for (int attempt = 0; attempt < MAX_ATTEMPTS && knobs.get(FILLERS) && !needsFiller(words); attempt++) {
            words = CipherText.words(random, knobs.get(WORDS));
        }
        String message = CipherTask.message(words, knobs.get(PUNCTUATION), random);
        return new Puzzle(keyword, message, square, knobs.get(SQUARE_SHOWN), encrypt(prepare(message), square, 1, false));
    }

    @Override
    public String question(Puzzle puzzle) {
        StringBuilder text = new StringBuilder();
        text.append("The Playfair cipher encrypts a message two letters at a time with a 5x5 square of letters built from a keyword.\n\n")
                .append("1. The square: write the letters of the keyword, treating J as I and leaving out any letter already")
                .append(" written, then the remaining letters of the alphabet in order (A to Z without J), filling the square row")
                .append(" by row, each row from left to right.\n")
                .append("2. The message: remove spaces and punctuation, write it in capitals, change every J to I, and split it")
                .append(" into pairs from left to right. When the two letters of a pair would be the same letter, put X after")
                .append(" the first of them to complete the pair, and start the next pair with the second (use Q instead of X if")
                .append(" the doubled letter is X). If one letter is left over at the end, add X to it (Q if that letter is X).\n")
                .append("3. Each pair: if both letters are in the same row, replace each by the letter to its right (the first")
                .append(" letter of the row comes after the last); if both are in the same column, replace each by the letter")
                .append(" below it (the top letter comes after the bottom one); otherwise replace each letter by the letter in")
                .append(" its own row that stands in the other letter's column.\n\n")
                .append("For example, with the keyword KEY the square is\n\n").append(rows(KeySquare.of("KEY")))
                .append("\nand \"balloons\" is split into BA LX LO ON SX and becomes KB NV MI IO XA.\n\n")
                .append("Keyword: ").append(puzzle.keyword()).append('\n');
        if (puzzle.squareShown()) {
            text.append("\nIts square is\n\n").append(rows(puzzle.square()));
        }
        text.append("\nMessage:\n").append(puzzle.message()).append("\n\n")
                .append("Encrypt it. Give the ciphertext; only its letters are compared, so spaces (for example between pairs)")
                .append(" and capitals do not matter.");
        return text.toString();
    }

    @Override
    public String expected(Puzzle puzzle) {
        return puzzle.ciphertext();
    }

    @Override
    public List<String> otherMisses(Puzzle puzzle) {
        return List.of(encrypt(prepare(puzzle.message()), KeySquare.of(""), 1, false));
    }

    @Override
    public List<Slip> slips(Puzzle puzzle) {
        String prepared = prepare(puzzle.message());
        String unsplit = pairsAsTheyCome(puzzle.message());
        return List.of(new Slip(prepared, "this is the prepared message, not its encryption"),
                new Slip(encrypt(prepared, puzzle.square(), -1, false), "letters in a row or column moved left or up instead of right or down"),
                new Slip(encrypt(prepared, puzzle.square(), 1, true), "in the rectangle rule each letter took the other letter's row instead of keeping its own"),
                new Slip(encrypt(unsplit, puzzle.square(), 1, false), "doubled letters in a pair were not split with a filler X"));
    }

    /** Pairs to encrypt, counted double when the square must be built first. */
    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.ciphertext().length() * (puzzle.squareShown() ? 1.0 : 2.0);
    }

    private static String rows(String square) {
        return IntStream.range(0, SIZE).mapToObj(row -> KeySquare.row(square, row) + "\n").collect(Collectors.joining());
    }

    /** The message's letters in pairs with the fillers inserted, concatenated. */
    private static String prepare(String message) {
        String letters = CipherText.letters(message).replace('J', 'I');
        StringBuilder pairs = new StringBuilder();
        int i = 0;
        while (i < letters.length()) {
            char first = letters.charAt(i);
            char second = i + 1 < letters.length() ? letters.charAt(i + 1) : 0;
            if (second == 0 || second == first) {
                pairs.append(first).append(first == 'X' ? 'Q' : 'X');
                i++;
            } else {
                pairs.append(first).append(second);
                i += 2;
            }
        }
        return pairs.toString();
    }

    /** The mistake of pairing letters as they come, with a filler only at an odd end. */
    private static String pairsAsTheyCome(String message) {
        String letters = CipherText.letters(message).replace('J', 'I');
        return letters.length() % 2 == 0 ? letters : letters + (letters.endsWith("X") ? 'Q' : 'X');
    }

    private static boolean needsFiller(List<String> words) {
        return !pairsAsTheyCome(String.join("", words)).equals(prepare(String.join("", words)));
    }

    /**
     * Encrypts prepared pairs; {@code step} -1 moves left and up (the decryption direction), and {@code swapRows}
     * models the mistake of taking the other letter's row in the rectangle rule.
     */
    private static String encrypt(String pairs, String square, int step, boolean swapRows) {
        StringBuilder out = new StringBuilder(pairs.length());
        for (int i = 0; i + 1 < pairs.length(); i += 2) {
            int first = square.indexOf(pairs.charAt(i));
            int second = square.indexOf(pairs.charAt(i + 1));
            int row1 = first / SIZE;
            int column1 = first % SIZE;
            int row2 = second / SIZE;
            int column2 = second % SIZE;
            if (row1 == row2) {
                out.append(at(square, row1, column1 + step)).append(at(square, row2, column2 + step));
            } else if (column1 == column2) {
                out.append(at(square, row1 + step, column1)).append(at(square, row2 + step, column2));
            } else if (swapRows) {
                out.append(at(square, row2, column1)).append(at(square, row1, column2));
            } else {
                out.append(at(square, row1, column2)).append(at(square, row2, column1));
            }
        }
        return out.toString();
    }

    private static char at(String square, int row, int column) {
        return square.charAt(Math.floorMod(row, SIZE) * SIZE + Math.floorMod(column, SIZE));
    }
}
