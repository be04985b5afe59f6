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
import java.util.Locale;
import java.util.random.RandomGenerator;

/** Letter-frequency targets: a passage in which given letters occur exactly a stated number of times. */
@AutoService(Bootcamp.class)
public final class LetterFrequencyTargetBootcamp extends Camp<LetterFrequencyTargetBootcamp.Puzzle, LetterFrequencyTargetBootcamp.Answer> {

    private static final Knob<Integer> WORDS = Knob.integer("words", 3, 200, 20, "exact number of words");
    private static final Knob<Integer> TARGETS = Knob.integer("targets", 1, 8, 2, "letters with an exact count");
    private static final Knob<Integer> BANK = Knob.integer("bank", 6, 80, 20, "words in the word bank");
    private static final Knob<Integer> EXTRAS = Knob.integer("extras", 0, 8, 2, "extra rules from the shared pool");
    private static final BootcampInfo INFO = BootcampInfo.builder(LetterFrequencyTargetBootcamp.class)
            .title("Letter-frequency targets")
            .domain("instructions")
            .tags("instructions", "writing", "letters", "frequency", "counting")
            .summary("Write a passage of exactly N words, every word from a word bank, in which each listed letter occurs "
                    + "exactly its stated number of times (either case, counted over the whole answer); extra rules from "
                    + "the shared pool join as the level rises. Scoring: 0 unless every core rule holds; otherwise the "
                    + "share of all rules (core and extra) that hold, CORRECT only when all hold.")
            .knob(WORDS)
            .knob(TARGETS)
            .knob(BANK)
            .knob(EXTRAS)
            .version(1)
            .answerShape("the passage")
            .severalAnswers()
            .build();


    /**
     * The word count, the letters with their exact counts (letters.charAt(i) occurs counts.get(i) times), the bank, the
     * extras and a reference passage (never shown).
     */
    public record Puzzle(int words, String letters, List<Integer> counts, List<String> bank, List<Extra> extras, String gold) {
        public Puzzle {
            counts = List.copyOf(counts);
            bank = List.copyOf(bank);
            extras = List.copyOf(extras);
        }
    }

    /** The text written. */
    public record Answer(String text) {}

    public LetterFrequencyTargetBootcamp() {
        super(INFO, Writing.codec().map(Answer::new, Answer::text));
    }


    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(WORDS, Draw.scale(level, 4, 60))
                .with(TARGETS, Draw.scale(level, 1, 5))
                .with(BANK, Draw.scale(level, 8, 32))
                .with(EXTRAS, Draw.scale(level, 0, 4));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        List<String> bank = Bank.draw(random, knobs.get(BANK), List.of(), 2, 9, word -> true);
        String gold = Compose.sentences(Compose.draw(bank, knobs.get(WORDS), random), 3, 9, random.nextBoolean(), random);
        List<Character> present = new ArrayList<>();
        for (char c = 'a'; c <= 'z'; c++) {
            if (Text.letterCount(gold, c) > 0) {
                present.add(c);
            }
        }
        List<Character> chosen = Draw.sample(present, Math.min(present.size(), knobs.get(TARGETS)), random);
        StringBuilder letters = new StringBuilder();
        List<Integer> counts = new ArrayList<>();
        for (char c : chosen) {
            letters.append(c);
            counts.add(Text.letterCount(gold, c));
        }
        return new Puzzle(knobs.get(WORDS), letters.toString(), counts, bank, Extras.derive(gold, bank, knobs.get(EXTRAS),
                Extras.allBut(Extra.Kind.LETTER_AT_LEAST, Extra.Kind.LETTER_AT_MOST, Extra.Kind.WORDS_AT_LEAST, Extra.Kind.WORDS_AT_MOST), random), gold);
    }

    @Override
    public String question(Puzzle puzzle) {
        List<String> targets = new ArrayList<>();
        for (int i = 0; i < puzzle.letters().length(); i++) {
            targets.add(String.valueOf(puzzle.letters().charAt(i)).toUpperCase(Locale.ROOT) + " exactly " + Extras.times(puzzle.counts().get(i)));
        }
        String list = String.join("; ", targets);
        return "Produce a passage of exactly " + puzzle.words() + " words whose letter tally hits fixed targets. Counting"
                + " every letter of the whole answer, upper and lower case alike, these letters must occur the stated"
                + " number of times: " + list + ". Letters not listed may occur any number of times. Tally each target"
                + " letter word by word before you commit.\n" + Text.WORD_RULE + "\n" + Bank.instruction(puzzle.bank()) + "\n\n"
                + Rules.list(List.of("Only bank words.", "Word total: exactly " + puzzle.words() + ".",
                        "Each target letter occurs exactly as often as stated (" + list + ")."), puzzle.extras())
                + "\nGive just the passage, such as \"Word word word. Word word.\"";
    }

    private static List<Outcome> outcomes(Puzzle puzzle, String text) {
        List<Outcome> core = new ArrayList<>();
        core.add(Bank.check(text, puzzle.bank()));
        core.add(Rules.exactly("words", Text.words(text).size(), puzzle.words()));
        String off = "";
        for (int i = 0; i < puzzle.letters().length() && off.isEmpty(); i++) {
            int found = Text.letterCount(text, puzzle.letters().charAt(i));
            if (found != puzzle.counts().get(i)) {
                off = "letter " + puzzle.letters().charAt(i) + " occurs " + found + " times, wanted " + puzzle.counts().get(i);
            }
        }
        core.add(Outcome.core(off.isEmpty(), off.isEmpty() ? "every letter target met" : off));
        return Rules.with(core, puzzle.extras(), text);
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.words() * (puzzle.letters().length() + puzzle.extras().size());
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
