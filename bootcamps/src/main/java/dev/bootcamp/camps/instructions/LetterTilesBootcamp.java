package dev.bootcamp.camps.instructions;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Camp;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.instructions.Bank;
import dev.bootcamp.camps.kit.instructions.Compose;
import dev.bootcamp.camps.kit.instructions.Edits;
import dev.bootcamp.camps.kit.instructions.Extra;
import dev.bootcamp.camps.kit.instructions.Extras;
import dev.bootcamp.camps.kit.instructions.Outcome;
import dev.bootcamp.camps.kit.instructions.Rules;
import dev.bootcamp.camps.kit.instructions.Text;
import dev.bootcamp.camps.kit.instructions.Writing;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** Letter tiles: words from a bank that together use a given multiset of letters exactly. */
@AutoService(Bootcamp.class)
public final class LetterTilesBootcamp extends Camp<LetterTilesBootcamp.Puzzle, LetterTilesBootcamp.Answer> {

    private static final Knob<Integer> WORDS = Knob.integer("words", 1, 40, 3, "exact number of words to write");
    private static final Knob<Integer> BANK = Knob.integer("bank", 4, 80, 12, "words in the word bank");
    private static final Knob<Integer> EXTRAS = Knob.integer("extras", 0, 8, 1, "extra rules from the shared pool");
    private static final BootcampInfo INFO = BootcampInfo.builder(LetterTilesBootcamp.class)
            .title("Spend the letter tiles")
            .domain("instructions")
            .tags("instructions", "writing", "anagram", "letters", "counting")
            .summary("Given a rack of letter tiles (each letter with a count), write exactly w words from a word bank "
                    + "whose letters, taken together, use every tile exactly once: the same letters with the same counts, "
                    + "no more and no fewer. Extra rules from the shared pool join as the level rises. Scoring: 0 unless "
                    + "every core rule holds; otherwise the share of all rules (core and extra) that hold, CORRECT only "
                    + "when all hold.")
            .knob(WORDS)
            .knob(BANK)
            .knob(EXTRAS)
            .version(1)
            .answerShape("the words")
            .severalAnswers()
            .build();


    /** The word count, the tile count of each letter a..z, the bank, the extras and a reference answer (never shown). */
    public record Puzzle(int words, List<Integer> tiles, List<String> bank, List<Extra> extras, String gold) {
        public Puzzle {
            tiles = List.copyOf(tiles);
            bank = List.copyOf(bank);
            extras = List.copyOf(extras);
        }
    }

    /** The text written. */
    public record Answer(String text) {}

    public LetterTilesBootcamp() {
        super(INFO, Writing.codec().map(Answer::new, Answer::text));
    }


    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(WORDS, Draw.scale(level, 2, 14))
                .with(BANK, Draw.scale(level, 6, 36))
                .with(EXTRAS, Draw.scale(level, 0, 3));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        List<String> bank = Bank.draw(random, knobs.get(BANK), List.of(), 2, 9, word -> true);
        List<String> words = Compose.draw(bank, knobs.get(WORDS), random);
        String gold = String.join(" ", words);
        return new Puzzle(words.size(), tally(gold), bank, Extras.derive(gold, bank, knobs.get(EXTRAS), Extras.allBut(Extra.Kind.WORDS_AT_LEAST,
                Extra.Kind.WORDS_AT_MOST, Extra.Kind.LETTER_AT_LEAST, Extra.Kind.LETTER_AT_MOST, Extra.Kind.LETTER_ABSENT), random), gold);
    }

    /** How many times each letter a..z occurs in the text, ignoring case. */
    private static List<Integer> tally(String text) {
        List<Integer> counts = new ArrayList<>();
        for (char c = 'a'; c <= 'z'; c++) {
            counts.add(Text.letterCount(text, c));
        }
        return counts;
    }

    private static String rack(List<Integer> tiles) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < 26; i++) {
            if (tiles.get(i) > 0) {
                parts.add((char) ('A' + i) + " x" + tiles.get(i));
            }
        }
        return String.join(", ", parts);
    }

    @Override
    public String question(Puzzle puzzle) {
        int total = puzzle.tiles().stream().mapToInt(Integer::intValue).sum();
        return "You hold a rack of " + total + " letter tiles: " + rack(puzzle.tiles()) + " (\"E x3\" means three E tiles)."
                + " Lay down exactly " + puzzle.words() + " words from the bank that spend the whole rack: counted over all"
                + " your words, each letter must occur exactly as many times as you have tiles of it, and no letter without"
                + " a tile may occur. A bank word may be laid more than once if the tiles allow it. Case is ignored.\n"
                + Text.WORD_RULE + "\n" + Bank.instruction(puzzle.bank()) + "\n\n"
                + Rules.list(List.of("Only bank words.", "Lay " + puzzle.words() + " words.", "The letters used equal the rack"
                        + " exactly."), puzzle.extras())
                + "\nAnswer with the words separated by spaces (a rack A x1, E x1, T x2 with 2 words could be \"at et\" if both"
                + " were bank words).";
    }

    private static List<Outcome> outcomes(Puzzle puzzle, String text) {
        List<Outcome> core = new ArrayList<>();
        core.add(Bank.check(text, puzzle.bank()));
        core.add(Rules.exactly("words", Text.words(text).size(), puzzle.words()));
        List<Integer> used = tally(text);
        String off = "";
        for (int i = 0; i < 26 && off.isEmpty(); i++) {
            if (!used.get(i).equals(puzzle.tiles().get(i))) {
                off = "letter " + (char) ('A' + i) + " used " + used.get(i) + " times, rack has " + puzzle.tiles().get(i);
            }
        }
        core.add(Outcome.core(off.isEmpty(), off.isEmpty() ? "the rack is spent exactly" : off));
        return Rules.with(core, puzzle.extras(), text);
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.tiles().stream().mapToInt(Integer::intValue).sum() * (1.0 + puzzle.bank().size() / 10.0 + puzzle.extras().size());
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.gold());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        return Rules.score(outcomes(puzzle, answer.text()));
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        return Edits.nearMisses(gold.text(), puzzle.bank(), text -> outcomes(puzzle, text), random).stream().map(Answer::new).toList();
    }
}
