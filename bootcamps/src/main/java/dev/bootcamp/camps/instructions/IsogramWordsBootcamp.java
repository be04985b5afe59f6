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

/** Isogram words: exactly N words, none of which repeats a letter, each at least m letters long. */
@AutoService(Bootcamp.class)
public final class IsogramWordsBootcamp extends Camp<IsogramWordsBootcamp.Puzzle, IsogramWordsBootcamp.Answer> {

    private static final Knob<Integer> WORDS = Knob.integer("words", 3, 200, 15, "exact number of words");
    private static final Knob<Integer> MIN_LETTERS = Knob.integer("min-letters", 2, 7, 3, "fewest letters a word may have");
    private static final Knob<Integer> BANK = Knob.integer("bank", 8, 80, 24, "words in the word bank (about half qualify)");
    private static final Knob<Integer> EXTRAS = Knob.integer("extras", 0, 8, 2, "extra rules from the shared pool");
    private static final BootcampInfo INFO = BootcampInfo.builder(IsogramWordsBootcamp.class)
            .title("Isogram words only")
            .domain("instructions")
            .tags("instructions", "writing", "isogram", "letters")
            .summary("Write exactly N words, each an isogram (no letter occurs twice within the word) of at least m "
                    + "letters, every word from a word bank that also holds words with repeated letters; extra rules from "
                    + "the shared pool join as the level rises. Scoring: 0 unless every core rule holds; otherwise the "
                    + "share of all rules (core and extra) that hold, CORRECT only when all hold.")
            .knob(WORDS)
            .knob(MIN_LETTERS)
            .knob(BANK)
            .knob(EXTRAS)
            .version(1)
            .answerShape("the text")
            .severalAnswers()
            .build();


    /** The word count, the least length, the bank, the extras and a reference text (never shown). */
    public record Puzzle(int words, int minLetters, List<String> bank, List<Extra> extras, String gold) {
        public Puzzle {
            bank = List.copyOf(bank);
            extras = List.copyOf(extras);
        }
    }

    /** The text written. */
    public record Answer(String text) {}

    public IsogramWordsBootcamp() {
        super(INFO, Writing.codec().map(Answer::new, Answer::text));
    }


    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(WORDS, Draw.scale(level, 4, 60))
                .with(MIN_LETTERS, Draw.scale(level, 3, 6))
                .with(BANK, Draw.scale(level, 10, 40))
                .with(EXTRAS, Draw.scale(level, 0, 4));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int min = knobs.get(MIN_LETTERS);
        List<String> good = Bank.draw(random, Math.max(3, knobs.get(BANK) / 2), List.of(), min, 11, IsogramWordsBootcamp::isogram);
        List<String> bank = Bank.draw(random, knobs.get(BANK), good, 2, 11, word -> !isogram(word) || word.length() < min);
        String gold = Compose.sentences(Compose.draw(good, knobs.get(WORDS), random), 3, 8, random.nextBoolean(), random);
        return new Puzzle(knobs.get(WORDS), min, bank, Extras.derive(gold, bank, knobs.get(EXTRAS), Extras.allBut(Extra.Kind.WORDS_AT_LEAST,
                Extra.Kind.WORDS_AT_MOST, Extra.Kind.SHORTEST_AT_LEAST), random), gold);
    }

    private static boolean isogram(String word) {
        return word.chars().distinct().count() == word.length();
    }

    @Override
    public String question(Puzzle puzzle) {
        return "Every word you write must be an isogram: a word in which no letter shows up twice (\"plan\" is one,"
                + " \"apple\" is not, because of its two p's), and it must be at least " + puzzle.minLetters()
                + " letters long. Write exactly " + puzzle.words() + " such words; the same word may be used again. Test each"
                + " bank word letter by letter first.\n" + Text.WORD_RULE + "\n" + Bank.instruction(puzzle.bank()) + "\n\n"
                + Rules.list(List.of("Only bank words.", "Total words: " + puzzle.words() + ".", "No word repeats a letter.",
                        "No word is shorter than " + puzzle.minLetters() + " letters."), puzzle.extras())
                + "\nGive the words alone, shaped like \"Word word word. Word word.\"";
    }

    private static List<Outcome> outcomes(Puzzle puzzle, String text) {
        List<String> words = Text.words(text);
        List<Outcome> core = new ArrayList<>();
        core.add(Bank.check(text, puzzle.bank()));
        core.add(Rules.exactly("words", words.size(), puzzle.words()));
        String doubled = words.stream().filter(word -> !isogram(word)).findFirst().orElse("");
        core.add(Outcome.core(doubled.isEmpty(), doubled.isEmpty() ? "all isograms" : "\"" + doubled + "\" repeats a letter"));
        String shortWord = words.stream().filter(word -> word.length() < puzzle.minLetters()).findFirst().orElse("");
        core.add(Outcome.core(shortWord.isEmpty(), shortWord.isEmpty() ? "no short word" : "\"" + shortWord + "\" is too short"));
        return Rules.with(core, puzzle.extras(), text);
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.words() * (puzzle.minLetters() + puzzle.extras().size());
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
