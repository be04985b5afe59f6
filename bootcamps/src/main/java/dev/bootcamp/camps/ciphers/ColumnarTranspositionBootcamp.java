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
import dev.bootcamp.camps.kit.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/** Columnar transposition: decrypt an English message written in rows under a keyword and read off by columns. */
@AutoService(Bootcamp.class)
public final class ColumnarTranspositionBootcamp
        extends Camp<ColumnarTranspositionBootcamp.Puzzle, Letters> implements CipherTask<ColumnarTranspositionBootcamp.Puzzle> {
    private static final Knob<Integer> WORDS = Knob.integer("words", 1, 100, 6, "number of words in the message (more when needed to outnumber the keyword's letters)");
    private static final Knob<Integer> KEY_LENGTH = Knob.integer("key-length", 2, 20, 5, "letters in each keyword (a listed word when one fits, else random letters)");
    private static final Knob<Boolean> REPEATED_LETTERS = Knob.flag("repeated-letters", false, "make every keyword contain at least one repeated letter");
    private static final Knob<Integer> ROUNDS = Knob.integer("rounds", 1, 2, 1, "transpositions applied one after the other, each with its own keyword");
    private static final Knob<Boolean> BLOCKS = Knob.flag("blocks", false, "show the ciphertext in blocks of five letters");
    private static final BootcampInfo INFO = BootcampInfo.builder(ColumnarTranspositionBootcamp.class)
            .title("Columnar transposition decryption")
            .domain("ciphers")
            .tags("cipher", "columnar", "decryption", "english", "transposition")
            .summary("Decrypt a message of common English words whose letters (spaces removed, in capitals) were written in"
                    + " rows under a keyword, with an incomplete last row and no padding, and read off column by column in the"
                    + " alphabetical order of the keyword's letters (equal letters left to right). The keyword is given."
                    + " Harder levels use longer messages and keywords, keywords with repeated letters, ciphertext in blocks"
                    + " of five, and finally two transpositions with two keywords. Only the letters of the answer are"
                    + " compared, ignoring case, spaces and punctuation. No partial credit.")
            .knob(WORDS)
            .knob(KEY_LENGTH)
            .knob(REPEATED_LETTERS)
            .knob(ROUNDS)
            .knob(BLOCKS)
            .answerShape("the decrypted message (only its letters are compared)")
            .build();

    /** The ciphertext letters, the keywords in the order they were applied, and the plaintext letters (never shown). */
    public record Puzzle(String ciphertext, List<String> keywords, boolean blocks, String plaintext) {
        public Puzzle {
            requireNonNull(ciphertext, "ciphertext is null");
            keywords = List.copyOf(keywords);
            requireNonNull(plaintext, "plaintext is null");
        }
    }

    public ColumnarTranspositionBootcamp() {
        super(INFO, CipherTask.letters());
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(WORDS, Draw.scale(level, 2, 20))
                .with(KEY_LENGTH, Draw.scale(level, 3, 10))
                .with(REPEATED_LETTERS, level >= 4)
                .with(ROUNDS, level >= 9 ? 2 : 1)
                .with(BLOCKS, level >= 6);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int length = knobs.get(KEY_LENGTH);
        boolean repeated = knobs.get(REPEATED_LETTERS);
        List<String> words = new ArrayList<>(CipherText.words(random, knobs.get(WORDS)));
        while (String.join("", words).length() <= length) {
            words.add(Words.pick(random));
        }
        String plaintext = CipherText.letters(String.join("", words));
        List<String> keywords = new ArrayList<>();
        String ciphertext = plaintext;
        for (int round = 0; round < knobs.get(ROUNDS); round++) {
            String keyword = keyword(length, repeated, random);
            keywords.add(keyword);
            ciphertext = encrypt(ciphertext, order(keyword, false));
        }
        return new Puzzle(ciphertext, keywords, knobs.get(BLOCKS), plaintext);
    }

    @Override
    public String question(Puzzle puzzle) {
        String keys = puzzle.keywords().size() == 1
                ? "The message below was encrypted with the keyword " + puzzle.keywords().get(0) + "."
                : "The message below was encrypted twice: first with the keyword " + puzzle.keywords().get(0) + ", and then the"
                        + " result was encrypted again with the keyword " + puzzle.keywords().get(1) + ". To decrypt, undo the"
                        + " second encryption first.";
        String layout = puzzle.blocks() ? CipherTask.SHOWN_IN_BLOCKS : "";
        return "A columnar transposition removes the spaces and punctuation from a message and writes its letters row by row,"
                + " left to right, in a grid with one column per letter of a keyword; the last row may be incomplete and is"
                + " not padded. The columns are numbered by the alphabetical order of their keyword letters, and equal"
                + " letters are numbered from left to right. The ciphertext is every column read from top to bottom, in the"
                + " order of their numbers. For example, MEETMEATNOON with the keyword APPLE is written\n\n"
                + "A P P L E\n1 4 5 3 2\nM E E T M\nE A T N O\nO N\n\n"
                + "and becomes MEO + MO + TN + EAN + ET = MEOMOTNEANET. To decrypt, work out how many letters each column"
                + " holds (when the last row is incomplete, only its leftmost columns have a letter in it), cut the"
                + " ciphertext into columns in the order of their numbers, and read the grid row by row.\n\n"
                + keys + layout + "\n\nCiphertext:\n"
                + CipherTask.shown(puzzle.ciphertext(), puzzle.blocks()) + "\n\n"
                + CipherTask.DECRYPT;
    }

    @Override
    public String expected(Puzzle puzzle) {
        return puzzle.plaintext();
    }

    @Override
    public List<Slip> slips(Puzzle puzzle) {
        String ciphertext = puzzle.ciphertext();
        List<String> keywords = puzzle.keywords();
        int[] last = order(keywords.get(keywords.size() - 1), false);
        List<Slip> slips = new ArrayList<>(List.of(new Slip(ciphertext, "this is the ciphertext, not its decryption"),
                new Slip(encrypt(ciphertext, last), "the ciphertext was transposed again instead of decrypted"),
                new Slip(undo(ciphertext, keywords, true, false), "equal keyword letters were numbered from right to left instead of left to right"),
                new Slip(undo(ciphertext, keywords, false, true),
                        "the extra letters of the incomplete last row were given to the first columns read, not the leftmost columns")));
        if (keywords.size() == 2) {
            slips.add(new Slip(decrypt(ciphertext, last, false), "only the second transposition was undone"));
            slips.add(new Slip(undo(ciphertext, List.of(keywords.get(1), keywords.get(0)), false, false), "the two transpositions were undone in the wrong order"));
        }
        return slips;
    }

    /** Letters times the number of transpositions, plus the keyword lengths. */
    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.plaintext().length() * puzzle.keywords().size() + puzzle.keywords().stream().mapToInt(String::length).sum();
    }

    /** Undoes every transposition, last keyword first; the flags model two common mistakes. */
    private static String undo(String ciphertext, List<String> keywords, boolean tiesFromRight, boolean longColumnsFirstRead) {
        String text = ciphertext;
        for (int i = keywords.size() - 1; i >= 0; i--) {
            text = decrypt(text, order(keywords.get(i), tiesFromRight), longColumnsFirstRead);
        }
        return text;
    }

    /** The grid columns in reading order: by keyword letter, equal letters left to right (or right to left). */
    private static int[] order(String keyword, boolean tiesFromRight) {
        List<Integer> columns = new ArrayList<>();
        for (int i = 0; i < keyword.length(); i++) {
            columns.add(i);
        }
        columns.sort((left, right) -> {
            int byLetter = Character.compare(keyword.charAt(left), keyword.charAt(right));
            if (byLetter != 0) {
                return byLetter;
            }
            return tiesFromRight ? Integer.compare(right, left) : Integer.compare(left, right);
        });
        return columns.stream().mapToInt(Integer::intValue).toArray();
    }

    private static String encrypt(String text, int[] order) {
        int width = order.length;
        StringBuilder out = new StringBuilder(text.length());
        for (int column : order) {
            for (int i = column; i < text.length(); i += width) {
                out.append(text.charAt(i));
            }
        }
        return out.toString();
    }

    private static String decrypt(String text, int[] order, boolean longColumnsFirstRead) {
        int width = order.length;
        int rows = text.length() / width;
        int extra = text.length() % width;
        char[] plain = new char[text.length()];
        int next = 0;
        for (int rank = 0; rank < width; rank++) {
            int column = order[rank];
            boolean longColumn = longColumnsFirstRead ? rank < extra : column < extra;
            int height = rows + (longColumn ? 1 : 0);
            for (int row = 0; row < height && next < text.length(); row++) {
                int at = row * width + column;
                if (at >= plain.length) {
                    return text;
                }
                plain[at] = text.charAt(next++);
            }
        }
        return new String(plain);
    }

    /** A listed word of the length (with a repeated letter, or with all letters distinct) when one turns up quickly, else random letters. */
    private static String keyword(int length, boolean repeated, RandomGenerator random) {
        List<String> sameLength = Words.ofLength(length, length);
        for (int attempt = 0; attempt < 100 && !sameLength.isEmpty(); attempt++) {
            String word = Draw.pick(sameLength, random);
            if (hasRepeat(word) == repeated) {
                return word.toUpperCase(Locale.ROOT);
            }
        }
        List<Character> alphabet = new ArrayList<>();
        for (char c = 'A'; c <= 'Z'; c++) {
            alphabet.add(c);
        }
        Draw.shuffle(alphabet, random);
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < length; i++) {
            letters.append(alphabet.get(i));
        }
        if (repeated) {
            int from = random.nextInt(length);
            int to = (from + Draw.between(1, length - 1, random)) % length;
            letters.setCharAt(to, letters.charAt(from));
        }
        return letters.toString();
    }

    private static boolean hasRepeat(String word) {
        return word.chars().distinct().count() < word.length();
    }
}
