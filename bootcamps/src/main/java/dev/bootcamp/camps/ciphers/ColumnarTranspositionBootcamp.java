package dev.bootcamp.camps.ciphers;

import static java.util.Objects.requireNonNull;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.CipherText;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.Words;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/** Columnar transposition: decrypt an English message written in rows under a keyword and read off by columns. */
@AutoService(Bootcamp.class)
public final class ColumnarTranspositionBootcamp
        implements Bootcamp<ColumnarTranspositionBootcamp.Puzzle, ColumnarTranspositionBootcamp.Answer> {
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

    /** The letters of the decrypted message in capitals. */
    public record Answer(String letters) {
        public Answer {
            requireNonNull(letters, "letters is null");
        }
    }

    @Override
    public BootcampInfo info() {
        return INFO;
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
        String layout = puzzle.blocks() ? " It is shown in blocks of five letters; the spaces between blocks are not part of it." : "";
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
                + (puzzle.blocks() ? CipherText.blocks(puzzle.ciphertext(), 5) : puzzle.ciphertext()) + "\n\n"
                + "Decrypt it. Give the original message; only its letters are compared, so spaces, punctuation and capitals"
                + " do not matter.";
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.plaintext());
    }

    @Override
    public String render(Answer answer) {
        return answer.letters();
    }

    @Override
    public Answer parse(String text) {
        return new Answer(CipherText.parseLetters(text));
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        String expected = puzzle.plaintext();
        String found = answer.letters();
        if (found.equals(expected)) {
            return Score.correct("the plaintext matches");
        }
        if (found.equals(puzzle.ciphertext())) {
            return Score.wrong("this is the ciphertext, not its decryption");
        }
        List<String> keywords = puzzle.keywords();
        String last = keywords.get(keywords.size() - 1);
        if (found.equals(encrypt(puzzle.ciphertext(), order(last, false)))) {
            return Score.wrong("the ciphertext was transposed again instead of decrypted");
        }
        if (found.equals(undo(puzzle.ciphertext(), keywords, true, false))) {
            return Score.wrong("equal keyword letters were numbered from right to left instead of left to right");
        }
        if (found.equals(undo(puzzle.ciphertext(), keywords, false, true))) {
            return Score.wrong("the extra letters of the incomplete last row were given to the first columns read, not the leftmost columns");
        }
        if (keywords.size() == 2 && found.equals(decrypt(puzzle.ciphertext(), order(last, false), false))) {
            return Score.wrong("only the second transposition was undone");
        }
        if (keywords.size() == 2 && found.equals(undo(puzzle.ciphertext(), reversed(keywords), false, false))) {
            return Score.wrong("the two transpositions were undone in the wrong order");
        }
        return Score.wrong(CipherText.difference(expected, found));
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        String ciphertext = puzzle.ciphertext();
        List<String> keywords = puzzle.keywords();
        String last = keywords.get(keywords.size() - 1);
        List<String> candidates = new ArrayList<>();
        candidates.add(ciphertext);
        candidates.add(encrypt(ciphertext, order(last, false)));
        candidates.add(undo(ciphertext, keywords, true, false));
        candidates.add(undo(ciphertext, keywords, false, true));
        candidates.add(decrypt(ciphertext, order(last, false), false));
        candidates.add(undo(ciphertext, reversed(keywords), false, false));
        candidates.add(CipherText.changeOne(gold.letters(), random));
        return candidates.stream().filter(letters -> !letters.equals(gold.letters())).distinct().map(Answer::new).toList();
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

    private static List<String> reversed(List<String> items) {
        List<String> copy = new ArrayList<>(items);
        Collections.reverse(copy);
        return copy;
    }

    private static boolean hasRepeat(String word) {
        return word.chars().distinct().count() < word.length();
    }
}
