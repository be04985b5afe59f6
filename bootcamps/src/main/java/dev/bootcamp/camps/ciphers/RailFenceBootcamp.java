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

/** Rail fence cipher: undo a zigzag transposition of an English message's letters. */
@AutoService(Bootcamp.class)
public final class RailFenceBootcamp extends Camp<RailFenceBootcamp.Puzzle, Letters> implements CipherTask<RailFenceBootcamp.Puzzle> {
    private static final Knob<Integer> WORDS = Knob.integer("words", 1, 100, 6, "number of words in the message (more when needed to fill twice the rails)");
    private static final Knob<Integer> RAILS = Knob.integer("rails", 2, 20, 3, "most rails; the rail count is drawn from max(2, rails - 2) to rails");
    private static final Knob<Boolean> RAILS_GIVEN = Knob.flag("rails-given", true, "whether the prompt states the rail count (otherwise it says 2 to rails)");
    private static final Knob<Boolean> BLOCKS = Knob.flag("blocks", false, "show the ciphertext in blocks of five letters");
    private static final BootcampInfo INFO = BootcampInfo.builder(RailFenceBootcamp.class)
            .title("Rail fence cipher decryption")
            .domain("ciphers")
            .tags("cipher", "decryption", "english", "rail-fence", "transposition")
            .summary("Decrypt a message of common English words whose letters (spaces removed, in capitals) were written in a"
                    + " zigzag over a number of rails and read off rail by rail. Harder levels use longer messages and more"
                    + " rails; at the highest levels the rail count is unknown within a stated range, and the generator keeps"
                    + " only messages that exactly one rail count in the range turns into a run of listed words. Only the"
                    + " letters of the answer are compared, ignoring case, spaces and punctuation. No partial credit.")
            .knob(WORDS)
            .knob(RAILS)
            .knob(RAILS_GIVEN)
            .knob(BLOCKS)
            .answerShape("the decrypted message (only its letters are compared)")
            .uniqueSolution()
            .build();

    private static final int MAX_ATTEMPTS = 1_000;

    /** The ciphertext letters, the rail count, the largest count the prompt allows, and the plaintext letters (never shown). */
    public record Puzzle(String ciphertext, int rails, int maxRails, boolean railsGiven, boolean blocks, String plaintext) {
        public Puzzle {
            requireNonNull(ciphertext, "ciphertext is null");
            requireNonNull(plaintext, "plaintext is null");
        }
    }

    public RailFenceBootcamp() {
        super(INFO, CipherTask.letters());
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(WORDS, Draw.scale(level, 2, 24))
                .with(RAILS, Draw.scale(level, 2, 8))
                .with(RAILS_GIVEN, level <= 6)
                .with(BLOCKS, level >= 5);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int maxRails = knobs.get(RAILS);
        boolean railsGiven = knobs.get(RAILS_GIVEN);
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            int rails = Draw.between(Math.max(2, maxRails - 2), maxRails, random);
            List<String> words = new ArrayList<>(CipherText.words(random, knobs.get(WORDS)));
            while (String.join("", words).length() < 2 * rails) {
                words.add(Words.pick(random));
            }
            String plaintext = CipherText.letters(String.join("", words));
            String ciphertext = encrypt(plaintext, rails);
            if (!railsGiven && anotherRailCountFits(ciphertext, rails, maxRails)) {
                continue;
            }
            return new Puzzle(ciphertext, rails, maxRails, railsGiven, knobs.get(BLOCKS), plaintext);
        }
        // A second readable rail count is rare, so a few draws always find a message with one.
        throw new IllegalStateException("no message with a single fitting rail count in " + MAX_ATTEMPTS + " attempts");
    }

    @Override
    public String question(Puzzle puzzle) {
        String rails = puzzle.railsGiven()
                ? "The message below was encrypted with " + puzzle.rails() + " rails."
                : "The message below was encrypted with an unknown number of rails, from 2 to " + puzzle.maxRails() + ". The"
                        + " original message is a run of common English words, and exactly one rail count in that range"
                        + " turns the ciphertext into such a run.";
        String layout = puzzle.blocks() ? CipherTask.SHOWN_IN_BLOCKS : "";
        return "The rail fence cipher removes the spaces and punctuation from a message, writes its letters in a zigzag on a"
                + " number of rows called rails (starting on the top rail, going down one rail per letter to the bottom rail,"
                + " then up one rail per letter to the top, and so on), and then reads the rails one after another from top to"
                + " bottom, each from left to right. For example, HELLOWORLD on 3 rails is written\n\n"
                + "H . . . O . . . L .\n. E . L . W . R . D\n. . L . . . O . . .\n\n"
                + "and becomes HOL + ELWRD + LO = HOLELWRDLO.\n\n" + rails + layout + "\n\nCiphertext:\n"
                + CipherTask.shown(puzzle.ciphertext(), puzzle.blocks()) + "\n\n"
                + CipherTask.DECRYPT;
    }

    @Override
    public String expected(Puzzle puzzle) {
        return puzzle.plaintext();
    }

    /** The ciphertext, encrypting again, and decrypting with each wrong rail count up to a few past the range. */
    @Override
    public List<Slip> slips(Puzzle puzzle) {
        String ciphertext = puzzle.ciphertext();
        List<Slip> slips = new ArrayList<>(List.of(new Slip(ciphertext, "this is the ciphertext, not its decryption"),
                new Slip(encrypt(ciphertext, puzzle.rails()), "the ciphertext was encrypted again instead of decrypted")));
        for (int rails = 2; rails < Math.min(ciphertext.length(), puzzle.maxRails() + 4); rails++) {
            if (rails != puzzle.rails()) {
                slips.add(new Slip(decrypt(ciphertext, rails), "decrypted with " + rails + " rails instead of " + puzzle.rails()));
            }
        }
        return slips;
    }

    /** Letters times rails, doubled when the rail count must be found. */
    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.plaintext().length() * puzzle.rails() * (puzzle.railsGiven() ? 1.0 : 2.0);
    }

    /**
     * Counts the rail counts in 2..maxRails whose decryption splits into listed words, decrypting by cutting the
     * ciphertext into rails of computed lengths and splitting from the end by prefix lookups (the generator inverts
     * the zigzag permutation and splits from the start).
     */
    @Override
    public long countSolutions(Puzzle puzzle, long limit) {
        if (puzzle.railsGiven()) {
            return Math.min(1, limit);
        }
        long count = 0;
        for (int rails = 2; rails <= puzzle.maxRails() && rails < puzzle.ciphertext().length(); rails++) {
            if (splitsFromEnd(readRails(puzzle.ciphertext(), rails).toLowerCase(Locale.ROOT))) {
                count++;
            }
        }
        return Math.min(count, limit);
    }

    private static boolean anotherRailCountFits(String ciphertext, int rails, int maxRails) {
        for (int other = 2; other <= maxRails && other < ciphertext.length(); other++) {
            if (other != rails && splitsIntoWords(decrypt(ciphertext, other).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** The rail (0 at the top) of each position of the zigzag. */
    private static int[] pattern(int length, int rails) {
        int[] rail = new int[length];
        int period = 2 * (rails - 1);
        for (int i = 0; i < length; i++) {
            int phase = i % period;
            rail[i] = phase < rails ? phase : period - phase;
        }
        return rail;
    }

    /** The plaintext positions in the order the rails read them. */
    private static int[] order(int length, int rails) {
        int[] rail = pattern(length, rails);
        int[] order = new int[length];
        int next = 0;
        for (int r = 0; r < rails; r++) {
            for (int i = 0; i < length; i++) {
                if (rail[i] == r) {
                    order[next++] = i;
                }
            }
        }
        return order;
    }

    private static String encrypt(String text, int rails) {
        int[] order = order(text.length(), rails);
        StringBuilder out = new StringBuilder(text.length());
        for (int position : order) {
            out.append(text.charAt(position));
        }
        return out.toString();
    }

    private static String decrypt(String text, int rails) {
        int[] order = order(text.length(), rails);
        char[] plain = new char[text.length()];
        for (int k = 0; k < order.length; k++) {
            plain[order[k]] = text.charAt(k);
        }
        return new String(plain);
    }

    /** Decrypts by cutting the ciphertext into the rails' lengths and walking the zigzag across them. */
    private static String readRails(String text, int rails) {
        int period = 2 * (rails - 1);
        int[] start = new int[rails + 1];
        for (int r = 0; r < rails; r++) {
            int size = 0;
            for (int first = r; first < text.length(); first += period) {
                size++;
                int second = first + period - 2 * r;
                if (r > 0 && r < rails - 1 && second < text.length()) {
                    size++;
                }
            }
            start[r + 1] = start[r] + size;
        }
        int[] taken = new int[rails];
        StringBuilder plain = new StringBuilder(text.length());
        int r = 0;
        int step = 1;
        for (int i = 0; i < text.length(); i++) {
            plain.append(text.charAt(start[r] + taken[r]++));
            if (r + step < 0 || r + step >= rails) {
                step = -step;
            }
            r += step;
        }
        return plain.toString();
    }

    /** Whether the lower-case letters split into listed words, by reachability from the start. */
    private static boolean splitsIntoWords(String letters) {
        boolean[] reach = new boolean[letters.length() + 1];
        reach[0] = true;
        for (int i = 0; i < letters.length(); i++) {
            if (!reach[i]) {
                continue;
            }
            for (int end = i + Words.MIN_LENGTH; end <= Math.min(letters.length(), i + Words.MAX_LENGTH); end++) {
                if (!reach[end] && Words.contains(letters.substring(i, end))) {
                    reach[end] = true;
                }
            }
        }
        return reach[letters.length()];
    }

    /** Whether the lower-case letters split into listed words, by matching the words that share each suffix's first two letters. */
    private static boolean splitsFromEnd(String letters) {
        boolean[] rest = new boolean[letters.length() + 1];
        rest[letters.length()] = true;
        for (int i = letters.length() - Words.MIN_LENGTH; i >= 0; i--) {
            for (String word : Words.withPrefix(letters.substring(i, i + Words.MIN_LENGTH))) {
                if (letters.startsWith(word, i) && rest[i + word.length()]) {
                    rest[i] = true;
                    break;
                }
            }
        }
        return rest[0];
    }
}
