package dev.bootcamp.camps.instructions;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Camp;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.Words;
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
import java.util.stream.Collectors;

/** Word-length pattern: the i-th word must have exactly the i-th number of letters of a given sequence. */
@AutoService(Bootcamp.class)
public final class WordLengthPatternBootcamp extends Camp<WordLengthPatternBootcamp.Puzzle, WordLengthPatternBootcamp.Answer> {

    private static final Knob<Integer> WORDS = Knob.integer("words", 2, 120, 10, "length of the sequence (number of words)");
    private static final Knob<Integer> LONGEST = Knob.integer("longest", 3, 11, 6, "largest letter count in the sequence");
    private static final Knob<Integer> BANK = Knob.integer("bank", 6, 80, 20, "words in the word bank");
    private static final Knob<Integer> EXTRAS = Knob.integer("extras", 0, 8, 2, "extra rules from the shared pool");
    private static final BootcampInfo INFO = BootcampInfo.builder(WordLengthPatternBootcamp.class)
            .title("Word-length pattern")
            .domain("instructions")
            .tags("instructions", "writing", "word-length", "pattern", "counting")
            .summary("Write a text whose words, in order, have exactly the letter counts of a given sequence (and no "
                    + "further words), every word from a word bank; extra rules from the shared pool join as the level "
                    + "rises. Scoring: 0 unless every core rule holds; otherwise the share of all rules (core and extra) "
                    + "that hold, CORRECT only when all hold.")
            .knob(WORDS)
            .knob(LONGEST)
            .knob(BANK)
            .knob(EXTRAS)
            .version(1)
            .answerShape("the text")
            .severalAnswers()
            .build();


    /** The letter count of each word in order, the bank, the extras and a reference text (never shown). */
    public record Puzzle(List<Integer> lengths, List<String> bank, List<Extra> extras, String gold) {
        public Puzzle {
            lengths = List.copyOf(lengths);
            bank = List.copyOf(bank);
            extras = List.copyOf(extras);
        }
    }

    /** The text written. */
    public record Answer(String text) {}

    public WordLengthPatternBootcamp() {
        super(INFO, Writing.codec().map(Answer::new, Answer::text));
    }


    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(WORDS, Draw.scale(level, 3, 40))
                .with(LONGEST, Draw.scale(level, 4, 9))
                .with(BANK, Draw.scale(level, 10, 40))
                .with(EXTRAS, Draw.scale(level, 0, 4));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int longest = knobs.get(LONGEST);
        List<String> required = new ArrayList<>();
        for (int length = 2; length <= longest; length++) {
            List<String> options = Words.ofLength(length, length).stream().filter(word -> Bank.fits(word, required)).toList();
            required.add(Draw.pick(options, random));
        }
        List<String> bank = Bank.draw(random, knobs.get(BANK) + required.size(), required, 2, longest, word -> true);
        List<String> words = new ArrayList<>();
        List<Integer> lengths = new ArrayList<>();
        for (int i = 0; i < knobs.get(WORDS); i++) {
            int length = Draw.between(2, longest, random);
            lengths.add(length);
            words.add(Draw.pick(bank.stream().filter(word -> word.length() == length).toList(), random));
        }
        String gold = Compose.sentences(words, 3, 8, random.nextBoolean(), random);
        return new Puzzle(lengths, bank, Extras.derive(gold, bank, knobs.get(EXTRAS), Extras.allBut(Extra.Kind.WORDS_AT_LEAST,
                Extra.Kind.WORDS_AT_MOST, Extra.Kind.LONGEST_AT_MOST, Extra.Kind.SHORTEST_AT_LEAST), random), gold);
    }

    @Override
    public String question(Puzzle puzzle) {
        String pattern = puzzle.lengths().stream().map(String::valueOf).collect(Collectors.joining(" "));
        return "Write a text in which word lengths are dictated. Reading the words from first to last, the number of"
                + " letters in each must follow this sequence, one number per word: " + pattern + ". That means exactly "
                + puzzle.lengths().size() + " words: word 1 has " + puzzle.lengths().get(0) + " letters, word 2 has"
                + (puzzle.lengths().size() > 1 ? " " + puzzle.lengths().get(1) : " no place") + " letters, and so on."
                + " Punctuation and line breaks are free.\n" + Text.WORD_RULE + "\n" + Bank.instruction(puzzle.bank()) + "\n\n"
                + Rules.list(List.of("Only bank words.", "The word count equals the length of the sequence.",
                        "Each word's letter count matches its number in the sequence."), puzzle.extras())
                + "\nHand in the text by itself (the sequence 2 4 3 would fit \"An open box.\").";
    }

    private static List<Outcome> outcomes(Puzzle puzzle, String text) {
        List<String> words = Text.words(text);
        List<Outcome> core = new ArrayList<>();
        core.add(Bank.check(text, puzzle.bank()));
        core.add(Rules.exactly("words", words.size(), puzzle.lengths().size()));
        String off = "";
        for (int i = 0; i < Math.min(words.size(), puzzle.lengths().size()) && off.isEmpty(); i++) {
            if (words.get(i).length() != puzzle.lengths().get(i)) {
                off = "word " + (i + 1) + " \"" + words.get(i) + "\" has " + words.get(i).length() + " letters, wanted " + puzzle.lengths().get(i);
            }
        }
        core.add(Outcome.core(off.isEmpty(), off.isEmpty() ? "the lengths follow the sequence" : off));
        return Rules.with(core, puzzle.extras(), text);
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.lengths().size() * (2.0 + puzzle.extras().size());
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
