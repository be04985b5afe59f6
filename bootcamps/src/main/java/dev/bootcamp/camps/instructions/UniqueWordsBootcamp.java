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
import java.util.HashSet;
import java.util.List;
import java.util.random.RandomGenerator;

/** Unique words: exactly N words, none repeated, each at least m letters long. */
@AutoService(Bootcamp.class)
public final class UniqueWordsBootcamp extends Camp<UniqueWordsBootcamp.Puzzle, UniqueWordsBootcamp.Answer> {

    private static final Knob<Integer> WORDS = Knob.integer("words", 3, 60, 10, "exact number of words, all different");
    private static final Knob<Integer> MIN_LETTERS = Knob.integer("min-letters", 2, 7, 4, "fewest letters a word may have");
    private static final Knob<Integer> SPARE = Knob.integer("spare", 0, 60, 8, "bank words beyond those needed (many of them too short)");
    private static final Knob<Integer> EXTRAS = Knob.integer("extras", 0, 8, 2, "extra rules from the shared pool");
    private static final BootcampInfo INFO = BootcampInfo.builder(UniqueWordsBootcamp.class)
            .title("No repeated words")
            .domain("instructions")
            .tags("instructions", "writing", "unique-words", "vocabulary")
            .summary("Write exactly N words with no word used twice (ignoring case) and every word at least m letters "
                    + "long, every word from a word bank that also holds shorter words; extra rules from the shared pool "
                    + "join as the level rises. Scoring: 0 unless every core rule holds; otherwise the share of all rules "
                    + "(core and extra) that hold, CORRECT only when all hold.")
            .knob(WORDS)
            .knob(MIN_LETTERS)
            .knob(SPARE)
            .knob(EXTRAS)
            .version(1)
            .answerShape("the text")
            .severalAnswers()
            .build();


    /** The word count, the least word length, the bank, the extras and a reference text (never shown). */
    public record Puzzle(int words, int minLetters, List<String> bank, List<Extra> extras, String gold) {
        public Puzzle {
            bank = List.copyOf(bank);
            extras = List.copyOf(extras);
        }
    }

    /** The text written. */
    public record Answer(String text) {}

    public UniqueWordsBootcamp() {
        super(INFO, Writing.codec().map(Answer::new, Answer::text));
    }


    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(WORDS, Draw.scale(level, 3, 40))
                .with(MIN_LETTERS, Draw.scale(level, 3, 6))
                .with(SPARE, Draw.scale(level, 3, 24))
                .with(EXTRAS, Draw.scale(level, 0, 4));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int min = knobs.get(MIN_LETTERS);
        int count = knobs.get(WORDS);
        List<String> longer = Bank.draw(random, count + knobs.get(SPARE) / 2, List.of(), min, 11, word -> true);
        List<String> bank = Bank.draw(random, longer.size() + (knobs.get(SPARE) + 1) / 2, longer, 2, min - 1 >= 2 ? min - 1 : 2,
                word -> true);
        List<String> words = new ArrayList<>(Draw.sample(longer, count, random));
        String gold = Compose.sentences(words, 3, 8, random.nextBoolean(), random);
        return new Puzzle(count, min, bank, Extras.derive(gold, bank, knobs.get(EXTRAS), Extras.allBut(Extra.Kind.WORDS_AT_LEAST,
                Extra.Kind.WORDS_AT_MOST, Extra.Kind.DISTINCT_AT_LEAST, Extra.Kind.SHORTEST_AT_LEAST, Extra.Kind.KEYWORD_AT_LEAST), random), gold);
    }

    @Override
    public String question(Puzzle puzzle) {
        return "Write exactly " + puzzle.words() + " words in which no word appears twice: once you have used a word, in"
                + " any capitalisation, it is spent. On top of that every word needs at least " + puzzle.minLetters()
                + " letters, which rules out the shorter entries of the bank. Keep a list of the words you have spent as you"
                + " go.\n" + Text.WORD_RULE + "\n" + Bank.instruction(puzzle.bank()) + "\n\n"
                + Rules.list(List.of("Only bank words.", "The count of words is " + puzzle.words() + ".", "No word is repeated.",
                        "Every word has " + puzzle.minLetters() + " letters or more."), puzzle.extras())
                + "\nAnswer with the words alone, for example shaped like \"Word word word. Word word.\"";
    }

    private static List<Outcome> outcomes(Puzzle puzzle, String text) {
        List<String> words = Text.words(text);
        List<Outcome> core = new ArrayList<>();
        core.add(Bank.check(text, puzzle.bank()));
        core.add(Rules.exactly("words", words.size(), puzzle.words()));
        HashSet<String> seen = new HashSet<>();
        String repeated = words.stream().filter(word -> !seen.add(word)).findFirst().orElse("");
        core.add(Outcome.core(repeated.isEmpty(), repeated.isEmpty() ? "no repeats" : "\"" + repeated + "\" is repeated"));
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
