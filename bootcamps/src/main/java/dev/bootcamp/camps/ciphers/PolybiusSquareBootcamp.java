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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/** Polybius square: decode an English message written as row and column numbers in a 5x5 letter square. */
@AutoService(Bootcamp.class)
public final class PolybiusSquareBootcamp extends Camp<PolybiusSquareBootcamp.Puzzle, Letters> implements CipherTask<PolybiusSquareBootcamp.Puzzle> {
    private static final Knob<Integer> WORDS = Knob.integer("words", 1, 200, 6, "number of words in the message");
    private static final Knob<Integer> KEYWORD_LENGTH = Knob.integer("keyword-length", 0, 11, 0, "letters in the keyword that mixes the square; 0 for the plain A-to-Z square");
    private static final Knob<Boolean> SQUARE_SHOWN = Knob.flag("square-shown", true, "whether the prompt shows the finished square");
    private static final Knob<String> LAYOUT = Knob.choice("layout", List.of("pairs", "words", "digits"), "pairs",
                    "pairs: one number per letter and / between words; words: each word's digits run together; digits: all digits"
                            + " run together in blocks of ten");
    private static final BootcampInfo INFO = BootcampInfo.builder(PolybiusSquareBootcamp.class)
            .title("Polybius square decryption")
            .domain("ciphers")
            .tags("cipher", "decryption", "english", "polybius", "substitution")
            .summary("Decode a message of common English words in which each letter was replaced by its row and column number"
                    + " (1 to 5) in a 5x5 square of letters where I and J share a cell. Harder levels use longer messages, a"
                    + " square mixed by a keyword that must be built from the stated rule, and digits written per word or run"
                    + " together with no word breaks at all. Only the letters of the answer are compared, ignoring case,"
                    + " spaces and punctuation, with J counted as I. No partial credit.")
            .knob(WORDS)
            .knob(KEYWORD_LENGTH)
            .knob(SQUARE_SHOWN)
            .knob(LAYOUT)
            .answerShape("the decoded message (only its letters are compared)")
            .build();

    private static final int SIZE = KeySquare.SIZE;

    /** The keyword (empty for the plain square), the square row by row, the ciphertext as shown, and the plaintext letters (J as I). */
    public record Puzzle(String keyword, String square, boolean squareShown, String layout, String ciphertext, String plaintext) {
        public Puzzle {
            requireNonNull(keyword, "keyword is null");
            requireNonNull(square, "square is null");
            requireNonNull(layout, "layout is null");
            requireNonNull(ciphertext, "ciphertext is null");
            requireNonNull(plaintext, "plaintext is null");
        }
    }

    public PolybiusSquareBootcamp() {
        super(INFO, CipherTask.letters().map(answer -> new Letters(answer.letters().replace('J', 'I')), answer -> answer));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(WORDS, Draw.scale(level, 2, 30))
                .with(KEYWORD_LENGTH, level <= 3 ? 0 : Draw.scale(level, 3, 10))
                .with(SQUARE_SHOWN, level <= 5)
                .with(LAYOUT, level <= 3 ? "pairs" : level <= 6 ? "words" : "digits");
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int keywordLength = knobs.get(KEYWORD_LENGTH);
        String keyword = keywordLength == 0 ? "" : Draw.pick(Words.ofLength(keywordLength, keywordLength), random).toUpperCase(Locale.ROOT);
        String square = KeySquare.of(keyword);
        List<String> words = CipherText.words(random, knobs.get(WORDS));
        while (String.join("", words).equalsIgnoreCase(keyword)) {
            words = CipherText.words(random, knobs.get(WORDS));
        }
        String layout = knobs.get(LAYOUT);
        String plaintext = CipherText.letters(String.join("", words)).replace('J', 'I');
        return new Puzzle(keyword, square, knobs.get(SQUARE_SHOWN), layout, encode(words, square, layout), plaintext);
    }

    @Override
    public String question(Puzzle puzzle) {
        StringBuilder text = new StringBuilder();
        text.append("A Polybius square is a 5x5 grid holding 25 letters, with I and J sharing one cell. Rows are numbered 1 to 5")
                .append(" from top to bottom and columns 1 to 5 from left to right, and each letter is written as two digits: its")
                .append(" row number, then its column number.");
        if (puzzle.keyword().isEmpty()) {
            text.append(" This message uses the plain square: the letters A to Z without J, in order, row by row.");
        } else {
            text.append(" This message uses a square mixed by the keyword ").append(puzzle.keyword()).append(": write the")
                    .append(" letters of the keyword, treating J as I and leaving out any letter already written, then the")
                    .append(" remaining letters of the alphabet in order (without J), filling the square row by row, each row")
                    .append(" from left to right.");
        }
        if (puzzle.squareShown()) {
            text.append(" The square is:\n\n  1 2 3 4 5\n");
            for (int row = 0; row < SIZE; row++) {
                text.append(row + 1).append(' ').append(KeySquare.row(puzzle.square(), row)).append('\n');
            }
        } else {
            text.append('\n');
        }
        text.append('\n').append(switch (puzzle.layout()) {
            case "pairs" -> "Each letter's two digits are separated from the next letter's by a space, and words are separated by /.";
            case "words" -> "The digits of each word are written together, and words are separated by spaces.";
            default -> "All the digits are run together, with no breaks between words, and shown in blocks of ten digits (five"
                    + " letters); the spaces between blocks are not part of the message.";
        });
        text.append("\n\nCiphertext:\n").append(puzzle.ciphertext()).append("\n\n")
                .append("Decode it. Give the original message; only its letters are compared, so spaces, punctuation and")
                .append(" capitals do not matter, and I and J count as the same letter.");
        return text.toString();
    }

    @Override
    public String expected(Puzzle puzzle) {
        return puzzle.plaintext();
    }

    @Override
    public List<String> otherMisses(Puzzle puzzle) {
        return List.of(decode(puzzle, false, puzzle.square().substring(1) + puzzle.square().charAt(0)),
                puzzle.plaintext().substring(0, puzzle.plaintext().length() - 1));
    }

    /** The shared near misses with J read as I, as the answer parser does. */
    @Override
    public List<Letters> nearMisses(Puzzle puzzle, Letters gold, RandomGenerator random) {
        return CipherTask.super.nearMisses(puzzle, gold, random).stream()
                .map(miss -> new Letters(miss.letters().replace('J', 'I'))).filter(miss -> !miss.equals(gold)).distinct().toList();
    }

    @Override
    public List<Slip> slips(Puzzle puzzle) {
        return List.of(new Slip(decode(puzzle, true, puzzle.square()), "read the digits as column then row instead of row then column"),
                new Slip(puzzle.keyword().isEmpty() ? "" : decode(puzzle, false, KeySquare.of("")),
                        "used the plain A-to-Z square instead of the square mixed by the keyword"));
    }

    /** Letters to look up, more when the square must be built or the digits split without breaks. */
    @Override
    public double cost(Puzzle puzzle) {
        double layout = switch (puzzle.layout()) {
            case "pairs" -> 1.0;
            case "words" -> 1.2;
            default -> 1.5;
        };
        return puzzle.plaintext().length() * layout * (puzzle.keyword().isEmpty() ? 1.0 : 1.3) * (puzzle.squareShown() ? 1.0 : 1.5);
    }

    private static String encode(List<String> words, String square, String layout) {
        List<String> coded = new ArrayList<>();
        for (String word : words) {
            List<String> letters = new ArrayList<>();
            for (char c : CipherText.letters(word).replace('J', 'I').toCharArray()) {
                int cell = square.indexOf(c);
                letters.add("" + (cell / SIZE + 1) + (cell % SIZE + 1));
            }
            coded.add(String.join(layout.equals("pairs") ? " " : "", letters));
        }
        return switch (layout) {
            case "pairs" -> String.join(" / ", coded);
            case "words" -> String.join(" ", coded);
            default -> CipherText.blocks(String.join("", coded), 10);
        };
    }

    /** Reads the ciphertext's digits in pairs with the given square, optionally taking the column first. */
    private static String decode(Puzzle puzzle, boolean columnFirst, String square) {
        String digits = puzzle.ciphertext().replaceAll("[^1-5]", "");
        StringBuilder letters = new StringBuilder(digits.length() / 2);
        for (int i = 0; i + 1 < digits.length(); i += 2) {
            int first = digits.charAt(i) - '1';
            int second = digits.charAt(i + 1) - '1';
            letters.append(columnFirst ? square.charAt(second * SIZE + first) : square.charAt(first * SIZE + second));
        }
        return letters.toString();
    }
}
