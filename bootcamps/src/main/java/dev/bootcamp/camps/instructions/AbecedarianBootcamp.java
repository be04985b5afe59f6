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
import java.util.Locale;
import java.util.random.RandomGenerator;

/** Abecedarian: consecutive words begin with consecutive letters of the alphabet from a given letter. */
@AutoService(Bootcamp.class)
public final class AbecedarianBootcamp extends Camp<AbecedarianBootcamp.Puzzle, AbecedarianBootcamp.Answer> {

    private static final Knob<Integer> WORDS = Knob.integer("words", 3, 150, 10, "exact number of words");
    private static final Knob<Integer> BANK = Knob.integer("bank", 0, 80, 10, "words in the bank besides one per letter needed");
    private static final Knob<Integer> EXTRAS = Knob.integer("extras", 0, 8, 2, "extra rules from the shared pool");
    private static final BootcampInfo INFO = BootcampInfo.builder(AbecedarianBootcamp.class)
            .title("Abecedarian sequence")
            .domain("instructions")
            .tags("instructions", "writing", "abecedarian", "alphabet", "letters")
            .summary("Write exactly N words whose initials walk through the alphabet in order from a given start letter (X "
                    + "is skipped, and after Z comes A again), every word from a word bank; extra rules from the shared "
                    + "pool join as the level rises. Scoring: 0 unless every core rule holds; otherwise the share of all "
                    + "rules (core and extra) that hold, CORRECT only when all hold.")
            .knob(WORDS)
            .knob(BANK)
            .knob(EXTRAS)
            .version(1)
            .answerShape("the text")
            .severalAnswers()
            .build();


    /** The word count, the start letter, the bank, the extras and a reference text (never shown). */
    public record Puzzle(int words, String start, List<String> bank, List<Extra> extras, String gold) {
        public Puzzle {
            bank = List.copyOf(bank);
            extras = List.copyOf(extras);
        }
    }

    /** The text written. */
    public record Answer(String text) {}

    public AbecedarianBootcamp() {
        super(INFO, Writing.codec().map(Answer::new, Answer::text));
    }


    /** The alphabet the initials walk through: X has no word in the kit list, so it is skipped. */
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwyz";

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(WORDS, Draw.scale(level, 3, 60))
                .with(BANK, Draw.scale(level, 4, 30))
                .with(EXTRAS, Draw.scale(level, 0, 4));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int start = random.nextInt(ALPHABET.length());
        int count = knobs.get(WORDS);
        List<String> required = new ArrayList<>();
        for (int i = 0; i < Math.min(count, ALPHABET.length()); i++) {
            String initial = String.valueOf(ALPHABET.charAt((start + i) % ALPHABET.length()));
            List<String> options = Words.withPrefix(initial).stream().filter(word -> word.length() <= 9 && Bank.fits(word, required)).toList();
            required.add(Draw.pick(options, random));
        }
        List<String> bank = Bank.draw(random, knobs.get(BANK) + required.size(), required, 2, 9, word -> true);
        List<String> words = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            char initial = ALPHABET.charAt((start + i) % ALPHABET.length());
            words.add(Draw.pick(bank.stream().filter(word -> word.charAt(0) == initial).toList(), random));
        }
        String gold = Compose.sentences(words, 3, 8, random.nextBoolean(), random);
        return new Puzzle(count, String.valueOf(ALPHABET.charAt(start)), bank, Extras.derive(gold, bank, knobs.get(EXTRAS),
                Extras.allBut(Extra.Kind.WORDS_AT_LEAST, Extra.Kind.WORDS_AT_MOST, Extra.Kind.FIRST_WORD), random), gold);
    }

    @Override
    public String question(Puzzle puzzle) {
        String start = puzzle.start().toUpperCase(Locale.ROOT);
        return "Write an abecedarian run of exactly " + puzzle.words() + " words: the first word begins with " + start
                + ", and each later word begins with the letter that comes right after the previous word's first letter in"
                + " the alphabet. X is left out of the alphabet (W is followed by Y), and Z is followed by A again, so the"
                + " walk may go round more than once.\n" + Text.WORD_RULE + "\n" + Bank.instruction(puzzle.bank()) + "\n\n"
                + Rules.list(List.of("Only bank words.", puzzle.words() + " words, no more, no fewer.", "Word 1 begins with "
                        + start + " and the initials advance one letter per word as described."), puzzle.extras())
                + "\nReturn the words alone, e.g. a run from B would begin \"Big cats dance...\"";
    }

    private static List<Outcome> outcomes(Puzzle puzzle, String text) {
        List<String> words = Text.words(text);
        List<Outcome> core = new ArrayList<>();
        core.add(Bank.check(text, puzzle.bank()));
        core.add(Rules.exactly("words", words.size(), puzzle.words()));
        int at = ALPHABET.indexOf(puzzle.start().charAt(0));
        String off = "";
        for (int i = 0; i < words.size() && off.isEmpty(); i++) {
            char wanted = ALPHABET.charAt((at + i) % ALPHABET.length());
            if (words.get(i).charAt(0) != wanted) {
                off = "word " + (i + 1) + " \"" + words.get(i) + "\" should begin with " + wanted;
            }
        }
        core.add(Outcome.core(off.isEmpty(), off.isEmpty() ? "the initials walk the alphabet" : off));
        return Rules.with(core, puzzle.extras(), text);
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.words() * (1.0 + puzzle.extras().size()) + puzzle.bank().size();
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
