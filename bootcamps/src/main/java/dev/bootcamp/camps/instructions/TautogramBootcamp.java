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

/** Tautogram: a passage of exactly N words that all begin with one given letter. */
@AutoService(Bootcamp.class)
public final class TautogramBootcamp extends Camp<TautogramBootcamp.Puzzle, TautogramBootcamp.Answer> {

    private static final Knob<Integer> WORDS = Knob.integer("words", 3, 200, 20, "exact number of words");
    private static final Knob<Integer> BANK = Knob.integer("bank", 8, 80, 24, "words in the word bank (about half with the letter)");
    private static final Knob<Integer> EXTRAS = Knob.integer("extras", 0, 8, 2, "extra rules from the shared pool");
    private static final BootcampInfo INFO = BootcampInfo.builder(TautogramBootcamp.class)
            .title("Tautogram")
            .domain("instructions")
            .tags("instructions", "writing", "tautogram", "alliteration", "letters")
            .summary("Write a passage of exactly N words in which every single word begins with one given letter, every "
                    + "word from a word bank that also offers words with other initials; extra rules from the shared pool "
                    + "join as the level rises. Scoring: 0 unless every core rule holds; otherwise the share of all rules "
                    + "(core and extra) that hold, CORRECT only when all hold.")
            .knob(WORDS)
            .knob(BANK)
            .knob(EXTRAS)
            .version(1)
            .answerShape("the passage")
            .severalAnswers()
            .build();


    /** The word count, the letter, the bank, the extras and a reference passage (never shown). */
    public record Puzzle(int words, String letter, List<String> bank, List<Extra> extras, String gold) {
        public Puzzle {
            bank = List.copyOf(bank);
            extras = List.copyOf(extras);
        }
    }

    /** The text written. */
    public record Answer(String text) {}

    public TautogramBootcamp() {
        super(INFO, Writing.codec().map(Answer::new, Answer::text));
    }


    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(WORDS, Draw.scale(level, 4, 70))
                .with(BANK, Draw.scale(level, 10, 44))
                .with(EXTRAS, Draw.scale(level, 0, 5));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        List<Character> letters = new ArrayList<>();
        for (char c = 'a'; c <= 'z'; c++) {
            if (Words.withPrefix(String.valueOf(c)).size() >= 40) {
                letters.add(c);
            }
        }
        char letter = Draw.pick(letters, random);
        int size = knobs.get(BANK);
        List<String> alike = Bank.draw(random, Math.max(3, size / 2), List.of(), 2, 9, word -> word.charAt(0) == letter);
        List<String> bank = Bank.draw(random, size, alike, 2, 9, word -> true);
        String gold = Compose.sentences(Compose.draw(alike, knobs.get(WORDS), random), 3, 9, random.nextBoolean(), random);
        return new Puzzle(knobs.get(WORDS), String.valueOf(letter), bank, Extras.derive(gold, bank, knobs.get(EXTRAS),
                Extras.allBut(Extra.Kind.WORDS_AT_LEAST, Extra.Kind.WORDS_AT_MOST, Extra.Kind.INITIAL_AT_LEAST), random), gold);
    }

    @Override
    public String question(Puzzle puzzle) {
        String letter = puzzle.letter().toUpperCase(Locale.ROOT);
        return "Craft a tautogram, the extreme form of alliteration: every single word of your answer, without exception,"
                + " starts with the letter " + letter + " (upper or lower case). The answer runs to exactly " + puzzle.words()
                + " words. Only part of the bank qualifies, so sort the usable words out first.\n" + Text.WORD_RULE + "\n"
                + Bank.instruction(puzzle.bank()) + "\n\n"
                + Rules.list(List.of("Only bank words.", "Exactly " + puzzle.words() + " words long.", "Each word starts with "
                        + letter + "."), puzzle.extras())
                + "\nWrite the tautogram and nothing else (shaped like \"Word word word. Word word.\").";
    }

    private static List<Outcome> outcomes(Puzzle puzzle, String text) {
        List<String> words = Text.words(text);
        List<Outcome> core = new ArrayList<>();
        core.add(Bank.check(text, puzzle.bank()));
        core.add(Rules.exactly("words", words.size(), puzzle.words()));
        String stray = words.stream().filter(word -> word.charAt(0) != puzzle.letter().charAt(0)).findFirst().orElse("");
        core.add(Outcome.core(stray.isEmpty(), stray.isEmpty() ? "every word starts with " + puzzle.letter()
                : "\"" + stray + "\" does not start with " + puzzle.letter()));
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
